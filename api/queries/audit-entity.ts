/**
 * Audit entity ids of things that belong to a call. Each names the call first, with every
 * part percent-encoded (encodeURIComponent), so a `/` or `@` inside a call id, scorecard
 * version or check id can never pass for a separator: the entries of call `q` and of call
 * `q/x` (`q%2Fx/…`) cannot be mistaken for each other.
 *
 *   note:   `<call>/note/<noteId>`
 *   score:  `<call>@<version>`
 *   check:  `<call>@<version>/check/<checkId>`
 */
const part = (s: string) => encodeURIComponent(s);

export const noteEntityId = (callId: string, noteId: number) => `${part(callId)}/note/${noteId}`;
export const scoreEntityId = (callId: string, version: string) => `${part(callId)}@${part(version)}`;
export const checkEntityId = (callId: string, version: string, checkId: string) => `${scoreEntityId(callId, version)}/check/${part(checkId)}`;

/** The call id as it appears at the start of its entities' ids. */
export const callIdPart = part;

/**
 * SQL condition, true exactly for the entity ids of one call. It reads the named parameter
 * `@callPart` (= callIdPart(callId)) and a column `rest` = the entity id after the call part
 * and its separator (`substr(entity_id, length(@callPart) + 2)`). Accepted: the call part, then
 * `/note/<digits>`, or `@<version>` with an optional `/check/<checkId>`, version and check id
 * holding no `/` or `@`. The shape check also keeps out rows written before ids were encoded
 * whose call id merely starts with this one (`q/x/note/5` is not a note of `q`).
 */
export const CALL_ENTITY_SQL = `(
  (substr(entity_id, 1, length(@callPart) + 1) = @callPart || '/'
    AND rest GLOB 'note/[0-9]*' AND substr(rest, 6) NOT GLOB '*[^0-9]*')
  OR (substr(entity_id, 1, length(@callPart) + 1) = @callPart || '@'
    AND instr(rest, '@') = 0
    AND (instr(rest, '/') = 0
      OR (substr(rest, instr(rest, '/'), 7) = '/check/' AND instr(substr(rest, instr(rest, '/') + 7), '/') = 0))))`;
