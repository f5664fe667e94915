/**
 * An evaluation or calibration request the store refuses, with the HTTP-like status the API
 * answers (400 bad input naming the field, 404 unknown thing, 409 state does not allow it).
 * Kept free of the API layer so the CLI and seeds can use the same functions.
 */
import { CallqaError } from '../errors.ts';

export class ReviewInputError extends CallqaError {
  constructor(
    readonly status: 400 | 404 | 409,
    /** Where the bad value was, e.g. `json.items.2.checkId`; undefined for 404/409. */
    readonly field: string | undefined,
    message: string,
  ) {
    super(message, { code: status === 400 ? 'bad_request' : status === 404 ? 'not_found' : 'conflict', userFacing: true });
  }
}

export const badInput = (field: string, reason: string) => new ReviewInputError(400, field, reason);
export const notFoundInput = (what: string) => new ReviewInputError(404, undefined, `${what} not found`);
export const conflictInput = (why: string) => new ReviewInputError(409, undefined, why);
