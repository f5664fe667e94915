/**
 * A dispute's whole life through the API on the demo month: a coach opens one on a check of
 * their team's call; an analyst accepts it, which corrects the check and recomputes the score
 * (checked against the scorecard arithmetic done by hand here from the stored check rows), with
 * audit entries; another is rejected and the score stays. Other teams' coaches are refused, bad
 * parameters are 400s, decided disputes cannot be decided again, and open disputes age on the queue.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonBody, setupDemoHarness, type Harness } from '../../fixtures/support/api/harness.ts';
import type { TestStore } from '../../fixtures/support/api/seed.ts';

let h: Harness<TestStore>;
beforeAll(async () => {
  h = await setupDemoHarness();
}, 900_000);
afterAll(() => h?.cleanup());

interface DisputeJson {
  id: number;
  status: string;
  checkId: string;
  events: { actor: string; action: string; body: string | null }[];
}

interface CheckRow { check_id: string; outcome: string; weight: number; critical: number }

/** The call's current version and each check's outcome that counts (newest correction, else automatic). */
function checksOf(callId: string): { version: string; score: number; checks: CheckRow[] } {
  const c = h.store.db.$client;
  const s = c.prepare('SELECT scorecard_version AS v, score FROM scores WHERE call_id = ? ORDER BY created_at DESC, scorecard_version DESC LIMIT 1').get(callId) as { v: string; score: number };
  const checks = c.prepare(`SELECT cr.check_id, coalesce((SELECT o.outcome FROM overrides o WHERE o.call_id = cr.call_id AND o.scorecard_version = cr.scorecard_version AND o.check_id = cr.check_id ORDER BY o.id DESC LIMIT 1), cr.outcome) AS outcome,
      cr.weight, cr.critical FROM check_results cr WHERE cr.call_id = ? AND cr.scorecard_version = ?`).all(callId, s.v) as CheckRow[];
  return { version: s.v, score: s.score, checks };
}

/** The scorecard's scoring as its README states it: a critical fail scores 0; else weight passed over weight applied, one decimal. */
function byHand(checks: CheckRow[]): number {
  if (checks.some((c) => c.critical === 1 && c.outcome === 'fail')) return 0;
  const applied = checks.filter((c) => c.outcome !== 'na' && c.weight > 0);
  const possible = applied.reduce((a, c) => a + c.weight, 0);
  const earned = applied.filter((c) => c.outcome === 'pass').reduce((a, c) => a + c.weight, 0);
  return possible === 0 ? 0 : Math.round((1000 * earned) / possible) / 10;
}

const post = (who: 'coachA' | 'coachB' | 'qa' | 'admin' | 'hr', path: string, body: unknown) => h.request(who, path, jsonBody(body));

describe('a dispute accepted', () => {
  it('opens, shows to both sides, is accepted, corrects the check, recomputes the score and is audited', async () => {
    const callId = h.store.failedGreetingCall;
    const before = checksOf(callId);
    const target = before.checks.find((c) => c.check_id === 'greeting')!;
    expect(target.outcome).toBe('fail');

    const opened = await post('coachA', `/api/v1/calls/${callId}/disputes`, { checkId: 'greeting', requestedOutcome: 'pass', reason: '坐席报了工号和姓氏，转写漏了' });
    expect(opened.status, await opened.clone().text()).toBe(201);
    const dispute = (await opened.json()) as DisputeJson;
    expect(dispute).toMatchObject({ status: 'open', checkId: 'greeting', events: [{ actor: 'coach-a', action: 'opened' }] });

    // Both sides see it; it is on the review queue, ageing from when it opened.
    const forCoach = (await (await h.request('coachA', '/api/v1/disputes?status=open')).json()) as { items: DisputeJson[] };
    expect(forCoach.items.map((d) => d.id)).toContain(dispute.id);
    const forQa = (await (await h.request('qa', '/api/v1/disputes?status=open')).json()) as { items: DisputeJson[] };
    expect(forQa.items.map((d) => d.id)).toContain(dispute.id);
    const queue = (await (await h.request('qa', '/api/v1/review-queue?limit=1000')).json()) as { items: { callId: string; reasons: string[]; waitingSince: string }[] };
    const item = queue.items.find((i) => i.callId === callId)!;
    expect(item.reasons[0]).toBe('open-dispute');
    const openedAt = h.store.db.$client.prepare('SELECT created_at AS t FROM disputes WHERE id = ?').get(dispute.id) as { t: string };
    expect(item.waitingSince).toBe(openedAt.t);

    // A second dispute of the same check while one is open: 409.
    expect((await post('coachA', `/api/v1/calls/${callId}/disputes`, { checkId: 'greeting', requestedOutcome: 'na', reason: 'again' })).status).toBe(409);

    const accepted = await post('qa', `/api/v1/disputes/${dispute.id}/accept`, { reason: '听了录音，开场白完整' });
    expect(accepted.status, await accepted.clone().text()).toBe(200);
    const decided = (await accepted.json()) as { dispute: DisputeJson; correction: { before: { score: number }; after: { score: number } } };
    expect(decided.dispute.status).toBe('accepted');
    expect(decided.dispute.events.map((e) => [e.actor, e.action])).toEqual([['coach-a', 'opened'], ['quinn', 'accepted']]);

    const after = checksOf(callId);
    expect(after.checks.find((c) => c.check_id === 'greeting')!.outcome).toBe('pass');
    const expected = byHand(before.checks.map((c) => (c.check_id === 'greeting' ? { ...c, outcome: 'pass' } : c)));
    expect(after.score).toBe(expected);
    expect(decided.correction).toMatchObject({ before: { score: before.score }, after: { score: expected } });
    expect(after.score).not.toBe(before.score);

    // The call page's API shows the correction; the audit log has all four steps.
    const detail = (await (await h.request('coachA', `/api/v1/calls/${callId}`)).json()) as { score: { score: number }; checks: { checkId: string; outcome: string; automaticOutcome: string }[] };
    expect(detail.score.score).toBe(expected);
    expect(detail.checks.find((c) => c.checkId === 'greeting')).toMatchObject({ outcome: 'pass', automaticOutcome: 'fail' });
    const audit = h.store.db.$client.prepare('SELECT actor, action FROM audit_log WHERE id > 0 ORDER BY id').all() as { actor: string; action: string }[];
    expect(audit.map((a) => `${a.actor} ${a.action}`)).toEqual(expect.arrayContaining(['coach-a dispute.open', 'quinn check.override', 'quinn score.recompute', 'quinn dispute.accept']));
    const recompute = h.store.db.$client.prepare("SELECT before, after FROM audit_log WHERE action = 'score.recompute' ORDER BY id DESC LIMIT 1").get() as { before: string; after: string };
    expect([JSON.parse(recompute.before).score, JSON.parse(recompute.after).score]).toEqual([before.score, expected]);

    // Decided once: a second decision is refused and changes nothing.
    expect((await post('qa', `/api/v1/disputes/${dispute.id}/reject`, { reason: 'changed my mind' })).status).toBe(409);
    expect(checksOf(callId).score).toBe(expected);
  });
});

describe('a dispute rejected', () => {
  it('keeps the result and the score, with the reason in its history', async () => {
    const callId = h.store.failedGreetingCall;
    const before = checksOf(callId);
    const check = before.checks.find((c) => c.outcome === 'pass' && c.check_id !== 'greeting')!;
    const opened = (await (await post('coachA', `/api/v1/calls/${callId}/disputes`, { checkId: check.check_id, requestedOutcome: 'fail', reason: '这一项应当不合格' })).json()) as DisputeJson;
    const rejected = await post('admin', `/api/v1/disputes/${opened.id}/reject`, { reason: '录音中有明确表述，结果成立' });
    expect(rejected.status).toBe(200);
    const body = (await rejected.json()) as { dispute: DisputeJson; correction: unknown };
    expect(body.correction).toBeNull();
    expect(body.dispute.events.map((e) => [e.action, e.body])).toEqual([['opened', '这一项应当不合格'], ['rejected', '录音中有明确表述，结果成立']]);
    const after = checksOf(callId);
    expect(after.score).toBe(before.score);
    expect(after.checks.find((c) => c.check_id === check.check_id)!.outcome).toBe('pass');
    const history = (await (await h.request('coachA', `/api/v1/calls/${callId}/disputes`)).json()) as { items: DisputeJson[] };
    expect(history.items.find((d) => d.id === opened.id)!.status).toBe('rejected');
    const audit = h.store.db.$client.prepare("SELECT actor FROM audit_log WHERE action = 'dispute.reject'").all() as { actor: string }[];
    expect(audit.map((a) => a.actor)).toEqual(['ada']);
  });
});

describe('who may dispute, and bad parameters', () => {
  it("refuses another team's coach, analysts opening, coaches deciding and HR reading", async () => {
    const teamA = h.store.failedGreetingCall;
    const body = { checkId: 'greeting', requestedOutcome: 'na', reason: 'not my team' };
    expect((await post('coachB', `/api/v1/calls/${teamA}/disputes`, body)).status).toBe(403);
    expect((await h.request('coachB', `/api/v1/calls/${teamA}/disputes`)).status).toBe(403);
    expect((await post('qa', `/api/v1/calls/${teamA}/disputes`, body)).status).toBe(403);
    const anyId = (h.store.db.$client.prepare('SELECT MAX(id) AS id FROM disputes').get() as { id: number }).id;
    expect((await post('coachA', `/api/v1/disputes/${anyId}/accept`, { reason: 'I decide' })).status).toBe(403);
    expect((await h.request('hr', '/api/v1/disputes')).status).toBe(403);
    // Coach B's list holds none of team A's disputes.
    const bList = (await (await h.request('coachB', '/api/v1/disputes')).json()) as { items: { callId: string }[] };
    expect(bList.items.filter((d) => d.callId === teamA)).toEqual([]);
  });

  it('answers 400 naming the field, 404 for an unknown dispute', async () => {
    const callId = h.store.failedGreetingCall;
    const cases: [string, unknown, string][] = [
      [`/api/v1/calls/${callId}/disputes`, { checkId: 'greeting', requestedOutcome: 'maybe', reason: 'x is wrong' }, 'json.requestedOutcome'],
      [`/api/v1/calls/${callId}/disputes`, { checkId: 'greeting', requestedOutcome: 'na' }, 'json.reason'],
      [`/api/v1/calls/${callId}/disputes`, { checkId: 'no-such-check', requestedOutcome: 'na', reason: 'wrong check' }, 'json.checkId'],
    ];
    for (const [path, body, field] of cases) {
      const res = await post('coachA', path, body);
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect(JSON.stringify(await res.json())).toContain(field);
    }
    expect((await post('qa', '/api/v1/disputes/abc/accept', { reason: 'fine by me' })).status).toBe(400);
    expect((await post('qa', '/api/v1/disputes/1/accept', {})).status).toBe(400);
    expect((await post('qa', '/api/v1/disputes/999999/accept', { reason: 'fine by me' })).status).toBe(404);
    expect((await h.request('qa', '/api/v1/disputes?status=pending')).status).toBe(400);
  });
});
