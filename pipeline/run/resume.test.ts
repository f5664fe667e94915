/**
 * A run killed with SIGKILL mid-way, then rerun, ends with every sampled call processed exactly
 * once. The run is the real CLI in a child process on a real SQLite file.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../config.ts';
import { makeTestNight } from './test-night.ts';

const cli = join(repoRoot, 'scripts/callqa.ts');

describe('resuming after kill -9', () => {
  it('finishes the remaining calls and duplicates nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'callqa-kill-'));
    const night = await makeTestNight(dir, 40);
    const config = join(dir, 'config.yaml');
    writeFileSync(config, 'sampling: { rate: 1, minPerAgent: 1, maxPerAgent: 100, minDurationS: 0 }\nconcurrency: 1\n');
    const dbFile = join(dir, 'qa.sqlite');
    const args = [
      '--import', 'tsx', cli, 'run', '--date', night.date, '--recordings', night.recordings, '--manifest', night.manifest,
      '--roster', night.roster, '--db', dbFile, '--config', config, '--json',
    ];

    const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: 'ignore' });
    const doneCount = () => {
      try {
        const db = new Database(dbFile, { readonly: true, fileMustExist: true });
        try {
          return (db.prepare("select count(*) as n from calls where status != 'pending'").get() as { n: number }).n;
        } finally {
          db.close();
        }
      } catch {
        return 0; // not created or not migrated yet
      }
    };
    const deadline = Date.now() + 60_000;
    while (doneCount() < 5 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));

    const afterKill = new Database(dbFile, { readonly: true });
    const finishedBefore = afterKill.prepare("select call_id, processed_run_id from calls where status != 'pending'").all() as { call_id: string; processed_run_id: number }[];
    const total = (afterKill.prepare('select count(*) as n from calls where sampled = 1').get() as { n: number }).n;
    const runStatus = afterKill.prepare('select status from runs').all();
    afterKill.close();
    expect(runStatus).toEqual([{ status: 'running' }]); // it really died mid-run
    expect(finishedBefore.length).toBeGreaterThanOrEqual(5);
    expect(finishedBefore.length).toBeLessThan(total);

    const rerun = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' });
    expect(rerun.status, rerun.stderr).toBe(0);
    const summary = JSON.parse(rerun.stdout);
    expect(summary.calls.pending).toBe(0);

    const db = new Database(dbFile, { readonly: true });
    const rows = db.prepare('select call_id, status, processed_run_id from calls where sampled = 1').all() as { call_id: string; status: string; processed_run_id: number }[];
    expect(rows).toHaveLength(total);
    expect(rows.filter((r) => r.status === 'pending')).toEqual([]);
    // Calls finished before the kill were not touched again (except the one waiting for ASR, re-checked by design).
    const byId = new Map(rows.map((r) => [r.call_id, r]));
    for (const before of finishedBefore) {
      if (before.call_id === 'no-sidecar') continue;
      expect(byId.get(before.call_id)!.processed_run_id).toBe(before.processed_run_id);
    }
    // Exactly once: one stage result per call and stage, at most one failure per call.
    const dupStages = db.prepare('select call_id, stage, count(*) n from stage_results group by call_id, stage having n > 1').all();
    const dupFailures = db.prepare('select call_id, count(*) n from failures group by call_id having n > 1').all();
    expect(dupStages).toEqual([]);
    expect(dupFailures).toEqual([]);
    const transcripts = (db.prepare("select count(*) n from stage_results where stage = 'transcript'").get() as { n: number }).n;
    expect(transcripts).toBe(night.good.length);
    db.close();
  });
});
