/**
 * A coach's correction of one automatic check result, through the pipeline's one correction
 * path (pipeline/review check-correction.ts, which an accepted dispute also takes): the
 * automatic result stays in `check_results`, the correction goes to `overrides`, the score
 * under the call's current scorecard version is recomputed and the audit log gets the check
 * change and the score change. All of it in one transaction; the answer is the call page's
 * view of the new score and the corrected check.
 */
import type { Sql } from '../../pipeline/db/index.ts';
import { correctCheckInTx } from '../../pipeline/review/index.ts';
import type { CheckOutcome } from '../../pipeline/types.ts';
import { checkViews, currentScore, type CallDetail, type CheckView } from '../queries/call-detail.ts';
import { apiErrorOf } from '../routes/evaluations.ts';

export interface CorrectionInput {
  callId: string;
  checkId: string;
  outcome: CheckOutcome;
  /** Why the automatic result was wrong; required, shown to whoever reads the call later. */
  reason: string;
  author: string;
}

export interface CorrectionResult {
  score: NonNullable<CallDetail['score']>;
  check: CheckView;
}

export { checkEntityId, scoreEntityId } from '../queries/audit-entity.ts';

export async function correctCheck(sql: Sql, input: CorrectionInput): Promise<CorrectionResult> {
  return sql.tx(async (tx): Promise<CorrectionResult> => {
    // Postgres transactions do not exclude each other (SQLite's do): lock the call's score rows so
    // two corrections of one call at once recompute one after the other, each from the other's result.
    if (tx.dialect === 'postgres') await tx.run('SELECT 1 FROM scores WHERE call_id = ? FOR UPDATE', [input.callId]);
    const { scorecardVersion } = await correctCheckInTx(tx, input, 'bad-outcome').catch((err: unknown) => {
      throw apiErrorOf(err);
    });
    const score = (await currentScore(tx, input.callId))!;
    const check = (await checkViews(tx, input.callId, scorecardVersion)).find((v) => v.checkId === input.checkId)!;
    return { score, check };
  });
}
