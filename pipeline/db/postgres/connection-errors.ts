/**
 * Errors of reaching Postgres (as opposed to errors of a statement), said plainly: which server,
 * what went wrong and what to check. `transient` marks the ones worth retrying with backoff (the
 * server restarting, the network dropping); a missing database or a wrong password is not.
 */

/** Node socket errors of a server that is down, restarting or unreachable. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);
/** SQLSTATEs of a server shutting down or starting up (57P01–57P03) and connection exceptions (class 08). */
const SERVER_GOING_CODES = /^(57P0[123]|08\d\d\d)$/;
/** node-postgres's own messages for a connection that died or never came. */
const DRIVER_MESSAGES = /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Client was closed and is not queryable/i;

export class StoreConnectionError extends Error {
  override readonly name = 'StoreConnectionError';
  constructor(
    message: string,
    /** Worth retrying later: the server may be back. */
    readonly transient: boolean,
    /** The masked location. */
    readonly location: string,
    options: { cause: unknown },
  ) {
    super(message, options);
  }
}

/** The error as a `StoreConnectionError` when it is one of reaching the server, else unchanged. */
export function explainConnectionError(err: unknown, location: string): unknown {
  if (!(err instanceof Error) || err instanceof StoreConnectionError) return err;
  const code = (err as { code?: string }).code ?? '';
  const what = `${err.message}${code && !err.message.includes(code) ? ` (${code})` : ''}`;
  if (code === '3D000') {
    return new StoreConnectionError(`Postgres at ${location}: ${what} — does the database exist? Create it (createdb, or CREATE DATABASE) or fix the URL.`, false, location, { cause: err });
  }
  if (code === '28P01' || code === '28000') {
    return new StoreConnectionError(`Postgres at ${location}: ${what} — check the user name and password in the URL, and pg_hba.conf.`, false, location, { cause: err });
  }
  if (SOCKET_CODES.has(code) || SERVER_GOING_CODES.test(code) || DRIVER_MESSAGES.test(err.message)) {
    return new StoreConnectionError(`Postgres at ${location} is unreachable: ${what} — is the server up and accepting connections at that host and port?`, true, location, { cause: err });
  }
  return err;
}

/** True for an error of reaching the server that may go away by itself (retry with backoff). */
export function isTransientConnectionError(err: unknown): boolean {
  return err instanceof StoreConnectionError && err.transient;
}
