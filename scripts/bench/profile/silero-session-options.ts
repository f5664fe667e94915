/**
 * Silero's CPU cost per model call under ONNX Runtime session options, and with preallocated
 * output tensors (`run(feeds, fetches)`, so onnxruntime-node writes into tensors we own instead of
 * allocating three new ones per call). Every variant runs the same frames; rounds interleave the
 * variants so a change in machine load hits them alike; median of ROUNDS. Each variant's last
 * probability is printed (`sig`): equal across variants = the same outputs.
 *   B=8 RUNS=2000 ROUNDS=5 npx tsx scripts/bench/profile/silero-session-options.ts
 */
import * as ort from 'onnxruntime-node';
import { defaultSileroPath } from '../../../models/vad.ts';

const base: ort.InferenceSession.SessionOptions = { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: 'all' };
const variants: Record<string, ort.InferenceSession.SessionOptions> = {
  base,
  noArena: { ...base, enableCpuMemArena: false },
  noMemPattern: { ...base, enableMemPattern: false },
  log3: { ...base, logSeverityLevel: 3 },
  optBasic: { ...base, graphOptimizationLevel: 'basic' },
};
const batch = Number(process.env.B ?? 8);
const n = 512;
const runs = Number(process.env.RUNS ?? 2000);
const rounds = Number(process.env.ROUNDS ?? 3);

const sessions: Record<string, ort.InferenceSession> = {};
for (const [name, options] of Object.entries(variants)) sessions[name] = await ort.InferenceSession.create(defaultSileroPath(), options);
const frame = new Float32Array(n * batch);
for (let i = 0; i < frame.length; i++) frame[i] = Math.sin(i * 0.05) * 0.1 + Math.sin(i * 0.0123) * 0.05;
const sr = new ort.Tensor('int64', BigInt64Array.from([16000n]), []);
const input = new ort.Tensor('float32', frame, [batch, n]);

async function timed(session: ort.InferenceSession, preallocated: boolean): Promise<{ cpuS: number; sig: number }> {
  const dims = [2, batch, 64];
  const h = new Float32Array(2 * batch * 64);
  const c = new Float32Array(2 * batch * 64);
  const feeds = { input, sr, h: new ort.Tensor('float32', h, dims), c: new ort.Tensor('float32', c, dims) };
  const fetches = {
    output: new ort.Tensor('float32', new Float32Array(batch), [batch, 1]),
    hn: new ort.Tensor('float32', new Float32Array(h.length), dims),
    cn: new ort.Tensor('float32', new Float32Array(c.length), dims),
  };
  let sig = 0;
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const out = preallocated ? await session.run(feeds, fetches) : await session.run(feeds);
    h.set(out.hn.data as Float32Array);
    c.set(out.cn.data as Float32Array);
    sig = (out.output.data as Float32Array)[batch - 1];
  }
  const used = process.cpuUsage(cpu0);
  return { cpuS: (used.user + used.system) / 1e6, sig };
}

const cpu: Record<string, number[]> = {};
const sigs: Record<string, number> = {};
for (let round = 0; round < rounds; round++) {
  for (const name of Object.keys(sessions)) {
    for (const preallocated of name === 'base' ? [false, true] : [false]) {
      const label = name + (preallocated ? '+preallocated' : '');
      const r = await timed(sessions[name], preallocated);
      (cpu[label] ??= []).push(r.cpuS);
      sigs[label] = r.sig;
    }
  }
}
for (const [label, values] of Object.entries(cpu)) {
  const median = [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(
    label.padEnd(20),
    `${((median / runs) * 1e6).toFixed(0)} µs/run`,
    `${((runs * n * batch) / 16000 / median).toFixed(0)} channel-s per CPU-s`,
    `sig ${sigs[label]}`,
  );
}
