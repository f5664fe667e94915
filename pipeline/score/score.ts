/**
 * The call score, 0–100.
 *
 * score = 100 × (sum of weights of passed checks) ÷ (sum of weights of checks that applied).
 * Not-applicable checks drop out and the remaining weights are renormalised, so a call with
 * no hold is not marked down (nor up) for hold etiquette. Weight-0 checks are shown but never
 * move the score. A failed critical check sets the score to 0 and the reason says which.
 *
 * When no weighted check applies (e.g. the agent never speaks and the manifest carries no
 * outcome), there is nothing to grade: the score is 0, `autoFailed` stays false and
 * `autoFailReasons` says "not scorable" — rankers should leave such calls out.
 */
import type { CallScore, CheckResult } from '../types.ts';
import { type CallContext, brandForCall, type BrandBook, runCheck } from '../checks/index.ts';
import type { Scorecard } from '../scorecard/index.ts';

export const NOT_SCORABLE = 'not scorable: no weighted check applied to this call';

/** `ctx.brand` may be the whole brand section of the configuration: the call's own brand is picked here. */
export function scoreCall(ctx: CallContext, scorecard: Scorecard): CallScore {
  const own: CallContext = { ...ctx, brand: brandForCall(ctx.brand as BrandBook, ctx.call, ctx.transcript.language) };
  const checks = scorecard.sections.flatMap((s) => s.checks.map((c) => runCheck(own, c)));
  return { scorecardId: scorecard.id, scorecardVersion: scorecard.version, ...scoreFromResults(checks), checks };
}

/** The score arithmetic alone, reusable when a coach overrides a check result. */
export function scoreFromResults(checks: CheckResult[]): Pick<CallScore, 'score' | 'autoFailed' | 'autoFailReasons'> {
  const criticalFails = checks.filter((c) => c.critical && c.outcome === 'fail');
  if (criticalFails.length) {
    return { score: 0, autoFailed: true, autoFailReasons: criticalFails.map((c) => `${c.label}: ${c.reason}`) };
  }
  const applied = checks.filter((c) => c.outcome !== 'na' && c.weight > 0);
  const possible = applied.reduce((s, c) => s + c.weight, 0);
  if (possible === 0) return { score: 0, autoFailed: false, autoFailReasons: [NOT_SCORABLE] };
  const earned = applied.filter((c) => c.outcome === 'pass').reduce((s, c) => s + c.weight, 0);
  return { score: Math.round((100 * earned * 10) / possible) / 10, autoFailed: false, autoFailReasons: [] };
}
