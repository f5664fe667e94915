/**
 * Test store built by the real demo month (pipeline/run/demo-db.ts: the history nights, then
 * the shipped night 2026-11-20); each test file works on its own copy, with one user per role
 * added. The calls the tests open are taken from the shipped night, whose labels are known.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDb } from '../../pipeline/db/client.ts';
import { DEMO, demoDatabaseFile } from '../../pipeline/run/demo-db.ts';
import type { Role } from '../context.ts';
import { createUser } from '../queries/users.ts';
import type { TestStore } from './seed.ts';

export { demoDatabaseFile };

const TEAM_A = '信用卡一组';
const TEAM_B = '信用卡二组';

/** A private copy of the demo database in `dir`, with one user per role and the calls the tests use. */
export async function demoStore(dir: string): Promise<TestStore> {
  mkdirSync(dir, { recursive: true });
  const dbFile = join(dir, 'callqa.sqlite');
  copyFileSync(await demoDatabaseFile(), dbFile);
  const db = openDb(dbFile);
  const one = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).get(...args) as T | undefined;

  const failedGreetingCall = one<{ id: string }>(
    `SELECT cr.call_id AS id FROM check_results cr JOIN calls c USING (call_id) JOIN agents a USING (agent_id)
     WHERE cr.check_id = 'greeting' AND cr.outcome = 'fail' AND a.team = ? AND c.date = ? AND json_extract(cr.evidence, '$[0].atS') IS NOT NULL
     ORDER BY cr.call_id LIMIT 1`, TEAM_A, DEMO.date)?.id;
  const teamBCall = one<{ id: string }>(
    `SELECT c.call_id AS id FROM calls c JOIN agents a USING (agent_id) JOIN scores s USING (call_id) WHERE a.team = ? AND c.date = ? ORDER BY c.call_id LIMIT 1`, TEAM_B, DEMO.date)?.id;
  const agentA = one<{ id: string }>('SELECT agent_id AS id FROM agents WHERE team = ? ORDER BY agent_id LIMIT 1', TEAM_A)?.id;
  const agentB = one<{ id: string }>('SELECT agent_id AS id FROM agents WHERE team = ? ORDER BY agent_id LIMIT 1', TEAM_B)?.id;
  const runId = one<{ id: number }>('SELECT MAX(id) AS id FROM runs')?.id;
  if (!failedGreetingCall || !teamBCall || !agentA || !agentB || !runId) {
    throw new Error(`demo store: the demo night (${DEMO.date}) lacks a case the tests need (${JSON.stringify({ failedGreetingCall, teamBCall, agentA, agentB, runId })})`);
  }

  const users = {
    admin: { name: 'ada', role: 'admin' as Role, teams: [] as string[] },
    qa: { name: 'quinn', role: 'qa' as Role, teams: [] as string[] },
    coachA: { name: 'coach-a', role: 'coach' as Role, teams: [TEAM_A] },
    coachB: { name: 'coach-b', role: 'coach' as Role, teams: [TEAM_B] },
    hr: { name: 'hana', role: 'hr' as Role, teams: [] as string[] },
  };
  const tokens = Object.fromEntries(Object.entries(users).map(([k, u]) => [k, createUser(db, u).token])) as TestStore['tokens'];
  return { dir, dbFile, db, tokens, users, failedGreetingCall, teamBCall, agentA, agentB, runId, teamA: TEAM_A, teamB: TEAM_B, period: DEMO.date.slice(0, 7) };
}
