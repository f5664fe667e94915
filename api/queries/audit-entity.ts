/**
 * Audit entity ids of things that belong to a call. Each names the call first, with every
 * part percent-encoded (encodeURIComponent), so a `/` or `@` inside a call id, scorecard
 * version or check id can never pass for a separator: the entries of call `q` and of call
 * `q/x` (`q%2Fx/…`) cannot be mistaken for each other.
 *
 *   note:        `<call>/note/<noteId>`
 *   score:       `<call>@<version>` (also the official score's changes)
 *   check:       `<call>@<version>/check/<checkId>`
 *   evaluation:  `<call>/evaluation/<evaluationId>`   (written by pipeline/review/evaluations-audit.ts)
 *   claim:       `<call>/claim`                       (review queue claims, pipeline/review/queue-audit.ts)
 *   dispute:     `<call>/dispute/<disputeId>`         (pipeline/review/queue-audit.ts)
 *   survey:      `<call>/survey`                      (a survey row replaced on re-import)
 * The review ids are built in pipeline/review (it cannot import from api/); this file is
 * where a call's trail recognises them.
 */
const part = (s: string) => encodeURIComponent(s);

export const noteEntityId = (callId: string, noteId: number) => `${part(callId)}/note/${noteId}`;
export const scoreEntityId = (callId: string, version: string) => `${part(callId)}@${part(version)}`;
export const checkEntityId = (callId: string, version: string, checkId: string) => `${scoreEntityId(callId, version)}/check/${part(checkId)}`;

/** The call id as it appears at the start of its entities' ids. */
export const callIdPart = part;

/**
 * True exactly for the entity ids of one call, given `callPart` = callIdPart(callId). Accepted:
 * the call part, then `/note/<digits>`, `/evaluation/<digits>`, `/dispute/<digits>`, `/claim`,
 * `/survey`, or `@<version>` with an optional `/check/<checkId>`, version and check id holding
 * no `/` or `@`. The shape check also keeps out rows written before
 * ids were encoded whose call id merely starts with this one (`q/x/note/5` is not a note of `q`).
 */
export function isEntityOfCall(entityId: string, callPart: string): boolean {
  if (!entityId.startsWith(callPart)) return false;
  const rest = entityId.slice(callPart.length);
  return /^\/(note|evaluation|dispute)\/[0-9]+$/.test(rest) || /^\/(claim|survey)$/.test(rest) || /^@[^/@]*(\/check\/[^/@]*)?$/.test(rest);
}
