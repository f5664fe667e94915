/**
 * Saving an evaluation on a seeded store (real SQLite file, the store functions directly):
 * it ends the analyst's review-queue claim (a calibration-session evaluation does not), and
 * refuses calls it cannot evaluate. The figures it moves are tested through the API on the
 * demo month (api/routes/evaluations.test.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlOf, type Sql } from '../db/index.ts';
import { seedStore, type SeededStore } from '../../fixtures/support/api/seed.ts';
import { claimCall, liveClaim } from './claims.ts';
import { createSession } from './calibration-sessions.ts';
import { callScorecard, saveEvaluation } from './evaluations.ts';
import { ReviewInputError } from './evaluations-error.ts';

let dir: string;
let store: SeededStore;
let sql: Sql;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'callqa-evaluations-'));
  store = await seedStore(dir);
  sql = sqlOf(store.db);
}, 300_000);
afterAll(() => {
  store?.db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const automaticItems = async (callId: string) => (await callScorecard(sql, callId))!.checks.map((c) => ({ checkId: c.checkId, outcome: c.automaticOutcome }));

describe('saving an evaluation', () => {
  it("ends the analyst's claim on the call; a session evaluation leaves it open", async () => {
    const callId = store.failedGreetingCall;
    expect((await claimCall(sql, { callId, analyst: 'quinn', reasons: ['critical-fail'], claimMinutes: 30 })).ok).toBe(true);

    const session = await createSession(sql, { name: 'claims', callIds: [callId], createdBy: 'ada' });
    await saveEvaluation(sql, { callId, evaluator: 'quinn', sessionId: session.id, items: await automaticItems(callId) }, { officialRule: 'automatic' });
    expect(await liveClaim(sql, callId)).toMatchObject({ by: 'quinn' });

    await saveEvaluation(sql, { callId, evaluator: 'quinn', items: await automaticItems(callId) }, { officialRule: 'automatic' });
    expect(await liveClaim(sql, callId)).toBeNull();
    const done = await sql.get<{ n: number }>(`SELECT count(*) AS n FROM audit_log WHERE action = 'review.complete' AND actor = 'quinn'`);
    expect(done!.n).toBe(1);
  });

  it('refuses an unknown call (404) and a call with no score (409), and stores nothing', async () => {
    const before = await sql.get<{ n: number }>('SELECT count(*) AS n FROM evaluations');
    const refusal = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e instanceof ReviewInputError ? e.status : e));
    expect(await refusal(saveEvaluation(sql, { callId: 'no-such-call', evaluator: 'quinn', items: [] }, { officialRule: 'automatic' }))).toBe(404);
    // A manifest row the nightly run has not processed yet: known, but nothing to evaluate against.
    await sql.run(`INSERT INTO calls (call_id, date, file, agent_id, started_at) VALUES ('c-pending', '2026-11-20', '/srv/recordings/c-pending.wav', 'a1', '2026-11-20T09:00:00')`);
    expect(await refusal(saveEvaluation(sql, { callId: 'c-pending', evaluator: 'quinn', items: [] }, { officialRule: 'automatic' }))).toBe(409);
    expect(await sql.get('SELECT count(*) AS n FROM evaluations')).toEqual(before);
  });
});
