/**
 * Ingest's results must not change when it is made faster (issue 15). A manifest holding every
 * kind of bad row — around the batch boundary too — is ingested, re-ingested, and followed by a
 * second manifest that conflicts with stored rows; the stored calls and ingest_rejects (and the
 * summaries) are compared with a snapshot written by the code before the speed-up, on each store.
 * The temp folder is written as <dir> so the snapshot does not depend on where the test runs.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storeKinds, useTestStore } from '../../fixtures/support/store/stores.ts';
import { allCalls } from '../../fixtures/support/pipeline/read-store.ts';
import type { Sql } from '../db/sql.ts';
import { ingest, type IngestSummary } from './ingest.ts';

const HEADER = 'call_id,file,agent_id,started_at,duration_s,direction,queue,wait_s,abandoned,resolved,agent_channel,customer_id,site';
/** Good rows: more than two of ingest's 5,000-row batches, so duplicates and rejects straddle a boundary. */
const GOOD_ROWS = 11_000;

const good = (i: number, file = `r${i % 50}.ogg`) =>
  `c${i},${file},a${i % 7},2026-11-20T${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00+08:00,${30 + (i % 90)},${i % 2 ? 'inbound' : 'outbound'},q${i % 3},${i % 11},${i % 13 === 0},${i % 5 !== 0},${['left', 'right', 'mono'][i % 3]},u${i},site${i % 2}`;

/** One of every kind of bad row the manifest reader knows, each naming its own call id. */
function badRows(tag: string, outside: string): string[] {
  const t = (s: string) => `${tag}-${s}`;
  const row = (id: string, file: string, rest = 'a1,2026-11-20T09:00:00+08:00,30,inbound,card,4,false,true,left,u,深圳') => `${id},${file},${rest}`;
  return [
    row('', 'r1.ogg'), // missing call_id
    row(t('nofile'), ''), // missing file
    `${t('noagent')},r1.ogg,,2026-11-20T09:00:00+08:00,30,inbound,card,4,false,true,left,u,x`,
    `${t('nostart')},r1.ogg,a1,,30,inbound,card,4,false,true,left,u,x`,
    row(t('ts'), 'r1.ogg', 'a1,2026-11-20 25:61,30,inbound,card,4,false,true,left,u,x'),
    row(t('nozone'), 'r1.ogg', 'a1,2026-11-20T09:00:00,30,inbound,card,4,false,true,left,u,x'),
    row(t('offset'), 'r1.ogg', 'a1,2026-11-20T09:00:00+15:00,30,inbound,card,4,false,true,left,u,x'),
    row(t('feb30'), 'r1.ogg', 'a1,2026-02-30T09:00:00Z,30,inbound,card,4,false,true,left,u,x'),
    row(t('agent'), 'r1.ogg', 'a99,2026-11-20T09:00:00+08:00,30,inbound,card,4,false,true,left,u,x'),
    row(t('dur'), 'r1.ogg', 'a1,2026-11-20T09:00:00+08:00,-3,inbound,card,4,false,true,left,u,x'),
    row(t('wait'), 'r1.ogg', 'a1,2026-11-20T09:00:00+08:00,30,inbound,card,abc,false,true,left,u,x'),
    row(t('dir'), 'r1.ogg', 'a1,2026-11-20T09:00:00+08:00,30,sideways,card,4,false,true,left,u,x'),
    row(t('bool'), 'r1.ogg', 'a1,2026-11-20T09:00:00+08:00,30,inbound,card,4,maybe,true,left,u,x'),
    row(t('resolved'), 'r1.ogg', 'a1,2026-11-20T09:00:00+08:00,30,inbound,card,4,false,sure,left,u,x'),
    row(t('chan'), 'r1.ogg', 'a1,2026-11-20T09:00:00+08:00,30,inbound,card,4,false,true,centre,u,x'),
    row(t('missing'), 'nowhere.ogg'),
    row(t('abandoned-missing'), 'gone.ogg', 'a1,2026-11-20T09:00:00+08:00,,inbound,card,40,true,,,u,x'), // accepted: no recording expected
    row(t('dotdot'), '../secret.ogg'),
    row(t('abandoned-dotdot'), '../secret.ogg', 'a1,2026-11-20T09:00:00+08:00,,inbound,card,40,true,,,u,x'),
    row(t('absolute'), `${outside}/secret.ogg`),
    row(t('link-out'), 'link-out.ogg'),
    row(t('link-none'), 'link-none.ogg'),
    row(t('link-in'), 'link-in.ogg'), // accepted: a symlink to a file inside the folder
    row(t('dir-rec'), 'sub'),
    row(t('root'), '.'),
    row(t('fifo'), 'pipe.ogg'),
    row(t('sub-ok'), 'sub/s1.ogg'), // accepted: a recording in a subfolder
    row(t('sub-missing'), 'sub/none.ogg'),
    row(t('nosub'), 'nosub/x.ogg'),
    row(t('notdir'), 'r1.ogg/x.ogg'),
    `${t('fields')},r1.ogg,a1`, // wrong field count
    `${t('stray')},r"1.ogg,a1,2026-11-20T09:00:00+08:00,30,inbound,card,4,false,true,left,u,x`, // stray quote
    row(t('quoted'), '"r2.ogg"', 'a2,2026-11-20T09:00:00+08:00,30,inbound,"card, gold",4,false,true,left,"u ""q""",深圳'), // accepted: quoting
    row('c5', 'r5.ogg'), // duplicate of an earlier good row (different fields)
    good(7), // duplicate of an earlier good row (same fields)
    '', // blank line: skipped
  ];
}

function manifest(outside: string): string {
  const lines = [HEADER];
  for (let i = 0; i < GOOD_ROWS; i++) {
    lines.push(good(i));
    // Bad rows at the start, just before and after the first batch boundary, and at the end.
    if (i === 3 || i === 4990 || i === 5005) lines.push(...badRows(`b${i}`, outside));
  }
  lines.push(...badRows('end', outside));
  return lines.join('\n') + '\n';
}

/** A second night's manifest: some rows already stored with the same fields, some with different ones, some new. */
function secondManifest(): string {
  const lines = [HEADER];
  for (let i = 0; i < 40; i++) lines.push(good(i * 300));
  for (let i = 0; i < 40; i++) lines.push(good(i * 300 + 1).replace(',card,', ',other,').replace(/,q\d,/, ',other,'));
  for (let i = 0; i < 40; i++) lines.push(good(GOOD_ROWS + i));
  return lines.join('\n') + '\n';
}

const dir = mkdtempSync(join(tmpdir(), 'callqa-ingest-same-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const rec = join(dir, 'rec');
const outside = join(dir, 'outside');
mkdirSync(join(rec, 'sub'), { recursive: true });
mkdirSync(outside);
for (let f = 0; f < 50; f++) writeFileSync(join(rec, `r${f}.ogg`), 'x');
writeFileSync(join(rec, 'sub', 's1.ogg'), 'x');
writeFileSync(join(outside, 'secret.ogg'), 'x');
symlinkSync(join(outside, 'secret.ogg'), join(rec, 'link-out.ogg'));
symlinkSync(join(rec, 'absent.ogg'), join(rec, 'link-none.ogg'));
symlinkSync(join(rec, 'r3.ogg'), join(rec, 'link-in.ogg'));
execFileSync('mkfifo', [join(rec, 'pipe.ogg')]);
writeFileSync(join(dir, 'roster.csv'), ['agent_id,name,surname,team,site,coach,language', ...Array.from({ length: 7 }, (_, a) => `a${a},坐席${a},王,t${a % 2},s,c,zh`), 'a1,dup,王,t,s,c,zh', 'ax,bad,王,t,s,c,klingon'].join('\n'));
writeFileSync(join(dir, 'm1.csv'), manifest(outside));
writeFileSync(join(dir, 'm2.csv'), secondManifest());

const opts = (file: string) => ({ date: '2026-11-20', manifestPath: join(dir, file), rosterPath: join(dir, 'roster.csv'), recordingsDir: rec });
const relative = (v: unknown): unknown => (typeof v === 'string' ? v.replaceAll(dir, '<dir>') : v);
const summaryOf = (s: IngestSummary) => ({ ...s, rejects: s.rejects.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, relative(v)]))) });

async function storedState(sql: Sql) {
  const calls = (await allCalls(sql)).map((c) => ({ ...c, file: relative(c.file), ingestedAt: undefined, createdAt: undefined }));
  const rejects = (
    await sql.all<Record<string, unknown>>('SELECT id, date, source_file, row_number, call_id, field, reason FROM ingest_rejects ORDER BY id')
  ).map((r) => ({ ...r, id: Number(r.id), row_number: Number(r.row_number), source_file: relative(r.source_file), reason: relative(r.reason) }));
  const callLines = calls.map((c) => JSON.stringify(c));
  return {
    callCount: calls.length,
    // 11,000 calls in full would make a 3 MB snapshot: a digest of them, and the odd ones in full.
    callsSha256: createHash('sha256').update(callLines.join('\n')).digest('hex'),
    oddCalls: calls.filter((c) => !/^c\d+$/.test(String(c.callId))),
    firstCalls: calls.slice(0, 3),
    rejects,
  };
}

describe.each(storeKinds())('on %s', (kind) => {
  const store = useTestStore(kind);

  it('stores the same calls and rejects as before the speed-up (first ingest, re-ingest, conflicting second manifest)', async () => {
    await store().reset();
    const sql = store().sql;
    const first = await ingest(sql, opts('m1.csv'));
    const again = await ingest(sql, opts('m1.csv'));
    const second = await ingest(sql, opts('m2.csv'));
    const result = { first: summaryOf(first), again: summaryOf(again), second: summaryOf(second), stored: await storedState(sql) };
    await expect(JSON.stringify(result, null, 1) + '\n').toMatchFileSnapshot('./__snapshots__/ingest-same-results.json');
  }, 120_000);
});
