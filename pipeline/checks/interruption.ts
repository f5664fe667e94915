/**
 * Interruptions: the agent starting to talk while the customer is still talking, for longer
 * than a backchannel (「嗯」, "right"). From the VAD overlaps of the two channels of a stereo
 * recording; without VAD, or for a mono recording (manifest agent_channel=mono: one channel,
 * no overlap to see), from overlapping agent/customer transcript segments — unless the
 * transcript's speakers were inferred from the mono mix, which never shows overlap.
 */
import type { Evidence } from '../types.ts';
import type { ParamsOf } from '../scorecard/index.ts';
import { fail, fmtS, notApplicable, pass, type CallContext, type Verdict } from './context.ts';

export type InterruptionParams = ParamsOf<'interruption'>;

interface TalkOver {
  startS: number;
  endS: number;
  agentQuote?: string;
  customerQuote?: string;
}

export function checkInterruption(ctx: CallContext, params: InterruptionParams): Verdict {
  let found: TalkOver[];
  let source: string;
  // VAD sees talk-over only as speech on both channels at once: a mono recording has one channel.
  const stereo = ctx.call.agentChannel !== 'mono';
  if (ctx.speech && stereo) {
    source = 'VAD channel overlap';
    found = ctx.speech.overlaps
      .filter((o) => o.interrupter === 'agent' && o.endS - o.startS >= params.minOverlapS)
      .map((o) => ({ startS: o.startS, endS: o.endS, ...quotesAt(ctx, o.startS) }));
  } else if (params.source === 'vad') {
    return notApplicable(
      stereo
        ? 'There is no VAD result, so talking over the customer cannot be measured.'
        : 'The recording is mono, so VAD cannot see talking over the customer.',
    );
  } else if (ctx.transcript.rolesInferred) {
    return notApplicable('The recording is mono and its transcript speakers were inferred, so talking over the customer cannot be seen.');
  } else {
    source = stereo ? 'overlapping transcript segments, no VAD result' : 'overlapping transcript segments, mono recording';
    found = transcriptTalkOver(ctx, params.minOverlapS);
  }
  const evidence: Evidence[] = found.map((t) => ({
    atS: round2(t.startS),
    endS: round2(t.endS),
    speaker: 'agent',
    quote: t.agentQuote,
    note: `agent talked over the customer for ${fmtS(t.endS - t.startS)}${t.customerQuote ? ` while the customer said “${t.customerQuote}”` : ''}`,
  }));
  if (found.length <= params.maxCount) {
    return pass(
      found.length === 0
        ? `The agent did not talk over the customer for ${fmtS(params.minOverlapS)} or more (${source}).`
        : `${found.length} talk-over(s), within the ${params.maxCount} allowed (${source}).`,
      evidence,
    );
  }
  return fail(
    `The agent talked over the customer ${found.length} time(s), first at ${fmtS(found[0].startS)} for ${fmtS(found[0].endS - found[0].startS)} (${source}).`,
    evidence,
  );
}

function transcriptTalkOver(ctx: CallContext, minS: number): TalkOver[] {
  const segs = ctx.transcript.segments.filter((s) => s.text.trim() !== '');
  const out: TalkOver[] = [];
  for (const a of segs.filter((s) => s.speaker === 'agent')) {
    for (const c of segs.filter((s) => s.speaker === 'customer')) {
      // The agent started while the customer was mid-turn.
      if (a.start > c.start && a.start < c.end) {
        const endS = Math.min(a.end, c.end);
        if (endS - a.start >= minS) out.push({ startS: a.start, endS, agentQuote: a.text, customerQuote: c.text });
      }
    }
  }
  return out.sort((x, y) => x.startS - y.startS);
}

/** The agent and customer turns around a time, for evidence. */
function quotesAt(ctx: CallContext, atS: number): { agentQuote?: string; customerQuote?: string } {
  const near = (speaker: string) =>
    ctx.transcript.segments.find((s) => s.speaker === speaker && s.start <= atS + 0.5 && s.end >= atS - 0.5)?.text;
  return { agentQuote: near('agent'), customerQuote: near('customer') };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
