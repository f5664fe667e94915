/**
 * Draws a service date's sample once and keeps it, so reruns of that date process the same calls.
 * A sample is frozen only when it holds the night: there must be calls stored for the date
 * (NoCallsToSampleError otherwise, and nothing is stored), and a stored sample of zero calls is
 * drawn again once calls exist. Late rows join the sample only by an explicit redraw
 * (`resample`), which keeps every call sampled before (see drawSample's `keep`).
 * `extraPerAgent` is only called when a sample is drawn (ranking it needs is not free).
 */
import type { Sql } from '../db/index.ts';
import { drawSample, seedForDate, type Sample, type SamplingParams } from './draw.ts';
import { UserInputError } from '../errors.ts';

export interface StoredSample extends Sample {
  date: string;
  params: SamplingParams;
  /** True when this call drew (or redrew) the sample; false when an earlier run's sample was reused. */
  drawnNow: boolean;
  /** Set when this call redrew the date's sample with `resample`: sizes before and calls added. */
  resampled?: { before: number; added: number };
  /** Calls of the date stored after the sample was drawn, hence not considered by it (0 when just drawn). */
  addedSinceDraw: number;
}

/** Refusal to freeze a sample: no call of the date is stored (empty manifest, every row rejected…). */
export class NoCallsToSampleError extends UserInputError {
  constructor(message: string) {
    super(message, { code: 'no_calls_to_sample' });
  }
}

/** What the `samples.params` JSON holds. */
interface StoredParams {
  sampling: SamplingParams;
  perAgent: Sample['perAgent'];
  ineligible: Sample['ineligible'];
  /** Calls of the date the draw looked at (absent in samples drawn before this field existed). */
  consideredCalls?: number;
  /** Each explicit redraw: when, and the sample's size before and after. */
  resamples?: { at: string; before: number; after: number }[];
}

export async function sampleDate(
  sql: Sql,
  date: string,
  params: SamplingParams,
  opts: { seed?: string; extraPerAgent?: () => ReadonlyMap<string, number> | Promise<ReadonlyMap<string, number>>; resample?: boolean } = {},
): Promise<StoredSample> {
  const candidates = (
    await sql.all<{ callId: string; agentId: string; durationS: number | null; abandoned: number | null }>(
      'SELECT call_id AS "callId", agent_id AS "agentId", duration_s AS "durationS", abandoned FROM calls WHERE date = ?',
      [date],
    )
  ).map((c) => ({ ...c, durationS: c.durationS === null ? null : Number(c.durationS), abandoned: c.abandoned === null ? null : Boolean(Number(c.abandoned)) }));
  if (!candidates.length) throw new NoCallsToSampleError(`no calls stored for ${date}: no sample drawn`);

  const existingRow = await sql.get<{ seed: string; params: string; callIds: string }>('SELECT seed, params, call_ids AS "callIds" FROM samples WHERE date = ?', [date]);
  const existing = existingRow && { seed: existingRow.seed, params: JSON.parse(existingRow.params) as StoredParams, callIds: JSON.parse(existingRow.callIds) as string[] };
  const stored = existing?.params;
  if (existing && stored && !opts.resample && existing.callIds.length > 0) {
    const considered = stored.consideredCalls ?? stored.perAgent.reduce((n, q) => n + q.eligible, 0) + stored.ineligible.length;
    return {
      date, seed: existing.seed, params: stored.sampling, perAgent: stored.perAgent, ineligible: stored.ineligible, callIds: existing.callIds,
      drawnNow: false, addedSinceDraw: Math.max(0, candidates.length - considered),
    };
  }

  // First draw, a redraw of an empty sample (it held no call: it froze nothing), or --resample.
  const keep = new Set(opts.resample ? existing?.callIds ?? [] : []);
  const seed = opts.seed ?? existing?.seed ?? seedForDate(date);
  const sample = drawSample(candidates, params, seed, await opts.extraPerAgent?.(), keep);
  const resampled = opts.resample && existing ? { before: existing.callIds.length, added: sample.callIds.length - existing.callIds.length } : undefined;
  const row: StoredParams = {
    sampling: params,
    perAgent: sample.perAgent,
    ineligible: sample.ineligible,
    consideredCalls: candidates.length,
    resamples: [...(stored?.resamples ?? []), ...(resampled ? [{ at: new Date().toISOString(), before: resampled.before, after: sample.callIds.length }] : [])],
  };
  await sql.tx(async (t) => {
    await t.run(
      `INSERT INTO samples (date, seed, params, call_ids) VALUES (?, ?, ?, ?)
       ON CONFLICT (date) DO UPDATE SET seed = excluded.seed, params = excluded.params, call_ids = excluded.call_ids`,
      [date, seed, JSON.stringify(row), JSON.stringify(sample.callIds)],
    );
    for (let i = 0; i < sample.callIds.length; i += 500) {
      const chunk = sample.callIds.slice(i, i + 500);
      await t.run(`UPDATE calls SET sampled = 1 WHERE date = ? AND call_id IN (${chunk.map(() => '?').join(', ')})`, [date, ...chunk]);
    }
  });
  return { date, ...sample, params, drawnNow: true, resampled, addedSinceDraw: 0 };
}
