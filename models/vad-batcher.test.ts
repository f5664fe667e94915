/**
 * The VAD batcher runs the channels of several calls in shared model calls. What must hold: every
 * channel gets, bit for bit, the probabilities it gets from speechProbabilitiesBatch beside one
 * other channel (what the vad stage computed for a stereo call before batching), whoever shares its
 * model calls, whenever it joins, however many rows run; a one-channel request is run alone as
 * before; a stopped request ends without disturbing the others. Real Silero on real synthesized
 * speech (text2wav), different lengths so rows join and leave at different frames.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZH_HOLD_CALL } from '../fixtures/support/speech/scenarios.ts';
import { renderCall } from '../fixtures/support/speech/synth-call.ts';
import { createVadBatcher } from './vad-batcher.ts';
import { createVad, speechProbabilitiesBatch, type Vad } from './vad.ts';

let vad: Vad;
/** Three stereo "calls" of 8, 5.5 and 12 s, cut from one synthesized call (kept short: CI time). */
let calls: [Float32Array, Float32Array][];

beforeAll(async () => {
  vad = await createVad();
  const call = await renderCall(ZH_HOLD_CALL.utterances.slice(0, 3), { durationS: 16, agentChannel: 'left' });
  const [a, b] = call.channels;
  const join = (x: Float32Array, y: Float32Array) => {
    const out = new Float32Array(x.length + y.length);
    out.set(x);
    out.set(y, x.length);
    return out;
  };
  const s = (x: Float32Array, fromS: number, seconds: number) => x.subarray(Math.round(fromS * 16_000) + 7, Math.round((fromS + seconds) * 16_000) + 7);
  calls = [
    [s(a, 0, 8), s(b, 0, 8)],
    // Odd lengths: the last frame is partial, and the two sides end in different frames.
    [s(b, 1, 5.5), s(a, 2, 5)],
    [join(s(b, 8, 6), s(a, 0, 6)), join(s(a, 8, 6), s(b, 0, 6))],
  ];
});
afterAll(() => vad?.close());

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('createVadBatcher', () => {
  it('gives every channel exactly its two-channel probabilities, whoever shares the model calls and whenever it joins', async () => {
    const expected: Float32Array[][] = [];
    for (const pair of calls) expected.push(await speechProbabilitiesBatch(vad, pair));
    // Sanity: the audio has speech, so equal arrays are not equal for being all zeros.
    expect(Math.max(...expected[0][0])).toBeGreaterThan(0.9);

    for (const maxRows of [16, 3]) {
      const batcher = createVadBatcher(vad, { maxRows });
      let mostRows = 0;
      const watch = setInterval(() => (mostRows = Math.max(mostRows, batcher.rows)), 1);
      const first = batcher.probabilities(calls[0]);
      await delay(20); // the first call is some frames in when the others join
      const others = [batcher.probabilities(calls[1]), batcher.probabilities(calls[2])];
      const got = [await first, ...(await Promise.all(others))];
      clearInterval(watch);
      expect(mostRows, `maxRows ${maxRows}`).toBeGreaterThan(2); // calls did share model calls
      got.forEach((probs, i) => expect(probs, `call ${i}, maxRows ${maxRows}`).toEqual(expected[i]));
    }
  });

  it('runs a one-channel request alone, as the stage always ran a mono call', async () => {
    const batcher = createVadBatcher(vad);
    const mono = calls[1][0];
    const [alone, got] = await Promise.all([speechProbabilitiesBatch(vad, [mono]), batcher.probabilities([mono]), batcher.probabilities(calls[0])]);
    expect(got).toEqual(alone);
  });

  it('ends a stopped request at its next frame; the others finish with the same results', async () => {
    const batcher = createVadBatcher(vad);
    let stop = false;
    const stopped = batcher.probabilities(calls[2], () => stop);
    const kept = batcher.probabilities(calls[0]);
    setTimeout(() => (stop = true), 30);
    await expect(stopped).rejects.toThrow(/stopped/);
    expect(await kept).toEqual(await speechProbabilitiesBatch(vad, calls[0]));
    expect(batcher.rows).toBe(0);
  });
});
