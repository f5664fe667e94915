/**
 * A job's key names the work, not the attempt: the run date, the call, the stage group and the
 * step (1 for a call's first cpu job, 2 for its asr job).
 * Enqueuing the same key twice is a no-op (the ledger's primary key and a pg-boss job id derived
 * from the key), so a coordinator that restarts and enqueues the night again adds nothing.
 */
import { createHash } from 'node:crypto';
import type { StageGroup } from './stage-groups.ts';

/** The small payload a job carries; the worker reads everything else from the store. */
export interface JobPayload {
  callId: string;
  /** The night, YYYY-MM-DD. */
  date: string;
  runId: number;
  group: StageGroup;
  /** 1-based position of this job in the call's chain of jobs. */
  step: number;
}

export function jobKey(p: Pick<JobPayload, 'callId' | 'date' | 'group' | 'step'>): string {
  return `${p.date}/${p.callId}/${p.group}/${p.step}`;
}

/**
 * The pg-boss job id for a key queued by run `runId`: a UUID made from their SHA-256 (pg-boss ids
 * are uuids, and it inserts with ON CONFLICT DO NOTHING, so the same key cannot be queued twice
 * while its job lives). The run is in it so that `--retry-failed` (a later run queueing a failed
 * job's key again) gets a new pg-boss job: the old one stays in pg-boss's tables for hours.
 */
export function jobIdOfKey(key: string, runId: number): string {
  const hex = createHash('sha256').update(`callqa-job:${key}@${runId}`).digest('hex');
  // Version 8 ("custom") and the RFC 4122 variant bits, so Postgres and other tools accept it as a uuid.
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
