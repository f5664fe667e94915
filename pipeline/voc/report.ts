/**
 * Voice of the customer for a period: customer turns that complain, suggest or sound negative,
 * grouped by topic. A tagged turn that names no topic inherits the topics the customer named
 * elsewhere in the same call ("我想查账单" … "等了半天，我要投诉" → bill), marked
 * `topicFrom: 'call'`; with none at all it goes to "other". A turn naming two topics counts
 * under both. Topics are ordered by mentions, then calls, then taxonomy order.
 */
import type { CallSentiment, Transcript } from '../types.ts';
import { tagTurn, topicsIn } from './tag.ts';
import { OTHER_TOPIC, TOPICS, type VocSignal } from './taxonomy.ts';

/** One call's material for the report. */
export interface VocCall {
  callId: string;
  /** Service date YYYY-MM-DD. */
  date: string;
  agentId: string;
  transcript: Transcript;
  sentiment: CallSentiment | null;
}

/** One tagged customer turn. */
export interface VocMention {
  callId: string;
  date: string;
  agentId: string;
  /** Index of the turn in the transcript's segments. */
  turnIndex: number;
  /** Seconds from call start. */
  atS: number;
  text: string;
  signals: VocSignal[];
  topics: string[];
  topicFrom: 'turn' | 'call' | 'none';
}

export interface VocTopicSummary {
  topic: string;
  label: string;
  labelEn: string;
  /** Tagged turns naming (or inheriting) the topic. */
  mentions: number;
  /** Distinct calls among them. */
  calls: number;
  signals: Record<VocSignal, number>;
  /** Up to `examplesPerTopic` quotes from different calls; explicit complaints/suggestions first. */
  examples: { callId: string; atS: number; text: string; signals: VocSignal[] }[];
  /** Every call behind the topic, sorted. */
  callIds: string[];
}

export interface VocReport {
  period: string;
  /** Calls with a transcript in the period. */
  callsAnalysed: number;
  customerTurns: number;
  taggedTurns: number;
  topics: VocTopicSummary[];
  /** Calls whose stored transcript or sentiment could not be read: data, not a crash. */
  unreadable: { callId: string; reason: string }[];
}

export interface VocOptions {
  /** Default 3. */
  examplesPerTopic?: number;
  /** Quotes longer than this many characters are cut with "…"; default 120. */
  maxQuoteChars?: number;
}

export function tagCall(call: VocCall): VocMention[] {
  const customer = call.transcript.segments
    .map((segment, index) => ({ segment, index }))
    .filter(({ segment }) => segment.speaker === 'customer');
  const callTopics = [...new Set(customer.flatMap(({ segment }) => topicsIn(segment.text)))];
  const labels = new Map<number, CallSentiment['turns'][number]>();
  for (const t of call.sentiment?.turns ?? []) labels.set(t.index, t);

  const out: VocMention[] = [];
  for (const { segment, index } of customer) {
    const turnSentiment = labels.get(index);
    const label = turnSentiment && turnSentiment.speaker === 'customer' ? turnSentiment.label : null;
    const tags = tagTurn(segment.text, label);
    if (tags.signals.length === 0) continue;
    const [topics, topicFrom] =
      tags.topics.length > 0 ? [tags.topics, 'turn' as const] : callTopics.length > 0 ? [callTopics, 'call' as const] : [[OTHER_TOPIC.id], 'none' as const];
    out.push({ callId: call.callId, date: call.date, agentId: call.agentId, turnIndex: index, atS: segment.start, text: segment.text, signals: tags.signals, topics, topicFrom });
  }
  return out;
}

export function buildVocReport(period: string, calls: readonly VocCall[], options: VocOptions = {}, unreadable: VocReport['unreadable'] = []): VocReport {
  const examplesPerTopic = options.examplesPerTopic ?? 3;
  const maxQuoteChars = options.maxQuoteChars ?? 120;
  const ordered = [...calls].sort((a, b) => (a.date + a.callId < b.date + b.callId ? -1 : 1));
  let customerTurns = 0;
  const mentions: VocMention[] = [];
  for (const call of ordered) {
    customerTurns += call.transcript.segments.filter((s) => s.speaker === 'customer').length;
    mentions.push(...tagCall(call));
  }

  const known = [...TOPICS, OTHER_TOPIC];
  const topics: VocTopicSummary[] = [];
  for (const topic of known) {
    const own = mentions.filter((m) => m.topics.includes(topic.id));
    if (own.length === 0) continue;
    const signals: Record<VocSignal, number> = { complaint: 0, suggestion: 0, negative: 0 };
    for (const m of own) for (const s of m.signals) signals[s]++;
    const callIds = [...new Set(own.map((m) => m.callId))].sort();
    topics.push({
      topic: topic.id,
      label: topic.label,
      labelEn: topic.labelEn,
      mentions: own.length,
      calls: callIds.length,
      signals,
      examples: pickExamples(own, examplesPerTopic, maxQuoteChars),
      callIds,
    });
  }
  const order = new Map(known.map((t, i) => [t.id, i]));
  topics.sort((a, b) => b.mentions - a.mentions || b.calls - a.calls || order.get(a.topic)! - order.get(b.topic)!);
  return { period, callsAnalysed: calls.length, customerTurns, taggedTurns: mentions.length, topics, unreadable };
}

/** Explicit words (complaint/suggestion) before mere negative tone, the topic named in the turn before inherited, one per call. */
function pickExamples(mentions: VocMention[], limit: number, maxChars: number): VocTopicSummary['examples'] {
  const strength = (m: VocMention) => (m.signals.some((s) => s !== 'negative') ? 0 : 1) + (m.topicFrom === 'turn' ? 0 : 2);
  const sorted = [...mentions].sort((a, b) => strength(a) - strength(b));
  const seen = new Set<string>();
  const examples: VocTopicSummary['examples'] = [];
  for (const m of sorted) {
    if (examples.length >= limit) break;
    if (seen.has(m.callId)) continue;
    seen.add(m.callId);
    const chars = [...m.text];
    examples.push({ callId: m.callId, atS: m.atS, text: chars.length > maxChars ? chars.slice(0, maxChars - 1).join('') + '…' : m.text, signals: m.signals });
  }
  return examples;
}
