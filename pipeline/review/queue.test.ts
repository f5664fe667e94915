/**
 * The review queue and its claims on each store kind (SQLite, and Postgres when
 * CALLQA_TEST_PG_URL is set — there two claims race on two pooled connections): each
 * reason puts exactly the calls it should on the queue; the random audit is a stable hash share;
 * ageing counts from scoring or from the dispute; a claim is exclusive, lapses, and ends.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { reseeded, storeKinds, useTestStore } from '../../fixtures/support/store/stores.ts';
import type { Sql } from '../db/index.ts';
import { claimCall, completeClaim, releaseClaim } from './claims.ts';
import { reviewQueue, type QueueOptions, type QueueSettings } from './queue.ts';
import { auditRank, inRandomAudit } from './queue-random.ts';

const NO_RANDOM: QueueSettings = { lowConfidenceBelow: 0.5, randomSharePct: 0, claimMinutes: 30, windowDays: 31 };
const NOW = new Date('2026-11-21T12:00:00Z');

/**
 * q1: auto-failed; q2: a check at confidence 0.3; q3: customer ended at −0.6; q4: nothing wrong;
 * q5: nothing wrong but an open dispute; q6: auto-failed and evaluated; q7: unscored;
 * q8: like q1 but 40 days older than the newest day (outside the window).
 */
async function seed(sql: Sql): Promise<void> {
  await sql.run("INSERT INTO agents (agent_id, name, surname, team, site, coach, language) VALUES ('a1', '王一', '王', 't1', 's', 'coach', 'zh')");
  const add = async (id: string, date: string, s: number, autoFailed: number, confidence: number, end: number | null) => {
    await sql.run("INSERT INTO calls (call_id, date, file, agent_id, started_at, status) VALUES (?, ?, '/x.ogg', 'a1', ?, 'done')", [id, date, `${date}T09:00:00+08:00`]);
    await sql.run("INSERT INTO scores (call_id, scorecard_id, scorecard_version, score, auto_failed, auto_fail_reasons, created_at) VALUES (?, 'sc', 'v1', ?, ?, '[]', ?)",
      [id, s, autoFailed, `${date}T20:00:00.000Z`]);
    await sql.run("INSERT INTO check_results (call_id, scorecard_version, check_id, section, label, outcome, weight, critical, reason, evidence, confidence) VALUES (?, 'v1', 'greeting', 's', 'l', 'pass', 1, 0, 'r', '[]', ?)",
      [id, confidence]);
    await sql.run("INSERT INTO stage_results (call_id, stage, version, result) VALUES (?, 'sentiment', 'm', ?)", [id, JSON.stringify({ customerEnd: end })]);
  };
  await add('q1', '2026-11-20', 0, 1, 0.9, 0.3);
  await add('q2', '2026-11-20', 80, 0, 0.3, 0.3);
  await add('q3', '2026-11-19', 80, 0, 0.9, -0.6);
  await add('q4', '2026-11-19', 90, 0, 0.9, 0.5);
  await add('q5', '2026-11-18', 90, 0, 0.9, 0.5);
  await add('q6', '2026-11-18', 0, 1, 0.9, 0.5);
  await sql.run("INSERT INTO calls (call_id, date, file, agent_id, started_at, status) VALUES ('q7', '2026-11-20', '/x.ogg', 'a1', '2026-11-20T10:00:00+08:00', 'done')");
  await add('q8', '2026-10-10', 0, 1, 0.9, 0.3);
  await sql.run("INSERT INTO disputes (call_id, scorecard_version, check_id, opened_by, reason, requested_outcome, created_at) VALUES ('q5', 'v1', 'greeting', 'coach', 'r', 'fail', '2026-11-21T06:00:00.000Z')");
  await sql.run("INSERT INTO evaluations (call_id, scorecard_version, evaluator, score, auto_failed, updated_at) VALUES ('q6', 'v1', 'quinn', 0, 1, 'x')");
}

describe('random audit draw', () => {
  it('is a stable hash share close to the configured percent', () => {
    expect(auditRank('q4', '2026-11-19')).toBe(auditRank('q4', '2026-11-19'));
    expect(auditRank('q4', '2026-11-19')).not.toBe(auditRank('q4', '2026-11-20'));
    const ids = Array.from({ length: 4000 }, (_, i) => `call-${i}`);
    const share = ids.filter((id) => inRandomAudit(id, '2026-11-20', 10)).length / ids.length;
    expect(share).toBeGreaterThan(0.08);
    expect(share).toBeLessThan(0.12);
  });
});

describe.each(storeKinds())('on a %s store', (kind) => {
  const store = useTestStore(kind);
  let sql: Sql;
  beforeEach(async () => {
    sql = await reseeded(store(), seed);
  });
  const reasonsOf = async (settings = NO_RANDOM, opts: QueueOptions = {}) =>
    Object.fromEntries((await reviewQueue(sql, settings, { now: NOW, ...opts })).items.map((i) => [i.callId, i.reasons]));
  const claimActions = async () => (await sql.all<{ actor: string; action: string }>("SELECT actor, action FROM audit_log WHERE entity = 'claim' ORDER BY id"));

  describe('review queue', () => {
    it('puts each call there for its reasons, the most urgent first, and leaves out evaluated, unscored and old calls', async () => {
      const queue = await reviewQueue(sql, NO_RANDOM, { now: NOW });
      expect(queue.window).toEqual({ from: '2026-10-21', to: '2026-11-20' });
      expect(queue.items.map((i) => [i.callId, i.reasons])).toEqual([
        ['q5', ['open-dispute']],
        ['q1', ['critical-fail']],
        ['q3', ['customer-negative-end']],
        ['q2', ['low-confidence']],
      ]);
      expect(queue.items.find((i) => i.callId === 'q2')!.lowConfidenceChecks).toEqual(['greeting']);
    });

    it('ages an item from its scoring, or from the dispute that opened', async () => {
      const items = (await reviewQueue(sql, NO_RANDOM, { now: NOW })).items;
      const q1 = items.find((i) => i.callId === 'q1')!;
      expect([q1.waitingSince, q1.waitedS]).toEqual(['2026-11-20T20:00:00.000Z', 16 * 3600]);
      const q5 = items.find((i) => i.callId === 'q5')!;
      expect([q5.waitingSince, q5.waitedS]).toEqual(['2026-11-21T06:00:00.000Z', 6 * 3600]);
    });

    it('follows the low-confidence threshold, and drops a corrected check from it', async () => {
      expect((await reasonsOf({ ...NO_RANDOM, lowConfidenceBelow: 0.2 })).q2).toBeUndefined();
      expect((await reasonsOf()).q2).toEqual(['low-confidence']);
      await sql.run("INSERT INTO overrides (call_id, scorecard_version, check_id, outcome, reason, author) VALUES ('q2', 'v1', 'greeting', 'pass', 'heard it', 'quinn')");
      expect((await reasonsOf()).q2).toBeUndefined();
    });

    it('adds the random audit share on top of the other reasons, never for evaluated calls', async () => {
      const all = await reasonsOf({ ...NO_RANDOM, randomSharePct: 100 });
      expect(all.q4).toEqual(['random-audit']);
      expect(all.q6).toBeUndefined();
      expect(all.q1).toEqual(['critical-fail', 'random-audit']);
    });
  });

  describe('claims', () => {
    it('lets one of two analysts racing for a call win; the other is told who holds it and no longer sees it', async () => {
      const race = await Promise.all(['quinn', 'quincy'].map((analyst) => claimCall(sql, { callId: 'q1', analyst, reasons: ['critical-fail'], claimMinutes: 30, now: NOW })));
      const winners = race.filter((r) => r.ok);
      const losers = race.filter((r) => !r.ok);
      expect([winners.length, losers.length]).toEqual([1, 1]);
      const winner = winners[0].ok ? winners[0].claim.by : '';
      const loser = winner === 'quinn' ? 'quincy' : 'quinn';
      expect(losers[0].ok ? null : losers[0].holder.by).toBe(winner);
      expect((await reasonsOf(NO_RANDOM, { analyst: loser })).q1).toBeUndefined();
      expect((await reasonsOf(NO_RANDOM, { analyst: winner })).q1).toEqual(['critical-fail']);
      expect(await claimActions()).toEqual([{ actor: winner, action: 'review.claim' }]);
    });

    it('lapses after claimMinutes, so another analyst can claim the call', async () => {
      expect((await claimCall(sql, { callId: 'q1', analyst: 'quinn', reasons: [], claimMinutes: 30, now: NOW })).ok).toBe(true);
      const in29 = new Date(NOW.getTime() + 29 * 60_000);
      expect((await claimCall(sql, { callId: 'q1', analyst: 'quincy', reasons: [], claimMinutes: 30, now: in29 })).ok).toBe(false);
      const in31 = new Date(NOW.getTime() + 31 * 60_000);
      const retaken = await claimCall(sql, { callId: 'q1', analyst: 'quincy', reasons: [], claimMinutes: 30, now: in31 });
      expect(retaken.ok && retaken.claim.by).toBe('quincy');
      // The lapsed holder cannot release what is no longer theirs.
      expect(await releaseClaim(sql, 'q1', 'quinn', in31)).toBe(false);
    });

    it('ends on release or on a saved evaluation', async () => {
      await claimCall(sql, { callId: 'q1', analyst: 'quinn', reasons: [], claimMinutes: 30, now: NOW });
      expect(await releaseClaim(sql, 'q1', 'quincy', NOW)).toBe(false);
      expect(await releaseClaim(sql, 'q1', 'quinn', NOW)).toBe(true);
      expect((await claimCall(sql, { callId: 'q1', analyst: 'quincy', reasons: [], claimMinutes: 30, now: NOW })).ok).toBe(true);
      expect(await completeClaim(sql, 'q1', 'quincy', NOW)).toBe(true);
      expect(await completeClaim(sql, 'q1', 'quincy', NOW)).toBe(false);
      expect((await claimActions()).map((r) => r.action)).toEqual(['review.claim', 'review.release', 'review.claim', 'review.complete']);
    });
  });
});
