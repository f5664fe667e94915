/**
 * Soak night in CI: `callqa run` (a real child process: real ffmpeg, VAD, SQLite file) on a night
 * of long calls in every recording format contact centres store, with a 3-minute hold, must
 * finish within a bound and leave every sampled call `done` or `failed` with a reason — never
 * `pending` or `running`. A hang fails here through the bound. (The crosstalk float hang fixed in
 * ff44fef needed a speech edge exactly on a frame boundary; the code before that fix happens to
 * finish this night — checked — so that bug is guarded by its own regression test, not by this.)
 *
 * To keep CI time reasonable the night is 20 calls of 2–4 minutes (≈ 1 h of audio), not the
 * 200 calls of 2–15 minutes that `scripts/fixtures/make-soak-night.ts` and `npm run bench -- soak` use.
 * The night is generated once into the OS temp folder, keyed by parameters and generator source
 * (scripts/fixtures/soak/cache.ts).
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedSoakNight } from '../../scripts/fixtures/soak/cache.ts';
import { SOAK_FORMAT_IDS } from '../../scripts/fixtures/soak/formats.ts';
import type { SoakNight } from '../../scripts/fixtures/soak/night.ts';
import { decodeRecording } from '../audio/decode.ts';
import { repoRoot } from '../config.ts';
import type { Transcript } from '../types.ts';

const PARAMS = { calls: 20, minS: 120, maxS: 240, seed: 'ci', date: '2026-11-21' };
/**
 * The run must end within this many seconds. Measured: the run uses ~75–90 CPU-seconds for the
 * night's hour of audio (~1–1.5 min on an idle 2-core machine); on the shared 2-core development
 * machine it took 160 s at load ≈ 9 and 371 s at load ≈ 19. A hang never ends, so the bound only
 * has to separate the two.
 */
const RUN_BOUND_S = 600;

let night: SoakNight;
let work: string;

beforeAll(async () => {
  night = await cachedSoakNight(PARAMS);
  work = mkdtempSync(join(tmpdir(), 'callqa-soak-run-'));
}, 600_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the CI soak night', () => {
  it('has long calls in every format, both languages, and a 3-minute hold', () => {
    expect(night.calls).toHaveLength(PARAMS.calls);
    expect(new Set(night.calls.map((c) => c.format))).toEqual(new Set(SOAK_FORMAT_IDS));
    expect(new Set(night.calls.map((c) => c.language))).toEqual(new Set(['zh', 'en']));
    expect(Math.max(...night.calls.map((c) => c.holdS ?? 0))).toBeGreaterThanOrEqual(180);
    for (const c of night.calls) {
      expect(c.durationS).toBeGreaterThanOrEqual(PARAMS.minS - 5);
      expect(c.durationS).toBeLessThanOrEqual(PARAMS.maxS + 10);
    }
  });

  it("sidecar times are where the speech is: each agent turn is loud on the agent's side, the hold's silence is not", async () => {
    // s-0001 is μ-law stereo with the longest hold (hold music on the agent side); s-0003 is Opus.
    for (const callId of ['s-0001', 's-0003']) {
      const call = night.calls.find((c) => c.callId === callId)!;
      const decoded = await decodeRecording(join(night.recordings, call.file), { channels: 2, expectedDurationS: call.durationS });
      const transcript = JSON.parse(readFileSync(join(night.recordings, `${callId}.transcript.json`), 'utf8')) as Transcript;
      const agentSide = decoded.channels[call.agentChannel === 'right' ? 1 : 0];
      const customerSide = decoded.channels[call.agentChannel === 'right' ? 0 : 1];
      const dbfs = (x: Float32Array, fromS: number, toS: number) => {
        const a = Math.round(fromS * decoded.sampleRateHz);
        const b = Math.round(toS * decoded.sampleRateHz);
        let sum = 0;
        for (let i = a; i < b; i++) sum += x[i] * x[i];
        return 10 * Math.log10(sum / Math.max(1, b - a) + 1e-12);
      };
      for (const s of transcript.segments) {
        const side = s.speaker === 'agent' ? agentSide : customerSide;
        expect(dbfs(side, s.start, s.end), `${callId} ${s.speaker} ${s.start}–${s.end}`).toBeGreaterThan(-35);
      }
      // Between the last turn and the end, and before the first, only line noise (≈ −60 dBFS).
      const first = transcript.segments[0];
      expect(dbfs(customerSide, 0, first.start - 0.05)).toBeLessThan(-50);
      expect(decoded.durationS).toBeCloseTo(call.durationS, 0);
    }
  });

  it(
    'callqa run finishes within the bound and leaves every sampled call done or failed with a reason',
    async () => {
      const db = join(work, 'soak.sqlite');
      const args = [
        'scripts/cli/callqa.ts', 'run', '--date', night.date, '--recordings', night.recordings, '--manifest', night.manifest,
        '--roster', night.roster, '--db', db, '--config', night.config, '--json',
      ];
      const started = performance.now();
      const result = await runChild(join(repoRoot, 'node_modules/.bin/tsx'), args, RUN_BOUND_S * 1000);
      const elapsedS = (performance.now() - started) / 1000;
      console.log(`soak CI night: ${night.calls.length} calls, ${(night.audioS / 60).toFixed(1)} min of audio, callqa run ${elapsedS.toFixed(1)} s`);
      expect(result.timedOut, `callqa run still running after ${RUN_BOUND_S} s; stderr tail: ${result.stderr.slice(-2000)}`).toBe(false);
      expect(result.code, result.stderr.slice(-2000)).toBe(0);

      const store = new Database(db, { readonly: true });
      try {
        const rows = store.prepare('SELECT call_id AS callId, status FROM calls WHERE date = ? AND sampled = 1').all(night.date) as { callId: string; status: string }[];
        expect(rows).toHaveLength(night.calls.length);
        const failedWithoutReason = store
          .prepare("SELECT c.call_id FROM calls c WHERE c.status = 'failed' AND NOT EXISTS (SELECT 1 FROM failures f WHERE f.call_id = c.call_id AND f.reason <> '')")
          .all();
        expect(failedWithoutReason).toEqual([]);
        expect(rows.filter((r) => r.status !== 'done' && r.status !== 'failed')).toEqual([]);
        // These recordings are all good: a failure here is a pipeline fault, so name it.
        const failures = store.prepare('SELECT call_id, stage, reason, detail FROM failures').all();
        expect(failures).toEqual([]);
        const run = store.prepare('SELECT status FROM runs ORDER BY id DESC LIMIT 1').get() as { status: string };
        expect(run.status).toBe('finished');
      } finally {
        store.close();
      }
    },
    (RUN_BOUND_S + 60) * 1000,
  );
});

/** Runs a command in its own process group; on timeout kills the whole group (tsx starts a child node). */
function runChild(command: string, args: string[], timeoutMs: number): Promise<{ code: number | null; timedOut: boolean; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let timedOut = false;
    child.stdout.resume();
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      process.kill(-child.pid!, 'SIGKILL');
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, timedOut, stderr });
    });
  });
}
