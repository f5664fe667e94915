/**
 * Ranking results must not change when the month's read is made faster (issue 15): tiers,
 * stars, previous-period change and weakest checks of a seeded month — with re-scored calls,
 * coach overrides (several per check: the newest counts), agents off the roster, unscored calls
 * and team/site filters — are compared with a snapshot written by the code before the speed-up,
 * on each store.
 */
import { describe, expect, it } from 'vitest';
import { reseeded, storeKinds, useTestStore } from '../../fixtures/support/store/stores.ts';
import { seededRandom, syntheticCalls } from '../../fixtures/support/pipeline/rank-test-data.ts';
import { addAgent, addCall, addCheck, addScore } from '../../fixtures/support/pipeline/rank-test-db.ts';
import type { Sql } from '../db/sql.ts';
import { parsePeriod } from './period.ts';
import { agentResults } from './read.ts';

const CHECKS = ['greeting', 'surname', 'etiquette', 'hold', 'closing'];
const OUTCOMES = ['pass', 'fail', 'na'] as const;

async function seed(sql: Sql): Promise<void> {
  const random = seededRandom(15);
  const data = syntheticCalls({ agentCount: 40, callsPerAgent: 12, seed: 15, center: 82, betweenSd: 6, withinSd: 9, autoFailRate: 0.05 });
  // Two agents stay off the roster: they are ranked under their id.
  for (const a of data.agents.slice(2)) await addAgent(sql, a.agentId, a.name, a.team, a.site);
  for (const [i, c] of data.calls.entries()) {
    // November and October (the previous period), and a few calls of December (outside).
    const month = i % 9 === 0 ? '10' : i % 23 === 0 ? '12' : '11';
    const date = `2026-${month}-${String(1 + (i % 28)).padStart(2, '0')}`;
    await addCall(sql, { callId: c.callId, agentId: c.agentId, date });
    if (i % 17 === 5) continue; // unscored call
    await addScore(sql, c.callId, Math.round(c.score * 10) / 10);
    for (const [j, check] of CHECKS.entries()) await addCheck(sql, c.callId, check, OUTCOMES[Math.floor(random() * 3 * (j + 1)) % 3], 'v1', `${check} label`);
    if (i % 11 === 0) {
      // Re-scored later under v2: the newer score and its check results count.
      await addScore(sql, c.callId, Math.min(100, c.score + 7), 'v2', '2026-12-02T00:00:00.000Z');
      for (const check of CHECKS) await addCheck(sql, c.callId, check, random() < 0.3 ? 'fail' : 'pass', 'v2', `${check} v2`);
    }
    if (i % 7 === 0) {
      const version = i % 11 === 0 ? 'v2' : 'v1';
      const check = CHECKS[i % CHECKS.length];
      // Two overrides on one check, the later one wins; an override of the other version does not count.
      await sql.run('INSERT INTO overrides (call_id, scorecard_version, check_id, outcome, reason, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [c.callId, version, check, 'fail', 'r', 'coach', '2026-12-01T00:00:00.000Z']);
      await sql.run('INSERT INTO overrides (call_id, scorecard_version, check_id, outcome, reason, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [c.callId, version, check, i % 2 ? 'pass' : 'na', 'r', 'coach', '2026-12-01T01:00:00.000Z']);
      if (version === 'v2') await sql.run('INSERT INTO overrides (call_id, scorecard_version, check_id, outcome, reason, author) VALUES (?, ?, ?, ?, ?, ?)', [c.callId, 'v1', check, 'fail', 'r', 'coach']);
    }
  }
}

/**
 * Fractions to 10 significant digits: the stores sum scores in different orders (SQLite and
 * Postgres each aggregate their own way), which moves the last bits of a mean, not a result.
 */
const roundFloats = (_key: string, v: unknown): unknown => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(10)) : v);

describe.each(storeKinds())('on %s', (kind) => {
  const store = useTestStore(kind);

  it('ranks a seeded month the same as before the speed-up (tiers, stars, change, weakest checks; filters)', async () => {
    const sql = await reseeded(store(), seed);
    const period = parsePeriod('2026-11');
    const result = {
      all: await agentResults(sql, period),
      team: await agentResults(sql, period, { team: 't1' }),
      siteWithin: await agentResults(sql, period, { site: 'SZ', rankWithinFilter: true }),
      v1: await agentResults(sql, period, { scorecardVersion: 'v1' }),
      weakMin2: await agentResults(sql, period, {}, { weakChecks: { minApplicable: 2 } }),
    };
    await expect(JSON.stringify(result, roundFloats, 1) + '\n').toMatchFileSnapshot('./__snapshots__/rank-same-results.json');
  }, 120_000);
});
