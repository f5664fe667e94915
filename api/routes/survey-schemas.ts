/** Response schemas of the survey routes (documentation; they mirror pipeline/review survey types). */
import { z } from '@hono/zod-openapi';

const Correlation = z.object({
  rho: z.number().nullable().openapi({ description: "Spearman's rank correlation; null with under 3 pairs or no variation" }),
  n: z.number().int().openapi({ description: 'Pairs used' }),
  enough: z.boolean().openapi({ description: 'n ≥ minPairs; false: too few to say' }),
});

export const SurveyImportSummary = z
  .object({
    importId: z.number().int(),
    sourceFile: z.string(),
    scale: z.string().openapi({ example: '1-5' }),
    accepted: z.number().int(),
    replaced: z.number().int().openapi({ description: 'Accepted answers that replaced an earlier answer for the call' }),
    rejected: z.number().int(),
    rejects: z.array(z.object({ sourceFile: z.string(), rowNumber: z.number().int(), callId: z.string().optional(), field: z.string().optional(), reason: z.string() })),
  })
  .openapi('SurveyImport');

export const SurveyReport = z
  .object({
    filters: z.object({ from: z.string().optional(), to: z.string().optional(), team: z.string().optional(), period: z.enum(['week', 'month']) }),
    rule: z.enum(['automatic', 'human-replaces']).openapi({ description: 'The official-score rule the QA scores follow' }),
    scale: z.string().nullable().openapi({ description: "The newest import's scale among the rows" }),
    mixedScales: z.boolean(),
    surveys: z.number().int(),
    agents: z.number().int(),
    groups: z.array(z.object({
      period: z.string().openapi({ description: 'YYYY-MM, or the Monday of the ISO week' }),
      agentId: z.string(), agentName: z.string(), team: z.string(),
      surveys: z.number().int(),
      satisfaction01: z.number(), satisfactionOnScale: z.number().nullable(),
      qaScore: z.number().nullable().openapi({ description: 'Mean official score (0–100) of the surveyed calls' }), scored: z.number().int(),
      negativeEndingShare: z.number().nullable().openapi({ description: 'Share of surveyed calls whose customer ended below −0.2' }), endingKnown: z.number().int(),
    })),
    correlations: z.object({
      acrossCalls: z.object({ qaScore: Correlation, customerEnd: Correlation }),
      acrossAgents: z.object({ qaScore: Correlation, negativeEndingShare: Correlation }),
    }),
    minPairs: z.number().int(),
    comments: z.array(z.object({ callId: z.string(), agentId: z.string(), date: z.string(), satisfaction: z.number(), scale: z.string(), comment: z.string() })).nullable()
      .openapi({ description: 'Lowest satisfaction first; null for HR' }),
  })
  .openapi('SurveyReport');
