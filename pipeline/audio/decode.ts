/**
 * `decodeRecording`: ffmpeg decodes any supported recording to 16 kHz float32 per channel,
 * streamed as `f32le` on stdout (no temp files). Samples are de-interleaved as they arrive
 * into per-channel buffers that grow by doubling, so a long call costs amortised linear
 * copies, not one concatenation per chunk. Rejects when ffmpeg fails outright; damage it
 * merely complains about is returned in `ffmpegMessages` for the health check to weigh.
 */
import { Writable } from 'node:stream';
import { FfmpegUnavailableError, ffmpegCommand, ffmpegPath, ffmpegVersion, isSpawnError } from './binaries.ts';
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
    // No 'close' event: fluent-ffmpeg treats a closing output stream as an error if ffmpeg has not exited yet.
    emitClose: false,
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
 * Rejects with FfmpegUnavailableError when ffmpeg cannot run, else with an Error naming the file.
 */
export async function decodeRecording(path: string, options: DecodeOptions): Promise<DecodedAudio> {
  // fluent-ffmpeg 2.1.3 crashes the process (uncaught TypeError in its endCB) when the binary
  // cannot be spawned, so check it first; the answer is cached per binary path.
  await ffmpegVersion();
  const channels = Math.max(1, Math.floor(options.channels));
  const expected = options.expectedDurationS && options.expectedDurationS > 0 ? options.expectedDurationS : 60;
  const sink = new ChannelSink(channels, Math.ceil(Math.min(expected, options.maxDurationS ?? Infinity) * DECODE_SAMPLE_RATE_HZ * 1.02));
  const messages: string[] = [];
  const output = deinterleaver(sink, channels);

  return await new Promise<DecodedAudio>((resolve, reject) => {
    let exited = false;
    let flushed = false;
    const settle = () => {
      if (!exited || !flushed) return;
      resolve({
        sampleRateHz: DECODE_SAMPLE_RATE_HZ,
        channels: sink.finish(),
        durationS: sink.length / DECODE_SAMPLE_RATE_HZ,
        ffmpegMessages: messages,
      });
    };
    output.on('finish', () => {
      flushed = true;
      settle();
    });

    const command = ffmpegCommand(path)
      // -nostdin: a batch runner's terminal must never feed ffmpeg; warnings are kept as damage evidence.
      .inputOptions(['-nostdin', '-v', 'warning'])
      .outputOptions(['-map', '0:a:0', '-vn', '-sn', '-dn'])
      .audioCodec('pcm_f32le')
      .audioFrequency(DECODE_SAMPLE_RATE_HZ)
      .audioChannels(channels)
      .format('f32le');
    if (options.maxDurationS) command.duration(options.maxDurationS);
    command
      .on('stderr', (line: string) => {
        const text = line.trim();
        if (text && messages.length < MAX_MESSAGES) messages.push(text);
      })
      .on('error', (err: Error) => {
        output.destroy();
        if (isSpawnError(err)) reject(new FfmpegUnavailableError(ffmpegPath(), err));
        else reject(new Error(`ffmpeg could not decode ${path}: ${err.message.split('\n').filter(Boolean).at(-1) ?? err.message}`));
      })
      .on('end', () => {
        exited = true;
        settle();
      })
      .pipe(output, { end: true });
  });
}
