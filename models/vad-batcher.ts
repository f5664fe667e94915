/**
 * Silero frames of several calls in one model call. A model call costs mostly fixed overhead
 * (~150 ONNX nodes dispatched whatever the batch), so rows are cheap: measured on one thread,
 * 16 kHz, 512-sample frames, 140–151 channel-s per CPU-s at batch 2 (one stereo call), 202 at 4,
 * 225 at 8, 249 at 16 (scripts/bench/profile/silero-cost.ts, load average ~12).
 *
 * Each channel is one row of the model's batch with its own LSTM state and its own frame index, so
 * channels join and leave at any frame: a call arriving while others are half-way starts at its
 * frame 0 in the next model call. Rows do not mix inside the model, and with at least two rows
 * ONNX Runtime gives every row bit-identical outputs whatever the batch size or the row's place
 * in it (vad-batcher.test.ts); one row alone takes another kernel and differs by float rounding
 * (≤ 5e-7). So the batcher never runs fewer than two rows — a zero row pads a lone channel — and
 * every channel gets exactly what `speechProbabilitiesBatch` gives it beside a second channel: what
 * the vad stage has always computed for a stereo call. A one-channel request (a mono call, which
 * the stage has always run alone) is run alone, as before, for the same reason.
 */
import * as ort from 'onnxruntime-node';
import { speechProbabilitiesBatch, type Vad } from './vad.ts';

/** Silero v4 LSTM state: layers × units per row, in tensors shaped [layers, batch, units]. */
const LAYERS = 2;
const UNITS = 64;

export interface VadBatcherOptions {
  /** Most rows (channels) in one model call; more wait for a row to free. Default 16. */
  maxRows?: number;
}

export interface VadBatcher {
  /**
   * Speech probability per frame of each channel (same order and result as speechProbabilitiesBatch
   * on the channels with at least one other beside them), computed together with the channels of
   * every other request in flight. Rejects with "VAD task stopped" at the first frame after
   * `stopped()` returns true.
   */
  probabilities(channels: readonly Float32Array[], stopped?: () => boolean): Promise<Float32Array[]>;
  /** Channels in flight now. */
  readonly rows: number;
}

interface Request {
  stopped?: () => boolean;
  rowsLeft: number;
  probs: Float32Array[];
  resolve(probs: Float32Array[]): void;
  reject(err: Error): void;
}

interface Row {
  request: Request;
  samples: Float32Array;
  probs: Float32Array;
  /** Next frame to run. */
  next: number;
  /** This row's LSTM state, [layer][unit]. */
  h: Float32Array;
  c: Float32Array;
}

/** Reusable model inputs for one batch size. */
interface Buffers {
  rows: number;
  frame: Float32Array;
  input: ort.Tensor;
  h: Float32Array;
  c: Float32Array;
  hTensor: ort.Tensor;
  cTensor: ort.Tensor;
}

export function createVadBatcher(vad: Vad, options: VadBatcherOptions = {}): VadBatcher {
  const maxRows = Math.max(2, Math.floor(options.maxRows ?? 16));
  if (vad.silenceGate) throw new Error('the VAD batcher runs every frame; a VAD with a silence gate uses speechProbabilitiesBatch');
  const n = vad.frameSamples;
  const sr = new ort.Tensor('int64', BigInt64Array.from([BigInt(vad.sampleRateHz)]), []);
  const active: Row[] = [];
  const buffersBySize = new Map<number, Buffers>();
  let pumping = false;

  const buffersFor = (rows: number): Buffers => {
    let b = buffersBySize.get(rows);
    if (!b) {
      const frame = new Float32Array(rows * n);
      const h = new Float32Array(LAYERS * rows * UNITS);
      const c = new Float32Array(LAYERS * rows * UNITS);
      const dims = [LAYERS, rows, UNITS];
      b = { rows, frame, input: new ort.Tensor('float32', frame, [rows, n]), h, c, hTensor: new ort.Tensor('float32', h, dims), cTensor: new ort.Tensor('float32', c, dims) };
      buffersBySize.set(rows, b);
    }
    return b;
  };

  const finishRow = (row: Row) => {
    active.splice(active.indexOf(row), 1);
    if (--row.request.rowsLeft === 0) row.request.resolve(row.request.probs);
  };

  const dropStopped = () => {
    for (const row of [...active]) {
      const request = row.request;
      if (request.rowsLeft > 0 && request.stopped?.()) {
        request.rowsLeft = 0;
        for (const r of active.filter((x) => x.request === request)) active.splice(active.indexOf(r), 1);
        request.reject(new Error('VAD task stopped'));
      }
    }
  };

  /** Runs model calls while any row is active; one pump at a time (requests join the running one). */
  const pump = async () => {
    pumping = true;
    try {
      for (;;) {
        dropStopped();
        if (active.length === 0) return;
        const rows = active.slice(0, maxRows);
        // Never one row alone: ONNX Runtime's one-row kernel rounds differently (see the header).
        const b = buffersFor(Math.max(2, rows.length));
        b.frame.fill(0);
        b.h.fill(0);
        b.c.fill(0);
        for (let r = 0; r < rows.length; r++) {
          const row = rows[r];
          const chunk = row.samples.subarray(row.next * n, (row.next + 1) * n);
          b.frame.set(chunk, r * n); // a last partial frame stays zero-padded
          for (let layer = 0; layer < LAYERS; layer++) {
            const at = (layer * b.rows + r) * UNITS;
            b.h.set(row.h.subarray(layer * UNITS, (layer + 1) * UNITS), at);
            b.c.set(row.c.subarray(layer * UNITS, (layer + 1) * UNITS), at);
          }
        }
        // Awaiting the run lets the thread take new requests (onnxruntime-node runs on setImmediate).
        const out = await vad.session.run({ input: b.input, sr, h: b.hTensor, c: b.cTensor });
        const output = out.output.data as Float32Array;
        const hn = out.hn.data as Float32Array;
        const cn = out.cn.data as Float32Array;
        for (let r = 0; r < rows.length; r++) {
          const row = rows[r];
          if (row.request.rowsLeft === 0) continue; // stopped meanwhile
          row.probs[row.next] = output[r];
          for (let layer = 0; layer < LAYERS; layer++) {
            const at = (layer * b.rows + r) * UNITS;
            row.h.set(hn.subarray(at, at + UNITS), layer * UNITS);
            row.c.set(cn.subarray(at, at + UNITS), layer * UNITS);
          }
          if (++row.next === row.probs.length) finishRow(row);
        }
      }
    } finally {
      pumping = false;
    }
  };

  const fail = (err: unknown) => {
    // A model failure fails every request in flight (their rows cannot go on without this call).
    const requests = new Set(active.map((r) => r.request));
    active.length = 0;
    for (const request of requests) {
      request.rowsLeft = 0;
      request.reject(err instanceof Error ? err : new Error(String(err)));
    }
  };

  return {
    get rows() {
      return active.length;
    },
    probabilities(channels, stopped) {
      if (channels.length === 0) return Promise.resolve([]);
      if (channels.length === 1) {
        // Alone, as the stage has always run a one-channel call (see the header).
        if (stopped?.()) return Promise.reject(new Error('VAD task stopped'));
        return speechProbabilitiesBatch(vad, channels);
      }
      return new Promise<Float32Array[]>((resolve, reject) => {
        const probs = channels.map((ch) => new Float32Array(Math.ceil(ch.length / n)));
        const request: Request = { stopped, rowsLeft: 0, probs, resolve, reject };
        channels.forEach((samples, i) => {
          if (probs[i].length === 0) return;
          request.rowsLeft++;
          active.push({ request, samples, probs: probs[i], next: 0, h: new Float32Array(LAYERS * UNITS), c: new Float32Array(LAYERS * UNITS) });
        });
        if (request.rowsLeft === 0) return resolve(probs);
        if (!pumping) pump().catch(fail);
      });
    },
  };
}
