/**
 * Builders for real SQLite stores in tests of rank, kpi, voc and export: a temp file opened
 * with openDb (migrations applied), filled through the drizzle schema.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, schema, type Db } from '../db/client.ts';

export function tempDb(): { db: Db; file: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'callqa-rank-')), 'qa.sqlite');
  return { db: openDb(file), file };
}

export function addAgent(db: Db, agentId: string, name: string, team = 'T1', site = 'SZ', surname = name.slice(0, 1)): void {
  db.insert(schema.agents).values({ agentId, name, surname, team, site, coach: 'coach', language: 'zh' }).run();
}

export type CallRow = Partial<typeof schema.calls.$inferInsert> & { callId: string; agentId: string; date: string };

export function addCall(db: Db, row: CallRow): void {
  db.insert(schema.calls)
    .values({ file: `/rec/${row.callId}.wav`, startedAt: `${row.date}T09:00:00+08:00`, ...row })
    .run();
}

export function addScore(db: Db, callId: string, score: number, version = 'v1', createdAt = '2026-11-30T00:00:00.000Z'): void {
  db.insert(schema.scores)
    .values({ callId, scorecardId: 'zh-CN', scorecardVersion: version, score, autoFailed: score === 0, autoFailReasons: [], createdAt })
    .run();
}

export function addCheck(db: Db, callId: string, checkId: string, outcome: 'pass' | 'fail' | 'na', version = 'v1', label = checkId): void {
  db.insert(schema.checkResults)
    .values({ callId, scorecardVersion: version, checkId, section: 'greeting', label, outcome, weight: 10, critical: false, reason: 'r', evidence: [] })
    .run();
}

export function addStage(db: Db, callId: string, stage: string, result: unknown, version = 'test-1', createdAt?: string): void {
  db.insert(schema.stageResults).values({ callId, stage, version, result, ...(createdAt ? { createdAt } : {}) }).run();
}
