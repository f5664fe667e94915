/**
 * How long the caller waited in queue, from the manifest's `wait_s` — the seed hotline's
 * service level is "answered within 15 s". This is about staffing rather than the agent, so
 * the shipped scorecards give it weight 0 (shown, not scored). Not applicable without `wait_s`.
 */
import type { ParamsOf } from '../scorecard/index.ts';
import { fail, fmtS, notApplicable, pass, type CallContext, type Verdict } from './context.ts';

export function checkWaitTime(ctx: CallContext, params: ParamsOf<'wait_time'>): Verdict {
  const w = ctx.call.waitS;
  if (w === undefined) return notApplicable('The manifest has no wait_s value for this call.');
  const evidence = [{ note: `manifest wait_s=${w}` }];
  return w <= params.maxWaitS
    ? pass(`The caller waited ${fmtS(w)} in queue, within ${fmtS(params.maxWaitS)}.`, evidence)
    : fail(`The caller waited ${fmtS(w)} in queue, longer than ${fmtS(params.maxWaitS)}.`, evidence);
}
