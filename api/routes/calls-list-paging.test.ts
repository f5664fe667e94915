/**
 * `GET /api/v1/calls` paged by cursor, on SQLite and on Postgres: following `nextCursor` gives
 * every matching call exactly once, in the list's order (date, start time, call id — ties on
 * the first two included), under each filter kind the bench uses; a bad cursor is a 400 with
 * its reason; the total is exact up to the count limit and flagged as a lower bound past it. The
 * expected lists are computed here in plain code from the seeded rows, not by SQL.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { listCalls } from '../queries/calls.ts';
import { createUser } from '../queries/users.ts';
import { storeKinds, useTestStore } from '../../fixtures/support/store/stores.ts';
import { insertMany, type SqlValue } from '../../pipeline/db/index.ts';
import { mulberry32 } from '../../scripts/dev/lib/random.ts';

interface SeededCall {
  callId: string;
  date: string;
  startedAt: string;
  agentId: string;
  team: string;
  score: number;
}

const AGENTS = 12;
const CALLS = 420;

/** Calls over ten days, few distinct start times (so the call id breaks many ties), one score each. */
function seedRows(): { calls: SeededCall[]; agents: SqlValue[][] } {
  const rand = mulberry32(11);
  const agents = Array.from({ length: AGENTS }, (_, a) => [`a${a}`, `agent ${a}`, 'x', `t${a % 3}`, 's', 'coach', 'zh']);
  const calls = Array.from({ length: CALLS }, (_, i): SeededCall => {
    const agent = Math.floor(rand() * AGENTS);
    const date = `2026-11-${String(10 + Math.floor(rand() * 10)).padStart(2, '0')}`;
    return {
      // Ids not in insertion order, so the order cannot come from the table's storage.
      callId: `k${String((i * 7919) % 1009).padStart(4, '0')}-${i}`,
      date,
      startedAt: `${date}T0${Math.floor(rand() * 3) + 8}:00:00+08:00`,
      agentId: `a${agent}`,
      team: `t${agent % 3}`,
      score: Math.round(rand() * 100),
    };
  });
  return { calls, agents };
}

const newestFirst = (a: SeededCall, b: SeededCall) =>
  a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.startedAt !== b.startedAt ? (a.startedAt < b.startedAt ? 1 : -1) : a.callId < b.callId ? 1 : -1;

describe.each(storeKinds())('calls list paging (%s store)', (kind) => {
  const store = useTestStore(kind);
  const { calls, agents } = seedRows();
  let get: (path: string) => Promise<Response>;

  beforeAll(async () => {
    const { sql } = store();
    await sql.tx(async (tx) => {
      await insertMany(tx, 'agents', ['agent_id', 'name', 'surname', 'team', 'site', 'coach', 'language'], agents);
      await insertMany(tx, 'calls', ['call_id', 'date', 'file', 'agent_id', 'started_at', 'status', 'sampled'],
        calls.map((c) => [c.callId, c.date, `/r/${c.callId}.ogg`, c.agentId, c.startedAt, 'done', 1]));
      await insertMany(tx, 'scores', ['call_id', 'scorecard_id', 'scorecard_version', 'score', 'auto_failed', 'auto_fail_reasons', 'created_at'],
        calls.map((c) => [c.callId, 'sc', 'v1', c.score, 0, '[]', '2026-11-21T00:00:00Z']));
    });
    const { token } = await createUser(sql, { name: 'qa', role: 'qa' });
    const app = createApp({ sql });
    get = async (path) => app.request(path, { headers: { authorization: `Bearer ${token}` } });
  });

  /** Every call id of the list, following nextCursor from the first page. */
  async function followCursor(query: string, pageSize: number): Promise<{ ids: string[]; pages: number }> {
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await get(`/api/v1/calls?${query}&pageSize=${pageSize}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { items: { callId: string }[]; nextCursor: string | null };
      ids.push(...body.items.map((i) => i.callId));
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages <= CALLS);
    return { ids, pages };
  }

  const filters: [string, string, (c: SeededCall) => boolean][] = [
    ['newest', '', () => true],
    ['a date range', 'from=2026-11-12&to=2026-11-16', (c) => c.date >= '2026-11-12' && c.date <= '2026-11-16'],
    ['one day', 'from=2026-11-15&to=2026-11-15', (c) => c.date === '2026-11-15'],
    ["a team's days", 'team=t1&from=2026-11-13&to=2026-11-19', (c) => c.team === 't1' && c.date >= '2026-11-13' && c.date <= '2026-11-19'],
    ['an agent', 'agentId=a5', (c) => c.agentId === 'a5'],
    ["a week's low scores", 'from=2026-11-13&to=2026-11-19&scoreMax=60', (c) => c.date >= '2026-11-13' && c.date <= '2026-11-19' && c.score <= 60],
  ];

  it.each(filters)('pages %s by cursor: every call once, in order', async (_name, query, keep) => {
    const expected = calls.filter(keep).sort(newestFirst).map((c) => c.callId);
    expect(expected.length).toBeGreaterThan(10);
    const { ids, pages } = await followCursor(query, 7);
    expect(ids).toEqual(expected);
    expect(pages).toBe(Math.max(1, Math.ceil(expected.length / 7)));
  });

  it('gives the same pages for `after` (the older name) and `page=N` as for `cursor`', async () => {
    const first = (await (await get('/api/v1/calls?pageSize=25')).json()) as { nextCursor: string };
    const viaAfter = (await (await get(`/api/v1/calls?pageSize=25&after=${first.nextCursor}`)).json()) as { items: { callId: string }[] };
    const viaPage = (await (await get('/api/v1/calls?pageSize=25&page=2')).json()) as { items: { callId: string }[] };
    const expected = [...calls].sort(newestFirst).slice(25, 50).map((c) => c.callId);
    expect(viaAfter.items.map((i) => i.callId)).toEqual(expected);
    expect(viaPage.items.map((i) => i.callId)).toEqual(expected);
  });

  it('answers 400 with the reason for a cursor it did not give out, or one it cannot use', async () => {
    const forged = Buffer.from(JSON.stringify({ date: '2026-11-15' })).toString('base64url');
    for (const [query, field, reason] of [
      ['cursor=bm9wZQ', 'query.cursor', 'not a cursor this API gave out'],
      [`cursor=${forged}`, 'query.cursor', 'not a cursor this API gave out'],
      ['after=bm9wZQ', 'query.after', 'not a cursor this API gave out'],
      ['cursor=abc&sort=score', 'query.cursor', 'date order only'],
      ['cursor=abc&page=3', 'query.page', 'not both'],
      ['cursor=abc&after=abd', 'query.after', 'give the cursor once'],
    ]) {
      const res = await get(`/api/v1/calls?${query}`);
      const text = JSON.stringify(await res.json());
      expect({ query, status: res.status, field: text.includes(field), reason: text.includes(reason) }).toEqual({ query, status: 400, field: true, reason: true });
    }
  });

  it('says the total is exact up to the cap and a lower bound past it, unless an exact count is asked for', async () => {
    const low = calls.filter((c) => c.score <= 30).length;
    expect(low).toBeGreaterThan(20);
    const viaApi = (await (await get('/api/v1/calls?scoreMax=30&pageSize=5')).json()) as { total: number; totalExact: boolean };
    expect(viaApi).toMatchObject({ total: low, totalExact: true });
    const count = async (countLimit?: number) => {
      const r = await listCalls(store().sql, { scoreMax: 30 }, { sort: 'date', dir: 'desc' }, { page: 1, pageSize: 5, countLimit });
      return 'total' in r ? { total: r.total, totalExact: r.totalExact, items: r.items.length } : r;
    };
    expect(await count(low)).toEqual({ total: low, totalExact: true, items: 5 });
    expect(await count(low - 1)).toEqual({ total: low - 1, totalExact: false, items: 5 });
    expect(await count(10)).toEqual({ total: 10, totalExact: false, items: 5 });
    expect(await count()).toEqual({ total: low, totalExact: true, items: 5 });
    const asked = (await (await get('/api/v1/calls?scoreMax=30&pageSize=5&exactTotal=true')).json()) as { total: number; totalExact: boolean };
    expect(asked).toMatchObject({ total: low, totalExact: true });
  });
});
