/**
 * The one error hierarchy of callqa. Every error the product throws on purpose is a
 * `CallqaError`: it has a stable `code` (callers and tests match on it or on the class, never on
 * the message text or `name`), says whether it is the user's to fix (`userFacing`: bad file,
 * bad option, bad config, refused input — the CLI prints it as one line), carries the exit code
 * the CLI ends with, and keeps what caused it in the standard ES2022 `cause`.
 *
 * Families:
 * - UserInputError: the user can fix it (ConfigError, CsvFileError, NightInputError, …).
 * - StageError: one stage of one call failed with a stored `reason` (the call fails, the run goes on).
 * - EnvironmentError: this machine lacks something callqa needs (ffmpeg, a model, workers).
 */

/** Process exit codes (sysexits.h, where one fits). */
export const EXIT_CODE = {
  /** Anything unexpected, and user errors without a code of their own. */
  failed: 1,
  /** EX_NOINPUT: the night's inputs were refused as a whole. */
  badInput: 66,
  /** EX_TEMPFAIL: another run holds the date; try again later (or --wait). */
  dateBusy: 75,
} as const;

export interface CallqaErrorOptions {
  /** The error this one explains (kept as the standard `cause`). */
  cause?: unknown;
  /** Overrides the class's default code. */
  code?: string;
  /** Overrides the class's default exit code. */
  exitCode?: number;
}

export class CallqaError extends Error {
  /** Stable, snake_case: what went wrong, for code to match on. */
  readonly code: string;
  /** True for an error the user made and can fix; the CLI prints it as one line, no stack. */
  readonly userFacing: boolean;
  /** What `callqa` exits with when this error ends a command. */
  readonly exitCode: number;

  constructor(message: string, defaults: { code: string; userFacing: boolean; exitCode?: number }, options: CallqaErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    // The subclass's own name (ConfigError, …), for logs and stacks; code matches on `code` or instanceof.
    this.name = new.target.name;
    this.code = options.code ?? defaults.code;
    this.userFacing = defaults.userFacing;
    this.exitCode = options.exitCode ?? defaults.exitCode ?? EXIT_CODE.failed;
  }
}

/** Something the user gave callqa is wrong: a file, an option, the config, the night's inputs. */
export class UserInputError extends CallqaError {
  constructor(message: string, options: CallqaErrorOptions = {}) {
    super(message, { code: 'user_input', userFacing: true }, options);
  }
}

/** The configuration file cannot be read or is invalid. */
export class ConfigError extends UserInputError {
  constructor(message: string, options: CallqaErrorOptions = {}) {
    super(message, { code: 'config_invalid', ...options });
  }
}

/** One stage of one call failed; `reason` is stored with the failure (e.g. `decode_timeout`). */
export class StageError extends CallqaError {
  constructor(
    readonly stage: string,
    readonly reason: string,
    /** The human detail stored with the failure. */
    readonly detail?: string,
    options: CallqaErrorOptions = {},
  ) {
    super(`${stage}: ${reason}${detail ? ` (${detail})` : ''}`, { code: reason, userFacing: false }, options);
  }
}

/** This machine lacks something callqa needs to work (a binary, a model, a worker). */
export class EnvironmentError extends CallqaError {
  constructor(message: string, options: CallqaErrorOptions = {}) {
    super(message, { code: 'environment', userFacing: false }, options);
  }
}

/** The user errors and other CallqaErrors, told apart from bugs (anything else). */
export function isUserError(err: unknown): err is CallqaError {
  return err instanceof CallqaError && err.userFacing;
}
