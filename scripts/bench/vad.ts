/**
 * `vad.realtime_x`: seconds of one channel's audio run through Silero VAD per second on one core
 * (ONNX Runtime held to 1 intra-op and 1 inter-op thread; CPU time, wall time as a detail). The audio is a
 * synthesized Mandarin hotline call (speech, a 15 s hold, dead air: VAD cost does not depend on
 * content, but real speech keeps the numbers honest). Median of 3 runs over both channels.
 * Also `vad.stage_realtime_x`: the whole vad stage (both channels + segmentation + analysis),
 * in call seconds per CPU second, single-threaded.
 */
import { createVad, speechProbabilities } from '../../models/vad.ts';
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
async function median(fn: () => Promise<unknown>): Promise<{ wallS: number; cpuS: number }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const cpu0 = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(cpu0);
    cpu.push((used.user + used.system) / 1e6);
    wall.push((performance.now() - start) / 1000);
  }
  const mid = (x: number[]) => x.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
  return { wallS: mid(wall), cpuS: mid(cpu) };
}

const bench: Benchmark = async function* (): AsyncIterable<BenchResult> {
  const call = await renderCall(ZH_HOLD_CALL.utterances, { durationS: ZH_HOLD_CALL.durationS, agentChannel: 'left' });
  const [left, right] = call.channels.map((c) => tile(c, REPEAT));
  const audioS = (left.length / 16_000) * 2;

  const vad = await createVad({ intraOpThreads: 1, interOpThreads: 1 });
  await speechProbabilities(vad, call.channels[0]); // warm-up: first runs pay for graph set-up and JIT
  const t = await median(async () => {
    await speechProbabilities(vad, left);
    await speechProbabilities(vad, right);
  });
  yield {
    name: 'vad.realtime_x',
    value: Math.round(audioS / t.cpuS),
    unit: 'x',
    what: 'channel audio seconds per CPU second (one core)',
    wallRealtimeX: Math.round(audioS / t.wallS),
    intraOpThreads: 1,
    interOpThreads: 1,
    frameSamples: vad.frameSamples,
    audioS: Math.round(audioS),
  };
  await vad.close();

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
  };
  await stage.close();
};

export default bench;
