/**
 * The customer's mood at the end of the call (−1..1, from the sentiment stage) is at least
 * `minEnd`: the call left the customer no worse than neutral, whatever they called about.
 */
import type { ParamsOf } from '../scorecard/index.ts';
import { fail, fmtS, notApplicable, pass, type CallContext, type Verdict } from './context.ts';

export type CustomerSentimentEndParams = ParamsOf<'customer_sentiment_end'>;

export function checkCustomerSentimentEnd(ctx: CallContext, params: CustomerSentimentEndParams): Verdict {
  const s = ctx.sentiment;
  if (!s) return notApplicable('There is no sentiment result for this call.');
  if (s.customerEnd === null) return notApplicable('The customer never spoke, so there is no customer sentiment.');
  const lastTurn = [...s.turns].reverse().find((t) => t.speaker === 'customer');
  const seg = lastTurn ? ctx.transcript.segments[lastTurn.index] : undefined;
  const evidence = [
    {
      ...(seg ? { atS: seg.start, endS: seg.end, speaker: 'customer' as const, quote: seg.text } : {}),
      note: `customer sentiment ${fmt(s.customerStart)} at the start, ${fmt(s.customerEnd)} at the end`,
    },
  ];
  const where = seg ? ` (last customer turn at ${fmtS(seg.start)})` : '';
  if (s.customerEnd >= params.minEnd) {
    return pass(`The customer ended at sentiment ${fmt(s.customerEnd)}, at or above ${params.minEnd}${where}.`, evidence);
  }
  return fail(`The customer ended at sentiment ${fmt(s.customerEnd)}, below ${params.minEnd}${where}.`, evidence);
}

function fmt(x: number | null): string {
  return x === null ? 'n/a' : x.toFixed(2);
}
