import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Sql } from '../db/sql.ts';
import { storeKinds, useTestStore } from '../../fixtures/support/store/stores.ts';
import { allAgents, allCalls, allRejectReasons } from '../../fixtures/support/pipeline/read-store.ts';
import { ingest, storedRejects } from './ingest.ts';

const ROSTER = `agent_id,name,surname,team,site,coach,language
a1,王芳,王,信用卡一组,深圳,陈教练,zh
a2,Amy Smith,Smith,English line,深圳,Lee,en
a3,李明,李,信用卡一组,深圳,陈教练,cantonese
`;

const HEADER = 'call_id,file,agent_id,started_at,duration_s,direction,queue,wait_s,abandoned,resolved,agent_channel,customer_id,site';
const MANIFEST = [
  HEADER,
  'c1,c1.ogg,a1,2026-11-20T09:00:00+08:00,30,inbound,card,4,false,true,left,u1,深圳', // line 2 ok
  'c2,c2.ogg,a2,2026-11-20T09:05:00+08:00,31,inbound,card,20,false,false,right,u2,深圳', // line 3 ok
  ',c3.ogg,a1,2026-11-20T09:10:00+08:00,30,inbound,card,4,false,true,left,u3,深圳', // line 4 missing call_id
  'c4,c4.ogg,a1,2026-11-20 25:61,30,inbound,card,4,false,true,left,u4,深圳', // line 5 bad timestamp
  'c5,c5.ogg,a9,2026-11-20T09:20:00+08:00,30,inbound,card,4,false,true,left,u5,深圳', // line 6 unknown agent
  'c1,c1.ogg,a1,2026-11-20T09:25:00+08:00,30,inbound,card,4,false,true,left,u6,深圳', // line 7 duplicate
  'c7,nowhere.ogg,a1,2026-11-20T09:30:00+08:00,30,inbound,card,4,false,true,left,u7,深圳', // line 8 file missing
  'c8,,a2,2026-11-20T09:35:00+08:00,,inbound,card,40,true,,,u8,深圳', // line 9 missing file field
  'c9,gone.ogg,a2,2026-11-20T09:40:00+08:00,,inbound,card,40,true,,,u9,深圳', // line 10 abandoned: no recording expected
  'c10,c1.ogg,a1,2026-11-20T09:45:00+08:00,abc,inbound,card,4,false,true,left,u10,深圳', // line 11 bad duration
  'c11,c1.ogg,a1,2026-11-20T09:50:00+08:00,30,sideways,card,4,false,true,left,u11,深圳', // line 12 bad direction
  'c12,c1.ogg,a1,2026-11-20T09:55:00+08:00,30,inbound,card,4,maybe,true,left,u12,深圳', // line 13 bad boolean
  'c13,c1.ogg,a1,2026-11-20T10:00:00+08:00,30,inbound,card,4,false,true,centre,u13,深圳', // line 14 bad channel
].join('\n');

let dir: string;
let db: Sql;
let opts: Parameters<typeof ingest>[1];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'callqa-ingest-'));
  mkdirSync(join(dir, 'rec'));
  writeFileSync(join(dir, 'rec', 'c1.ogg'), 'x');
  writeFileSync(join(dir, 'rec', 'c2.ogg'), 'x');
  writeFileSync(join(dir, 'roster.csv'), ROSTER);
  writeFileSync(join(dir, 'manifest.csv'), '\uFEFF' + MANIFEST);
  opts = { date: '2026-11-20', manifestPath: join(dir, 'manifest.csv'), rosterPath: join(dir, 'roster.csv'), recordingsDir: join(dir, 'rec') };
});

describe.each(storeKinds())('on %s', (kind) => {
  const store = useTestStore(kind);
  beforeEach(async () => {
    await store().reset();
    db = store().sql;
  });

  describe('ingest', () => {
    it('keeps good rows and records each rejected row with line, field and reason', async () => {
      const summary = await ingest(db, opts);
      expect(summary.validRows).toBe(3);
      expect(summary.newCalls).toBe(3);
      const stored = (await allCalls(db)).map((c) => c.callId).sort();
      expect(stored).toEqual(['c1', 'c2', 'c9']);

      const rejects = (await storedRejects(db, '2026-11-20'))
        .filter((r) => r.sourceFile === opts.manifestPath)
        .map((r) => [r.rowNumber, r.field, r.reason]);
      expect(rejects).toHaveLength(10);
      const byLine = (line: number) => rejects.filter((r) => r[0] === line);
      expect(byLine(4)).toEqual([[4, 'call_id', 'required field is empty']]);
      expect(byLine(5)[0][1]).toBe('started_at');
      expect(byLine(5)[0][2]).toBe('"2026-11-20 25:61" is not a real date-time');
      expect(byLine(6)[0]).toEqual([6, 'agent_id', 'unknown agent a9 (not in the roster)']);
      expect(byLine(7)[0]).toEqual([7, 'call_id', 'duplicate call_id c1 (first on line 2)']);
      expect(byLine(8)[0][1]).toBe('file');
      expect(byLine(8)[0][2]).toMatch(/recording file missing: .*nowhere\.ogg/);
      expect(byLine(9)[0]).toEqual([9, 'file', 'required field is empty']);
      expect(byLine(11)[0].slice(1)).toEqual(['duration_s', '"abc" is not a non-negative number of seconds']);
      expect(byLine(12)[0][1]).toBe('direction');
      expect(byLine(13)[0][1]).toBe('abandoned');
      expect(byLine(14)[0][1]).toBe('agent_channel');
    });

    it('rejects a roster row with an unknown language and names the roster file', async () => {
      const summary = await ingest(db, opts);
      const rosterRejects = summary.rejects.filter((r) => r.sourceFile.endsWith('roster.csv'));
      expect(rosterRejects).toEqual([
        { sourceFile: opts.rosterPath, rowNumber: 4, callId: 'a3', field: 'language', reason: '"cantonese" is not one of zh, en' },
      ]);
      expect((await allAgents(db)).map((a) => a.agentId).sort()).toEqual(['a1', 'a2']);
    });

    it('stores CDR fields typed, with the recording path resolved', async () => {
      await ingest(db, opts);
      const c2 = (await allCalls(db)).find((c) => c.callId === 'c2')!;
      expect(c2).toMatchObject({ date: '2026-11-20', waitS: 20, abandoned: false, resolved: false, agentChannel: 'right', durationS: 31, sampled: false, status: 'pending' });
      expect(c2.file).toBe(join(dir, 'rec', 'c2.ogg'));
    });

    it('changes nothing when the same manifest is ingested again', async () => {
      await ingest(db, opts);
      const snapshot = async () => JSON.stringify([await allCalls(db), await allAgents(db), await allRejectReasons(db)]);
      const before = await snapshot();
      const again = await ingest(db, opts);
      expect(again.newCalls).toBe(0);
      expect(await snapshot()).toBe(before);
    });

    it('rejects a call_id that an earlier manifest stored with different fields', async () => {
      await ingest(db, opts);
      writeFileSync(opts.manifestPath, [HEADER, 'c1,c1.ogg,a2,2026-11-20T09:00:00+08:00,30,inbound,card,4,false,true,left,u1,深圳'].join('\n'));
      const again = await ingest(db, opts);
      expect(again.newCalls).toBe(0);
      expect(again.rejects.map((r) => r.reason)).toContain('duplicate call_id c1: already stored from an earlier manifest with different fields');
      expect((await allCalls(db)).find((c) => c.callId === 'c1')!.agentId).toBe('a1');
    });

    it('names the file when the manifest lacks a required column or does not exist', async () => {
      writeFileSync(opts.manifestPath, 'call_id,file,agent_id\nc1,c1.ogg,a1\n');
      await expect(ingest(db, opts)).rejects.toThrow(/manifest\.csv: header lacks required column\(s\) started_at/);
      await expect(ingest(db, { ...opts, manifestPath: join(dir, 'nope.csv') })).rejects.toThrow(/nope\.csv: file not found/);
    });

    it('rejects one row for a stray quote (instead of aborting the night) and stores the others', async () => {
      writeFileSync(
        opts.manifestPath,
        [
          HEADER,
          'c1,c1.ogg,a1,2026-11-20T09:00:00+08:00,30,inbound,card,4,false,true,left,u1,深"圳',
          'c2,c2.ogg,a2,2026-11-20T09:05:00+08:00,31,inbound,"card,4,false,true,right,u2,深圳',
          'c3,c2.ogg,a2,2026-11-20T09:06:00+08:00,31,inbound,card,4,false,true,right,u3',
          'c4,c2.ogg,a2,2026-11-20T09:07:00+08:00,31,inbound,card,4,false,true,right,u4,深圳',
        ].join('\n'),
      );
      const summary = await ingest(db, opts);
      expect((await allCalls(db)).map((c) => c.callId)).toEqual(['c4']);
      expect((await storedRejects(db, '2026-11-20')).filter((r) => r.sourceFile === opts.manifestPath).map((r) => [r.rowNumber, r.field, r.reason])).toEqual([
        [2, 'site', expect.stringMatching(/stray quote/)],
        [3, 'queue', expect.stringMatching(/unclosed quote/)],
        [4, null, 'row has 12 fields, the header has 13'],
      ]);
      expect(summary.validRows).toBe(1);
    });

    it('refuses recording paths outside the folder and names non-regular files', async () => {
      execFileSync('mkfifo', [join(dir, 'rec', 'pipe.ogg')]);
      writeFileSync(join(dir, 'outside.ogg'), 'x');
      writeFileSync(
        opts.manifestPath,
        [
          HEADER,
          'c1,../outside.ogg,a1,2026-11-20T09:00:00+08:00,30,inbound,card,4,false,true,left,u1,深圳',
          `c2,${join(dir, 'outside.ogg')},a1,2026-11-20T09:00:00+08:00,30,inbound,card,4,false,true,left,u1,深圳`,
          'c3,pipe.ogg,a1,2026-11-20T09:00:00+08:00,30,inbound,card,4,false,true,left,u1,深圳',
          'c4,../outside.ogg,a1,2026-11-20T09:00:00+08:00,,inbound,card,40,true,,,u8,深圳',
        ].join('\n'),
      );
      await ingest(db, opts);
      expect((await allCalls(db))).toEqual([]);
      const reasons = (await storedRejects(db, '2026-11-20')).filter((r) => r.sourceFile === opts.manifestPath).map((r) => [r.rowNumber, r.field, r.reason]);
      expect(reasons).toEqual([
        [2, 'file', expect.stringMatching(/^file path leaves the recordings folder \(\.\.\//)],
        [3, 'file', expect.stringMatching(/^file path leaves the recordings folder \(absolute path/)],
        [4, 'file', expect.stringMatching(/^recording is not a regular file but a FIFO/)],
        [5, 'file', expect.stringMatching(/^file path leaves the recordings folder/)],
      ]);
    });

    it('stores nothing from a manifest refused on its last line (a bad byte), and names file and line', async () => {
      appendFileSync(opts.manifestPath, Buffer.concat([Buffer.from('\nc99,c1.ogg,a1,2026-11-20T11:00:00+08:00,30,inbound,card,4,false,true,left,u99,'), Buffer.from([0xc9, 0xee])]));
      await expect(ingest(db, opts)).rejects.toThrow(new RegExp(`^${opts.manifestPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:15: not valid UTF-8`));
      expect((await allCalls(db))).toEqual([]);
      expect((await allAgents(db))).toEqual([]);
      expect(await storedRejects(db, '2026-11-20')).toEqual([]);
    });

    it('stores nothing, roster included, when the manifest header names a column twice', async () => {
      writeFileSync(opts.manifestPath, [HEADER + ',site', 'c1,c1.ogg,a1,2026-11-20T09:00:00+08:00,30,inbound,card,4,false,true,left,u1,深圳,x'].join('\n'));
      await expect(ingest(db, opts)).rejects.toThrow(/manifest\.csv: header names column "site" twice/);
      expect((await allAgents(db))).toEqual([]);
    });
  });
});
