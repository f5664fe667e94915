/**
 * Calls, notes and corrections on a real store scored by the pipeline's own scorecard:
 * filters select what they say, detail carries evidence, a correction recomputes the score
 * while the automatic result stays, and every change lands in the audit log. On every store
 * kind: SQLite, and Postgres when CALLQA_TEST_PG_URL is set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlValue } from '../../pipeline/db/index.ts';
import { jsonBody, setupHarness, type Harness } from '../../fixtures/support/api/harness.ts';
import { TEAM_A } from '../../fixtures/support/api/seed.ts';
import { storeKinds } from '../../fixtures/support/store/stores.ts';

interface ListItem { callId: string; date: string; agentId: string; team: string; score: number | null; customerEnd: number | null; failedChecks: string[]; status: string }
interface List { total: number; page: number; pageSize: number; items: ListItem[] }

describe.each(storeKinds())('calls, notes and corrections (%s store)', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await setupHarness({}, kind);
  }, 120_000);
  afterAll(() => h?.cleanup());

  const list = async (query: string, who: 'qa' | 'coachA' = 'qa') => {
    const res = await h.request(who, `/api/v1/calls?${query}`);
    expect(res.status, await res.clone().text()).toBe(200);
    return (await res.json()) as List;
  };
  const sql = <T extends object>(text: string, ...args: SqlValue[]) => h.store.sql.all<T>(text, args);

  describe('GET /calls', () => {
    it('pages through every call exactly once, newest first', async () => {
      const all = (await sql<{ n: number }>('SELECT COUNT(*) AS n FROM calls'))[0].n;
      const seen: string[] = [];
      let page = 1;
      for (;;) {
        const res = await list(`pageSize=25&page=${page}`);
        expect(res.total).toBe(all);
        seen.push(...res.items.map((i) => i.callId));
        if (res.items.length < 25) break;
        page++;
      }
      expect(seen.length).toBe(all);
      expect(new Set(seen).size).toBe(all);
      const first = await list('pageSize=3');
      expect(first.items[0].date >= first.items[2].date).toBe(true);
    });

    it('filters by date range, agent and team', async () => {
      const res = await list('from=2026-11-19&to=2026-11-20&agentId=a2&pageSize=200');
      expect(res.total).toBe(4);
      expect(res.items.every((i) => i.agentId === 'a2' && i.date >= '2026-11-19')).toBe(true);
      const team = await list(`team=${encodeURIComponent(TEAM_A)}&pageSize=200`);
      expect(team.total).toBe((await sql<{ n: number }>("SELECT COUNT(*) AS n FROM calls c JOIN agents a USING (agent_id) WHERE a.team = ?", TEAM_A))[0].n);
    });

    it('filters by score range on the current score', async () => {
      const res = await list('scoreMin=0&scoreMax=50&pageSize=200');
      const expected = (await sql<{ call_id: string }>('SELECT call_id FROM scores WHERE score <= 50')).map((r) => r.call_id).sort();
      expect(res.items.map((i) => i.callId).sort()).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    });

    it('filters by failed check and by the customer sentiment at the end', async () => {
      const greeting = await list('failedCheck=greeting&pageSize=200');
      const expected = (await sql<{ call_id: string }>("SELECT call_id FROM check_results WHERE check_id = 'greeting' AND outcome = 'fail'")).map((r) => r.call_id).sort();
      expect(greeting.items.map((i) => i.callId).sort()).toEqual(expected);
      expect(greeting.items.map((i) => i.callId)).toContain(h.store.failedGreetingCall);
      const upset = await list('customerEndMax=-0.5&pageSize=200');
      expect(upset.total).toBeGreaterThan(0);
      expect(upset.items.every((i) => i.customerEnd !== null && i.customerEnd <= -0.5)).toBe(true);
    });

    it('filters by status', async () => {
      await h.store.sql.run("UPDATE calls SET status = 'failed' WHERE call_id = 'c-b3-1120-2'");
      const failed = await list('status=failed');
      expect(failed.items.map((i) => i.callId)).toEqual(['c-b3-1120-2']);
    });
  });

  describe('GET /calls/{callId}', () => {
    it('gives the transcript, checks with evidence and the sentiment timeline', async () => {
      const res = await h.request('coachA', `/api/v1/calls/${h.store.failedGreetingCall}`);
      expect(res.status).toBe(200);
      const d = (await res.json()) as {
        transcript: { segments: { speaker: string; text: string }[] };
        checks: { checkId: string; outcome: string; confidence: number | null; evidence: { atS?: number; quote?: string }[] }[];
        sentiment: { points: { atS: number; speaker: string }[] };
        audioUrl: string;
      };
      expect(d.transcript.segments[0]).toMatchObject({ speaker: 'agent', text: '喂，你好，有什么事' });
      const greeting = d.checks.find((c) => c.checkId === 'greeting')!;
      expect(greeting.outcome).toBe('fail');
      // The phrase check's margin to its threshold is stored and served; checks without one give null.
      expect(greeting.confidence).toBeGreaterThan(0);
      expect(greeting.confidence).toBeLessThanOrEqual(1);
      expect(d.checks.some((c) => c.confidence === null)).toBe(true);
      expect(greeting.evidence.some((e) => typeof e.atS === 'number' && e.atS >= 0 && e.atS < 30)).toBe(true);
      expect(d.sentiment.points).toHaveLength(d.transcript.segments.length);
      expect(d.audioUrl).toBe(`/api/v1/calls/${h.store.failedGreetingCall}/audio`);
    });

    it('answers 404 for an unknown call', async () => {
      const res = await h.request('qa', '/api/v1/calls/no-such-call');
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ error: 'not_found' });
    });
  });

  describe('notes', () => {
    it('adds a note under the signed-in name and audits it', async () => {
      const callId = h.store.failedGreetingCall;
      const added = await h.request('coachA', `/api/v1/calls/${callId}/notes`, jsonBody({ body: '开场白没有报品牌和姓氏，明早班前会练习' }));
      expect(added.status).toBe(201);
      expect(await added.json()).toMatchObject({ author: 'coach-a', callId });
      const notes = (await (await h.request('qa', `/api/v1/calls/${callId}/notes`)).json()) as { items: { body: string }[] };
      expect(notes.items.map((n) => n.body)).toContain('开场白没有报品牌和姓氏，明早班前会练习');
      const audit = await sql<{ action: string; actor: string }>("SELECT action, actor FROM audit_log WHERE action = 'note.add'");
      expect(audit).toContainEqual({ action: 'note.add', actor: 'coach-a' });
    });
  });

  describe('corrections', () => {
    it('recomputes the score from the corrected checks, keeps the automatic result and audits both changes', async () => {
      const callId = h.store.failedGreetingCall;
      const before = (await (await h.request('coachA', `/api/v1/calls/${callId}`)).json()) as {
        score: { score: number; scorecardVersion: string; autoFailed: boolean };
        checks: { checkId: string; outcome: string; weight: number; critical: boolean }[];
      };
      expect(before.score.autoFailed).toBe(false);
      // Expected from the scorecard's documented arithmetic: passed weight / applied weight.
      const after = before.checks.map((c) => (c.checkId === 'greeting' ? { ...c, outcome: 'pass' } : c));
      const applied = after.filter((c) => c.outcome !== 'na' && c.weight > 0);
      const expected = (100 * applied.filter((c) => c.outcome === 'pass').reduce((s, c) => s + c.weight, 0)) / applied.reduce((s, c) => s + c.weight, 0);

      const res = await h.request('coachA', `/api/v1/calls/${callId}/corrections`, jsonBody({
        checkId: 'greeting', outcome: 'pass', reason: '录音里听得到“招行，我姓王”，转写漏了',
      }));
      expect(res.status, await res.clone().text()).toBe(201);
      const body = (await res.json()) as { score: { score: number; automaticScore: number }; check: { outcome: string; automaticOutcome: string; correction: { author: string } } };
      expect(body.score.score).toBeCloseTo(expected, 1);
      expect(body.score.score).toBeGreaterThan(before.score.score);
      expect(body.score.automaticScore).toBe(before.score.score);
      expect(body.check).toMatchObject({ outcome: 'pass', automaticOutcome: 'fail', correction: { author: 'coach-a' } });

      // The automatic result is still stored as it was; the stored score is the new one.
      expect((await sql<{ outcome: string }>("SELECT outcome FROM check_results WHERE call_id = ? AND check_id = 'greeting'", callId))[0].outcome).toBe('fail');
      expect((await sql<{ score: number }>('SELECT score FROM scores WHERE call_id = ?', callId))[0].score).toBeCloseTo(expected, 1);
      const audit = await sql<{ action: string; before: string; after: string }>("SELECT action, before, after FROM audit_log WHERE entity_id LIKE ? ORDER BY id", `${callId}@%`);
      expect(audit.map((a) => a.action)).toEqual(['check.override', 'score.recompute']);
      expect(JSON.parse(audit[0].before)).toMatchObject({ outcome: 'fail' });
      expect(JSON.parse(audit[1].before).score).toBe(before.score.score);
      expect(JSON.parse(audit[1].after).score).toBeCloseTo(expected, 1);

      // The failed-check filter and the call's trail follow the correction.
      const failing = (await (await h.request('qa', '/api/v1/calls?failedCheck=greeting&pageSize=200')).json()) as List;
      expect(failing.items.map((i) => i.callId)).not.toContain(callId);
      const trail = (await (await h.request('qa', `/api/v1/calls/${callId}/corrections`)).json()) as { items: { action: string }[] };
      expect(trail.items.map((i) => i.action)).toEqual(expect.arrayContaining(['check.override', 'score.recompute']));
    });

    it('refuses a correction that changes nothing or names an unknown check, naming the field', async () => {
      // The seeded failed-greeting call always closes properly, so `closing` is already a pass.
      const callId = h.store.failedGreetingCall;
      const same = await h.request('admin', `/api/v1/calls/${callId}/corrections`, jsonBody({ checkId: 'closing', outcome: 'pass', reason: 'no change really' }));
      expect(same.status).toBe(400);
      expect(await same.json()).toMatchObject({ issues: [{ field: 'json.outcome' }] });
      const unknown = await h.request('admin', `/api/v1/calls/${callId}/corrections`, jsonBody({ checkId: 'no-such-check', outcome: 'pass', reason: 'typo' }));
      expect(unknown.status).toBe(400);
      expect(await unknown.json()).toMatchObject({ issues: [{ field: 'json.checkId' }] });
    });
  });
});
