/**
 * A call's audit trail holds exactly that call's entries: call `q` (team A) and calls `q/x`
 * and `q@x` (team B) share a prefix, and the coach of `q` must read none of the others' notes
 * or corrections — neither entries written now nor rows in the older, unencoded id format.
 * On every store kind (SQLite, and Postgres when CALLQA_TEST_PG_URL is set).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sql, SqlValue } from '../../pipeline/db/index.ts';
import { storeKinds } from '../../fixtures/support/store/stores.ts';
import { setupHarness, type Harness } from '../../fixtures/support/api/harness.ts';
import { checkEntityId, noteEntityId, scoreEntityId } from './audit-entity.ts';
import { listAudit, recordAudit } from './audit.ts';
import { addNote } from './notes.ts';

const SECRET = 'team-b-only: customer disputed the card fee';

/** A copy of an existing call row under a new id and agent. */
async function copyCall(sql: Sql, fromCallId: string, callId: string, agentId: string): Promise<void> {
  const row = (await sql.get<Record<string, SqlValue>>('SELECT * FROM calls WHERE call_id = ?', [fromCallId]))!;
  const copy = { ...row, call_id: callId, agent_id: agentId };
  const cols = Object.keys(copy);
  await sql.run(`INSERT INTO calls (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`, Object.values(copy));
}

describe.each(storeKinds())('audit entries of one call (%s)', (kind) => {
  let h: Harness;

  beforeAll(async () => {
    h = await setupHarness({}, kind);
    const source = h.store.failedGreetingCall;
    const sql = h.store.sql;
    await copyCall(sql, source, 'q', 'a1');
    await copyCall(sql, source, 'q/x', 'b1');
    await copyCall(sql, source, 'q@x', 'b1');
    await addNote(sql, 'q', 'coach-a', 'own note on q');
    for (const other of ['q/x', 'q@x']) {
      await addNote(sql, other, 'coach-b', SECRET);
      await recordAudit(sql, { actor: 'coach-b', action: 'check.override', entity: 'check', entityId: checkEntityId(other, 'v1', 'greeting'), before: { outcome: 'fail' }, after: { reason: SECRET } });
      await recordAudit(sql, { actor: 'coach-b', action: 'score.recompute', entity: 'score', entityId: scoreEntityId(other, 'v1'), before: null, after: { reason: SECRET } });
    }
    // Rows as they were written before entity ids were encoded.
    for (const legacy of ['q/x/note/7', 'q/x@v1', 'q/x@v1/check/greeting', 'q@x@v1', 'q@x@v1/check/greeting']) {
      await recordAudit(sql, { actor: 'coach-b', action: 'legacy', entity: 'note', entityId: legacy, before: null, after: { reason: SECRET } });
    }
    await recordAudit(sql, { actor: 'coach-a', action: 'score.recompute', entity: 'score', entityId: scoreEntityId('q', 'v1'), before: null, after: { score: 80 } });
    await recordAudit(sql, { actor: 'coach-a', action: 'check.override', entity: 'check', entityId: checkEntityId('q', 'v1', 'greeting'), before: null, after: { outcome: 'pass' } });
  }, 120_000);
  afterAll(() => h?.cleanup());

  it('are exactly that call’s, not those of calls whose id starts with it', async () => {
    const entries = await listAudit(h.store.sql, { callId: 'q', limit: 1000 });
    expect(entries.map((e) => e.action).sort()).toEqual(['check.override', 'note.add', 'score.recompute']);
    expect(JSON.stringify(entries)).not.toContain(SECRET);
  });

  it('are found for a call id holding "/" and "@"', async () => {
    const entries = await listAudit(h.store.sql, { callId: 'q/x', limit: 1000 });
    expect(entries.map((e) => e.action).sort()).toEqual(['check.override', 'note.add', 'score.recompute']);
    const noteId = Number(entries.find((e) => e.action === 'note.add')!.entityId.split('/note/')[1]);
    expect(entries.map((e) => e.entityId).sort()).toEqual([noteEntityId('q/x', noteId), scoreEntityId('q/x', 'v1'), checkEntityId('q/x', 'v1', 'greeting')].sort());
  });

  it('fill the limit, newest first, even when rows of other calls sharing the prefix come between', async () => {
    // For call q the prefix test also lets in the legacy rows `q/x/note/7` and `q@x@v1…`; with a
    // limit of 1 the reader must skip them and go on to older rows until it keeps one of q's.
    await recordAudit(h.store.sql, { actor: 'coach-b', action: 'legacy', entity: 'note', entityId: 'q/x/note/8', before: null, after: { reason: SECRET } });
    const newest = await listAudit(h.store.sql, { callId: 'q', limit: 1 });
    expect(newest.map((e) => e.action)).toEqual(['check.override']);
    const two = await listAudit(h.store.sql, { callId: 'q', limit: 2 });
    expect(two.map((e) => e.action)).toEqual(['check.override', 'score.recompute']);
    expect(two[0]!.id).toBeGreaterThan(two[1]!.id);
  });

  it("never show the coach of call q another team's notes on q/x", async () => {
    const page = await h.request('coachA', '/calls/q');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('own note on q');
    expect(html).not.toContain(SECRET);
  });

  it('filter the API audit log the same way', async () => {
    const res = await h.request('qa', '/api/v1/audit?callId=q&limit=1000');
    const body = (await res.json()) as { items: { after: unknown }[] };
    expect(body.items).toHaveLength(3);
    expect(JSON.stringify(body)).not.toContain(SECRET);
  });
});
