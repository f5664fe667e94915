/**
 * ingest.rows_per_s: a generated 200,000-row manifest (a large bank's daily volume) validated and
 * stored in a fresh SQLite file. Recording files are checked for existence, so they are created
 * (empty) in a temp folder first; that setup is not timed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../../pipeline/db/client.ts';
import { ingest } from '../../pipeline/ingest/ingest.ts';
import type { Benchmark } from './types.ts';

const ROWS = 200_000;
const AGENTS = 1_500;

const bench: Benchmark = async function* () {
  const dir = mkdtempSync(join(tmpdir(), 'callqa-bench-ingest-'));
  try {
    const rec = join(dir, 'rec');
    mkdirSync(rec);
    const roster = ['agent_id,name,surname,team,site,coach,language'];
    for (let a = 0; a < AGENTS; a++) roster.push(`a${a},坐席${a},王,team${a % 40},site${a % 3},coach${a % 40},zh`);
    writeFileSync(join(dir, 'roster.csv'), roster.join('\n'));
    const lines = ['call_id,file,agent_id,started_at,duration_s,direction,queue,wait_s,abandoned,resolved,agent_channel,customer_id,site'];
    for (let i = 0; i < ROWS; i++) {
      const file = `c${i}.ogg`;
      writeFileSync(join(rec, file), '');
      const s = i % 86_400;
      const ts = `2026-11-20T${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}+08:00`;
      lines.push(`c${i},${file},a${i % AGENTS},${ts},${60 + (i % 600)},inbound,card,${i % 40},${i % 31 === 0},${i % 17 !== 0},left,u${i},site${i % 3}`);
    }
    writeFileSync(join(dir, 'manifest.csv'), lines.join('\n'));
    const db = openDb(join(dir, 'qa.sqlite'));
    const t0 = performance.now();
    const summary = await ingest(db, { date: '2026-11-20', manifestPath: join(dir, 'manifest.csv'), rosterPath: join(dir, 'roster.csv'), recordingsDir: rec });
    const seconds = (performance.now() - t0) / 1000;
    db.$client.close();
    if (summary.newCalls !== ROWS) throw new Error(`expected ${ROWS} calls, stored ${summary.newCalls}`);
    yield { name: 'ingest.rows_per_s', value: Math.round(ROWS / seconds), unit: 'rows/s', rows: ROWS, seconds: Math.round(seconds * 100) / 100, store: 'sqlite file (WAL)' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

export default bench;
