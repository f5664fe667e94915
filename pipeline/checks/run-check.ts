/**
 * Runs one scorecard check on one call: applies the scorecard's not-applicable rules, calls
 * the check function for its kind, and stamps the result with the check's id, section,
 * label, weight and criticality. A check that throws becomes a `na` result saying so, so one
 * bad input never stops the rest of the scorecard.
 */
import type { CheckResult } from '../types.ts';
import type { CheckKind, ScorecardCheck } from '../scorecard/index.ts';
import { checkApologyWhenUpset } from './apology-when-upset.ts';
import { notApplicable, type CallContext, type Verdict } from './context.ts';
import { checkCustomerSentimentEnd } from './customer-sentiment-end.ts';
import { checkDeadAir } from './dead-air.ts';
import { checkForbiddenPhrase } from './forbidden-phrase.ts';
import { checkHoldEtiquette } from './hold-etiquette.ts';
import { checkInterruption } from './interruption.ts';
import { notApplicableBecause } from './not-applicable.ts';
import { checkPhraseInWindow } from './phrase-in-window.ts';
import { checkResolution } from './resolution.ts';
import { checkSpeechRate } from './speech-rate.ts';
import { checkTalkRatio } from './talk-ratio.ts';
import { checkWaitTime } from './wait-time.ts';

type CheckFn<K extends CheckKind> = (ctx: CallContext, params: Extract<ScorecardCheck, { kind: K }>['params']) => Verdict;

/** The check function for every kind the scorecard schema knows. */
export const checkFunctions: { [K in CheckKind]: CheckFn<K> } = {
  phrase_in_window: checkPhraseInWindow,
  forbidden_phrase: checkForbiddenPhrase,
  hold_etiquette: checkHoldEtiquette,
  dead_air: checkDeadAir,
  interruption: checkInterruption,
  talk_ratio: checkTalkRatio,
  speech_rate: checkSpeechRate,
  apology_when_upset: checkApologyWhenUpset,
  customer_sentiment_end: checkCustomerSentimentEnd,
  resolution: checkResolution,
  wait_time: checkWaitTime,
};

export function runCheck(ctx: CallContext, check: ScorecardCheck): CheckResult {
  let verdict: Verdict;
  const skip = notApplicableBecause(ctx, check.notApplicableWhen);
  if (skip) verdict = notApplicable(skip);
  else {
    try {
      verdict = (checkFunctions[check.kind] as CheckFn<CheckKind>)(ctx, check.params as never);
    } catch (err) {
      verdict = notApplicable(`The check could not run on this call: ${(err as Error).message}`);
    }
  }
  return {
    checkId: check.id,
    section: check.section,
    label: check.label,
    outcome: verdict.outcome,
    weight: check.weight,
    critical: check.critical,
    reason: verdict.reason,
    evidence: verdict.evidence,
    ...(verdict.confidence !== undefined ? { confidence: verdict.confidence } : {}),
  };
}
