/**
 * Structured logs (pino, JSON lines) for machines and operators: to stderr by default, or to a
 * file (`--log-file`), at a level (`--log-level`, default info). stdout is left to what humans
 * and scripts read (the progress bar, the end-of-run summary, `--json` output), so a log line
 * never mixes into it.
 *
 * Fields used across the product (child loggers add them): `runId`, `callId`, `stage`,
 * `durationMs` (milliseconds), `requestId` (API).
 *
 * The pipeline logs through `rootLogger()`: the CLI replaces it once per process
 * (`setRootLogger`) from its global options; library use and tests get the default
 * (`$CALLQA_LOG_LEVEL`, else info; the test suite sets warn in vitest.config.ts).
 */
import { pino, type Logger } from 'pino';

export type { Logger };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LoggerOptions {
  /** Lowest level written (default info). */
  level?: LogLevel;
  /** Append the JSON lines to this file (its folder is created) instead of stderr. */
  file?: string;
}

export function isLogLevel(value: string): value is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(value);
}

/** A logger writing JSON lines to stderr or `file`. Writes are synchronous: a line is on disk before `process.exit`. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const destination = options.file
    ? pino.destination({ dest: options.file, append: true, mkdir: true, sync: true })
    : pino.destination({ dest: 2, sync: true });
  return pino({ level: options.level ?? defaultLogLevel(), base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}

let root: Logger | undefined;

/** The level when none is given: `$CALLQA_LOG_LEVEL` if it names one, else info. */
export function defaultLogLevel(env: NodeJS.ProcessEnv = process.env): LogLevel {
  const fromEnv = env.CALLQA_LOG_LEVEL;
  return fromEnv && isLogLevel(fromEnv) ? fromEnv : 'info';
}

/** The process's logger (created on first use: stderr, at the default level). */
export function rootLogger(): Logger {
  return (root ??= createLogger());
}

export function setRootLogger(logger: Logger): void {
  root = logger;
}

/** Milliseconds since `startMs` (a `performance.now()` reading), to 0.1 ms. */
export function elapsedMs(startMs: number): number {
  return Math.round((performance.now() - startMs) * 10) / 10;
}
