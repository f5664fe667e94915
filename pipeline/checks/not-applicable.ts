/**
 * Scorecard rules that take a check out of a call before it runs, e.g. the inbound greeting
 * does not apply to outbound calls, the closing does not apply to a call the customer
 * abandoned. Returns the reason, or null when the check applies.
 */
import type { NotApplicableRule } from '../scorecard/index.ts';
import { callDurationS, fmtS, type CallContext } from './context.ts';

export function notApplicableBecause(ctx: CallContext, rules: NotApplicableRule[]): string | null {
  for (const rule of rules) {
    if ('direction' in rule && ctx.call.direction === rule.direction) return `Not applicable to ${rule.direction} calls (scorecard rule).`;
    if ('queueIn' in rule && ctx.call.queue !== undefined && rule.queueIn.includes(ctx.call.queue)) {
      return `Not applicable to calls in queue “${ctx.call.queue}” (scorecard rule).`;
    }
    if ('abandoned' in rule && ctx.call.abandoned === true) return 'Not applicable to abandoned calls (scorecard rule).';
    if ('callShorterThanS' in rule) {
      const d = callDurationS(ctx);
      if (d < rule.callShorterThanS) return `Not applicable to calls shorter than ${fmtS(rule.callShorterThanS)}; this one lasted ${fmtS(d)} (scorecard rule).`;
    }
  }
  return null;
}
