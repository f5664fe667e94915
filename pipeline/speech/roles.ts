/**
 * Speaker roles for mono recordings, where both parties share one channel. Pure.
 *
 * Rule (simple on purpose, and marked `rolesInferred: true` on the transcript):
 * 1. Turns: consecutive segments belong to one turn unless a pause of at least `turnGapS`
 *    separates them; across such a pause the speaker changes (turns alternate).
 * 2. The agent is the one who greets: among the first `greetingSearchTurns` turns, the first with
 *    an agent greeting ("很高兴为您服务", "thank you for calling", the brand, "我姓…") is the
 *    agent's; failing that the first with a plain greeting ("您好", "hello"); failing that the first
 *    turn (the agent answers the call).
 * Known limits: one speaker pausing mid-answer flips roles until the next pause; coaches see the
 * "roles inferred" flag and can override.
 */
import type { Speaker, TranscriptSegment } from '../types.ts';
import type { UnattributedSegment } from './asr-output.ts';
import { secondsToMs } from './timebase.ts';

export interface RoleOptions {
  /** A pause at least this long between segments starts the other party's turn. Default 0.45 s. */
  turnGapS: number;
  /** How many opening turns may hold the agent's greeting. Default 3. */
  greetingSearchTurns: number;
  /** Brand names and aliases (config brand) that mark the agent's greeting. */
  brandNames: string[];
}

export const DEFAULT_ROLE_OPTIONS: RoleOptions = { turnGapS: 0.45, greetingSearchTurns: 3, brandNames: [] };

const AGENT_GREETING = /很高兴为您服务|为您服务|欢迎致电|欢迎来电|我姓|工号|有什么可以帮|thank(s| you) for calling|my name is|how (may|can) i (help|assist)|speaking[,.]/i;
const PLAIN_GREETING = /您好|你好|喂|hello|\bhi\b|good (morning|afternoon|evening)/i;

/**
 * Group segments into turns across pauses of at least `turnGapS`. Pauses are measured in whole
 * ms (transcript times are to the 10 ms): in float seconds a pause of exactly 0.45 s reads as
 * 0.4499999… at about half of all positions and would not change the speaker.
 */
export function splitTurns<T extends UnattributedSegment>(segments: T[], turnGapS: number): T[][] {
  const sorted = [...segments].sort((a, b) => a.start - b.start);
  const turnGapMs = secondsToMs(turnGapS);
  const turns: T[][] = [];
  let lastEndMs = -Infinity;
  for (const s of sorted) {
    if (turns.length === 0 || secondsToMs(s.start) - lastEndMs >= turnGapMs) turns.push([]);
    turns[turns.length - 1].push(s);
    lastEndMs = Math.max(lastEndMs, secondsToMs(s.end));
  }
  return turns;
}

/** Index of the turn judged to be the agent's greeting. */
export function greetingTurn(turns: UnattributedSegment[][], options: Partial<RoleOptions> = {}): number {
  const o = { ...DEFAULT_ROLE_OPTIONS, ...options };
  const texts = turns.slice(0, o.greetingSearchTurns).map((t) => t.map((s) => s.text).join(' '));
  const brand = (text: string) => o.brandNames.some((b) => b && text.toLowerCase().includes(b.toLowerCase()));
  const strong = texts.findIndex((t) => AGENT_GREETING.test(t) || brand(t));
  if (strong !== -1) return strong;
  const plain = texts.findIndex((t) => PLAIN_GREETING.test(t));
  return plain !== -1 ? plain : 0;
}

export function assignRoles(segments: UnattributedSegment[], options: Partial<RoleOptions> = {}): TranscriptSegment[] {
  const o = { ...DEFAULT_ROLE_OPTIONS, ...options };
  const turns = splitTurns(segments, o.turnGapS);
  const agentTurn = greetingTurn(turns, o);
  return turns.flatMap((turn, i) => {
    const speaker: Speaker = Math.abs(i - agentTurn) % 2 === 0 ? 'agent' : 'customer';
    return turn.map((s) => ({ speaker, ...s }));
  });
}
