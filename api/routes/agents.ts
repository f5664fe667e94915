/** `GET /agents` (tier and stars for a period) and `GET /agents/{agentId}` (trend, weakest checks, recent calls). */
import { createRoute, z } from '@hono/zod-openapi';
import { visibleTeams } from '../auth/guard.ts';
import { forbidden, notFound } from '../errors.ts';
import { agentDetail, agentsWithStanding } from '../services/agents.ts';
import { resolvePeriod } from '../services/period.ts';
import { bearer, errorResponses, jsonContent, PeriodQuery, resourceRouter } from './common.ts';
import { AgentResult, WeakCheck } from './report-schemas.ts';
import { CallListItem } from './schemas.ts';

const AgentInfo = z.object({
  agentId: z.string(), name: z.string(), surname: z.string(), team: z.string(), site: z.string(), coach: z.string(), language: z.enum(['zh', 'en']),
});
const Standing = AgentResult.pick({
  scoredCalls: true, meanScore: true, adjustedScore: true, interval: true, rank: true, percentileRank: true, tier: true, stars: true, adjustedChange: true,
}).extend({ weakestChecks: z.array(WeakCheck) });
const AgentRow = AgentInfo.extend(Standing.shape).openapi('AgentRow');
const Period = z.object({ kind: z.string(), label: z.string(), startDate: z.string(), endDate: z.string() });

const list = createRoute({
  method: 'get', path: '/agents', tags: ['agents'], security: bearer,
  summary: "Agents with tier and stars for a period (a coach sees their teams; tiers are center-wide)",
  request: { query: z.object({ period: PeriodQuery.optional(), team: z.string().min(1).optional(), site: z.string().min(1).optional() }) },
  responses: { 200: jsonContent(z.object({ period: Period, items: z.array(AgentRow) }), 'Agents'), ...errorResponses },
});

const detail = createRoute({
  method: 'get', path: '/agents/{agentId}', tags: ['agents'], security: bearer,
  summary: "An agent: standing, daily score trend (90 days to the period's end), weakest checks, recent calls",
  request: {
    params: z.object({ agentId: z.string().min(1).openapi({ param: { name: 'agentId', in: 'path' } }) }),
    query: z.object({ period: PeriodQuery.optional() }),
  },
  responses: {
    200: jsonContent(
      z.object({
        agent: AgentInfo,
        period: Period,
        standing: Standing,
        trend: z.array(z.object({ date: z.string(), meanScore: z.number(), scoredCalls: z.number() })),
        recentCalls: z.array(CallListItem),
      }).openapi('AgentDetail'),
      'The agent',
    ),
    ...errorResponses,
  },
});

export function agentRoutes() {
  const app = resourceRouter();
  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const { sql, rankOptions } = c.get('deps');
    const teams = visibleTeams(c.get('user'));
    if (teams && q.team && !teams.includes(q.team)) throw forbidden(`team ${q.team} is not one of your teams (${teams.join(', ')})`);
    const period = await resolvePeriod(sql, q.period);
    return c.json({ period, items: await agentsWithStanding(sql, period, teams, { team: q.team, site: q.site }, rankOptions) }, 200);
  });
  app.openapi(detail, async (c) => {
    const { agentId } = c.req.valid('param');
    const { sql, rankOptions } = c.get('deps');
    const found = await agentDetail(sql, agentId, await resolvePeriod(sql, c.req.valid('query').period), rankOptions);
    if (!found) throw notFound(`agent ${agentId}`);
    return c.json(found, 200);
  });
  return app;
}
