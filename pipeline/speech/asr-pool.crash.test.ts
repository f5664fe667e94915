/**
 * The ASR pool when workers die (issue 12: a crashed worker was never replaced, so once all had
 * crashed, queued clips waited forever). The pool, piscina, the worker threads and asr-worker.ts
 * are the real ones; only Whisper is replaced by a stand-in that reads the audio and can crash its
 * worker mid-clip (fixtures/asr/stand-in-recognizer.ts: process.exit(1), or an uncaught error in
 * a timer). Every test has a vitest timeout: a hang fails it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CLIPS_RECOGNIZED,
  clipOf,
  EXIT_LEVEL,
  MODELS_LOADED,
  newCounters,
  SPIN_LEVEL,
  STARTS_TO_FAIL,
  THROW_LEVEL,
  type StandInOptions,
} from '../../fixtures/asr/stand-in-recognizer.ts';
import { AsrLoadFailedError, AsrWorkerCrashedError, AsrWorkersCannotStartError, startAsrPool, type AsrPool } from './asr-pool.ts';

const TEXTS = { '1': 'hello', '2': 'how can I help', '3': 'one moment', '4': 'thanks for waiting' };

let dir: string;
let modelFile: string;
let pool: AsrPool | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'callqa-asr-crash-'));
  modelFile = join(dir, 'stand-in-model.json');
  await writeFile(modelFile, JSON.stringify(TEXTS));
});
afterEach(async () => {
  await pool?.close();
  pool = undefined;
  await rm(dir, { recursive: true, force: true });
});

async function start(workers: number, loader: Omit<StandInOptions, 'modelFile'>, stopGraceMs?: number): Promise<AsrPool> {
  const setup = {
    modelId: 'stand-in',
    dir,
    intraOpThreads: 1,
    interOpThreads: 1,
    loaderModule: new URL('../../fixtures/asr/stand-in-recognizer.ts', import.meta.url).href,
    loaderOptions: { ...loader, modelFile } satisfies StandInOptions,
  };
  const started = await startAsrPool(setup, { workers, intraOpThreads: 1 }, { stopGraceMs });
  if ('unavailable' in started) throw new Error(started.unavailable);
  pool = started;
  return started;
}

const text = (p: Promise<{ text: string }>) => p.then((o) => o.text.trim());

describe('ASR pool: workers that die', () => {
  it('a worker that exits mid-clip is replaced, and its clip is retried on the fresh worker and done', { timeout: 30_000 }, async () => {
    const counters = newCounters(1);
    const asr = await start(2, { counters, clipMs: 200 });
    const before = asr.workerThreadIds();
    const results = await Promise.all([
      text(asr.recognize(clipOf([EXIT_LEVEL, 0.01]), 'en', { clip: 'c-1 agent 0.0–3.5 s' })),
      text(asr.recognize(clipOf([0.02]), 'en')),
      text(asr.recognize(clipOf([0.03]), 'en')),
      text(asr.recognize(clipOf([0.04]), 'en')),
    ]);
    expect(results).toEqual(['hello', 'how can I help', 'one moment', 'thanks for waiting']);
    // Two workers loaded at the start, one more replaced the worker that died.
    expect(counters[MODELS_LOADED]).toBe(3);
    const after = asr.workerThreadIds();
    expect(after).toHaveLength(2);
    expect(after.filter((id) => !before.includes(id))).toHaveLength(1);
  });

  it('a clip that kills its worker twice fails with asr_worker_crashed, naming it; the other clips are done', { timeout: 30_000 }, async () => {
    const counters = newCounters(2);
    const asr = await start(2, { counters, clipMs: 200 });
    const outcomes = await Promise.allSettled([
      asr.recognize(clipOf([0.01]), 'en'),
      asr.recognize(clipOf([THROW_LEVEL, 0.02]), 'en', { clip: 'c-9 customer 3.0–9.0 s' }),
      asr.recognize(clipOf([0.03]), 'en'),
      asr.recognize(clipOf([0.04]), 'en'),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const err = (outcomes[1] as PromiseRejectedResult).reason;
    expect(err).toBeInstanceOf(AsrWorkerCrashedError);
    expect(err.reason).toBe('asr_worker_crashed');
    expect(err.message).toMatch(/^asr_worker_crashed: clip c-9 customer 3\.0–9\.0 s killed its ASR worker twice \(last: stand-in ASR crashed mid-clip\)/);
    // The pool is whole again and goes on.
    expect(asr.workerThreadIds()).toHaveLength(2);
    expect(await text(asr.recognize(clipOf([0.02]), 'en'))).toBe('how can I help');
  });

  it('when no fresh worker can load the model, every clip fails with the load error, promptly', { timeout: 30_000 }, async () => {
    const counters = newCounters(2);
    const asr = await start(2, { counters, clipMs: 200 });
    await rm(modelFile); // the model goes away mid-run: workers started from now on cannot load it
    const startedMs = performance.now();
    const outcomes = await Promise.allSettled([
      asr.recognize(clipOf([EXIT_LEVEL, 0.01]), 'en', { clip: 'c-1 agent' }),
      asr.recognize(clipOf([EXIT_LEVEL, 0.02]), 'en', { clip: 'c-2 agent' }),
      ...[0.01, 0.02, 0.03, 0.04].map((level, i) => asr.recognize(clipOf([level]), 'en', { clip: `c-${i + 3} agent` })),
    ]);
    const elapsedMs = performance.now() - startedMs;
    for (const [i, o] of outcomes.entries()) {
      expect(o.status).toBe('rejected');
      const err = (o as PromiseRejectedResult).reason;
      expect(err).toBeInstanceOf(AsrLoadFailedError);
      expect(err.message).toMatch(new RegExp(`^asr_load_failed: clip c-${i + 1} agent: .*ENOENT.*stand-in-model\\.json`));
    }
    expect(counters[CLIPS_RECOGNIZED]).toBe(0);
    // Two crashes and a few worker start-ups (tsx in each), nowhere near a hang.
    expect(elapsedMs).toBeLessThan(15_000);
  });
  it('when the last worker dies and no fresh one can start, every clip fails with that reason instead of waiting', { timeout: 30_000 }, async () => {
    // Piscina stops starting workers after one fails to start; without the pool noticing that none
    // is left, these clips would wait forever (the vitest timeout would fail this test).
    const counters = newCounters(1);
    const asr = await start(1, { counters, clipMs: 200 });
    counters[STARTS_TO_FAIL] = 1000;
    const startedMs = performance.now();
    const outcomes = await Promise.allSettled([
      asr.recognize(clipOf([EXIT_LEVEL, 0.01]), 'en', { clip: 'c-1 agent' }),
      ...[0.02, 0.03].map((level, i) => asr.recognize(clipOf([level]), 'en', { clip: `c-${i + 2} agent` })),
    ]);
    for (const [i, o] of outcomes.entries()) {
      expect(o.status).toBe('rejected');
      const err = (o as PromiseRejectedResult).reason;
      expect(err).toBeInstanceOf(AsrWorkersCannotStartError);
      expect(err.message).toMatch(new RegExp(`^asr_workers_cannot_start: clip c-${i + 1} agent: .*stand-in ASR worker failed to start`));
    }
    expect(performance.now() - startedMs).toBeLessThan(15_000);
    await expect(asr.recognize(clipOf([0.01]), 'en', { clip: 'c-4 agent' })).rejects.toThrow(/^asr_workers_cannot_start: clip c-4 agent/);
  });
});

describe('ASR pool: clips whose caller gave up', () => {
  it('rejects at once; queued clips are skipped, the running one ends, the worker is kept', { timeout: 30_000 }, async () => {
    const counters = newCounters(0);
    const asr = await start(1, { counters, clipMs: 300 });
    const workers = asr.workerThreadIds();
    const controller = new AbortController();
    const clips = [0.01, 0.02, 0.03, 0.04, 0.01].map((level) => asr.recognize(clipOf([level]), 'en', { signal: controller.signal }));
    setTimeout(() => controller.abort(new Error('transcript budget spent')), 100);
    const startedMs = performance.now();
    const outcomes = await Promise.allSettled(clips);
    expect(performance.now() - startedMs).toBeLessThan(1000); // not 5 × 300 ms one after another
    for (const o of outcomes) expect((o as PromiseRejectedResult).reason?.message).toBe('transcript budget spent');
    // The next clip waits only for the one that was running when the signal came.
    expect(await text(asr.recognize(clipOf([0.03]), 'en'))).toBe('one moment');
    expect(counters[CLIPS_RECOGNIZED]).toBe(2); // the running clip (its result dropped) and this one
    expect(asr.workerThreadIds()).toEqual(workers);
  });

  it('close() stops clips first and waits for the running one, instead of terminating its worker under it', { timeout: 30_000 }, async () => {
    const counters = newCounters(0);
    const asr = await start(1, { counters, clipMs: 400 });
    const clips = [0.01, 0.02, 0.03].map((level) => asr.recognize(clipOf([level]), 'en'));
    // Settle-watch the clips before closing: the queued ones reject while close() is awaited.
    const settled = Promise.allSettled(clips);
    await new Promise((r) => setTimeout(r, 100));
    await asr.close();
    const outcomes = await settled;
    // The running clip ended by itself (terminated, it would have rejected); the queued ones were skipped.
    expect(outcomes[0]).toEqual({ status: 'fulfilled', value: expect.objectContaining({ text: ' hello' }) });
    for (const o of outcomes.slice(1)) expect((o as PromiseRejectedResult).reason?.message).toMatch(/stopped/);
    expect(counters[CLIPS_RECOGNIZED]).toBe(1);
  });

  it('a stopped clip stuck outside the model has its worker terminated after the grace period and replaced', { timeout: 30_000 }, async () => {
    const counters = newCounters(0);
    const asr = await start(1, { counters, clipMs: 50, spinMs: 20_000 }, 300);
    const workers = asr.workerThreadIds();
    const controller = new AbortController();
    const stuck = asr.recognize(clipOf([SPIN_LEVEL]), 'en', { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('transcript budget spent')), 200);
    await expect(stuck).rejects.toThrow('transcript budget spent');
    const startedMs = performance.now();
    expect(await text(asr.recognize(clipOf([0.04]), 'en'))).toBe('thanks for waiting');
    expect(performance.now() - startedMs).toBeLessThan(10_000); // not the 20 s spin
    expect(asr.workerThreadIds()).not.toEqual(workers);
  });
});

describe('ASR pool: a clip stopped inside onnxruntime', () => {
  it('ends at its next model call: the caller is answered at once, the worker is kept, and the process lives', { timeout: 60_000 }, async () => {
    // Real inference (Silero run many times over the clip stands in for Whisper's decoder loop).
    const started = await startAsrPool(
      {
        modelId: 'onnx-bound', dir, intraOpThreads: 1, interOpThreads: 1,
        loaderModule: new URL('../../fixtures/asr/onnx-bound-recognizer.ts', import.meta.url).href,
        loaderOptions: { passes: 40 },
      },
      { workers: 1, intraOpThreads: 1 },
      { stopGraceMs: 5000 },
    );
    if ('unavailable' in started) throw new Error(started.unavailable);
    pool = started;
    const workers = pool.workerThreadIds();
    const noise = (seconds: number) => Float32Array.from({ length: seconds * 16_000 }, (_, i) => Math.sin(i / 7) * 0.1);

    const fullMs = await timed(() => pool!.recognize(noise(0.5), 'en'));
    const controller = new AbortController();
    const long = pool.recognize(noise(10), 'en', { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('transcript budget spent')), 300);
    await expect(long).rejects.toThrow('transcript budget spent');
    // The next clip waits only for the stopped one to reach its next model call (a 10 s clip × 40
    // passes would hold the worker ~20× longer than a 0.5 s one), well inside the 5 s grace.
    const afterMs = await timed(() => pool!.recognize(noise(0.5), 'en'));
    expect(afterMs).toBeLessThan(fullMs + 1500);
    expect(pool.workerThreadIds()).toEqual(workers); // stopped by itself, not terminated
  });
});

async function timed(work: () => Promise<unknown>): Promise<number> {
  const startedMs = performance.now();
  await work();
  return performance.now() - startedMs;
}
