/**
 * What a check sees of one call, and what it returns. Checks are pure functions of these
 * values: no database, no clock, and no model but the shipped utterance-act model (act-signal.ts;
 * deterministic, its version named in the evidence it decides) — so a stored call re-scores
 * identically while the scorecard and the act model stay the same.
 */
import type {
  Agent,
  BrandConfig,
  CallSentiment,
  CheckOutcome,
  Evidence,
  ManifestRow,
  SpeechAnalysis,
  Transcript,
  TranscriptSegment,
} from '../types.ts';

export interface CallContext {
  call: ManifestRow;
  agent: Agent;
  transcript: Transcript;
  /** VAD result; absent when the VAD stage did not run or failed. */
  speech?: SpeechAnalysis;
  /** Sentiment result; absent when the sentiment stage did not run or failed. */
  sentiment?: CallSentiment;
  brand: BrandConfig;
}

/** A check's finding before the scorecard adds id, label, weight and criticality. */
export interface Verdict {
  outcome: CheckOutcome;
  /** One sentence a coach can read. */
  reason: string;
  evidence: Evidence[];
  /** 0–1, where the check has one: how far the deciding similarity is from the threshold (confidence.ts). */
  confidence?: number;
}

export const pass = (reason: string, evidence: Evidence[] = []): Verdict => ({ outcome: 'pass', reason, evidence });
export const fail = (reason: string, evidence: Evidence[] = []): Verdict => ({ outcome: 'fail', reason, evidence });
export const notApplicable = (reason: string, evidence: Evidence[] = []): Verdict => ({ outcome: 'na', reason, evidence });

/** A segment in which the agent says something: an empty ASR segment is no turn. */
function isAgentTurn(s: TranscriptSegment): boolean {
  return s.speaker === 'agent' && s.text.trim() !== '';
}

export function agentSegments(t: Transcript): TranscriptSegment[] {
  return t.segments.filter(isAgentTurn);
}

/**
 * The agent's turns in order (isAgentTurn, as agentSegments), as indices into `t.segments`: the one definition of
 * "the opening turn" (index 0) and "the agent's next turn" for every check.
 */
export function agentTurnIndices(t: Transcript): number[] {
  const out: number[] = [];
  t.segments.forEach((s, i) => {
    if (isAgentTurn(s)) out.push(i);
  });
  return out;
}

/** Seconds, formatted for reasons: 12.3 s. */
export function fmtS(s: number): string {
  return `${Math.round(s * 10) / 10} s`;
}

/** Call length in seconds: manifest duration, else VAD duration, else the last transcript end. */
export function callDurationS(ctx: CallContext): number {
  return ctx.call.durationS ?? ctx.speech?.durationS ?? Math.max(0, ...ctx.transcript.segments.map((s) => s.end));
}
