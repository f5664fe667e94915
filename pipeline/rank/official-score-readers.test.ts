/**
 * The official score in every reader of scores (issue 14): rankings, KPIs' mean QA score, the
 * rankings export, the calls list and the agent trend all count the same score per call. Under
 * `human-replaces` the newest ordinary evaluation of the call's counted scorecard version
 * replaces the automatic score (and auto-fail); calibration-session evaluations and evaluations
 * of another version never do; under `automatic` evaluations change nothing. On both stores.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Sql } from '../db/sql.ts';
import { reseeded, storeKinds, useTestStore } from '../../fixtures/support/store/stores.ts';
import { addAgent, addCall, addScore } from '../../fixtures/support/pipeline/rank-test-db.ts';
import { centerKpis, type CenterKpis } from '../kpi/index.ts';
import { readRankingWorkbook } from '../export/bundle.ts';
import { searchCalls } from '../review/search.ts';
import { scoreTrend } from '../../api/queries/agents.ts';
import { parsePeriod } from './period.ts';
import { agentResults, readScoredCalls } from './read.ts';
import type { OfficialScoreRule } from './sql.ts';

const NOV = parsePeriod('2026-11');
const RANK = { minCalls: 3, shrinkageK: 0 as const, weakChecks: false as const };

async function addEvaluation(sql: Sql, e: { callId: string; evaluator: string; score: number; autoFailed?: boolean; sessionId?: number; version?: string; updatedAt: string }) {
  await sql.run(
    `INSERT INTO evaluations (call_id, scorecard_version, evaluator, session_id, score, auto_failed, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [e.callId, e.version ?? 'v1', e.evaluator, e.sessionId ?? 0, e.score, Number(e.autoFailed ?? false), e.updatedAt],
  );
}

/**
 * Four agents with four November calls each, automatic scores a1 90, a2 80, a3 70, a4 60
 * (tiers: a1 top, a2 and a3 middle, a4 bottom). Evaluations:
 * - a4's four calls: 100 each, ordinary → a4's official mean 100;
 * - c-a3-0: 0 (older), then 100 by another analyst (newer) → the newer counts: a3 (100+3×70)/4;
 * - c-a1-*: 0 in a calibration session (session 7) → never counts;
 * - c-a2-0: 0 under scorecard v0 (the call's score row is v1) → never counts.
 */
async function seed(sql: Sql): Promise<void> {
  const base: Record<string, number> = { a1: 90, a2: 80, a3: 70, a4: 60 };
  for (const [agentId, score] of Object.entries(base)) {
    await addAgent(sql, agentId, agentId.toUpperCase(), 'T1');
    for (let j = 0; j < 4; j++) {
      const callId = `c-${agentId}-${j}`;
      await addCall(sql, { callId, agentId, date: `2026-11-0${j + 1}` });
      await addScore(sql, callId, score);
    }
  }
  for (let j = 0; j < 4; j++) {
    await addEvaluation(sql, { callId: `c-a4-${j}`, evaluator: 'qa1', score: 100, autoFailed: j === 0, updatedAt: '2026-12-01T10:00:00.000Z' });
    await addEvaluation(sql, { callId: `c-a1-${j}`, evaluator: 'qa2', score: 0, sessionId: 7, updatedAt: '2026-12-05T10:00:00.000Z' });
  }
  await addEvaluation(sql, { callId: 'c-a3-0', evaluator: 'qa1', score: 0, updatedAt: '2026-12-01T10:00:00.000Z' });
  await addEvaluation(sql, { callId: 'c-a3-0', evaluator: 'qa2', score: 100, updatedAt: '2026-12-02T10:00:00.000Z' });
  await addEvaluation(sql, { callId: 'c-a2-0', evaluator: 'qa1', score: 0, version: 'v0', updatedAt: '2026-12-03T10:00:00.000Z' });
}

const meanOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe.each(storeKinds())('official score in the score readers, on %s', (kind) => {
  const store = useTestStore(kind);
  let sql: Sql;
  beforeEach(async () => {
    sql = await reseeded(store(), seed);
  });

  const ranking = (rule: OfficialScoreRule) => agentResults(sql, NOV, {}, { ...RANK, officialRule: rule });

  it('automatic: evaluations change no mean and no tier', async () => {
    const r = await ranking('automatic');
    expect(r.agents.map((a) => [a.agentId, a.meanScore, a.tier])).toEqual([
      ['a1', 90, 'top'], ['a2', 80, 'middle'], ['a3', 70, 'middle'], ['a4', 60, 'bottom'],
    ]);
    // The default (no rule given) is automatic.
    expect((await agentResults(sql, NOV, {}, RANK)).agents.map((a) => a.meanScore)).toEqual([90, 80, 70, 60]);
  });

  it('human-replaces: the newest ordinary evaluation of the counted version moves the mean and the tier', async () => {
    const r = await ranking('human-replaces');
    const byId = Object.fromEntries(r.agents.map((a) => [a.agentId, a]));
    expect(byId.a4.meanScore).toBe(100);
    expect(byId.a3.meanScore).toBeCloseTo((100 + 3 * 70) / 4, 10);
    expect(byId.a1.meanScore).toBe(90); // calibration evaluations do not count
    expect(byId.a2.meanScore).toBe(80); // an evaluation of another version does not count
    expect(r.agents.map((a) => [a.agentId, a.tier])).toEqual([['a4', 'top'], ['a1', 'middle'], ['a2', 'middle'], ['a3', 'bottom']]);
  });

  it('KPIs, the rankings export and the scored calls take the same official scores', async () => {
    const automatic = [90, 80, 70, 60].flatMap((s) => [s, s, s, s]);
    const human = [90, 90, 90, 90, 80, 80, 80, 80, 100, 70, 70, 70, 100, 100, 100, 100];
    const meanQa = (k: CenterKpis) => k.kpis.find((x) => x.id === 'mean_qa_score')?.value;
    expect(meanQa(await centerKpis(sql, NOV, {}, {}, { ...RANK, officialRule: 'automatic' }))).toBeCloseTo(meanOf(automatic), 10);
    const kpis = await centerKpis(sql, NOV, {}, {}, { ...RANK, officialRule: 'human-replaces' });
    expect(meanQa(kpis)).toBeCloseTo(meanOf(human), 10);
    expect(kpis.tierCounts).toMatchObject({ top: 1, middle: 2, bottom: 1 });
    const wb = await readRankingWorkbook(sql, NOV, {}, { ...RANK, officialRule: 'human-replaces' });
    expect(meanQa(wb.kpis)).toBeCloseTo(meanOf(human), 10);
    expect(wb.ranking.agents[0].agentId).toBe('a4');
    const scored = await readScoredCalls(sql, NOV, {}, undefined, 'human-replaces');
    expect(scored.find((c) => c.callId === 'c-a3-0')?.score).toBe(100);
    expect(scored.find((c) => c.callId === 'c-a2-0')?.score).toBe(80);
  });

  it('the calls list shows, filters and sorts on the official score and auto-fail', async () => {
    const order = { sort: 'score' as const, dir: 'desc' as const };
    const page = { page: 1, pageSize: 50 };
    const human = await searchCalls(sql, { officialRule: 'human-replaces' }, order, page);
    expect(human.items.find((i) => i.callId === 'c-a4-0')).toMatchObject({ score: 100, autoFailed: true });
    expect(human.items.slice(0, 5).map((i) => i.callId).sort()).toEqual(['c-a3-0', 'c-a4-0', 'c-a4-1', 'c-a4-2', 'c-a4-3']);
    const high = await searchCalls(sql, { officialRule: 'human-replaces', scoreMin: 95 }, order, page);
    expect(high.total).toBe(5);
    const failed = await searchCalls(sql, { officialRule: 'human-replaces', autoFailed: true }, order, page);
    expect(failed.items.map((i) => i.callId)).toEqual(['c-a4-0']);
    const automatic = await searchCalls(sql, { scoreMin: 95 }, order, page);
    expect(automatic.total).toBe(0);
    expect((await searchCalls(sql, { agentId: 'a4' }, order, page)).items.every((i) => i.score === 60 && i.autoFailed === false)).toBe(true);
  });

  it("the agent trend is the day's mean official score", async () => {
    const human = await scoreTrend(sql, 'a3', '2026-11-01', '2026-11-30', 'human-replaces');
    expect(human.map((p) => [p.date, Number(p.meanScore)])).toEqual([['2026-11-01', 100], ['2026-11-02', 70], ['2026-11-03', 70], ['2026-11-04', 70]]);
    const automatic = await scoreTrend(sql, 'a3', '2026-11-01', '2026-11-30');
    expect(automatic.map((p) => Number(p.meanScore))).toEqual([70, 70, 70, 70]);
  });
});
