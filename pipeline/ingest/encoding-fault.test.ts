/**
 * Fault test from issue 10: a GB18030 roster (as Chinese call-center HR systems export it) used
 * to be read as UTF-8 with U+FFFD for every surname, so greetings passed without the surname.
 */
import iconv from 'iconv-lite';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb } from '../db/client.ts';
import { sqlOf, type Sql } from '../db/sql.ts';
import { allAgents, allCalls } from '../../fixtures/support/pipeline/read-store.ts';
import { CsvFileError } from './csv-file-error.ts';
import { ingest, type IngestOptions } from './ingest.ts';

const ROSTER = `agent_id,name,surname,team,site,coach,language
a1,王芳,王,信用卡一组,深圳,陈教练,zh
a2,李娜,李,信用卡一组,深圳,陈教练,zh
`;
const MANIFEST = `call_id,file,agent_id,started_at,duration_s,direction,queue,wait_s,abandoned,resolved,agent_channel,customer_id,site
c1,c1.ogg,a1,2026-11-20T09:00:00+08:00,30,inbound,信用卡,4,false,true,left,u1,深圳
c2,c1.ogg,a2,2026-11-20T09:05:00+08:00,30,inbound,信用卡,4,false,true,left,u2,深圳
`;

let dir: string;
let db: Sql;
let opts: IngestOptions;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'callqa-gb18030-'));
  mkdirSync(join(dir, 'rec'));
  writeFileSync(join(dir, 'rec', 'c1.ogg'), 'x');
  writeFileSync(join(dir, 'roster.csv'), iconv.encode(ROSTER, 'gb18030'));
  writeFileSync(join(dir, 'manifest.csv'), iconv.encode(MANIFEST, 'gb18030'));
  db = sqlOf(openDb(join(dir, 'qa.sqlite')));
  opts = { date: '2026-11-20', manifestPath: join(dir, 'manifest.csv'), rosterPath: join(dir, 'roster.csv'), recordingsDir: join(dir, 'rec') };
});

describe('a GB18030 roster and manifest', () => {
  it('are refused without the encoding option, naming the file and the line, and nothing is stored', async () => {
    const err = await ingest(db, opts).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(CsvFileError);
    expect((err as Error).message).toBe(`${opts.rosterPath}:2: not valid UTF-8 (byte 0xCD); if it is a GBK/GB18030 export, use --encoding gb18030 (config ingest.encoding)`);
    expect((await allAgents(db))).toEqual([]);
    expect((await allCalls(db))).toEqual([]);
  });

  it('are stored correctly with encoding gb18030: the surnames read back equal', async () => {
    const summary = await ingest(db, { ...opts, encoding: 'gb18030' });
    expect(summary.rejects).toEqual([]);
    const agents = (await allAgents(db)).sort((a, b) => a.agentId.localeCompare(b.agentId));
    expect(agents.map((a) => [a.name, a.surname, a.team])).toEqual([
      ['王芳', '王', '信用卡一组'],
      ['李娜', '李', '信用卡一组'],
    ]);
    const calls = (await allCalls(db));
    expect(calls.map((c) => [c.callId, c.queue, c.site])).toEqual([
      ['c1', '信用卡', '深圳'],
      ['c2', '信用卡', '深圳'],
    ]);
  });
});
