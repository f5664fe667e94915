/**
 * The calls search on the demo month: each filter narrows the list to exactly the calls an
 * independent reading of the store says (raw tables read here into plain objects, the rules
 * — current score, corrections, customer ending bands — applied in JavaScript, not SQL);
 * sorts and keyset pages; a coach sees their teams only; bad parameters are 400s.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonBody, setupDemoHarness, type Harness } from '../../fixtures/support/api/harness.ts';
import type { TestStore } from '../../fixtures/support/api/seed.ts';

let h: Harness<TestStore>;
beforeAll(async () => {
  h = await setupDemoHarness();
}, 900_000);
afterAll(() => h?.cleanup());

interface Model {
  callId: string;
  date: string;
  agentId: string;
  team: string | null;
  queue: string | null;
  score: number | null;
  version: string | null;
  autoFailed: boolean | null;
  failing: Set<string>;
  customerEnd: number | null;
}

/** Every call as the store holds it, with the store's rules applied in plain code. */
function model(): Model[] {
  const c = h.store.db.$client;
  const rows = <T,>(sql: string) => c.prepare(sql).all() as T[];
  const teams = new Map(rows<{ agent_id: string; team: string }>('SELECT agent_id, team FROM agents').map((a) => [a.agent_id, a.team]));
  const scores = rows<{ call_id: string; scorecard_version: string; score: number; auto_failed: number; created_at: string }>('SELECT * FROM scores');
  const current = new Map<string, (typeof scores)[number]>();
  for (const s of scores) {
    const best = current.get(s.call_id);
    if (!best || s.created_at > best.created_at || (s.created_at === best.created_at && s.scorecard_version > best.scorecard_version)) current.set(s.call_id, s);
  }
  const overrides = rows<{ id: number; call_id: string; scorecard_version: string; check_id: string; outcome: string }>('SELECT * FROM overrides ORDER BY id');
  const corrected = new Map(overrides.map((o) => [`${o.call_id}|${o.scorecard_version}|${o.check_id}`, o.outcome]));
  const failing = new Map<string, Set<string>>();
  for (const r of rows<{ call_id: string; scorecard_version: string; check_id: string; outcome: string }>('SELECT call_id, scorecard_version, check_id, outcome FROM check_results')) {
    if (current.get(r.call_id)?.scorecard_version !== r.scorecard_version) continue;
    const outcome = corrected.get(`${r.call_id}|${r.scorecard_version}|${r.check_id}`) ?? r.outcome;
    if (outcome === 'fail') failing.set(r.call_id, (failing.get(r.call_id) ?? new Set()).add(r.check_id));
  }
  const sentiment = new Map<string, { created: string; version: string; end: number | null }>();
  for (const r of rows<{ call_id: string; version: string; result: string; created_at: string }>("SELECT call_id, version, result, created_at FROM stage_results WHERE stage = 'sentiment'")) {
    const best = sentiment.get(r.call_id);
    if (!best || r.created_at > best.created || (r.created_at === best.created && r.version > best.version)) {
      sentiment.set(r.call_id, { created: r.created_at, version: r.version, end: (JSON.parse(r.result) as { customerEnd: number | null }).customerEnd ?? null });
    }
  }
  return rows<{ call_id: string; date: string; agent_id: string; queue: string | null }>('SELECT call_id, date, agent_id, queue FROM calls').map((r) => {
    const s = current.get(r.call_id);
    return {
      callId: r.call_id, date: r.date, agentId: r.agent_id, team: teams.get(r.agent_id) ?? null, queue: r.queue,
      score: s?.score ?? null, version: s?.scorecard_version ?? null, autoFailed: s ? s.auto_failed === 1 : null,
      failing: failing.get(r.call_id) ?? new Set(), customerEnd: sentiment.get(r.call_id)?.end ?? null,
    };
  });
}

async function total(who: 'qa' | 'coachA', query: string): Promise<number> {
  const res = await h.request(who, `/api/v1/calls?pageSize=1&${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { total: number }).total;
}

describe('calls search filters on the demo month', () => {
  it('narrows by each filter to exactly the calls the store says', async () => {
    const all = model();
    const scored = all.filter((m) => m.score !== null);
    const someFailing = [...new Set(scored.flatMap((m) => [...m.failing]))].sort()[0];
    const queues = [...new Set(all.map((m) => m.queue).filter((q): q is string => q !== null))].sort();
    const versions = [...new Set(scored.map((m) => m.version!))].sort();
    const dates = [...new Set(all.map((m) => m.date))].sort();
    const cases: [string, (m: Model) => boolean][] = [
      [`team=${encodeURIComponent(h.store.teamB)}`, (m) => m.team === h.store.teamB],
      [`agentId=${h.store.agentA}`, (m) => m.agentId === h.store.agentA],
      [`queue=${queues[0]}`, (m) => m.queue === queues[0]],
      [`from=${dates[1]}&to=${dates[2]}`, (m) => m.date >= dates[1] && m.date <= dates[2]],
      ['scoreMin=60&scoreMax=85', (m) => m.score !== null && m.score >= 60 && m.score <= 85],
      [`failedCheck=${someFailing}`, (m) => m.failing.has(someFailing)],
      ['autoFailed=true', (m) => m.autoFailed === true],
      ['autoFailed=false', (m) => m.autoFailed === false],
      ['customerEnding=neg', (m) => m.customerEnd !== null && m.customerEnd < -0.2],
      ['customerEnding=neu', (m) => m.customerEnd !== null && m.customerEnd >= -0.2 && m.customerEnd <= 0.2],
      ['customerEnding=pos', (m) => m.customerEnd !== null && m.customerEnd > 0.2],
      [`scorecardVersion=${versions[0]}`, (m) => m.version === versions[0]],
      [`autoFailed=true&team=${encodeURIComponent(h.store.teamA)}`, (m) => m.autoFailed === true && m.team === h.store.teamA],
    ];
    const everything = await total('qa', '');
    expect(everything).toBe(all.length);
    for (const [query, keep] of cases) {
      const expected = all.filter(keep).length;
      expect({ query, total: await total('qa', query) }).toEqual({ query, total: expected });
      // Every case narrows, and to something (the demo month has calls of each kind).
      expect({ query, narrows: expected > 0 && expected < all.length }).toEqual({ query, narrows: true });
    }
  });

  it('narrows by review status and dispute status as claims, evaluations and disputes come', async () => {
    const teamA = model().filter((m) => m.score !== null && m.team === h.store.teamA).sort((a, b) => a.callId.localeCompare(b.callId));
    const [claimed, evaluated] = teamA.map((m) => m.callId);
    const disputed = teamA.slice(2).find((m) => m.failing.size > 0)!.callId;
    expect(await total('qa', 'reviewStatus=claimed')).toBe(0);
    expect(await total('qa', 'disputeStatus=open')).toBe(0);
    expect((await h.request('qa', `/api/v1/review-queue/${claimed}/claim`, jsonBody({}))).status).toBe(201);
    h.store.db.$client.prepare("INSERT INTO evaluations (call_id, scorecard_version, evaluator, score, auto_failed, updated_at) SELECT call_id, scorecard_version, 'quinn', score, auto_failed, 'x' FROM scores WHERE call_id = ?").run(evaluated);
    const check = [...model().find((m) => m.callId === disputed)!.failing][0];
    const opened = await h.request('coachA', `/api/v1/calls/${disputed}/disputes`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ checkId: check, requestedOutcome: 'pass', reason: 'the agent did say it' }),
    });
    expect(opened.status, await opened.clone().text()).toBe(201);
    const list = async (q: string) => ((await (await h.request('qa', `/api/v1/calls?pageSize=200&${q}`)).json()) as { items: { callId: string }[] }).items.map((i) => i.callId);
    expect(await list('reviewStatus=claimed')).toEqual([claimed]);
    expect(await list('reviewStatus=evaluated')).toEqual([evaluated]);
    expect(await list('disputeStatus=open')).toEqual([disputed]);
    expect(await total('qa', 'reviewStatus=unreviewed')).toBe(model().length - 2);
    expect(await total('qa', 'disputeStatus=none')).toBe(model().length - 1);
  });

  it('sorts by score and by agent, and pages newest first by cursor without gaps or repeats', async () => {
    const byScore = (await (await h.request('qa', '/api/v1/calls?sort=score&order=asc&pageSize=200&sampled=true')).json()) as { items: { score: number | null }[] };
    const scores = byScore.items.map((i) => i.score);
    const numbers = scores.filter((s): s is number => s !== null);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(scores.slice(numbers.length).every((s) => s === null)).toBe(true);
    const byAgent = (await (await h.request('qa', '/api/v1/calls?sort=agent&pageSize=200')).json()) as { items: { agentId: string }[] };
    const agents = byAgent.items.map((i) => i.agentId);
    expect(agents).toEqual([...agents].sort());

    const whole = (await (await h.request('qa', '/api/v1/calls?pageSize=200')).json()) as { items: { callId: string }[] };
    const paged: string[] = [];
    let next: string | null = null;
    do {
      const res = (await (await h.request('qa', `/api/v1/calls?pageSize=37${next ? `&after=${next}` : ''}`)).json()) as { items: { callId: string }[]; nextCursor: string | null };
      paged.push(...res.items.map((i) => i.callId));
      next = res.nextCursor;
    } while (next);
    expect(paged).toEqual(whole.items.map((i) => i.callId));
  });

  it("shows a coach their own teams' calls only", async () => {
    const mine = model().filter((m) => m.team === h.store.teamA).length;
    expect(await total('coachA', '')).toBe(mine);
    expect(await total('coachA', 'autoFailed=true')).toBe(model().filter((m) => m.team === h.store.teamA && m.autoFailed === true).length);
    expect((await h.request('coachA', `/api/v1/calls?team=${encodeURIComponent(h.store.teamB)}`)).status).toBe(403);
  });

  it('answers 400 naming the parameter for bad values', async () => {
    for (const [query, field] of [
      ['customerEnding=sad', 'query.customerEnding'], ['reviewStatus=done', 'query.reviewStatus'], ['disputeStatus=maybe', 'query.disputeStatus'],
      ['sort=length', 'query.sort'], ['autoFailed=yes', 'query.autoFailed'], ['after=bm9wZQ', 'query.after'], ['sort=score&after=abc', 'query.after'],
    ]) {
      const res = await h.request('qa', `/api/v1/calls?${query}`);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(JSON.stringify(await res.json())).toContain(field);
    }
  });
});
