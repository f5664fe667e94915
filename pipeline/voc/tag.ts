/** Tags one customer turn: is it a complaint, a suggestion, negative; which topics it names. */
import type { SentimentLabel } from '../types.ts';
import { mentions, SIGNAL_PHRASES, TOPICS, type VocSignal } from './taxonomy.ts';

export interface TurnTags {
  /** Empty when the turn is none of complaint, suggestion, negative. */
  signals: VocSignal[];
  /** Topic ids named in the turn, in taxonomy order. */
  topics: string[];
}

export function tagTurn(text: string, sentiment?: SentimentLabel | null): TurnTags {
  const signals: VocSignal[] = [];
  if (mentions(text, SIGNAL_PHRASES.complaint)) signals.push('complaint');
  if (mentions(text, SIGNAL_PHRASES.suggestion)) signals.push('suggestion');
  if (sentiment === 'negative') signals.push('negative');
  return { signals, topics: topicsIn(text) };
}

export function topicsIn(text: string): string[] {
  return TOPICS.filter((t) => mentions(text, t)).map((t) => t.id);
}
