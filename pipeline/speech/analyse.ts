/**
 * From per-speaker speech segments to the `vad` stage result: talk time, dead air, holds and
 * overlaps (with who interrupted). Pure. The scorecard checks apply their own limits on top
 * (e.g. "dead air over 10 s fails"), so the thresholds here only decide what is worth recording.
 *
 * Definitions (all times in call seconds):
 * - **hold**: from the end of an agent turn (or of the customer's answer to it, if that starts within
 *   `holdLeadInS`) to the agent's next turn, lasting at least `holdMinS`,
 *   while the customer says (almost) nothing — at most `holdCustomerSpeechMaxS` seconds in total, so
 *   a "好的" or "hello?" during the wait does not end the hold. A customer who talks for longer
 *   means the agent was listening, not holding. The stretch after the agent's last turn is never a
 *   hold (the call is over; the recording tail is not the agent's doing).
 * - **dead air** (`silences`): stretches where neither side speaks, at least `deadAirMinS` long,
 *   between the first and the last speech of the call, excluding time already counted as hold
 *   (a hold is announced waiting; dead air is unexplained silence). Set `countLeadingSilence`
 *   to also count silence from the start of the recording to the first speech.
 * - **overlap**: both sides speak at once for at least `overlapMinS`. The interrupter is the side
 *   whose turn began later, i.e. who started talking while the other was already talking
 *   (a tie goes to the customer). Short overlaps are left out: VAD reports speech ~0.1 s past its
 *   end, so quick turn-taking would otherwise look like interruptions.
 * - **shared channel** (mono recordings, `sharedChannel: true`): who is silent cannot be told, so
 *   a hold is any stretch of at least `holdMinS` where nobody speaks (on a service call that is
 *   almost always the customer waiting), and overlaps cannot be seen (none are reported).
 */
import type { Speaker, SpeechAnalysis, SpeechSegment } from '../types.ts';
import { coveredWithinMs, gaps, intersect, subtract, toMsSpan, toTimeSpan, totalMs, union, type MsSpan } from './spans.ts';
import { msToSeconds, secondsToMs } from './timebase.ts';

export interface AnalysisOptions {
  /** Shortest mutual silence recorded as dead air. Default 3 s. */
  deadAirMinS: number;
  /** Shortest agent silence recorded as a hold. Default 10 s. */
  holdMinS: number;
  /** Customer speech allowed inside a hold. Default 2 s. */
  holdCustomerSpeechMaxS: number;
  /** Customer speech starting this soon after the agent's last turn is an answer: the hold starts after it. Default 3 s. */
  holdLeadInS: number;
  /** Shortest double-talk recorded as an overlap. Default 0.3 s. */
  overlapMinS: number;
  /** Count silence before the first speech as dead air. Default false. */
  countLeadingSilence: boolean;
  /** Both parties on one channel (mono): speaker labels are a guess, see the definitions above. */
  sharedChannel: boolean;
}

export const DEFAULT_ANALYSIS: AnalysisOptions = {
  deadAirMinS: 3,
  holdMinS: 10,
  holdCustomerSpeechMaxS: 2,
  holdLeadInS: 3,
  overlapMinS: 0.3,
  countLeadingSilence: false,
  sharedChannel: false,
};

export function analyseSpeech(
  segments: SpeechSegment[],
  durationS: number,
  options: Partial<AnalysisOptions> = {},
): SpeechAnalysis {
  const o = { ...DEFAULT_ANALYSIS, ...options };
  // Integer milliseconds from here on (see spans.ts): limits hold the same anywhere in a long call.
  const deadAirMinMs = secondsToMs(o.deadAirMinS);
  const holdMinMs = secondsToMs(o.holdMinS);
  const holdCustomerSpeechMaxMs = secondsToMs(o.holdCustomerSpeechMaxS);
  const holdLeadInMs = secondsToMs(o.holdLeadInS);
  const overlapMinMs = secondsToMs(o.overlapMinS);
  const of = (who: Speaker) => union(segments.filter((s) => s.speaker === who).map(toMsSpan));
  const agent = of('agent');
  const customer = of('customer');
  const anyone = union([...agent, ...customer]);

  const holds: MsSpan[] = [];
  if (o.sharedChannel) {
    for (let i = 0; i + 1 < anyone.length; i++) {
      if (anyone[i + 1].startMs - anyone[i].endMs >= holdMinMs) holds.push({ startMs: anyone[i].endMs, endMs: anyone[i + 1].startMs });
    }
  }
  for (let i = 0; !o.sharedChannel && i + 1 < agent.length; i++) {
    const endMs = agent[i + 1].startMs;
    if (endMs - agent[i].endMs < holdMinMs || coveredWithinMs(customer, agent[i].endMs, endMs) > holdCustomerSpeechMaxMs) continue;
    // The wait starts once the customer has finished answering the agent's last words
    // (e.g. reading out digits, or "好的"), not while the customer is still talking.
    const answer = customer.filter((c) => c.startMs >= agent[i].endMs - overlapMinMs && c.startMs <= agent[i].endMs + holdLeadInMs && c.startMs < endMs);
    const startMs = Math.max(agent[i].endMs, ...answer.map((c) => Math.min(c.endMs, endMs)));
    if (endMs - startMs >= holdMinMs) holds.push({ startMs, endMs });
  }

  let silences: MsSpan[] = [];
  if (anyone.length > 0) {
    const fromMs = o.countLeadingSilence ? 0 : anyone[0].startMs;
    const toMs = anyone[anyone.length - 1].endMs;
    silences = subtract(gaps(anyone, fromMs, toMs), holds).filter((g) => g.endMs - g.startMs >= deadAirMinMs);
  }

  const overlaps = (o.sharedChannel ? [] : intersect(agent, customer))
    .filter((x) => x.endMs - x.startMs >= overlapMinMs)
    .map((x) => {
      const agentTurn = agent.find((s) => s.startMs <= x.startMs && s.endMs >= x.endMs)!;
      const customerTurn = customer.find((s) => s.startMs <= x.startMs && s.endMs >= x.endMs)!;
      const interrupter: Speaker = agentTurn.startMs > customerTurn.startMs ? 'agent' : 'customer';
      return { ...toTimeSpan(x), interrupter };
    });

  return {
    segments: [...segments].sort((a, b) => a.startS - b.startS || a.speaker.localeCompare(b.speaker)),
    talkTimeS: { agent: msToSeconds(totalMs(agent)), customer: msToSeconds(totalMs(customer)) },
    silences: silences.map(toTimeSpan),
    holds: holds.map(toTimeSpan),
    overlaps,
    durationS,
  };
}
