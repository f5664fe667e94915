/**
 * The VAD work of the night as `callqa run` does it on one VAD worker: `callsPerWorker` stereo
 * calls in flight on one ONNX session, their channels batched into shared model calls
 * (models/vad-batcher.ts). Each of the worker's places ("lanes") takes its calls one after another,
 * and the calls differ in length, so calls join and leave the batch at different frames, as they
 * do in a night. Returns the channel audio run, to be divided by the CPU time it took.
 */
import { createVadBatcher } from '../../../models/vad-batcher.ts';
import type { Vad } from '../../../models/vad.ts';

/** Fractions of the full call each lane's successive calls take: lengths differ, so batch rows turn over mid-way. */
const LENGTHS = [1, 0.6, 0.3, 0.8] as const;

export async function nightBatchWork(vad: Vad, callsPerWorker: number, left: Float32Array, right: Float32Array): Promise<{ channelS: number }> {
  const batcher = createVadBatcher(vad);
  let samples = 0;
  const lane = async (index: number) => {
    for (let j = 0; j < LENGTHS.length; j++) {
      // Lanes start at different places in the cycle so they do not finish together.
      const length = Math.round(left.length * LENGTHS[(index + j) % LENGTHS.length]);
      samples += 2 * length;
      await batcher.probabilities([left.subarray(0, length), right.subarray(0, length)]);
    }
  };
  await Promise.all(Array.from({ length: callsPerWorker }, (_, i) => lane(i)));
  return { channelS: samples / vad.sampleRateHz };
}
