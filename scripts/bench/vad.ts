/**
 * `vad.realtime_x`: seconds of channel audio run through Silero VAD per second on one core
 * (ONNX Runtime held to 1 intra-op and 1 inter-op thread; CPU time, wall time as a detail), the two
 * channels of a stereo call in one batch as the vad stage runs them. The audio is a synthesized
 * Mandarin hotline call (speech, a 15 s hold, dead air: VAD cost does not depend on content, but
 * real speech keeps the numbers honest). Median of 3 runs. Beside it, for comparison:
 * `vad.unbatched_realtime_x` (one channel at a time, as before batching), `vad.8khz_realtime_x`
 * (the optional 8 kHz model rate) and `vad.gated_realtime_x` (the optional silence gate).
 * Also `vad.stage_realtime_x`: the whole vad stage (both channels + segmentation + analysis),
 * in call seconds per CPU second, single-threaded.
 *
 * `vad.night_batch_realtime_x` is the path the night runs: one VAD worker taking the calls
 * `callqa run` gives each worker by default (the default concurrency over the pool's threads,
 * vadPoolShape), their channels batched across calls that join and leave at different frames
 * (vad/night-batch.ts). Beside it `vad.night_batch_<k>calls_realtime_x` for 1–3 calls per worker.
 */
import { loadavg } from 'node:os';
import { createVad, speechProbabilities, speechProbabilitiesBatch, type VadOptions } from '../../models/vad.ts';
import { DEFAULT_SILENCE_GATE } from '../../models/vad-silence-gate.ts';
import { halveSampleRate } from '../../pipeline/audio/index.ts';
import { loadConfig } from '../../pipeline/config.ts';
import { vadPoolShape } from '../../pipeline/speech/index.ts';
import { nightBatchWork } from './vad/night-batch.ts';
import { ZH_HOLD_CALL } from '../../fixtures/support/speech/scenarios.ts';
import { createVadStage } from '../../pipeline/speech/index.ts';
import { renderCall } from '../../fixtures/support/speech/synth-call.ts';
import type { Benchmark, BenchResult } from './types.ts';

const RUNS = 3;
const REPEAT = 4; // the 56 s call, tiled 4× → ~3.7 minutes per channel

function tile(x: Float32Array, times: number): Float32Array {
  const out = new Float32Array(x.length * times);
  for (let i = 0; i < times; i++) out.set(x, i * x.length);
  return out;
}

/**
 * Median over RUNS of wall seconds and of this process's CPU seconds. With ONNX Runtime held to one
 * thread, CPU seconds are the time on one core, and unlike wall time they don't grow when other
 * programs share the machine, so the headline per-core figure uses them.
 */
async function median(fn: () => Promise<unknown>): Promise<{ wallS: number; cpuS: number; last: unknown }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  let last: unknown;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const cpu0 = process.cpuUsage();
    last = await fn();
    const used = process.cpuUsage(cpu0);
    cpu.push((used.user + used.system) / 1e6);
    wall.push((performance.now() - start) / 1000);
  }
  const mid = (x: number[]) => x.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
  return { wallS: mid(wall), cpuS: mid(cpu), last };
}

const bench: Benchmark = async function* (): AsyncIterable<BenchResult> {
  const call = await renderCall(ZH_HOLD_CALL.utterances, { durationS: ZH_HOLD_CALL.durationS, agentChannel: 'left' });
  const [left, right] = call.channels.map((c) => tile(c, REPEAT));
  const audioS = (left.length / 16_000) * 2;

  const loadAvg1m = +loadavg()[0].toFixed(2);
  const figure = async (name: string, options: VadOptions, run: (vad: Awaited<ReturnType<typeof createVad>>) => Promise<unknown>): Promise<BenchResult> => {
    const vad = await createVad({ intraOpThreads: 1, interOpThreads: 1, ...options });
    await speechProbabilities(vad, call.channels[0].subarray(0, 16_000 * 10)); // warm-up: first runs pay for graph set-up and JIT
    const t = await median(() => run(vad));
    await vad.close();
    // A run may say how much channel audio it ran (the night batch); else it is the tiled call's two channels.
    const ranS = (t.last as { channelS?: number } | undefined)?.channelS ?? audioS;
    return {
      name,
      value: Math.round(ranS / t.cpuS),
      unit: 'x',
      what: 'channel audio seconds per CPU second (one core)',
      wallRealtimeX: Math.round(ranS / t.wallS),
      intraOpThreads: 1,
      interOpThreads: 1,
      modelRateHz: vad.sampleRateHz,
      frameSamples: vad.frameSamples,
      audioS: Math.round(ranS),
      loadAvg1m,
    };
  };
  yield await figure('vad.realtime_x', {}, (vad) => speechProbabilitiesBatch(vad, [left, right]));
  // What `callqa run` gives one VAD worker with the default concurrency.
  const { tasksPerWorker: nightCallsPerWorker } = vadPoolShape({ calls: loadConfig().concurrency });
  for (const k of [...new Set([1, 2, 3, nightCallsPerWorker])].sort((a, b) => a - b)) {
    const r = await figure(`vad.night_batch_${k}calls_realtime_x`, {}, (vad) => nightBatchWork(vad, k, left, right));
    yield { ...r, callsPerWorker: k };
    if (k === nightCallsPerWorker) yield { ...r, name: 'vad.night_batch_realtime_x', callsPerWorker: k, sizedBy: 'callqa run default concurrency / VAD threads' };
  }
  yield await figure('vad.unbatched_realtime_x', {}, async (vad) => {
    await speechProbabilities(vad, left);
    await speechProbabilities(vad, right);
  });
  // The 8 kHz figure includes halving the rate (the stage does it too).
  yield await figure('vad.8khz_realtime_x', { sampleRateHz: 8000 }, (vad) => speechProbabilitiesBatch(vad, [halveSampleRate(left), halveSampleRate(right)]));
  yield await figure('vad.gated_realtime_x', { silenceGate: DEFAULT_SILENCE_GATE }, (vad) => speechProbabilitiesBatch(vad, [left, right]));

  const stage = await createVadStage({ vad: { intraOpThreads: 1, interOpThreads: 1 } });
  const callS = left.length / 16_000;
  const s = await median(() => stage.analyse({ sampleRateHz: 16_000, agent: left, customer: right, mono: false, durationS: callS }));
  yield {
    name: 'vad.stage_realtime_x',
    value: Math.round(callS / s.cpuS),
    unit: 'x',
    what: 'stereo call seconds (both channels, segmentation, analysis) per CPU second',
    wallRealtimeX: Math.round(callS / s.wallS),
    intraOpThreads: 1,
    callS: Math.round(callS),
    loadAvg1m: +loadavg()[0].toFixed(2),
  };
  await stage.close();
};

export default bench;
