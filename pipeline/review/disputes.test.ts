/**
 * An accepted dispute is a correction, exactly: on two identical stores (real SQLite, in memory),
 * the same change made once by the corrections service the API uses today and once by
 * accepting a dispute leaves the same overrides, the same score row and the same audit
 * entries for the check and the score. Also: the dispute's own history, one decision only, and
 * a call rescored since the dispute opened is refused rather than corrected on the wrong version.
 */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/errors.ts';
import { correctCheck } from '../../api/services/corrections.ts';
import { openDb, sqlOf, type Db } from '../db/index.ts';
import { correctCheckInTx } from './check-correction.ts';
import { decideDispute, listDisputes, openDispute } from './disputes.ts';
import { ReviewInputError } from './evaluations-error.ts';

/** One call, v1, four checks: a critical one failing (auto-fail), two weighted, one n.a. */
function store(): Db {
  const db = openDb(':memory:');
  const c = db.$client;
  c.prepare("INSERT INTO agents VALUES ('a1', '王一', '王', 't1', 's', 'coach', 'zh')").run();
  c.prepare("INSERT INTO calls (call_id, date, file, agent_id, started_at, status) VALUES ('k1', '2026-11-20', '/x.ogg', 'a1', '2026-11-20T09:00:00+08:00', 'done')").run();
  c.prepare("INSERT INTO scores (call_id, scorecard_id, scorecard_version, score, auto_failed, auto_fail_reasons, created_at) VALUES ('k1', 'sc', 'v1', 0, 1, ?, '2026-11-20T20:00:00.000Z')")
    .run(JSON.stringify(['Disclosure: missing']));
  const check = c.prepare("INSERT INTO check_results (call_id, scorecard_version, check_id, section, label, outcome, weight, critical, reason, evidence) VALUES ('k1', 'v1', ?, 's', ?, ?, ?, ?, ?, '[]')");
  check.run('disclosure', 'Disclosure', 'fail', 0, 1, 'missing');
  check.run('greeting', 'Greeting', 'pass', 3, 0, 'ok');
  check.run('closing', 'Closing', 'fail', 2, 0, 'no closing');
  check.run('hold', 'Hold', 'na', 1, 0, 'no hold');
  return db;
}

const rows = (db: Db, sql: string) => db.$client.prepare(sql).all();
const AUDIT = "SELECT actor, action, entity, entity_id, before, after FROM audit_log WHERE action IN ('check.override', 'score.recompute') ORDER BY id";

describe('accepting a dispute', () => {
  it('changes the store exactly as the same correction does', async () => {
    const viaCorrection = store();
    const viaDispute = store();
    const reason = 'dispute 1 accepted: heard the disclosure at 0:42';
    await correctCheck(sqlOf(viaCorrection), { callId: 'k1', checkId: 'disclosure', outcome: 'pass', reason, author: 'quinn' });

    const sql = sqlOf(viaDispute);
    const opened = await openDispute(sql, { callId: 'k1', checkId: 'disclosure', requestedOutcome: 'pass', reason: 'it was read out', openedBy: 'coach-a' });
    const { dispute, correction } = await decideDispute(sql, opened.id, { decision: 'accept', analyst: 'quinn', reason: 'heard the disclosure at 0:42' });

    expect(rows(viaDispute, 'SELECT call_id, scorecard_version, check_id, outcome, reason, author FROM overrides'))
      .toEqual(rows(viaCorrection, 'SELECT call_id, scorecard_version, check_id, outcome, reason, author FROM overrides'));
    const scoreRow = 'SELECT score, auto_failed, auto_fail_reasons FROM scores';
    expect(rows(viaDispute, scoreRow)).toEqual(rows(viaCorrection, scoreRow));
    // Weight passed over weight applied: greeting 3 of greeting 3 + closing 2 (disclosure weighs 0, hold is n.a.).
    expect(rows(viaDispute, scoreRow)).toEqual([{ score: 60, auto_failed: 0, auto_fail_reasons: '[]' }]);
    expect(rows(viaDispute, AUDIT)).toEqual(rows(viaCorrection, AUDIT));
    expect(correction).toMatchObject({ before: { score: 0, autoFailed: true }, after: { score: 60, autoFailed: false } });
    expect(dispute.status).toBe('accepted');
    expect(dispute.events.map((e) => [e.actor, e.action, e.body])).toEqual([['coach-a', 'opened', 'it was read out'], ['quinn', 'accepted', 'heard the disclosure at 0:42']]);
    expect(rows(viaDispute, "SELECT actor, action FROM audit_log WHERE entity = 'dispute' ORDER BY id")).toEqual([
      { actor: 'coach-a', action: 'dispute.open' }, { actor: 'quinn', action: 'dispute.accept' },
    ]);
  });

  it('is decided once: a second decision is refused and changes nothing', async () => {
    const db = store();
    const sql = sqlOf(db);
    const opened = await openDispute(sql, { callId: 'k1', checkId: 'closing', requestedOutcome: 'pass', reason: 'they said goodbye', openedBy: 'coach-a' });
    await decideDispute(sql, opened.id, { decision: 'reject', analyst: 'quinn', reason: 'no closing phrase' });
    await expect(decideDispute(sql, opened.id, { decision: 'accept', analyst: 'ada', reason: 'overrule' })).rejects.toMatchObject({ status: 409 });
    expect(rows(db, 'SELECT COUNT(*) AS n FROM overrides')).toEqual([{ n: 0 }]);
    expect((await listDisputes(sql, { callId: 'k1' }))[0]).toMatchObject({ status: 'rejected', decidedBy: 'quinn', decisionReason: 'no closing phrase' });
  });

  it('refuses to correct a call rescored since the dispute opened', async () => {
    const db = store();
    const sql = sqlOf(db);
    const opened = await openDispute(sql, { callId: 'k1', checkId: 'closing', requestedOutcome: 'pass', reason: 'they said goodbye', openedBy: 'coach-a' });
    db.$client.prepare("INSERT INTO scores (call_id, scorecard_id, scorecard_version, score, auto_failed, auto_fail_reasons, created_at) VALUES ('k1', 'sc', 'v2', 70, 0, '[]', '2026-11-22T00:00:00.000Z')").run();
    const refused = await decideDispute(sql, opened.id, { decision: 'accept', analyst: 'quinn', reason: 'ok' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ReviewInputError);
    expect((refused as ReviewInputError).status).toBe(409);
    // Rolled back whole: still open, no correction, no event.
    expect((await listDisputes(sql, { callId: 'k1' }))[0]).toMatchObject({ status: 'open', events: [{ action: 'opened' }] });
    expect(rows(db, 'SELECT COUNT(*) AS n FROM overrides')).toEqual([{ n: 0 }]);
  });

  it('refuses a dispute asking for the outcome the check already has, and a second open one on the same check', async () => {
    const sql = sqlOf(store());
    await expect(openDispute(sql, { callId: 'k1', checkId: 'greeting', requestedOutcome: 'pass', reason: 'r', openedBy: 'c' })).rejects.toMatchObject({ status: 400, field: 'json.requestedOutcome' });
    await openDispute(sql, { callId: 'k1', checkId: 'greeting', requestedOutcome: 'fail', reason: 'r', openedBy: 'c' });
    await expect(openDispute(sql, { callId: 'k1', checkId: 'greeting', requestedOutcome: 'na', reason: 'r', openedBy: 'c' })).rejects.toMatchObject({ status: 409 });
  });
});

describe('the one correction path (check-correction.ts), as each caller refuses', () => {
  const ask = { callId: 'k1', checkId: 'greeting', outcome: 'pass' as const, reason: 'r', author: 'quinn' };

  it('refuses the outcome the check already has as a bad outcome for a person and a conflict for a dispute, writing nothing', async () => {
    const db = store();
    const sql = sqlOf(db);
    await expect(sql.tx((tx) => correctCheckInTx(tx, ask, 'bad-outcome'))).rejects.toMatchObject({ status: 400, field: 'json.outcome', message: 'check greeting is already "pass"' });
    await expect(sql.tx((tx) => correctCheckInTx(tx, ask, 'conflict'))).rejects.toMatchObject({ status: 409, field: undefined, message: 'check greeting is already "pass"' });
    const viaApi = await correctCheck(sql, ask).catch((e: unknown) => e);
    expect(viaApi).toBeInstanceOf(ApiError);
    expect(viaApi).toMatchObject({ status: 400, message: 'json.outcome: check greeting is already "pass"', issues: [{ field: 'json.outcome' }] });
    expect(rows(db, 'SELECT COUNT(*) AS n FROM overrides')).toEqual([{ n: 0 }]);
    expect(rows(db, 'SELECT COUNT(*) AS n FROM audit_log')).toEqual([{ n: 0 }]);
  });

  it('answers the API with a 409 for a call with no score and a 400 naming json.checkId for an unknown check', async () => {
    const sql = sqlOf(store());
    await expect(correctCheck(sql, { ...ask, callId: 'nobody' })).rejects.toMatchObject({
      status: 409, message: 'call nobody has no score yet, so there is no check result to correct',
    });
    await expect(correctCheck(sql, { ...ask, checkId: 'nope' })).rejects.toMatchObject({
      status: 400, issues: [{ field: 'json.checkId', reason: 'no check "nope" in scorecard version v1 of this call (checks: closing, disclosure, greeting, hold)' }],
    });
  });

  it('corrects the current version when the caller names none, and refuses a version that is no longer current', async () => {
    const db = store();
    db.$client.prepare("INSERT INTO scores (call_id, scorecard_id, scorecard_version, score, auto_failed, auto_fail_reasons, created_at) VALUES ('k1', 'sc', 'v2', 70, 0, '[]', '2026-11-22T00:00:00.000Z')").run();
    db.$client.prepare("INSERT INTO check_results (call_id, scorecard_version, check_id, section, label, outcome, weight, critical, reason, evidence) VALUES ('k1', 'v2', 'greeting', 's', 'Greeting', 'fail', 1, 0, 'no', '[]')").run();
    const sql = sqlOf(db);
    await expect(sql.tx((tx) => correctCheckInTx(tx, { ...ask, scorecardVersion: 'v1' }, 'conflict'))).rejects.toMatchObject({ status: 409 });
    const corrected = await sql.tx((tx) => correctCheckInTx(tx, ask, 'bad-outcome'));
    expect(corrected).toEqual({ scorecardVersion: 'v2', before: { score: 70, autoFailed: false }, after: { score: 100, autoFailed: false, autoFailReasons: [] } });
    expect(rows(db, 'SELECT scorecard_version, check_id, outcome FROM overrides')).toEqual([{ scorecard_version: 'v2', check_id: 'greeting', outcome: 'pass' }]);
  });
});
