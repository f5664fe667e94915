/**
 * Hand-written calls for tests: a context builder with the demo deployment's brand and one
 * zh and one en agent, so each test states only the segments and fields it is about.
 */
import type { Agent, BrandConfig, CallSentiment, ManifestRow, Speaker, TranscriptSegment, TurnSentiment } from '../types.ts';
import type { CallContext } from './context.ts';
import { paramSchemas, type CheckKind, type ParamsOf, type ResolvedMatch } from '../scorecard/schema.ts';

export const DEMO_BRAND: BrandConfig = { name: '招商银行信用卡中心', aliases: ['招商银行', '招行', 'China Merchants Bank', 'CMB'] };

export const ZH_AGENT: Agent = { agentId: 'a-wang', name: '王芳', surname: '王', team: 'A', site: 'SZ', coach: '陈教练', language: 'zh' };
export const EN_AGENT: Agent = { agentId: 'a-smith', name: 'Anna Smith', surname: 'Smith', team: 'E', site: 'SZ', coach: 'Chen', language: 'en' };

export function seg(speaker: Speaker, start: number, end: number, text: string): TranscriptSegment {
  return { speaker, start, end, text };
}

export const agentSays = (start: number, end: number, text: string) => seg('agent', start, end, text);
export const customerSays = (start: number, end: number, text: string) => seg('customer', start, end, text);

export function callContext(
  segments: TranscriptSegment[],
  opts: { language?: 'zh' | 'en'; call?: Partial<ManifestRow>; agent?: Partial<Agent>; rolesInferred?: boolean } & Pick<
    Partial<CallContext>,
    'speech' | 'sentiment'
  > = {},
): CallContext {
  const language = opts.language ?? 'zh';
  const base = language === 'zh' ? ZH_AGENT : EN_AGENT;
  return {
    call: { callId: 'c-test', file: 'c-test.wav', agentId: base.agentId, startedAt: '2026-11-20T10:00:00+08:00', ...opts.call },
    agent: { ...base, ...opts.agent },
    transcript: { callId: 'c-test', language, segments, ...(opts.rolesInferred ? { rolesInferred: true } : {}) },
    speech: opts.speech,
    sentiment: opts.sentiment,
    brand: DEMO_BRAND,
  };
}

/** A sentiment result with the given per-segment scores (−1..1); unlisted segments are neutral. */
export function sentimentFor(segments: TranscriptSegment[], scores: Record<number, number>): CallSentiment {
  const turns: TurnSentiment[] = segments.map((s, index) => {
    const score = scores[index] ?? 0;
    const label = score <= -0.3 ? 'negative' : score >= 0.3 ? 'positive' : 'neutral';
    const pos = Math.max(0, score);
    const neg = Math.max(0, -score);
    return { index, speaker: s.speaker, label, score, probs: { positive: pos, negative: neg, neutral: 1 - pos - neg } };
  });
  const customer = turns.filter((t) => t.speaker === 'customer');
  const lowest = customer.reduce<TurnSentiment | null>((a, b) => (!a || b.score < a.score ? b : a), null);
  return {
    turns,
    customerStart: customer[0]?.score ?? null,
    customerEnd: customer.at(-1)?.score ?? null,
    customerChange: customer.length ? customer.at(-1)!.score - customer[0].score : null,
    customerLowest: lowest ? { score: lowest.score, atS: segments[lowest.index].start } : null,
    agentNegativeTurns: turns.filter((t) => t.speaker === 'agent' && t.label === 'negative').length,
    model: 'hand-written test values',
  };
}

/** Check params as the scorecard loader produces them: validated, defaults filled, matching options attached. */
export function paramsFor<K extends CheckKind>(kind: K, raw: unknown, match: Partial<ResolvedMatch> = {}): ParamsOf<K> & { match: ResolvedMatch } {
  const parsed = paramSchemas[kind].parse(raw) as ParamsOf<K>;
  const own = (parsed as { threshold?: number }).threshold;
  return { ...parsed, match: { threshold: own ?? 0.8, minFuzzyUnits: 3, fillers: ['嗯', '呃', '那个', 'um', 'uh'], ...match } };
}
