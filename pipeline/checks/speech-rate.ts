/**
 * Agent speaking rate: Chinese characters per minute for zh calls, words per minute for en,
 * over the agent's transcript segments (their text and their durations belong together, so
 * VAD timing is not mixed in). Pauses between turns are not counted, so this is the
 * articulation rate — higher than a words-per-minute-of-call figure. Too fast loses older
 * customers; too slow sounds unsure.
 */
import type { ParamsOf } from '../scorecard/index.ts';
import { agentSegments, fail, fmtS, notApplicable, pass, type CallContext, type Verdict } from './context.ts';
import { countUnitKinds } from './match/units.ts';
import { transcriptTalkTimeS } from './talk-ratio.ts';

export type SpeechRateParams = ParamsOf<'speech_rate'>;

export function checkSpeechRate(ctx: CallContext, params: SpeechRateParams): Verdict {
  const segs = agentSegments(ctx.transcript);
  const talkS = transcriptTalkTimeS(segs).agent;
  if (talkS < params.minTalkS) {
    return notApplicable(`The agent spoke for ${fmtS(talkS)}, under the ${fmtS(params.minTalkS)} needed to judge speaking rate.`);
  }
  const zh = ctx.transcript.language === 'zh';
  const unit = zh ? 'characters/min' : 'words/min';
  // Characters (Han and digits) for zh, words and digits for en: the units toUnits would give, counted once per turn.
  const counts = new Map(segs.map((s) => [s, countOf(s.text, zh)]));
  const rate = (segs.reduce((n, s) => n + counts.get(s)!, 0) / talkS) * 60;
  const perSegment = segs
    .filter((s) => s.end - s.start >= 3)
    .map((s) => ({ s, rate: (counts.get(s)! / (s.end - s.start)) * 60 }));
  const extreme = (fast: boolean) =>
    perSegment.length ? perSegment.reduce((a, b) => ((fast ? b.rate > a.rate : b.rate < a.rate) ? b : a)) : undefined;
  const r = Math.round(rate);
  const evidenceFor = (fast: boolean) => {
    const e = extreme(fast);
    return e
      ? [{ atS: e.s.start, endS: e.s.end, speaker: 'agent' as const, quote: e.s.text, note: `${fast ? 'fastest' : 'slowest'} turn: ${Math.round(e.rate)} ${unit}` }]
      : [];
  };
  if (rate > params.maxPerMin) return fail(`The agent spoke at ${r} ${unit}, faster than the ${params.maxPerMin} maximum.`, evidenceFor(true));
  if (rate < params.minPerMin) return fail(`The agent spoke at ${r} ${unit}, slower than the ${params.minPerMin} minimum.`, evidenceFor(false));
  return pass(`The agent spoke at ${r} ${unit}, within ${params.minPerMin}–${params.maxPerMin}.`, [{ note: `${r} ${unit} over ${fmtS(talkS)} of agent speech` }]);
}

function countOf(text: string, zh: boolean): number {
  const k = countUnitKinds(text);
  return zh ? k.han + k.digit : k.word + k.digit;
}
