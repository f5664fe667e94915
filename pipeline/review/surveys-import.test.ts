/**
 * Survey import on each store kind: every refusal reason with its line and field, a GB18030
 * export with Chinese comments and a stray quote, a BOM-started header, replacement on
 * re-import (audited with the answer replaced), and a file refused as a whole storing nothing.
 */
import iconv from 'iconv-lite';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { reseeded, storeKinds, useTestStore } from '../../fixtures/support/store/stores.ts';
import type { Sql } from '../db/index.ts';
import { CsvFileError } from '../ingest/index.ts';
import { importSurveys, MAX_COMMENT_CHARS } from './surveys-import.ts';
import { parseScale } from './surveys-scale.ts';

const dir = mkdtempSync(join(tmpdir(), 'callqa-surveys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function seed(sql: Sql): Promise<void> {
  await sql.run("INSERT INTO agents (agent_id, name, surname, team, site, coach, language) VALUES ('a1', '王一', '王', 't1', 's', 'coach', 'zh')");
  for (const id of ['s1', 's2', 's3', 's4', 's5', 's6', 's7']) {
    await sql.run("INSERT INTO calls (call_id, date, file, agent_id, started_at, status) VALUES (?, '2026-11-20', '/x.ogg', 'a1', '2026-11-20T09:00:00+08:00', 'done')", [id]);
  }
}

const stored = (sql: Sql) =>
  sql.all<{ call_id: string; satisfaction: number; satisfaction_01: number; comment: string | null; import_id: number }>(
    'SELECT call_id, satisfaction, satisfaction_01, comment, import_id FROM surveys ORDER BY call_id');

describe('parseScale', () => {
  it('reads MIN-MAX and refuses what is not a scale', () => {
    expect(parseScale('1-5')).toEqual({ min: 1, max: 5 });
    expect(parseScale(' 0 - 10 ')).toEqual({ min: 0, max: 10 });
    for (const bad of ['5', '5-1', '3-3', 'a-b', '1-500', '-1-5']) expect(() => parseScale(bad), bad).toThrow(/scale/);
  });
});

describe.each(storeKinds())('survey import on a %s store', (kind) => {
  const store = useTestStore(kind);
  let sql: Sql;
  beforeEach(async () => {
    sql = await reseeded(store(), seed);
  });

  it('refuses each bad row with its line, field and reason, and stores the good ones', async () => {
    const long = 'x'.repeat(MAX_COMMENT_CHARS + 1);
    const csv = file('bad-rows.csv', [
      '\uFEFFcall_id,satisfaction,comment', // 1: BOM-started header
      's1,5,great', // 2 ok
      's2,,', // 3 satisfaction missing
      's3,abc,', // 4 not a number
      's4,6,', // 5 outside 1-5
      's1,3,again', // 6 duplicate of line 2
      's5,4,she said "fine"', // 7 stray quote
      'nope,4,', // 8 unknown call
      `s5,2,${long}`, // 9 comment too long
      's6,1,', // 10 ok, no comment
      ',3,x', // 11 call_id missing
      's7,4.5,"a, quoted ""comment"""', // 12 ok
      's3,2', // 13 wrong field count
    ].join('\r\n'));
    const r = await importSurveys(sql, csv, { scale: { min: 1, max: 5 }, importedBy: 'quinn', sourceName: 'bad-rows.csv' });
    expect({ accepted: r.accepted, rejected: r.rejected, replaced: r.replaced }).toEqual({ accepted: 3, rejected: 9, replaced: 0 });
    expect(r.rejects.map((j) => [j.rowNumber, j.callId ?? null, j.field ?? null])).toEqual([
      [3, 's2', 'satisfaction'], [4, 's3', 'satisfaction'], [5, 's4', 'satisfaction'], [6, 's1', 'call_id'], [7, null, 'comment'],
      [8, 'nope', 'call_id'], [9, 's5', 'comment'], [11, null, 'call_id'], [13, null, null],
    ]);
    const reasons = r.rejects.map((j) => j.reason);
    expect(reasons[0]).toBe('missing required field');
    expect(reasons[1]).toBe('"abc" is not a number');
    expect(reasons[2]).toBe('6 is outside the scale 1-5');
    expect(reasons[3]).toBe('duplicate call_id s1 (first on line 2)');
    expect(reasons[4]).toMatch(/stray quote/);
    expect(reasons[5]).toMatch(/unknown call nope/);
    expect(reasons[6]).toBe(`longer than ${MAX_COMMENT_CHARS} characters`);
    expect(reasons[8]).toMatch(/2 fields, the header has 3/);

    expect(await stored(sql)).toEqual([
      { call_id: 's1', satisfaction: 5, satisfaction_01: 1, comment: 'great', import_id: r.importId },
      { call_id: 's6', satisfaction: 1, satisfaction_01: 0, comment: null, import_id: r.importId },
      { call_id: 's7', satisfaction: 4.5, satisfaction_01: 0.875, comment: 'a, quoted "comment"', import_id: r.importId },
    ]);
    const rejects = await sql.all<{ row_number: number; field: string | null; reason: string }>('SELECT row_number, field, reason FROM survey_rejects WHERE import_id = ? ORDER BY row_number', [r.importId]);
    expect(rejects.map((j) => [j.row_number, j.field, j.reason])).toEqual(r.rejects.map((j) => [j.rowNumber, j.field ?? null, j.reason]));
    expect(await sql.get('SELECT source_file, scale_min, scale_max, accepted, rejected, imported_by FROM survey_imports WHERE id = ?', [r.importId]))
      .toEqual({ source_file: 'bad-rows.csv', scale_min: 1, scale_max: 5, accepted: 3, rejected: 9, imported_by: 'quinn' });
    const audit = await sql.all<{ actor: string; action: string; after: string }>("SELECT actor, action, after FROM audit_log WHERE entity = 'survey-import'");
    expect(audit.map((a) => [a.actor, a.action, JSON.parse(a.after)])).toEqual([['quinn', 'survey.import', { sourceFile: 'bad-rows.csv', scale: '1-5', accepted: 3, replaced: 0, rejected: 9 }]]);
  });

  it('reads a GB18030 export with Chinese comments: a stray quote costs only its row', async () => {
    const text = ['call_id,satisfaction,comment', 's1,9,服务很好，谢谢', 's2,3,等了很久"没人接', 's3,0,问题没有解决', 's4,10,'].join('\n');
    const csv = file('gbk.csv', iconv.encode(text, 'gb18030'));
    const r = await importSurveys(sql, csv, { scale: { min: 0, max: 10 }, encoding: 'gb18030', importedBy: 'quinn' });
    expect(r.rejects.map((j) => [j.rowNumber, j.field, j.reason.slice(0, 11)])).toEqual([[3, 'comment', 'stray quote']]);
    expect((await stored(sql)).map((s) => [s.call_id, s.satisfaction, s.satisfaction_01, s.comment])).toEqual([
      ['s1', 9, 0.9, '服务很好，谢谢'], ['s3', 0, 0, '问题没有解决'], ['s4', 10, 1, null],
    ]);
    // Read as UTF-8, the same bytes are refused as a whole (naming the line), and nothing is stored.
    await reseeded(store(), seed);
    await expect(importSurveys(sql, csv, { scale: { min: 0, max: 10 }, importedBy: 'quinn' })).rejects.toThrow(/gbk\.csv:2: not valid UTF-8/);
    expect(await sql.get<{ n: number }>('SELECT count(*) AS n FROM survey_imports')).toEqual({ n: 0 });
  });

  it('replaces a call’s answer on a later import, and audits what it replaced', async () => {
    const first = await importSurveys(sql, file('first.csv', 'call_id,satisfaction,comment\ns1,2,slow\ns2,4,\n'), { scale: { min: 1, max: 5 }, importedBy: 'quinn' });
    const second = await importSurveys(sql, file('second.csv', 'satisfaction,call_id\n10,s1\n'), { scale: { min: 0, max: 10 }, importedBy: 'ada' });
    expect(second.replaced).toBe(1);
    expect((await stored(sql)).map((s) => [s.call_id, s.satisfaction, s.satisfaction_01, s.comment, s.import_id])).toEqual([
      ['s1', 10, 1, null, second.importId], ['s2', 4, 0.75, null, first.importId],
    ]);
    const trail = await sql.all<{ actor: string; entity_id: string; before: string; after: string }>("SELECT actor, entity_id, before, after FROM audit_log WHERE action = 'survey.replace'");
    expect(trail.map((t) => [t.actor, t.entity_id, JSON.parse(t.before), JSON.parse(t.after)])).toEqual([
      ['ada', 's1/survey', { importId: first.importId, satisfaction: 2, scale: '1-5', comment: 'slow' }, { importId: second.importId, satisfaction: 10, scale: '0-10', comment: null }],
    ]);
  });

  it('refuses a file whose header lacks a required column, storing nothing', async () => {
    const csv = file('no-score.csv', 'call_id,csat\ns1,5\n');
    await expect(importSurveys(sql, csv, { scale: { min: 1, max: 5 }, importedBy: 'quinn' })).rejects.toThrow(CsvFileError);
    await expect(importSurveys(sql, csv, { scale: { min: 1, max: 5 }, importedBy: 'quinn' })).rejects.toThrow(/lacks required column\(s\) satisfaction/);
    expect(await sql.get<{ n: number }>('SELECT count(*) AS n FROM survey_imports')).toEqual({ n: 0 });
  });
});
