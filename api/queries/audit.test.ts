/**
 * A call's audit trail holds exactly that call's entries: call `q` (team A) and calls `q/x`
 * and `q@x` (team B) share a prefix, and the coach of `q` must read none of the others' notes
 * or corrections — neither entries written now nor rows in the older, unencoded id format.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupHarness, type Harness } from '../../fixtures/support/api/harness.ts';
import { checkEntityId, noteEntityId, scoreEntityId } from './audit-entity.ts';
import { listAudit, recordAudit } from './audit.ts';
import { addNote } from './notes.ts';

let h: Harness;
const SECRET = 'team-b-only: customer disputed the card fee';

/** A copy of an existing call row under a new id and agent. */
function copyCall(fromCallId: string, callId: string, agentId: string): void {
  const db = h.store.db.$client;
  const cols = (db.prepare('PRAGMA table_info(calls)').all() as { name: string }[]).map((c) => c.name);
  const values = cols.map((c) => (c === 'call_id' ? '@callId' : c === 'agent_id' ? '@agentId' : c));
  db.prepare(`INSERT INTO calls (${cols.join(', ')}) SELECT ${values.join(', ')} FROM calls WHERE call_id = @from`).run({ callId, agentId, from: fromCallId });
}

beforeAll(async () => {
  h = await setupHarness();
  const source = h.store.failedGreetingCall;
  copyCall(source, 'q', 'a1');
  copyCall(source, 'q/x', 'b1');
  copyCall(source, 'q@x', 'b1');
  const db = h.store.db;
  addNote(db, 'q', 'coach-a', 'own note on q');
  for (const other of ['q/x', 'q@x']) {
    addNote(db, other, 'coach-b', SECRET);
    recordAudit(db, { actor: 'coach-b', action: 'check.override', entity: 'check', entityId: checkEntityId(other, 'v1', 'greeting'), before: { outcome: 'fail' }, after: { reason: SECRET } });
    recordAudit(db, { actor: 'coach-b', action: 'score.recompute', entity: 'score', entityId: scoreEntityId(other, 'v1'), before: null, after: { reason: SECRET } });
  }
  // Rows as they were written before entity ids were encoded.
  for (const legacy of ['q/x/note/7', 'q/x@v1', 'q/x@v1/check/greeting', 'q@x@v1', 'q@x@v1/check/greeting']) {
    recordAudit(db, { actor: 'coach-b', action: 'legacy', entity: 'note', entityId: legacy, before: null, after: { reason: SECRET } });
  }
  recordAudit(db, { actor: 'coach-a', action: 'score.recompute', entity: 'score', entityId: scoreEntityId('q', 'v1'), before: null, after: { score: 80 } });
  recordAudit(db, { actor: 'coach-a', action: 'check.override', entity: 'check', entityId: checkEntityId('q', 'v1', 'greeting'), before: null, after: { outcome: 'pass' } });
}, 120_000);
afterAll(() => h?.cleanup());

describe('audit entries of one call', () => {
  it('are exactly that call’s, not those of calls whose id starts with it', () => {
    const entries = listAudit(h.store.db, { callId: 'q', limit: 1000 });
    expect(entries.map((e) => e.action).sort()).toEqual(['check.override', 'note.add', 'score.recompute']);
    expect(JSON.stringify(entries)).not.toContain(SECRET);
  });

  it('are found for a call id holding "/" and "@"', () => {
    const entries = listAudit(h.store.db, { callId: 'q/x', limit: 1000 });
    expect(entries.map((e) => e.action).sort()).toEqual(['check.override', 'note.add', 'score.recompute']);
    const noteId = Number(entries.find((e) => e.action === 'note.add')!.entityId.split('/note/')[1]);
    expect(entries.map((e) => e.entityId).sort()).toEqual([noteEntityId('q/x', noteId), scoreEntityId('q/x', 'v1'), checkEntityId('q/x', 'v1', 'greeting')].sort());
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
