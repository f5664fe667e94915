/**
 * End-of-run summary for a service date, computed from the store (not from in-memory counters),
 * so a resumed run reports the whole date, not just the calls it finished itself.
 */
import { isUsableHealth, RECORDING_SUCCESS_TARGET } from '../audio/index.ts';
import { jsonTextAt, type Sql } from '../db/index.ts';
import type { IngestSummary } from '../ingest/index.ts';
import type { StoredSample } from '../sample/index.ts';
import type { HealthReason } from '../types.ts';

export interface RunSummary {
  runId: number;
  date: string;
  elapsedS: number;
  ingest: { validRows: number; newCalls: number; agents: number; rejected: number; rejects: string[] };
  sample: {
    seed: string;
    drawnNow: boolean;
    sampled: number;
    ineligible: number;
    /** Set when this run redrew the sample with --resample: its size before, and calls added. */
    resampled?: { before: number; added: number };
    /** Calls of the date stored after the sample was drawn, left out of it until a --resample. */
    addedSinceDraw: number;
  };
  calls: { processedNow: number; done: number; failed: number; waitingAsr: number; pending: number };
  /** `stage:reason` → count, over the date's failed calls. */
  failedByReason: Record<string, number>;
  /**
   * Usable recordings (health ok or clipped, see pipeline/audio/success-rate.ts) / recordings
   * checked: the sampled calls whose audio was checked, plus manifest rows whose recording file
   * was missing (a recording that failed to exist).
   */
  recordingSuccess: { rate: number | null; usable: number; checked: number; target: number; met: boolean | null };
  /** Mean call score (0–100) over the date's scored calls under their newest scorecard, if any. */
  meanScore: number | null;
  asrUnavailable?: string;
  /** Notes from the components (missing models, fallbacks) and about the sample (late rows). */
  notes: string[];
  /**
   * Set when the run was stopped (a signal, or its lease taken over) before it finished:
   * calls never started, and calls abandoned in flight; both stay pending for the next run.
   */
  interrupted?: { reason: string; notStarted: number; abandoned: number };
}

interface Extra {
  runId: number;
  ingested: IngestSummary;
  rejects: string[];
  sample: StoredSample;
  processedNow: number;
  elapsedS: number;
  asrUnavailable?: string;
  notes?: string[];
  /** The run was started with --resample. */
  resample?: boolean;
  interrupted?: RunSummary['interrupted'];
}

export async function summarizeDate(sql: Sql, date: string, x: Extra): Promise<RunSummary> {
  const statusCounts = Object.fromEntries(
    (await sql.all<{ status: string; n: unknown }>('SELECT status, count(*) AS n FROM calls WHERE date = ? AND sampled = 1 GROUP BY status', [date])).map((r) => [
      r.status,
      Number(r.n),
    ]),
  );

  // The newest failure of each failed call explains why it failed.
  const failedByReason: Record<string, number> = {};
  const latestFailures = await sql.all<{ stage: string; reason: string }>(
    `SELECT f.stage, f.reason FROM failures f JOIN calls c ON c.call_id = f.call_id
     WHERE c.date = ? AND c.status = 'failed'
       AND f.id = (SELECT max(id) FROM failures WHERE call_id = f.call_id)`,
    [date],
  );
  for (const f of latestFailures) failedByReason[`${f.stage}:${f.reason}`] = (failedByReason[`${f.stage}:${f.reason}`] ?? 0) + 1;

  const health = await sql.all<{ reason: HealthReason }>(
    `SELECT ${jsonTextAt(sql.dialect, 's.result', ['health', 'reason'])} AS reason FROM stage_results s JOIN calls c ON c.call_id = s.call_id
     WHERE c.date = ? AND s.stage = 'audio'
       AND s.created_at = (SELECT max(created_at) FROM stage_results WHERE call_id = s.call_id AND stage = 'audio')`,
    [date],
  );
  const missingFiles = Number(
    (await sql.get<{ n: unknown }>(
      `SELECT count(*) AS n FROM ingest_rejects WHERE date = ? AND field = 'file' AND reason LIKE 'recording file missing%'`,
      [date],
    ))!.n,
  );
  const usable = health.filter((h) => isUsableHealth(h.reason)).length;
  const checked = health.length + missingFiles;
  const rate = checked ? usable / checked : null;

  const mean = await sql.get<{ mean: unknown }>(
    `SELECT avg(s.score) AS mean FROM scores s JOIN calls c ON c.call_id = s.call_id
     WHERE c.date = ? AND s.created_at = (SELECT max(created_at) FROM scores WHERE call_id = s.call_id)`,
    [date],
  );
  const meanScore = mean?.mean == null ? null : Number(mean.mean);

  return {
    runId: x.runId,
    date,
    elapsedS: Math.round(x.elapsedS * 10) / 10,
    ingest: {
      validRows: x.ingested.validRows,
      newCalls: x.ingested.newCalls,
      agents: x.ingested.agents,
      rejected: x.ingested.rejects.length,
      rejects: x.rejects,
    },
    sample: {
      seed: x.sample.seed,
      drawnNow: x.sample.drawnNow,
      sampled: x.sample.callIds.length,
      ineligible: x.sample.ineligible.length,
      ...(x.sample.resampled ? { resampled: x.sample.resampled } : {}),
      addedSinceDraw: x.sample.addedSinceDraw,
    },
    calls: {
      processedNow: x.processedNow,
      done: statusCounts.done ?? 0,
      failed: statusCounts.failed ?? 0,
      waitingAsr: statusCounts.waiting_asr ?? 0,
      pending: statusCounts.pending ?? 0,
    },
    failedByReason,
    recordingSuccess: { rate, usable, checked, target: RECORDING_SUCCESS_TARGET, met: rate === null ? null : rate >= RECORDING_SUCCESS_TARGET },
    meanScore: meanScore === null ? null : Math.round(meanScore * 10) / 10,
    asrUnavailable: x.asrUnavailable,
    notes: [...(x.notes ?? []), ...sampleNotes(x.sample, x.resample)],
    ...(x.interrupted ? { interrupted: x.interrupted } : {}),
  };
}

/** What a person must know about the sample: late rows left out of it, or a redraw that took them in. */
function sampleNotes(sample: StoredSample, resample?: boolean): string[] {
  if (sample.resampled) return [`sample redrawn (--resample): ${sample.resampled.before} → ${sample.resampled.before + sample.resampled.added} calls, the earlier ones all kept`];
  if (resample && sample.drawnNow) return ['--resample: no earlier sample for this date, drawn afresh'];
  if (sample.addedSinceDraw > 0) {
    return [`${sample.addedSinceDraw} calls added since the sample was drawn; rerun with --resample to include them`];
  }
  return [];
}
