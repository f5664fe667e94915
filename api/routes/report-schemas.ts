/** Response schemas of the report resources; they mirror pipeline/rank, kpi and voc types. */
import { z } from '@hono/zod-openapi';

export const Tier = z.enum(['top', 'middle', 'bottom', 'insufficient_data']);

export const WeakCheck = z
  .object({ checkId: z.string(), label: z.string(), section: z.string(), applicable: z.number(), failed: z.number(), passRate: z.number() })
  .openapi('WeakCheck');

export const AgentResult = z
  .object({
    agentId: z.string(),
    name: z.string(),
    team: z.string(),
    site: z.string(),
    coach: z.string().optional(),
    scoredCalls: z.number().int(),
    meanScore: z.number().nullable(),
    adjustedScore: z.number().nullable().openapi({ description: 'Mean shrunk toward the center mean for small samples (ranks and stars use it)' }),
    interval: z.object({ low: z.number(), high: z.number(), halfWidth: z.number(), level: z.number() }).nullable(),
    shrinkageK: z.number(),
    rank: z.number().int().nullable(),
    percentileRank: z.number().nullable(),
    tier: Tier,
    stars: z.number().int().nullable(),
    previous: z.object({ scoredCalls: z.number(), adjustedScore: z.number(), tier: Tier, rank: z.number().nullable() }).nullable(),
    adjustedChange: z.number().nullable(),
    weakestChecks: z.array(WeakCheck),
  })
  .openapi('AgentResult');

const TierCounts = z.object({ top: z.number(), middle: z.number(), bottom: z.number(), insufficient_data: z.number() });

export const Ranking = z
  .object({
    period: z.object({ kind: z.string(), label: z.string(), startDate: z.string(), endDate: z.string() }),
    agents: z.array(AgentResult),
    stats: z.object({
      centerMean: z.number().nullable(),
      withinVariance: z.number().nullable(),
      betweenVariance: z.number().nullable(),
      shrinkageK: z.number(),
      scoredCalls: z.number(),
      tieredAgents: z.number(),
      tierCounts: TierCounts,
    }),
    options: z.record(z.string(), z.unknown()),
  })
  .openapi('Ranking');

export const CenterKpis = z
  .object({
    period: z.string(),
    calls: z.number(),
    kpis: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        unit: z.enum(['percent', 'seconds', 'score']),
        value: z.number().nullable(),
        numerator: z.number(),
        denominator: z.number(),
        excluded: z.number(),
        target: z.object({ comparison: z.enum(['atLeast', 'atMost']), value: z.number() }).nullable(),
        met: z.boolean().nullable(),
        formula: z.string(),
        breakdown: z.record(z.string(), z.number()).optional(),
      }),
    ),
    tierCounts: TierCounts,
  })
  .openapi('CenterKpis');

const Signal = z.enum(['complaint', 'suggestion', 'negative']);

export const VocReport = z
  .object({
    period: z.string(),
    callsAnalysed: z.number(),
    customerTurns: z.number(),
    taggedTurns: z.number(),
    topics: z.array(
      z.object({
        topic: z.string(),
        label: z.string(),
        labelEn: z.string(),
        mentions: z.number(),
        calls: z.number(),
        signals: z.record(Signal, z.number()),
        examples: z.array(z.object({ callId: z.string(), atS: z.number(), text: z.string(), signals: z.array(Signal) })),
        callIds: z.array(z.string()),
      }),
    ),
    unreadable: z.array(z.object({ callId: z.string(), reason: z.string() })),
  })
  .openapi('VocReport');
