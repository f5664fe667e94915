/**
 * The call page's checks carry each check's newest correction (the highest override id of that
 * call, scorecard version and check), none for checks nobody corrected, in the scorecard's order;
 * corrections of another version or call do not leak in. And the first score.recompute entry is
 * found through the audit log's (entity, entity_id) index, not a scan of the whole log. Each
 * stage's newest result is shown (created_at, then version text, as the pipeline loads them).
 * On every store kind (SQLite, and Postgres when CALLQA_TEST_PG_URL is set).
 */
import { describe, expect, it } from 'vitest';
import { storeKinds, useTestStore } from '../../fixtures/support/store/stores.ts';
import { callDetail, checkViews, currentScore } from './call-detail.ts';
import { scoreEntityId } from './audit-entity.ts';
import { recordAudit } from './audit.ts';

const CHECKS = ['greeting', 'closing', 'hold'] as const;

describe.each(storeKinds())('call detail checks and score (%s)', (kind) => {
  const store = useTestStore(kind);

  async function seed(): Promise<void> {
    const { sql } = store();
    for (const callId of ['c1', 'c2']) {
      await sql.run(`INSERT INTO calls (call_id, date, file, agent_id, started_at, status) VALUES (?, '2026-11-03', ?, 'a1', '2026-11-03T09:00:00+08:00', 'done')`, [callId, `/r/${callId}.ogg`]);
      for (const version of ['v1', 'v2']) {
        await sql.run(`INSERT INTO scores (call_id, scorecard_id, scorecard_version, score, auto_failed, auto_fail_reasons, created_at)
          VALUES (?, 'card', ?, 50, 0, '[]', ?)`, [callId, version, version === 'v1' ? '2026-11-03T10:00:00.000Z' : '2026-11-04T10:00:00.000Z']);
        // Inserted in reverse: the answer's order must come from position, not from storage.
        for (let position = CHECKS.length - 1; position >= 0; position--) {
          await sql.run(`INSERT INTO check_results (call_id, scorecard_version, check_id, section, label, outcome, weight, critical, reason, evidence, position)
            VALUES (?, ?, ?, 's', ?, 'fail', 10, 0, 'why', '[]', ?)`, [callId, version, CHECKS[position], `label ${CHECKS[position]}`, position]);
        }
      }
    }
    const override = (callId: string, version: string, checkId: string, outcome: string, author: string, at: string) =>
      sql.run(`INSERT INTO overrides (call_id, scorecard_version, check_id, outcome, reason, author, created_at) VALUES (?, ?, ?, ?, 'r', ?, ?)`,
        [callId, version, checkId, outcome, author, at]);
    await override('c1', 'v2', 'greeting', 'pass', 'first', '2026-11-05T00:00:00.000Z');
    // Same check again: the newer row (higher id) wins, even with an older timestamp.
    await override('c1', 'v2', 'greeting', 'na', 'second', '2026-11-01T00:00:00.000Z');
    await override('c1', 'v1', 'closing', 'pass', 'other-version', '2026-11-05T00:00:00.000Z');
    await override('c2', 'v2', 'hold', 'pass', 'other-call', '2026-11-05T00:00:00.000Z');
  }

  it('gives each check its newest correction of that call and version, in scorecard order', async () => {
    await seed();
    const views = await checkViews(store().sql, 'c1', 'v2');
    expect(views.map((v) => v.checkId)).toEqual([...CHECKS]);
    const byId = Object.fromEntries(views.map((v) => [v.checkId, v]));
    expect(byId.greeting).toMatchObject({ outcome: 'na', automaticOutcome: 'fail', correction: { outcome: 'na', author: 'second', reason: 'r', createdAt: '2026-11-01T00:00:00.000Z' } });
    expect(byId.closing).toMatchObject({ outcome: 'fail', correction: null });
    expect(byId.hold).toMatchObject({ outcome: 'fail', correction: null, label: 'label hold', weight: 10, critical: false, evidence: [], confidence: null });
    const v1 = await checkViews(store().sql, 'c1', 'v1');
    expect(v1.find((v) => v.checkId === 'closing')).toMatchObject({ outcome: 'pass', correction: { author: 'other-version' } });
    expect(v1.find((v) => v.checkId === 'greeting')?.correction).toBeNull();
  });

  it("reads the automatic score from the score's first recompute entry", async () => {
    const { sql } = store();
    await recordAudit(sql, { actor: 'x', action: 'score.recompute', entity: 'score', entityId: scoreEntityId('c1', 'v2'), before: { score: 40 }, after: { score: 55 } });
    await recordAudit(sql, { actor: 'x', action: 'score.recompute', entity: 'score', entityId: scoreEntityId('c1', 'v2'), before: { score: 55 }, after: { score: 60 } });
    await recordAudit(sql, { actor: 'x', action: 'score.recompute', entity: 'score', entityId: scoreEntityId('c2', 'v2'), before: { score: 10 }, after: { score: 20 } });
    expect(await currentScore(sql, 'c1')).toMatchObject({ scorecardVersion: 'v2', score: 50, automaticScore: 40 });
    expect(await currentScore(sql, 'c2')).toMatchObject({ automaticScore: 10 });
  });

  it("shows each stage's newest result: by created_at, then the higher version on a tie", async () => {
    const { sql } = store();
    const transcript = (text: string) => JSON.stringify({ callId: 'c1', language: 'zh', source: { kind: 'imported' }, redactions: [], segments: [{ speaker: 'agent', start: 0, end: 1, text }] });
    const stage = (name: string, version: string, result: string, at: string) =>
      sql.run('INSERT INTO stage_results (call_id, stage, version, result, created_at) VALUES (?, ?, ?, ?, ?)', ['c1', name, version, result, at]);
    await stage('transcript', 'b', transcript('older'), '2026-11-03T10:00:00.000Z');
    await stage('transcript', 'a', transcript('newest'), '2026-11-04T10:00:00.000Z');
    await stage('audio', 'a', JSON.stringify({ health: { reason: 'clipped' } }), '2026-11-04T10:00:00.000Z');
    await stage('audio', 'b', JSON.stringify({ health: { reason: 'ok' } }), '2026-11-04T10:00:00.000Z');
    const detail = (await callDetail(sql, 'c1'))!;
    expect(detail.transcript?.segments.map((s) => s.text)).toEqual(['newest']);
    expect(detail.health).toEqual({ reason: 'ok' });
    expect(detail.sentiment).toBeNull();
    expect(detail.agent).toBeNull();
    expect(detail.checks.map((c) => c.checkId)).toEqual([...CHECKS]);
    expect(await callDetail(sql, 'no-such-call')).toBeNull();
  });

  it.runIf(kind === 'sqlite')("finds a score's audit entries through the (entity, entity_id) index", async () => {
    const plan = await store().sql.all<{ detail: string }>(
      "EXPLAIN QUERY PLAN SELECT before FROM audit_log WHERE entity = 'score' AND entity_id IN (?, ?) ORDER BY id LIMIT 1", ['c1@v2', 'c1%40v2'],
    );
    expect(plan.map((p) => p.detail).join(' | ')).toMatch(/USING INDEX audit_log_entity_idx/);
  });
});
