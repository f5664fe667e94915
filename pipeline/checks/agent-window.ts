/**
 * The stretch of the agent's speech a phrase check looks in. Windows are measured from agent
 * speech, not from the start of the recording, so ringing or an IVR prompt before the agent
 * picks up does not eat the window.
 *
 * - agent_start: phrases that start within the first N seconds of the agent's first words
 *   (a phrase that starts inside and finishes just after still counts whole).
 * - agent_end: the agent's last N seconds, but never the agent's first turn when there are
 *   several: in a short call the last 20 s reach back to the greeting, and 「感谢致电…」 said
 *   there is not a closing.
 * - anywhere: the whole call.
 */
import { agentSegments, fmtS, type CallContext } from './context.ts';
import type { PhraseMatch } from './match/phrase.ts';
import type { SpokenStream } from './match/stream.ts';

export interface AgentWindow {
  /** "within the first 10 s of agent speech", for reasons. */
  where: string;
  /** The agent's units in the window (agent_start: plus a few past its edge). */
  stream: SpokenStream;
  /** True when a match counts as said inside the window. */
  counts: (m: PhraseMatch) => boolean;
  /** True when a clause of agent speech (segment index, start and end seconds) lies in the window. */
  holdsClause: (segment: number, atS: number, endS: number) => boolean;
}

export type WindowSpec = { anchor: 'agent_start' | 'agent_end' | 'anywhere'; seconds?: number };

/** `extraUnits`: how many units past the agent_start edge a phrase may run on (the longest phrase). */
export function agentWindow(ctx: CallContext, stream: SpokenStream, spec: WindowSpec, extraUnits: number): AgentWindow {
  const agent = agentSegments(ctx.transcript);
  const seconds = spec.seconds ?? 0;
  const t0 = Math.min(...agent.map((s) => s.start));
  const t1 = Math.max(...agent.map((s) => s.end));
  const u = stream.units;
  if (spec.anchor === 'agent_start') {
    const limit = t0 + seconds + 1e-6;
    let last = -1;
    u.forEach((x, i) => {
      if (x.startS <= limit) last = i;
    });
    return {
      where: `within the first ${fmtS(seconds)} of agent speech`,
      stream: { segments: stream.segments, units: u.slice(0, Math.min(u.length, last + 1 + extraUnits)) },
      counts: (m) => m.atS <= limit,
      holdsClause: (_segment, atS) => atS <= limit,
    };
  }
  if (spec.anchor === 'agent_end') {
    const first = [...agent].sort((a, b) => a.start - b.start)[0];
    const floor = agent.length > 1 ? first.end : -Infinity;
    const from = t1 - seconds - 1e-6;
    return {
      where: `in the agent's last ${fmtS(seconds)}`,
      stream: { segments: stream.segments, units: u.filter((x) => x.endS >= from && x.startS >= floor - 1e-6) },
      counts: () => true,
      // The same rule as the units: in the last N seconds, never in the agent's first turn.
      holdsClause: (segment, _atS, endS) => endS >= from && ctx.transcript.segments[segment].start >= floor - 1e-6,
    };
  }
  return { where: 'anywhere in the call', stream, counts: () => true, holdsClause: () => true };
}
