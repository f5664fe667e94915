/**
 * Whether a failed job is worth another attempt. Only what a retry can cure is transient: the
 * database going away (Postgres restarting, a network blip) and running out of memory (another
 * job on the machine may have held it). A StageError is the call's own fault — a broken
 * recording, an invalid transcript, a stage past its time budget — and fails the same way
 * every time, so it is permanent: stored once, never retried. So are the user's errors.
 * Anything else (`unexpected`: a bug) is retried too, a bounded number of times, then stored
 * with its error.
 */
import { isTransientConnectionError } from '../db/index.ts';
import { CallqaError, StageError } from '../errors.ts';

/** `unexpected` (a bug, most likely) is retried like `transient`; it is kept apart for the ledger and logs. */
export type ErrorKind = 'transient' | 'permanent' | 'unexpected';

/** Node's network error codes seen when the database is unreachable or drops the connection. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * Postgres SQLSTATEs meaning "the server or connection went away, try again":
 * class 08 (connection exception), 57P01–57P03 (admin/crash shutdown, cannot connect now),
 * 53xxx (insufficient resources: out of memory, disk full, too many connections),
 * 40001/40P01 (serialization failure, deadlock).
 */
function isTransientSqlState(code: string): boolean {
  return code.startsWith('08') || code.startsWith('53') || ['57P01', '57P02', '57P03', '40001', '40P01'].includes(code);
}

export function errorKind(err: unknown): ErrorKind {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof StageError) return 'permanent';
    if (e instanceof CallqaError && e.userFacing) return 'permanent';
    if (isTransientConnectionError(e)) return 'transient';
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || isTransientSqlState(code) || code === 'ERR_MEMORY_ALLOCATION_FAILED')) return 'transient';
    const message = e instanceof Error ? e.message : String(e);
    if (/out of memory|allocation failed|Connection terminated|connection timeout|Client has encountered a connection error/i.test(message)) return 'transient';
  }
  return 'unexpected';
}

/** Whether another attempt may cure it. */
export function isRetryable(kind: ErrorKind): boolean {
  return kind !== 'permanent';
}

/** One line for the ledger: the error's message and, for a StageError, its stored reason. */
export function describeError(err: unknown): { reason: string; message: string } {
  if (err instanceof StageError) return { reason: err.reason, message: err.message };
  if (err instanceof CallqaError) return { reason: err.code, message: err.message };
  const code = (err as { code?: unknown })?.code;
  return { reason: typeof code === 'string' ? code : 'error', message: err instanceof Error ? err.message : String(err) };
}
