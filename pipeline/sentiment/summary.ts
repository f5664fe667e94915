/**
 * Call-level sentiment from per-turn results: how the customer started and ended, the change,
 * the lowest point, and how often the agent sounded negative. Pure function.
 *
 * Definitions (scores are P(positive) − P(negative), −1..1):
 * - customer start / end: mean score of the first / last `n` customer turns, where
 *   n = min(windowTurns, max(1, floor(k / 2))) for k scored customer turns — so with two or
 *   more turns the start and end windows never share a turn, and one turn is both.
 *   Each turn counts once whatever its length: a short outburst weighs as much as a long
 *   calm explanation, which is how a listener hears it.
 * - change: end − start (−2..2; positive means the customer ended happier).
 * - lowest: the customer turn with the lowest score (the earliest on ties), at its start time.
 * - agent negative turns: agent turns whose most likely label is negative.
 * All customer fields are null when the customer has no scored turn.
 */
import type { CallSentiment, Transcript, TurnSentiment } from '../types.ts';

/** Default number of customer turns averaged for the start and the end. */
export const DEFAULT_WINDOW_TURNS = 3;

export interface SummaryOptions {
  windowTurns?: number;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export function summarizeCallSentiment(
  turns: TurnSentiment[],
  transcript: Transcript,
  model: string,
  opts: SummaryOptions = {},
): CallSentiment {
  const windowTurns = opts.windowTurns ?? DEFAULT_WINDOW_TURNS;
  const startOf = (t: TurnSentiment) => transcript.segments[t.index]?.start ?? 0;
  const customer = turns.filter((t) => t.speaker === 'customer').sort((a, b) => startOf(a) - startOf(b) || a.index - b.index);
  const agentNegativeTurns = turns.filter((t) => t.speaker === 'agent' && t.label === 'negative').length;

  if (customer.length === 0) {
    return { turns, customerStart: null, customerEnd: null, customerChange: null, customerLowest: null, agentNegativeTurns, model };
  }
  const n = Math.min(windowTurns, Math.max(1, Math.floor(customer.length / 2)));
  const customerStart = mean(customer.slice(0, n).map((t) => t.score));
  const customerEnd = mean(customer.slice(-n).map((t) => t.score));
  let lowest = customer[0];
  for (const t of customer) if (t.score < lowest.score) lowest = t;
  return {
    turns,
    customerStart,
    customerEnd,
    customerChange: customerEnd - customerStart,
    customerLowest: { score: lowest.score, atS: startOf(lowest) },
    agentNegativeTurns,
    model,
  };
}
