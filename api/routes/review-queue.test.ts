/**
 * The review queue through the API on the demo month: reasons match the store (auto-failed
 * calls are `critical-fail`), two analysts claiming one call at once get one 201 and one 409
 * naming the holder, the claimed call is not offered to the second analyst, a lapsed claim can
 * be taken again, release gives it back, and only analysts reach any of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimCall } from '../../pipeline/review/index.ts';
import { jsonBody, setupDemoHarness, type Harness } from '../../fixtures/support/api/harness.ts';
import type { TestStore } from '../../fixtures/support/api/seed.ts';
import { createUser } from '../queries/users.ts';

let h: Harness<TestStore>;
let secondAnalyst: string;
beforeAll(async () => {
  // No random share, so every item is there for a reason read from the store.
  h = await setupDemoHarness({ reviewQueue: { randomSharePct: 0, lowConfidenceBelow: 0.95 } });
  secondAnalyst = (await createUser(h.store.sql, { name: 'quincy', role: 'qa', teams: [] })).token;
}, 900_000);
afterAll(() => h?.cleanup());

interface QueueJson {
  window: { from: string; to: string };
  items: { callId: string; reasons: string[]; lowConfidenceChecks: string[]; waitedS: number; claim: { by: string } | null }[];
}

const queueOf = async (token?: string) => {
  const res = token
    ? await h.app.request('/api/v1/review-queue?limit=1000', { headers: { authorization: `Bearer ${token}` } })
    : await h.request('qa', '/api/v1/review-queue?limit=1000');
  expect(res.status).toBe(200);
  return (await res.json()) as QueueJson;
};
const claimAs = (token: string, callId: string) => h.app.request(`/api/v1/review-queue/${callId}/claim`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' });

describe('review queue', () => {
  it('lists the auto-failed and low-confidence calls of the window, each with its reasons and age', async () => {
    const q = await queueOf();
    const c = h.store.db.$client;
    const autoFailed = (c.prepare(`SELECT s.call_id AS id FROM scores s JOIN calls k USING (call_id) WHERE s.auto_failed = 1 AND k.date BETWEEN ? AND ?
        AND s.scorecard_version = (SELECT s2.scorecard_version FROM scores s2 WHERE s2.call_id = s.call_id ORDER BY s2.created_at DESC, s2.scorecard_version DESC LIMIT 1)`).all(q.window.from, q.window.to) as { id: string }[]).map((r) => r.id).sort();
    expect(autoFailed.length).toBeGreaterThan(0);
    expect(q.items.filter((i) => i.reasons.includes('critical-fail')).map((i) => i.callId).sort()).toEqual(autoFailed);
    const unsure = (c.prepare(`SELECT DISTINCT cr.call_id AS id FROM check_results cr JOIN calls k USING (call_id) WHERE cr.confidence < 0.95 AND k.date BETWEEN ? AND ?
        AND cr.scorecard_version = (SELECT s.scorecard_version FROM scores s WHERE s.call_id = cr.call_id ORDER BY s.created_at DESC, s.scorecard_version DESC LIMIT 1)`).all(q.window.from, q.window.to) as { id: string }[]).map((r) => r.id).sort();
    expect(q.items.filter((i) => i.reasons.includes('low-confidence')).map((i) => i.callId).sort()).toEqual(unsure);
    expect(q.items.every((i) => i.reasons.length > 0 && i.waitedS > 0 && i.claim === null)).toBe(true);
  });

  it('gives a call raced for by two analysts to one of them; the other gets 409 naming the holder and no longer sees it', async () => {
    const callId = (await queueOf()).items[0].callId;
    const [a, b] = await Promise.all([claimAs(h.store.tokens.qa, callId), claimAs(secondAnalyst, callId)]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const [won, lost] = a.status === 201 ? [a, b] : [b, a];
    const winner = ((await won.json()) as { by: string }).by;
    const refusal = (await lost.json()) as { message: string; holder: { by: string } };
    expect(refusal.holder.by).toBe(winner);
    expect(refusal.message).toContain(winner);
    const loserToken = winner === 'quinn' ? secondAnalyst : h.store.tokens.qa;
    const winnerToken = winner === 'quinn' ? h.store.tokens.qa : secondAnalyst;
    expect((await queueOf(loserToken)).items.map((i) => i.callId)).not.toContain(callId);
    expect((await queueOf(winnerToken)).items.find((i) => i.callId === callId)!.claim!.by).toBe(winner);
    // Released, it is back for everyone.
    const released = await h.app.request(`/api/v1/review-queue/${callId}/release`, { method: 'POST', headers: { authorization: `Bearer ${winnerToken}`, 'content-type': 'application/json' }, body: '{}' });
    expect(released.status).toBe(200);
    expect((await queueOf(loserToken)).items.map((i) => i.callId)).toContain(callId);
  });

  it('lets another analyst take a claim that lapsed', async () => {
    const callId = (await queueOf()).items[1].callId;
    // quinn claimed it 31 minutes ago for 30 minutes.
    const past = new Date(Date.now() - 31 * 60_000);
    expect((await claimCall(h.store.sql, { callId, analyst: 'quinn', reasons: [], claimMinutes: 30, now: past })).ok).toBe(true);
    const res = await claimAs(secondAnalyst, callId);
    expect(res.status).toBe(201);
    expect(((await res.json()) as { by: string }).by).toBe('quincy');
    expect((await h.request('qa', `/api/v1/review-queue/${callId}/release`, jsonBody({}))).status).toBe(409);
  });

  it('is for analysts only; an unknown call is 404', async () => {
    expect((await h.request('coachA', '/api/v1/review-queue')).status).toBe(403);
    expect((await h.request('hr', '/api/v1/review-queue')).status).toBe(403);
    expect((await h.request('coachA', `/api/v1/review-queue/${h.store.failedGreetingCall}/claim`, jsonBody({}))).status).toBe(403);
    expect((await h.request('qa', '/api/v1/review-queue/no-such-call/claim', jsonBody({}))).status).toBe(404);
    expect((await h.request('qa', '/api/v1/review-queue?limit=0')).status).toBe(400);
  });
});
