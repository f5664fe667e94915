/**
 * An errand the agent runs while the customer waits is no brush-off. Agents ask the customer to hold and then
 * say, with the "I" dropped, where they will take the question — "Just a moment, ask the farm about emu eggs",
 * 「请等一会儿，去问问」 — and the act model reads the bare order as sending the customer away. I72 round
 * (heldout79's false alarms read by cause). Only the act model's reading is excused: a listed phrase still counts,
 * and an order that comes before the hold request ("ask the farm, one moment") is still judged.
 */
import { clauseBefore, type AgentClause } from './act-signal.ts';

/** Act probability of a hold request in the clause before, from which it counts as one (as owned-error.ts's apology). */
const HOLD_BEFORE_P = 0.5;

/**
 * True when the last single clause of `clause` (itself, or a pair's second) comes straight after a hold request in
 * the same agent turn. `singles` are the call's single agent clauses (agentClauses).
 */
export function isErrandAfterHold(clause: AgentClause, singles: readonly AgentClause[]): boolean {
  const last = singles.filter((c) => c.segment === clause.segment && c.from >= clause.from && c.to <= clause.to).at(-1);
  const previous = last && clauseBefore(last, singles);
  return previous !== undefined && previous.probs.hold_request >= HOLD_BEFORE_P;
}
