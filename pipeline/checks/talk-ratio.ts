/**
 * Talk ratio: the agent's share of all talk time (0..1). An agent talking 90% of the call is
 * lecturing, not listening. Talk times come from VAD when present, else from transcript
 * segment durations (overlaps within one speaker merged).
 */
import type { Speaker, TranscriptSegment } from '../types.ts';
import type { ParamsOf } from '../scorecard/index.ts';
import { fail, fmtS, notApplicable, pass, type CallContext, type Verdict } from './context.ts';

export type TalkRatioParams = ParamsOf<'talk_ratio'>;

export function checkTalkRatio(ctx: CallContext, params: TalkRatioParams): Verdict {
  const source = ctx.speech ? 'VAD' : 'transcript, no VAD result';
  const talk = ctx.speech ? ctx.speech.talkTimeS : transcriptTalkTimeS(ctx.transcript.segments);
  const total = talk.agent + talk.customer;
  if (total < params.minTalkS) {
    return notApplicable(`Only ${fmtS(total)} of talk in this call, under the ${fmtS(params.minTalkS)} needed to judge the talk ratio.`);
  }
  const share = talk.agent / total;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const evidence = [{ note: `agent ${fmtS(talk.agent)}, customer ${fmtS(talk.customer)} (${source})` }];
  if (share > params.maxAgentShare) {
    return fail(`The agent did ${pct(share)} of the talking, above the ${pct(params.maxAgentShare)} maximum.`, evidence);
  }
  if (share < params.minAgentShare) {
    return fail(`The agent did only ${pct(share)} of the talking, below the ${pct(params.minAgentShare)} minimum.`, evidence);
  }
  return pass(`The agent did ${pct(share)} of the talking, within ${pct(params.minAgentShare)}–${pct(params.maxAgentShare)}.`, evidence);
}

/** Seconds each speaker talks, from segment times; a speaker's own overlapping segments count once. */
export function transcriptTalkTimeS(segments: TranscriptSegment[]): Record<Speaker, number> {
  const out: Record<Speaker, number> = { agent: 0, customer: 0 };
  for (const speaker of ['agent', 'customer'] as const) {
    const spans = segments.filter((s) => s.speaker === speaker && s.end > s.start).sort((a, b) => a.start - b.start);
    let curStart = -1;
    let curEnd = -1;
    for (const s of spans) {
      if (s.start > curEnd) {
        if (curEnd > curStart) out[speaker] += curEnd - curStart;
        curStart = s.start;
        curEnd = s.end;
      } else curEnd = Math.max(curEnd, s.end);
    }
    if (curEnd > curStart) out[speaker] += curEnd - curStart;
  }
  return out;
}
