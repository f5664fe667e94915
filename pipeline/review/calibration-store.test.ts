/**
 * The review store functions on both dialects (SQLite file; Postgres when CALLQA_TEST_PG_URL is
 * set), over a small hand-built store: three scored calls under scorecard v1 with two checks,
 * greeting (weight 2) and closing (weight 1, critical).
 *
 *   automatic   greeting  closing   score
 *   c1          pass      pass      100
 *   c2          fail      pass      33.3
 *   c3          pass      na        100
 *
 * quinn evaluates c1 (greeting pass, closing fail → critical fail: score 0, auto-failed) and c2
 * (agrees: 33.3). By hand: greeting 2 of 2 agree, table [[1,0,0],[0,1,0],[0,0,0]], κ = 1;
 * closing: c1 pass→fail, c2 pass→pass: [[1,1,0],[0,0,0],[0,0,0]], p_o = 1/2, p_e = 1·1/2 → κ = 0.
 */
import { describe, expect, it } from 'vitest';
import { storeKinds, useTestStore } from '../../fixtures/support/store/stores.ts';
import { calibrationReport } from './calibration-report.ts';
import { createSession, sessionView } from './calibration-sessions.ts';
import { saveEvaluation } from './evaluations.ts';
import { officialScore } from './official-score.ts';

describe.each(storeKinds())('%s', (kind) => {
  const store = useTestStore(kind);

  it('saves evaluations, follows the official-score rule and reports calibration as computed by hand', async () => {
    const { sql } = store();
    const automatic: [string, string, string, number][] = [['c1', 'pass', 'pass', 100], ['c2', 'fail', 'pass', 33.3], ['c3', 'pass', 'na', 100]];
    for (const [call, greeting, closing, score] of automatic) {
      await sql.run('INSERT INTO calls (call_id, date, file, agent_id, started_at) VALUES (?, ?, ?, ?, ?)', [call, '2026-11-20', `/srv/${call}.wav`, 'a1', '2026-11-20T09:00:00']);
      await sql.run('INSERT INTO scores (call_id, scorecard_id, scorecard_version, score, auto_failed, auto_fail_reasons, created_at) VALUES (?, ?, ?, ?, 0, ?, ?)',
        [call, 'bank', 'v1', score, '[]', '2026-11-20T23:00:00.000Z']);
      for (const [check, outcome, weight, critical] of [['greeting', greeting, 2, 0], ['closing', closing, 1, 1]] as const) {
        await sql.run('INSERT INTO check_results (call_id, scorecard_version, check_id, section, label, outcome, weight, critical, reason, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
          [call, 'v1', check, 'script', check, outcome, weight, critical, 'automatic', '[]']);
      }
    }
    const c1 = await saveEvaluation(sql, { callId: 'c1', evaluator: 'quinn', items: [{ checkId: 'greeting', outcome: 'pass' }, { checkId: 'closing', outcome: 'fail', comment: 'no goodbye', atS: 41.2 }] }, { officialRule: 'human-replaces' });
    expect(c1.evaluation).toMatchObject({ score: 0, autoFailed: true, scorecardVersion: 'v1', sessionId: 0 });
    expect(c1.evaluation.items.find((i) => i.checkId === 'closing')).toEqual({ checkId: 'closing', outcome: 'fail', comment: 'no goodbye', atS: 41.2 });
    const c2 = await saveEvaluation(sql, { callId: 'c2', evaluator: 'quinn', items: [{ checkId: 'greeting', outcome: 'fail' }, { checkId: 'closing', outcome: 'pass' }] }, { officialRule: 'human-replaces' });
    expect(c2.evaluation.score).toBe(33.3);

    expect(await officialScore(sql, 'c1', 'human-replaces')).toMatchObject({ score: 0, autoFailed: true, source: 'human', evaluationId: c1.evaluation.id });
    expect(await officialScore(sql, 'c1', 'automatic')).toMatchObject({ score: 100, source: 'automatic', evaluationId: null });
    expect(await officialScore(sql, 'c3', 'human-replaces')).toMatchObject({ score: 100, source: 'automatic' });
    // c1's official score changed (100 → 0); c2's did too in source (automatic → human, same 33.3): both audited.
    const official = await sql.all<{ entity_id: string }>(`SELECT entity_id FROM audit_log WHERE action = 'score.official' ORDER BY id`);
    expect(official.map((r) => r.entity_id)).toEqual(['c1@v1', 'c2@v1']);

    const r = await calibrationReport(sql, { scorecardVersion: 'v1' });
    expect(r.evaluatedCalls).toBe(2);
    const greeting = r.checks.find((c) => c.checkId === 'greeting')!;
    const closing = r.checks.find((c) => c.checkId === 'closing')!;
    expect(greeting.confusion).toEqual([[1, 0, 0], [0, 1, 0], [0, 0, 0]]);
    expect(greeting.kappa).toBeCloseTo(1, 12);
    expect(closing.confusion).toEqual([[1, 1, 0], [0, 0, 0], [0, 0, 0]]);
    expect(closing.kappa).toBeCloseTo(0, 12);
    expect(closing.disagreements).toEqual([{ callId: 'c1', date: '2026-11-20', automatic: 'pass', human: 'fail', evaluator: 'quinn' }]);
    expect((await calibrationReport(sql, { from: '2026-11-21' })).evaluatedCalls).toBe(0);
    expect((await calibrationReport(sql, { scorecardVersion: 'v2' })).checks).toEqual([]);

    const session = await createSession(sql, { name: 'two calls', callIds: ['c1', 'c2'], createdBy: 'ada' });
    for (const analyst of ['ada', 'quinn']) {
      for (const call of ['c1', 'c2']) {
        await saveEvaluation(sql, { callId: call, evaluator: analyst, sessionId: session.id, items: [{ checkId: 'greeting', outcome: call === 'c1' ? 'pass' : 'fail' }, { checkId: 'closing', outcome: 'pass' }] }, { officialRule: 'human-replaces' });
      }
    }
    const view = (await sessionView(sql, session.id))!;
    expect(view.analysts).toEqual(['ada', 'quinn']);
    expect(view.checks.find((c) => c.checkId === 'greeting')!.kappa).toBeCloseTo(1, 12);
    // Closing: every rating pass — chance agreement 1, kappa undefined.
    expect(view.checks.find((c) => c.checkId === 'closing')!.kappa).toBeNull();
    // Session evaluations leave the report and the official score alone.
    expect((await calibrationReport(sql, {})).evaluatedCalls).toBe(2);
    expect(await officialScore(sql, 'c1', 'human-replaces')).toMatchObject({ evaluationId: c1.evaluation.id });
  });
});
