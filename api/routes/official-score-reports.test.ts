/**
 * Config `review.officialScore` reaches every score the app shows: with `human-replaces`
 * (AppDeps.officialScore, as `callqa serve` passes it) the rankings, KPIs, an agent's trend and
 * the calls list take a top-tier agent's evaluated calls at the analysts' scores; an app on the same
 * store with the default (`automatic`) shows the automatic figures, unchanged by evaluations.
 * On every store kind (SQLite, and Postgres when CALLQA_TEST_PG_URL is set).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { callScorecard, saveEvaluation } from '../../pipeline/review/index.ts';
import { storeKinds } from '../../fixtures/support/store/stores.ts';
import { setupHarness, type Harness } from '../../fixtures/support/api/harness.ts';

interface RankingBody { agents: { agentId: string; meanScore: number; tier: string }[] }
interface KpisBody { kpis: { id: string; value: number | null }[] }
interface AgentBody { trend: { date: string; meanScore: number }[] }
interface CallsBody { items: { callId: string; score: number | null }[] }

describe.each(storeKinds())('official score in the reports the app serves (%s)', (kind) => {
  let h: Harness;
  let automaticApp: ReturnType<typeof createApp>;
  const asQa = (app: ReturnType<typeof createApp>, path: string) =>
    Promise.resolve(app.request(path, { headers: { authorization: `Bearer ${h.store.tokens.qa}` } })).then((r) => r.json());
  const both = async <B,>(path: string): Promise<{ human: B; automatic: B }> =>
    ({ human: (await asQa(h.app, path)) as B, automatic: (await asQa(automaticApp, path)) as B });

  let before: RankingBody;
  /** The agent whose calls the analyst evaluates: one the automatic scores put in the top tier. */
  let agentId: string;
  /** Official (evaluated) score of each of that agent's calls. */
  const evaluated = new Map<string, number>();

  beforeAll(async () => {
    h = await setupHarness({ officialScore: 'human-replaces' }, kind);
    automaticApp = createApp({ sql: h.store.sql });
    before = (await asQa(automaticApp, '/api/v1/rankings?period=2026-11')) as RankingBody;
    agentId = before.agents.find((a) => a.tier === 'top')!.agentId;
    // An analyst fails every check of all of that agent's calls.
    const calls = await h.store.sql.all<{ call_id: string }>('SELECT c.call_id FROM calls c WHERE c.agent_id = ? AND EXISTS (SELECT 1 FROM scores s WHERE s.call_id = c.call_id) ORDER BY c.call_id', [agentId]);
    for (const { call_id: callId } of calls) {
      const items = (await callScorecard(h.store.sql, callId))!.checks.map((c) => ({ checkId: c.checkId, outcome: 'fail' as const }));
      const saved = await saveEvaluation(h.store.sql, { callId, evaluator: 'quinn', items }, { officialRule: 'human-replaces' });
      evaluated.set(callId, saved.evaluation.score);
    }
    expect(evaluated.size).toBeGreaterThan(9);
  }, 300_000);
  afterAll(() => h?.cleanup());

  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

  it("rankings: the agent's mean becomes the evaluations' mean and its tier drops from top; automatic is unchanged", async () => {
    const { human, automatic } = await both<RankingBody>('/api/v1/rankings?period=2026-11');
    const a1 = (r: RankingBody) => r.agents.find((a) => a.agentId === agentId)!;
    expect(a1(human).meanScore).toBeCloseTo(mean([...evaluated.values()]), 6);
    expect(a1(human).meanScore).toBeLessThan(a1(before).meanScore);
    expect(a1(human).tier).toBe('bottom');
    expect(automatic.agents.map((a) => [a.agentId, a.meanScore, a.tier])).toEqual(before.agents.map((a) => [a.agentId, a.meanScore, a.tier]));
  });

  it("KPIs' mean QA score, the agent's trend and the calls list follow the rule", async () => {
    const kpis = await both<KpisBody>('/api/v1/kpis?period=2026-11');
    const qa = (k: KpisBody) => k.kpis.find((x) => x.id === 'mean_qa_score')!.value!;
    expect(qa(kpis.human)).toBeLessThan(qa(kpis.automatic));

    const agent = await both<AgentBody>(`/api/v1/agents/${agentId}?period=2026-11`);
    const day = agent.human.trend.at(-1)!;
    const dayCalls = [...evaluated].filter(([id]) => id.startsWith(`c-${agentId}-${day.date.slice(5).replace('-', '')}-`)).map(([, s]) => s);
    expect(Number(day.meanScore)).toBeCloseTo(mean(dayCalls), 6);
    expect(Number(agent.automatic.trend.at(-1)!.meanScore)).not.toBeCloseTo(mean(dayCalls), 6);

    const list = await both<CallsBody>(`/api/v1/calls?agentId=${agentId}&pageSize=50`);
    for (const item of list.human.items) expect(item.score).toBe(evaluated.get(item.callId));
    expect(list.automatic.items.some((i) => i.score !== evaluated.get(i.callId))).toBe(true);
  });
});
