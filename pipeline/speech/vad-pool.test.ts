/**
 * The VAD stage on worker threads: the same analysis as in-process (real Silero, real synthesized
 * speech), audio handed over without costing the caller its samples, and a task stopped by its
 * AbortSignal mid-inference ends promptly without taking the process down (terminating the thread
 * inside onnxruntime did: a native abort), leaving a worker that serves the next task.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallAudio } from '../audio/types.ts';
import { ZH_HOLD_CALL } from '../../fixtures/support/speech/scenarios.ts';
import { createVadStage } from './stages.ts';
import { renderCall } from '../../fixtures/support/speech/synth-call.ts';
import { createVadPool, type VadPool } from './vad-pool.ts';

let pool: VadPool;
let audio: CallAudio;
beforeAll(async () => {
  pool = await createVadPool({ threads: 1 });
  const call = await renderCall(ZH_HOLD_CALL.utterances.slice(0, 3), { durationS: 16, agentChannel: 'left' });
  audio = { sampleRateHz: 16_000, agent: call.channels[0], customer: call.channels[1], mono: false, durationS: 16 };
});
afterAll(() => pool?.close());

describe('createVadPool', () => {
  it('gives what the in-process stage gives, under the same version, and hands the caller its samples back', async () => {
    const local = await createVadStage();
    try {
      const before = { agent: audio.agent.slice(), customer: audio.customer!.slice() };
      const inWorker = await pool.analyse(audio);
      // Moved to the worker and back, unchanged (a moved array left behind would be empty).
      expect(audio.agent).toEqual(before.agent);
      expect(audio.customer).toEqual(before.customer);
      expect(inWorker).toEqual(await local.analyse(audio));
      expect(pool.version).toBe(local.version);
      expect(inWorker.segments.map((s) => s.speaker)).toEqual(['agent', 'customer', 'agent']);
    } finally {
      await local.close();
    }
  });

  it('a task aborted mid-inference ends within a moment, and the worker serves the next task', async () => {
    // A long call keeps the worker busy; abort it while Silero is running.
    const long: CallAudio = { ...audio, agent: repeat(audio.agent, 8), customer: repeat(audio.customer!, 8), durationS: 128 };
    const movedAway = long.agent;
    const controller = new AbortController();
    const running = pool.analyse(long, controller.signal);
    setTimeout(() => controller.abort(new Error('budget spent')), 300);
    const startedMs = performance.now();
    await expect(running).rejects.toThrow(/stopped/);
    expect(movedAway.length).toBe(0); // the samples went to the worker, not a copy
    // Well inside the 2 s grace: the worker stopped itself, it was not terminated.
    expect(performance.now() - startedMs).toBeLessThan(1800);
    const after = await pool.analyse(audio);
    expect(after.segments.map((s) => s.speaker)).toEqual(['agent', 'customer', 'agent']);
  });

  it('one worker analyses several calls at once (batched): a short call ends before a long one started first, and stopping the long one spares it', async () => {
    const shared = await createVadPool({ threads: 1, tasksPerWorker: 2 });
    try {
      const expected = await pool.analyse(audio);
      const long: CallAudio = { ...audio, agent: repeat(audio.agent, 8), customer: repeat(audio.customer!, 8), durationS: 128 };
      const controller = new AbortController();
      const order: string[] = [];
      const longRun = shared.analyse(long, controller.signal).finally(() => order.push('long'));
      const shortCall = { ...audio, agent: audio.agent.slice(), customer: audio.customer!.slice() };
      const shortRun = shared.analyse(shortCall).finally(() => order.push('short'));
      // One call per worker at a time would finish the 128 s call first.
      expect(await shortRun).toEqual(expected);
      expect(order).toEqual(['short']);
      controller.abort(new Error('budget spent'));
      await expect(longRun).rejects.toThrow(/stopped/);
    } finally {
      await shared.close();
    }
  });
});

function repeat(x: Float32Array, times: number): Float32Array {
  const out = new Float32Array(x.length * times);
  for (let i = 0; i < times; i++) out.set(x, i * x.length);
  return out;
}
