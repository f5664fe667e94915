/**
 * `decodeRecording`: ffmpeg decodes any supported recording to 16 kHz float32 per channel,
 * streamed as `f32le` on stdout (no temp files). Samples are de-interleaved as they arrive
 * into per-channel buffers that grow by doubling, so a long call costs amortised linear
 * copies, not one concatenation per chunk. Rejects when ffmpeg fails outright; damage it
 * merely complains about is returned in `ffmpegMessages` for the health check to weigh.
 */
import { Writable } from 'node:stream';
import { FfmpegUnavailableError, ffmpegPath, isSpawnError } from './binaries.ts';
import { runWithDeadline } from './child.ts';
import { DEFAULT_DECODE_TIMEOUTS, DecodeTimeoutError } from './deadline.ts';
import type { DecodedAudio } from './types.ts';

/** Sample rate every later stage (VAD, Whisper) expects. */
export const DECODE_SAMPLE_RATE_HZ = 16_000;
const BYTES_PER_SAMPLE = 4;
const MAX_MESSAGES = 50;

export interface DecodeOptions {
  /** Channel count of the source (from the probe); decoding keeps every channel separate. */
  channels: number;
  /** Expected length in seconds (e.g. the probed duration), to size buffers once; a guess is fine. */
  expectedDurationS?: number | null;
  /** Stop after this many seconds of audio (guards memory on absurdly long files). */
  maxDurationS?: number;
  /** Kill ffmpeg after this many seconds (see deadline.ts `decodeBudgetS`). Default: config default `decodeBaseS`. */
  timeoutS?: number;
}

/** Per-channel float buffers that grow geometrically. */
class ChannelSink {
  private buffers: Float32Array[];
  length = 0;

  constructor(channels: number, initialCapacity: number) {
    this.buffers = Array.from({ length: channels }, () => new Float32Array(Math.max(1024, initialCapacity)));
  }

  ensure(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.buffers[0].length) return;
    const capacity = Math.max(needed, this.buffers[0].length * 2);
    this.buffers = this.buffers.map((old) => {
      const grown = new Float32Array(capacity);
      grown.set(old.subarray(0, this.length));
      return grown;
    });
  }

  channel(i: number): Float32Array {
    return this.buffers[i];
  }

  /** Final arrays; copies only when over-allocation would waste more than a quarter of the memory. */
  finish(): Float32Array[] {
    return this.buffers.map((b) => (b.length - this.length > b.length / 4 ? b.slice(0, this.length) : b.subarray(0, this.length)));
  }
}

/** A Writable that de-interleaves little-endian float32 frames into a ChannelSink. */
function deinterleaver(sink: ChannelSink, channels: number): Writable {
  const frameBytes = channels * BYTES_PER_SAMPLE;
  let carry = Buffer.alloc(0);
  return new Writable({
    write(chunk: Buffer, _enc, done) {
      const data = carry.length ? Buffer.concat([carry, chunk]) : chunk;
      const frames = Math.floor(data.length / frameBytes);
      sink.ensure(frames);
      const view = new DataView(data.buffer, data.byteOffset, frames * frameBytes);
      const start = sink.length;
      for (let c = 0; c < channels; c++) {
        const out = sink.channel(c);
        for (let f = 0, at = c * BYTES_PER_SAMPLE; f < frames; f++, at += frameBytes) {
          out[start + f] = view.getFloat32(at, true);
        }
      }
      sink.length += frames;
      // Keep the partial frame (if any) for the next chunk; copy it so the chunk can be freed.
      carry = Buffer.from(data.subarray(frames * frameBytes));
      done();
    },
  });
}

/**
 * Decode a recording to 16 kHz float32, one array per source channel.
 * Rejects with FfmpegUnavailableError when ffmpeg cannot run, with DecodeTimeoutError when it ran
 * past `timeoutS` (it is killed, with anything it started), else with an Error naming the file.
 */
export async function decodeRecording(path: string, options: DecodeOptions): Promise<DecodedAudio> {
  const channels = Math.max(1, Math.floor(options.channels));
  const expected = options.expectedDurationS && options.expectedDurationS > 0 ? options.expectedDurationS : 60;
  const sink = new ChannelSink(channels, Math.ceil(Math.min(expected, options.maxDurationS ?? Infinity) * DECODE_SAMPLE_RATE_HZ * 1.02));
  const output = deinterleaver(sink, channels);
  const flushed = new Promise<void>((resolve, reject) => {
    output.once('finish', resolve);
    output.once('error', reject);
  });
  const timeoutS = options.timeoutS ?? DEFAULT_DECODE_TIMEOUTS.decodeBaseS;

  // -nostdin: a batch runner's terminal must never feed ffmpeg; warnings are kept as damage evidence.
  const args = ['-nostdin', '-v', 'warning', '-i', path, '-map', '0:a:0', '-vn', '-sn', '-dn'];
  args.push('-acodec', 'pcm_f32le', '-ar', String(DECODE_SAMPLE_RATE_HZ), '-ac', String(channels));
  if (options.maxDurationS) args.push('-t', String(options.maxDurationS));
  args.push('-f', 'f32le', 'pipe:1');

  let result;
  try {
    result = await runWithDeadline(ffmpegPath(), args, { timeoutMs: timeoutS * 1000, stdout: output, maxStderrLines: MAX_MESSAGES });
  } catch (err) {
    output.destroy();
    if (isSpawnError(err)) throw new FfmpegUnavailableError(ffmpegPath(), err);
    throw err;
  }
  if (result.timedOut) {
    output.destroy();
    throw new DecodeTimeoutError('ffmpeg', timeoutS, path);
  }
  if (result.code !== 0) {
    output.destroy();
    const why = result.lastStderrLine ?? `ffmpeg exited with ${result.code ?? result.signal}`;
    throw new Error(`ffmpeg could not decode ${path}: ${why}`);
  }
  await flushed;
  return {
    sampleRateHz: DECODE_SAMPLE_RATE_HZ,
    channels: sink.finish(),
    durationS: sink.length / DECODE_SAMPLE_RATE_HZ,
    ffmpegMessages: result.stderrLines,
  };
}
