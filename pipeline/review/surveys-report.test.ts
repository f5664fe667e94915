/**
 * The survey view on a constructed store (each store kind), figures by hand. Satisfaction on 1–5.
 *
 *   call agent team date        score end    sat  (0–1)
 *   k1   a1    t1   2026-11-02  90    0.5    5    1
 *   k2   a1    t1   2026-11-04  70   −0.5    2    0.25
 *   k3   a1    t1   2026-11-10  80    0.1    4    0.75
 *   k4   a2    t2   2026-11-03  40   −0.6    1    0      (an analyst's evaluation: 100)
 *   k5   a2    t2   2026-11-12  60    –      3    0.5    (a calibration-session evaluation: 0, never counts)
 *   k6   a2    t2   2026-11-12  –     0.3    4    0.75
 *
 * Month: a1 3 surveys, mean 0–1 = 2/3 (3.667 on 1–5), QA 80 (3 scored), negative 1/3;
 *        a2 3 surveys, mean 0.4167 (2.667), QA 50 (2 scored; 80 under human-replaces), negative 1/2 (2 known).
 * Across calls, satisfaction vs score (k1–k5): ranks 5 2 4 1 3 vs 5 3 4 1 2, Σd² = 2, ρ = 1 − 12/120 = 0.9.
 * Satisfaction vs ending (k1–k4, k6): ranks 5 2 3.5 1 3.5 vs 5 2 3 1 4: ρ = 9.5/√95 ≈ 0.9747.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { reseeded, storeKinds, useTestStore } from '../../fixtures/support/store/stores.ts';
import type { Sql } from '../db/index.ts';
import { periodOf, surveyReport } from './surveys-report.ts';

const CALLS: [string, string, string, number | null, number | null, number, string | null][] = [
  ['k1', 'a1', '2026-11-02', 90, 0.5, 5, 'great'],
  ['k2', 'a1', '2026-11-04', 70, -0.5, 2, 'slow'],
  ['k3', 'a1', '2026-11-10', 80, 0.1, 4, null],
  ['k4', 'a2', '2026-11-03', 40, -0.6, 1, 'rude'],
  ['k5', 'a2', '2026-11-12', 60, null, 3, null],
  ['k6', 'a2', '2026-11-12', null, 0.3, 4, null],
];

async function seed(sql: Sql): Promise<void> {
  await sql.run("INSERT INTO agents (agent_id, name, surname, team, site, coach, language) VALUES ('a1', '王一', '王', 't1', 's', 'c', 'zh'), ('a2', '李二', '李', 't2', 's', 'c', 'zh')");
  await sql.run("INSERT INTO survey_imports (source_file, scale_min, scale_max, accepted, rejected, imported_by) VALUES ('s.csv', 1, 5, 6, 0, 'quinn')");
  for (const [id, agent, date, score, end, sat, comment] of CALLS) {
    await sql.run("INSERT INTO calls (call_id, date, file, agent_id, started_at, status) VALUES (?, ?, '/x.ogg', ?, ?, 'done')", [id, date, agent, `${date}T09:00:00+08:00`]);
    if (score !== null) await sql.run("INSERT INTO scores (call_id, scorecard_id, scorecard_version, score, auto_failed, auto_fail_reasons) VALUES (?, 'sc', 'v1', ?, 0, '[]')", [id, score]);
    if (end !== null) await sql.run("INSERT INTO stage_results (call_id, stage, version, result) VALUES (?, 'sentiment', 'm', ?)", [id, JSON.stringify({ customerEnd: end })]);
    await sql.run('INSERT INTO surveys (call_id, import_id, satisfaction, satisfaction_01, comment) VALUES (?, 1, ?, ?, ?)', [id, sat, (sat - 1) / 4, comment]);
  }
  await sql.run("INSERT INTO evaluations (call_id, scorecard_version, evaluator, score, auto_failed, updated_at) VALUES ('k4', 'v1', 'quinn', 100, 0, '2026-11-21T00:00:00Z')");
  await sql.run("INSERT INTO evaluations (call_id, scorecard_version, evaluator, session_id, score, auto_failed, updated_at) VALUES ('k5', 'v1', 'quinn', 1, 0, 1, '2026-11-21T00:00:00Z')");
}

const ALL = { officialRule: 'automatic' as const, visibleTeams: null, withComments: true };

describe('periodOf', () => {
  it('gives the month, or the Monday of the ISO week', () => {
    expect(periodOf('2026-11-20', 'month')).toBe('2026-11');
    expect(['2026-11-16', '2026-11-20', '2026-11-22'].map((d) => periodOf(d, 'week'))).toEqual(['2026-11-16', '2026-11-16', '2026-11-16']);
    expect(periodOf('2026-11-01', 'week')).toBe('2026-10-26');
  });
});

describe.each(storeKinds())('survey report on a %s store', (kind) => {
  const store = useTestStore(kind);
  let sql: Sql;
  beforeEach(async () => {
    sql = await reseeded(store(), seed);
  });

  it('gives per agent and month the hand-computed means and shares', async () => {
    const r = await surveyReport(sql, { from: '2026-11-01', to: '2026-11-30' }, ALL);
    expect(r).toMatchObject({ surveys: 6, agents: 2, scale: '1-5', mixedScales: false, minPairs: 10 });
    expect(r.groups).toEqual([
      { period: '2026-11', agentId: 'a1', agentName: '王一', team: 't1', surveys: 3, satisfaction01: expect.closeTo(2 / 3, 12), satisfactionOnScale: expect.closeTo(11 / 3, 12),
        qaScore: 80, scored: 3, negativeEndingShare: expect.closeTo(1 / 3, 12), endingKnown: 3 },
      { period: '2026-11', agentId: 'a2', agentName: '李二', team: 't2', surveys: 3, satisfaction01: expect.closeTo(1.25 / 3, 12), satisfactionOnScale: expect.closeTo(8 / 3, 12),
        qaScore: 50, scored: 2, negativeEndingShare: 0.5, endingKnown: 2 },
    ]);
  });

  it('correlates satisfaction with score and ending across calls, and says when there are too few pairs', async () => {
    const r = await surveyReport(sql, {}, ALL);
    expect(r.correlations.acrossCalls.qaScore).toEqual({ rho: expect.closeTo(0.9, 12), n: 5, enough: false });
    expect(r.correlations.acrossCalls.customerEnd).toEqual({ rho: expect.closeTo(9.5 / Math.sqrt(95), 12), n: 5, enough: false });
    expect(r.correlations.acrossAgents.qaScore).toEqual({ rho: null, n: 2, enough: false });
  });

  it('groups by ISO week', async () => {
    const r = await surveyReport(sql, { period: 'week' }, ALL);
    expect(r.groups.map((g) => [g.period, g.agentId, g.surveys, g.satisfaction01, g.qaScore, g.negativeEndingShare])).toEqual([
      ['2026-11-02', 'a1', 2, 0.625, 80, 0.5],
      ['2026-11-02', 'a2', 1, 0, 40, 1],
      ['2026-11-09', 'a1', 1, 0.75, 80, 0],
      ['2026-11-09', 'a2', 2, 0.625, 60, 0],
    ]);
  });

  it('takes the official score under human-replaces from the ordinary evaluation, never a session one', async () => {
    const r = await surveyReport(sql, {}, { ...ALL, officialRule: 'human-replaces' });
    expect(r.groups.find((g) => g.agentId === 'a2')!.qaScore).toBe(80);
  });

  it('narrows to the team asked and the teams the reader may see; comments worst first, none for HR', async () => {
    expect((await surveyReport(sql, { team: 't2' }, ALL)).groups.map((g) => g.agentId)).toEqual(['a2']);
    expect((await surveyReport(sql, {}, { ...ALL, visibleTeams: ['t1'] })).groups.map((g) => g.agentId)).toEqual(['a1']);
    expect((await surveyReport(sql, { team: 't2' }, { ...ALL, visibleTeams: ['t1'] })).surveys).toBe(0);
    expect((await surveyReport(sql, {}, { ...ALL, visibleTeams: [] })).surveys).toBe(0);
    expect((await surveyReport(sql, {}, ALL)).comments!.map((c) => [c.callId, c.comment])).toEqual([['k4', 'rude'], ['k2', 'slow'], ['k1', 'great']]);
    expect((await surveyReport(sql, {}, { ...ALL, withComments: false })).comments).toBeNull();
    expect((await surveyReport(sql, { from: '2026-11-05', to: '2026-11-11' }, ALL)).groups.map((g) => g.agentId)).toEqual(['a1']);
  });
});
