/**
 * Whether the call resolved the customer's issue, as the manifest (CDR) records it — the
 * seed hotlines track first-call resolution (≥ 95%). Not applicable when the manifest has no
 * `resolved` column for the call.
 */
import type { ParamsOf } from '../scorecard/index.ts';
import { fail, notApplicable, pass, type CallContext, type Verdict } from './context.ts';

export function checkResolution(ctx: CallContext, _params: ParamsOf<'resolution'>): Verdict {
  const r = ctx.call.resolved;
  if (r === undefined) return notApplicable('The manifest has no resolved value for this call.');
  const evidence = [{ note: `manifest resolved=${r}` }];
  return r ? pass('The manifest marks the call as resolved.', evidence) : fail('The manifest marks the call as not resolved.', evidence);
}
