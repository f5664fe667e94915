import * as ort from 'onnxruntime-node';
import { defaultSileroPath } from '../../../models/vad.ts';
const session = await ort.InferenceSession.create(defaultSileroPath(), { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: 'all' });
console.log(session.inputNames, session.outputNames);
async function timeIt(sr: number, n: number, batch: number, runs: number) {
  const srT = new ort.Tensor('int64', BigInt64Array.from([BigInt(sr)]), []);
  let h: ort.Tensor = new ort.Tensor('float32', new Float32Array(2 * batch * 64), [2, batch, 64]);
  let c: ort.Tensor = new ort.Tensor('float32', new Float32Array(2 * batch * 64), [2, batch, 64]);
  const frame = new Float32Array(n * batch);
  for (let i = 0; i < frame.length; i++) frame[i] = Math.sin(i * 0.05) * 0.1 + (Math.random() - 0.5) * 0.05;
  const input = new ort.Tensor('float32', frame, [batch, n]);
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const out = await session.run({ input, sr: srT, h, c });
    h = out.hn; c = out.cn;
  }
  const u = process.cpuUsage(cpu0);
  const cpuS = (u.user + u.system) / 1e6;
  const audioS = (runs * n * batch) / sr;
  console.log(`sr=${sr} n=${n} batch=${batch}: ${(cpuS / runs * 1e6).toFixed(0)} µs/run, ${(audioS / cpuS).toFixed(0)} channel-s per cpu-s`);
}
for (const [sr, n] of [[16000, 512], [8000, 256], [8000, 512], [8000, 768]] as const) {
  for (const b of [1, 2, 4, 8]) await timeIt(sr, n, b, 1000);
}
