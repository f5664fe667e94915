/**
 * The inputs of a night, refused as a whole before anything is sampled: a recordings folder
 * that is missing or unreadable, a manifest or roster that cannot be read at all, or a manifest
 * with no valid row. Any of these would otherwise freeze an empty sample for the date.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXIT_CODE, UserInputError, type CallqaErrorOptions } from '../errors.ts';
import { type IngestSummary, formatReject } from '../ingest/index.ts';

/** The night cannot be run with these inputs; the message is one line naming what to fix. */
export class NightInputError extends UserInputError {
  constructor(message: string, options: CallqaErrorOptions = {}) {
    super(message, { code: 'night_inputs_refused', exitCode: EXIT_CODE.badInput, ...options });
  }
}

/** Throws NightInputError unless `dir` is a folder this process can list and read. */
export function checkRecordingsDir(dir: string): void {
  const path = resolve(dir);
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new NightInputError(`recordings folder ${path} does not exist`);
  if (!stat.isDirectory()) throw new NightInputError(`recordings folder ${path} is not a folder`);
  try {
    accessSync(path, constants.R_OK | constants.X_OK);
  } catch {
    throw new NightInputError(`recordings folder ${path} is not readable by this user`);
  }
}

/** Throws NightInputError when the manifest gave no valid row, quoting the first reject. */
export function checkSomeRowsValid(manifestPath: string, ingested: IngestSummary): void {
  if (ingested.validRows > 0) return;
  const manifestRejects = ingested.rejects.filter((r) => r.sourceFile === manifestPath);
  const first = manifestRejects[0] ?? ingested.rejects[0];
  throw new NightInputError(
    `manifest ${manifestPath} has no valid row` +
      (manifestRejects.length ? ` (${manifestRejects.length} rejected, the first: ${formatReject(first)})` : first ? ` (first reject: ${formatReject(first)})` : ' (it is empty)'),
  );
}
