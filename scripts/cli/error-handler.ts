/**
 * The one place a `callqa` command's error ends up. A user error (a CallqaError with
 * `userFacing`: bad file, bad option, bad config, refused input) is one line,
 * `callqa <command>: <message>`, and its own exit code (1 unless it carries another, e.g. 66
 * or 75 for `callqa run`). Anything else is a fault to report: the stack, with its causes.
 */
import { inspect } from 'node:util';
import { isUserError } from '../../pipeline/errors.ts';

export interface ErrorReport {
  /** What to print on stderr (ends with a newline). */
  text: string;
  exitCode: number;
}

/** `command`: the command path as typed (`run`, `models fetch`), or undefined before one was chosen. */
export function reportError(err: unknown, command: string | undefined): ErrorReport {
  const prefix = command ? `callqa ${command}` : 'callqa';
  if (isUserError(err)) return { text: `${prefix}: ${err.message}\n`, exitCode: err.exitCode };
  // util.inspect prints the stack and, nested under it, every `[cause]` with its own stack.
  return { text: `${prefix}: unexpected error\n${inspect(err, { depth: 6 })}\n`, exitCode: 1 };
}
