/**
 * Draws a service date's sample once and keeps it, so reruns of that date process the same calls.
 * `extraPerAgent` is only called when a sample is drawn (ranking it needs is not free).
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { calls, samples } from '../db/schema.ts';
import { drawSample, seedForDate, type Sample, type SamplingParams } from './draw.ts';

export interface StoredSample extends Sample {
  date: string;
  params: SamplingParams;
  /** True when this call drew the sample; false when an earlier run's sample was reused. */
  drawnNow: boolean;
}

export function sampleDate(
  db: Db,
  date: string,
  params: SamplingParams,
  opts: { seed?: string; extraPerAgent?: () => ReadonlyMap<string, number> } = {},
): StoredSample {
  const existing = db.select().from(samples).where(eq(samples.date, date)).get();
  if (existing) {
    const stored = existing.params as { sampling: SamplingParams; perAgent: Sample['perAgent']; ineligible: Sample['ineligible'] };
    return { date, seed: existing.seed, params: stored.sampling, perAgent: stored.perAgent, ineligible: stored.ineligible, callIds: existing.callIds, drawnNow: false };
  }
  const seed = opts.seed ?? seedForDate(date);
  const candidates = db
    .select({ callId: calls.callId, agentId: calls.agentId, durationS: calls.durationS, abandoned: calls.abandoned })
    .from(calls)
    .where(eq(calls.date, date))
    .all();
  const sample = drawSample(candidates, params, seed, opts.extraPerAgent?.());
  db.transaction((tx) => {
    tx.insert(samples)
      .values({ date, seed, params: { sampling: params, perAgent: sample.perAgent, ineligible: sample.ineligible }, callIds: sample.callIds })
      .run();
    for (let i = 0; i < sample.callIds.length; i += 500) {
      tx.update(calls).set({ sampled: true }).where(and(eq(calls.date, date), inArray(calls.callId, sample.callIds.slice(i, i + 500)))).run();
    }
  });
  return { date, ...sample, params, drawnNow: true };
}
