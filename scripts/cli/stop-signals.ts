/**
 * SIGTERM / SIGINT for a long command: the first asks it to stop gracefully (`graceful` aborts,
 * with the signal name as reason), the second to stop now (`abandon` aborts). While watched, the
 * signals no longer kill the process by default, so the command must end by itself.
 */

/** Exit codes of `callqa run` besides 0 (done) and the signal codes 130/143. */
export const EXIT = {
  /** Any other failure. */
  failed: 1,
  /** The night's inputs were refused as a whole (EX_NOINPUT). */
  badInput: 66,
  /** Another live run holds the date (EX_TEMPFAIL: try again later, or --wait). */
  dateBusy: 75,
} as const;

export type StopSignal = 'SIGTERM' | 'SIGINT';

/** 128 + signal number, as a shell reports a process killed by that signal. */
export const exitCodeForSignal = (signal: StopSignal | null): number => (signal === 'SIGINT' ? 130 : 143);

export interface StopSignals {
  graceful: AbortSignal;
  abandon: AbortSignal;
  /** The first signal received, if any. */
  received(): StopSignal | null;
  /** Stops watching (the default behaviour of the signals comes back). */
  dispose(): void;
}

export function watchStopSignals(onSignal: (signal: StopSignal, second: boolean) => void = () => {}): StopSignals {
  const graceful = new AbortController();
  const abandon = new AbortController();
  let first: StopSignal | null = null;
  const handler = (signal: StopSignal) => {
    const second = graceful.signal.aborted;
    first ??= signal;
    onSignal(signal, second);
    if (second) abandon.abort(signal);
    else graceful.abort(signal);
  };
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
  return {
    graceful: graceful.signal,
    abandon: abandon.signal,
    received: () => first,
    dispose() {
      process.off('SIGTERM', handler);
      process.off('SIGINT', handler);
    },
  };
}
