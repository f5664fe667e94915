/**
 * `probeRecording`: what a recording is (format, codec, rate, channels, duration, bit rate)
 * from ffprobe, or why it is unusable — as a typed health reason, never a throw — so one bad
 * file costs one call, not the batch. Only a missing ffprobe binary throws (FfmpegUnavailableError).
 */
import { open, stat } from 'node:fs/promises';
import type { FfprobeData, FfprobeStream } from 'fluent-ffmpeg';
import { FfmpegUnavailableError, ffprobePath, isSpawnError } from './binaries.ts';
import { runWithDeadline } from './child.ts';
import { containerTruncation } from './container.ts';
import { DEFAULT_DECODE_TIMEOUTS, formatS } from './deadline.ts';
import { sniffBytes, type SniffedKind } from './sniff.ts';
import type { AudioProbe, ProbeOutcome } from './types.ts';

const SNIFF_BYTES = 64 * 1024;

/** A finite positive number from an ffprobe field (which may be a number, 'N/A' or absent). */
function positive(value: unknown): number | null {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** ffprobe could not read the file: its last complaint, e.g. `x.wav: Invalid data found when processing input`. */
class FfprobeFailed extends Error {}

/** ffprobe ran past its deadline and was killed. */
class FfprobeTimedOut extends Error {}

async function runFfprobe(path: string, timeoutS: number): Promise<FfprobeData> {
  // -v error keeps ffprobe's complaint short enough to put in a health detail.
  const args = ['-v', 'error', '-print_format', 'json', '-show_streams', '-show_format', path];
  const result = await runWithDeadline(ffprobePath(), args, { timeoutMs: timeoutS * 1000 });
  if (result.timedOut) throw new FfprobeTimedOut(`ffprobe did not finish within its budget of ${formatS(timeoutS)} s and was killed`);
  if (result.code !== 0) throw new FfprobeFailed(result.lastStderrLine ?? `ffprobe exited with ${result.code ?? result.signal}`);
  try {
    const data = JSON.parse(result.stdout.toString('utf8')) as Partial<FfprobeData>;
    return { streams: data.streams ?? [], format: data.format ?? {}, chapters: data.chapters ?? [] };
  } catch {
    throw new FfprobeFailed(result.lastStderrLine ?? 'ffprobe printed no readable description');
  }
}

export async function readHead(path: string, bytes = SNIFF_BYTES): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** Name the failure of a file ffprobe could not parse, using its bytes. */
async function classifyUnparseable(path: string, sizeBytes: number, sniffed: SniffedKind, complaint: string): Promise<ProbeOutcome> {
  if (sniffed.kind === 'not_audio') {
    return { ok: false, reason: 'not_audio', detail: `${sniffed.what}, not audio (ffprobe: ${complaint})` };
  }
  if (sniffed.kind === 'audio') {
    const truncation = await containerTruncation(path, sizeBytes, sniffed);
    if (truncation) return { ok: false, reason: 'truncated', detail: `${truncation} (ffprobe: ${complaint})` };
    return { ok: false, reason: 'corrupt', detail: `${sniffed.container.toUpperCase()} file cannot be parsed (ffprobe: ${complaint})` };
  }
  return { ok: false, reason: 'corrupt', detail: `unrecognised bytes, cannot be parsed as audio (ffprobe: ${complaint})` };
}

function toProbe(data: FfprobeData, stream: FfprobeStream, sizeBytes: number): AudioProbe {
  return {
    formatName: String(data.format.format_name ?? 'unknown'),
    codec: String(stream.codec_name ?? 'unknown'),
    sampleRateHz: positive(stream.sample_rate) ?? 0,
    channels: positive(stream.channels) ?? 0,
    durationS: positive(stream.duration) ?? positive(data.format.duration),
    bitRateBps: positive(stream.bit_rate) ?? positive(data.format.bit_rate),
    sizeBytes,
  };
}

/**
 * Probe one recording. Reasons it can return: `missing`, `zero_length`, `not_audio` (text,
 * image, a file with no audio stream…), `truncated` (the container is cut before its index),
 * `corrupt` (cannot be parsed), `decode_timeout` (ffprobe ran past `timeoutS`, default the
 * config default `decodeBaseS`, and was killed). Success means ffprobe found an audio stream; decoding may
 * still find it truncated, silent, short or clipped.
 */
export async function probeRecording(path: string, options: { timeoutS?: number } = {}): Promise<ProbeOutcome> {
  let sizeBytes: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, reason: 'missing', detail: `${path} is not a regular file` };
    sizeBytes = info.size;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'missing', detail: `no file at ${path}` };
    return { ok: false, reason: 'missing', detail: `cannot read ${path}: ${(err as Error).message}` };
  }
  if (sizeBytes === 0) return { ok: false, reason: 'zero_length', detail: `${path} is empty (0 bytes)` };

  let data: FfprobeData;
  try {
    data = await runFfprobe(path, options.timeoutS ?? DEFAULT_DECODE_TIMEOUTS.decodeBaseS);
  } catch (err) {
    if (isSpawnError(err)) throw new FfmpegUnavailableError(ffprobePath(), err);
    if (err instanceof FfprobeTimedOut) return { ok: false, reason: 'decode_timeout', detail: err.message };
    const sniffed = sniffBytes(await readHead(path));
    return classifyUnparseable(path, sizeBytes, sniffed, (err as Error).message);
  }

  const stream = data.streams.find((s) => s.codec_type === 'audio');
  if (!stream) {
    const found = data.streams.map((s) => `${s.codec_type} ${s.codec_name}`).join(', ') || 'no streams';
    return { ok: false, reason: 'not_audio', detail: `no audio stream in ${data.format.format_name ?? 'file'} (found: ${found})` };
  }
  const probe = toProbe(data, stream, sizeBytes);
  if (!probe.sampleRateHz || !probe.channels) {
    return { ok: false, reason: 'corrupt', detail: `audio stream ${probe.codec} has no sample rate or channel count` };
  }
  return { ok: true, probe };
}
