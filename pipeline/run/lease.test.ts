/**
 * The per-date lease on a real SQLite file: one holder at a time, takeover of a dead holder
 * (expired, or a pid of this host that no longer exists) marking its run interrupted, the
 * heartbeat, and a heartbeat timer that never keeps a process alive.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { storeKinds, useTestStore } from '../../fixtures/support/store/stores.ts';
import { repoRoot } from '../config.ts';
import { openStore } from '../db/open-store.ts';
import type { Sql } from '../db/sql.ts';
import { claimRun, claimRunWaiting, effectiveRunStatus, endRun, holderIsGone, LeaseHeldError, liveLease, startHeartbeat } from './lease.ts';

const timing = { ttlMs: 30_000, heartbeatMs: 5_000 };
const runRows = async (db: Sql) => (await db.all<{ id: number; status: string }>('SELECT id, status FROM runs ORDER BY id')).map((r) => ({ id: Number(r.id), status: r.status }));
const firstRun = async (db: Sql) => (await db.get<{ status: string; summary: string | null; heartbeatAt: string | null }>('SELECT status, summary, heartbeat_at AS "heartbeatAt" FROM runs ORDER BY id LIMIT 1'))!;

/** The pid of a process that has just exited (so it exists no more). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(child.stdout.trim());
}

describe.each(storeKinds())('on %s', (kind) => {
  const store = useTestStore(kind);
  beforeEach(() => store().reset());
  const freshDb = (): Sql => store().sql;

  describe('claimRun', () => {
    it('gives the date to one run at a time, and refuses a second while the first is live', async () => {
      const db = freshDb();
      const first = await claimRun(db, '2026-11-20', { a: 1 }, timing);
      expect(first).toMatchObject({ runId: 1, interruptedRunIds: [] });
      const second = await claimRun(db, '2026-11-20', { a: 2 }, timing);
      expect(second).toMatchObject({ held: { runId: 1, holder: `${process.pid}@${hostname()}` } });
      // Another date is free, and a refused claim leaves no run row.
      expect(await claimRun(db, '2026-11-21', {}, timing)).toMatchObject({ runId: 2 });
      expect(await runRows(db)).toEqual([{ id: 1, status: 'running' }, { id: 2, status: 'running' }]);
    });

    it('takes over an expired lease and marks the run that held it interrupted', async () => {
      const db = freshDb();
      const t0 = new Date('2026-11-21T02:30:00.000Z');
      await claimRun(db, '2026-11-20', {}, timing, 'someone@elsewhere', t0);
      const during = new Date(t0.getTime() + 29_000);
      expect(await claimRun(db, '2026-11-20', {}, timing, holderOfThis(), during)).toHaveProperty('held');
      const after = new Date(t0.getTime() + 31_000);
      expect(await claimRun(db, '2026-11-20', {}, timing, holderOfThis(), after)).toEqual({ runId: 2, interruptedRunIds: [1] });
      const old = await firstRun(db);
      expect(old.status).toBe('interrupted');
      expect((JSON.parse(old.summary!) as { interrupted: { reason: string } }).interrupted.reason).toContain('run #2 took the date over');
      expect(await liveLease(db, '2026-11-20', after)).toMatchObject({ runId: 2 });
    });

    it('takes over at once from a holder on this host whose process is gone (kill -9)', async () => {
      const db = freshDb();
      const gone = `${deadPid()}@${hostname()}`;
      expect(holderIsGone(gone)).toBe(true);
      expect(holderIsGone(holderOfThis())).toBe(false);
      expect(holderIsGone(`${deadPid()}@another-host`)).toBe(false); // can't tell: wait for expiry
      await claimRun(db, '2026-11-20', {}, timing, gone);
      expect(await liveLease(db, '2026-11-20')).toBeNull();
      expect(await claimRun(db, '2026-11-20', {}, timing)).toEqual({ runId: 2, interruptedRunIds: [1] });
    });

    // Postgres: the advisory lock. (SQLite's BEGIN IMMEDIATE does it between processes; two
    // connections in one process would block its event loop, so that is not tested here.)
    it.runIf(kind === 'postgres')('gives the date to exactly one of two runs claiming it at once from separate connections', async () => {
      const other = await openStore(store().url);
      try {
        const claims = await Promise.all([
          claimRun(store().sql, '2026-11-20', {}, timing, 'one@here'),
          claimRun(other.sql, '2026-11-20', {}, timing, 'two@here'),
        ]);
        expect(claims.filter((c) => 'runId' in c)).toHaveLength(1);
        expect(claims.filter((c) => 'held' in c)).toHaveLength(1);
        expect(await runRows(store().sql)).toEqual([{ id: 1, status: 'running' }]);
      } finally {
        await other.close();
      }
    });

    it('releases the lease when the run ends, so the next run starts at once', async () => {
      const db = freshDb();
      const claim = (await claimRun(db, '2026-11-20', {}, timing)) as { runId: number };
      await endRun(db, { date: '2026-11-20', runId: claim.runId }, 'finished', { ok: true });
      expect(await liveLease(db, '2026-11-20')).toBeNull();
      expect(await claimRun(db, '2026-11-20', {}, timing)).toEqual({ runId: 2, interruptedRunIds: [] });
      expect((await runRows(db))[0]).toEqual({ id: 1, status: 'finished' });
    });
  });

  describe('claimRunWaiting', () => {
    it('refuses with a one-line message naming the holder and its start, or waits with `wait`', async () => {
      const db = freshDb();
      const first = (await claimRun(db, '2026-11-20', {}, { ttlMs: 30_000, heartbeatMs: 50 })) as { runId: number };
      const refused = await claimRunWaiting(db, '2026-11-20', {}, timing).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(LeaseHeldError);
      const message = (refused as Error).message;
      expect(message).not.toContain('\n');
      expect(message).toMatch(new RegExp(`already being run by run #1 \\(${process.pid}@${hostname()}, started \\d{4}-\\d\\d-\\d\\dT`));

      let waited = 0;
      const waiting = claimRunWaiting(db, '2026-11-20', {}, { ttlMs: 30_000, heartbeatMs: 50 }, { wait: true, onWaiting: () => waited++ });
      await new Promise((r) => setTimeout(r, 200));
      await endRun(db, { date: '2026-11-20', runId: first.runId }, 'finished', {});
      expect(await waiting).toEqual({ runId: 2, interruptedRunIds: [] });
      expect(waited).toBe(1);
    });
  });

  describe('heartbeat', () => {
    it('renews the lease and stamps the run, and reports a lease taken over', async () => {
      const db = freshDb();
      const short = { ttlMs: 1_000, heartbeatMs: 50 };
      const claim = (await claimRun(db, '2026-11-20', {}, short)) as { runId: number };
      let lost = 0;
      const hb = startHeartbeat(db, { date: '2026-11-20', runId: claim.runId }, short, () => lost++);
      const before = (await liveLease(db, '2026-11-20'))!.expiresAt;
      await new Promise((r) => setTimeout(r, 200));
      const renewed = (await liveLease(db, '2026-11-20'))!;
      expect(renewed.expiresAt > before).toBe(true);
      expect((await firstRun(db)).heartbeatAt).toBe(renewed.heartbeatAt);

      // Another run took the date over (this process stalled past the TTL): the heartbeat says so once.
      await db.run('UPDATE run_leases SET run_id = 99');
      await new Promise((r) => setTimeout(r, 200));
      expect(lost).toBe(1);
      hb.stop();
    });

    it('ends runs while their heartbeat renews at full speed, without a deadlock between the two', async () => {
      const db = freshDb();
      const busy = { ttlMs: 30_000, heartbeatMs: 1 };
      for (let i = 0; i < 30; i++) {
        const date = `2026-10-${String(i + 1).padStart(2, '0')}`;
        const claim = (await claimRun(db, date, {}, busy)) as { runId: number };
        const hb = startHeartbeat(db, { date, runId: claim.runId }, busy, () => {});
        await new Promise((r) => setTimeout(r, 5));
        await endRun(db, { date, runId: claim.runId }, 'finished', {});
        hb.stop();
      }
      expect(new Set((await runRows(db)).map((r) => r.status))).toEqual(new Set(['finished']));
    });

    it('never starts a renewal while the previous one is still running (a slow store)', async () => {
      const db = freshDb();
      const short = { ttlMs: 5_000, heartbeatMs: 20 };
      const claim = (await claimRun(db, '2026-11-20', {}, short)) as { runId: number };
      let inFlight = 0;
      let most = 0;
      let renewals = 0;
      // The real store, with each transaction taking 150 ms: 7 heartbeat periods.
      const slow: Sql = {
        ...db,
        dialect: db.dialect,
        tx: async (fn) => {
          most = Math.max(most, ++inFlight);
          try {
            await new Promise((r) => setTimeout(r, 150));
            return await db.tx(fn);
          } finally {
            inFlight--;
            renewals++;
          }
        },
      };
      const hb = startHeartbeat(slow, { date: '2026-11-20', runId: claim.runId }, short, () => {});
      await new Promise((r) => setTimeout(r, 700));
      hb.stop();
      expect(renewals).toBeGreaterThanOrEqual(2);
      expect(most).toBe(1);
    });
  });
});

describe('heartbeat timer', () => {
  it('never keeps the process alive', () => {
    // A process that starts a heartbeat and never stops it must still exit by itself.
    const script = `
      import { openDb } from './pipeline/db/client.ts';
      import { sqlOf } from './pipeline/db/sql.ts';
      import { claimRun, startHeartbeat } from './pipeline/run/lease.ts';
      const db = sqlOf(openDb(process.argv[1]));
      const t = { ttlMs: 30000, heartbeatMs: 100 };
      const c = await claimRun(db, '2026-11-20', {}, t);
      startHeartbeat(db, { date: '2026-11-20', runId: c.runId }, t, () => {});
      console.log('started');`;
    const file = join(mkdtempSync(join(tmpdir(), 'callqa-lease-')), 'qa.sqlite');
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, file], { cwd: repoRoot, encoding: 'utf8', timeout: 15_000 });
    expect(child.stderr).toBe('');
    expect(child.stdout.trim()).toBe('started');
    expect(child.signal).toBeNull(); // not killed by the timeout: it ended by itself
    expect(child.status).toBe(0);
  });
});

describe('effectiveRunStatus', () => {
  it('shows a running run without a live lease of its own as interrupted', () => {
    const now = new Date('2026-11-21T02:30:00.000Z');
    const live = { expiresAt: '2026-11-21T02:30:10.000Z', holder: 'x@elsewhere' };
    expect(effectiveRunStatus('running', live, now)).toBe('running');
    expect(effectiveRunStatus('running', { ...live, expiresAt: '2026-11-21T02:29:59.000Z' }, now)).toBe('interrupted');
    expect(effectiveRunStatus('running', null, now)).toBe('interrupted');
    expect(effectiveRunStatus('finished', null, now)).toBe('finished');
  });
});

const holderOfThis = () => `${process.pid}@${hostname()}`;
