/**
 * Test and benchmark support: build call recordings with speech at known times, from real
 * synthesized speech (text2wav, an espeak-ng build) and real ffmpeg. Not used by the pipeline.
 *
 * The truth for each utterance is its audible extent: the TTS output is trimmed to its first and
 * last non-silent sample, then placed at `startS`, so `[startS, startS + length]` is exact.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { ffmpegPath } from '../audio/binaries.ts';
import type { Speaker, SpeechSegment } from '../types.ts';

const require = createRequire(import.meta.url);
export const SAMPLE_RATE = 16_000;

/** Run ffmpeg with `args`, feeding `input` on stdin; resolves with stdout. */
export function runFfmpeg(args: string[], input?: Uint8Array): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpegPath(), ['-hide_banner', '-loglevel', 'error', ...args]);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(Buffer.concat(out)) : reject(new Error(`ffmpeg ${args.join(' ')} exited ${code}: ${Buffer.concat(err)}`)),
    );
    if (input) child.stdin.end(Buffer.from(input.buffer, input.byteOffset, input.byteLength));
    else child.stdin.end();
  });
}

function toFloat32(buf: Buffer): Float32Array {
  // Copy: a Buffer's offset into its pool need not be 4-byte aligned.
  const copy = new Uint8Array(buf.byteLength);
  copy.set(buf);
  return new Float32Array(copy.buffer);
}

/** Speak `text` with an espeak-ng voice (`cmn` Mandarin, `en` English…), 16 kHz mono, silence trimmed. */
export async function tts(text: string, voice: string, speed = 160): Promise<Float32Array> {
  const text2wav = require('text2wav') as (t: string, o: object) => Promise<Uint8Array>;
  const wav = await text2wav(text, { voice, speed });
  const pcm = toFloat32(await runFfmpeg(['-i', 'pipe:0', '-f', 'f32le', '-ac', '1', '-ar', String(SAMPLE_RATE), 'pipe:1'], wav));
  return trimSilence(pcm, 0.02);
}

/** Cut leading and trailing samples whose magnitude stays below `threshold`. */
export function trimSilence(pcm: Float32Array, threshold: number): Float32Array {
  let a = 0;
  let b = pcm.length;
  while (a < b && Math.abs(pcm[a]) < threshold) a++;
  while (b > a && Math.abs(pcm[b - 1]) < threshold) b--;
  return pcm.slice(a, b);
}

export interface Utterance {
  speaker: Speaker;
  /** Seconds from call start where the audible speech begins. */
  startS: number;
  text: string;
  voice: string;
}

export interface RenderedCall {
  /** [left, right] for stereo, [mono] for mono; 16 kHz float. */
  channels: Float32Array[];
  /** Exact audible extent of every utterance. */
  truth: SpeechSegment[];
  durationS: number;
}

/**
 * Place utterances on a silent (lightly noisy) call. Stereo puts the agent on `agentChannel`;
 * mono mixes both speakers into one channel.
 */
export async function renderCall(
  utterances: Utterance[],
  opts: { durationS: number; agentChannel: 'left' | 'right' | 'mono'; noiseAmplitude?: number; seed?: number },
): Promise<RenderedCall> {
  const n = Math.round(opts.durationS * SAMPLE_RATE);
  const mono = opts.agentChannel === 'mono';
  const channels = mono ? [new Float32Array(n)] : [new Float32Array(n), new Float32Array(n)];
  // Seeded line noise so "silence" is not digital zero, as on a real phone line.
  let seed = opts.seed ?? 1;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff) * 2 - 1;
  const noise = opts.noiseAmplitude ?? 0.002;
  for (const ch of channels) for (let i = 0; i < n; i++) ch[i] = rand() * noise;

  const truth: SpeechSegment[] = [];
  for (const u of utterances) {
    const pcm = await tts(u.text, u.voice);
    const at = Math.round(u.startS * SAMPLE_RATE);
    if (at + pcm.length > n) throw new Error(`utterance "${u.text}" at ${u.startS}s runs past the call end ${opts.durationS}s`);
    const agentIdx = opts.agentChannel === 'right' ? 1 : 0;
    const ch = mono ? channels[0] : channels[u.speaker === 'agent' ? agentIdx : 1 - agentIdx];
    for (let i = 0; i < pcm.length; i++) ch[at + i] += pcm[i] * 0.8;
    truth.push({ speaker: u.speaker, startS: at / SAMPLE_RATE, endS: (at + pcm.length) / SAMPLE_RATE });
  }
  truth.sort((x, y) => x.startS - y.startS);
  return { channels, truth, durationS: opts.durationS };
}

/**
 * Write channels to an audio file with ffmpeg. Default: 8 kHz µ-law WAV, what contact-center
 * recorders produce, so tests also exercise resampling back to 16 kHz.
 */
export async function writeRecording(file: string, channels: Float32Array[], codecArgs = ['-ar', '8000', '-c:a', 'pcm_mulaw']): Promise<void> {
  const n = channels[0].length;
  const inter = new Float32Array(n * channels.length);
  for (let i = 0; i < n; i++) for (let c = 0; c < channels.length; c++) inter[i * channels.length + c] = channels[c][i];
  await runFfmpeg(
    ['-y', '-f', 'f32le', '-ar', String(SAMPLE_RATE), '-ac', String(channels.length), '-i', 'pipe:0', ...codecArgs, file],
    new Uint8Array(inter.buffer),
  );
}
