/**
 * Whisper sees only speech: a channel's VAD segments are packed into clips of at most one
 * Whisper window (30 s), with a short silence between segments so words of different turns don't
 * run together. Every clip keeps the map from clip time back to call time. Pure.
 *
 * Packing instead of one Whisper call per segment matters for speed: Whisper pads every input
 * to 30 s, so ten 3-second turns cost ten full windows unpacked and one window packed.
 */
import type { TimeSpan } from '../types.ts';
import { samplesToSeconds, secondsToSamples } from './timebase.ts';

/**
 * One stretch of speech in a clip. The sample fields are the truth (integers at the clip's
 * sample rate, [start, end)); the seconds are the same positions for the transcript mapping.
 */
export interface ClipPiece {
  /** Where this piece of speech sits in the call, seconds. */
  callStartS: number;
  callEndS: number;
  /** Where it sits in the clip, seconds. */
  clipStartS: number;
  clipEndS: number;
  callStartSample: number;
  callEndSample: number;
  clipStartSample: number;
  clipEndSample: number;
}

export interface SpeechClip {
  pieces: ClipPiece[];
  durationS: number;
  durationSamples: number;
  sampleRateHz: number;
}

export interface ClipOptions {
  /** Longest clip; below Whisper's 30 s window so nothing is cut off. Default 28 s. */
  maxClipS: number;
  /** Silence inserted between two pieces of a clip. Default 0.4 s. */
  gapS: number;
  /**
   * Pack several speech segments into one clip (default true). Off, every segment is its own clip:
   * slower, but then no Whisper segment can span two turns, which mono role assignment needs
   * when the model gives no word timestamps to split on.
   */
  pack: boolean;
  /** Sample rate of the channel the clips will be cut from. Default 16 kHz (what the audio stage decodes to). */
  sampleRateHz: number;
}

export const DEFAULT_CLIP_OPTIONS: ClipOptions = { maxClipS: 28, gapS: 0.4, pack: true, sampleRateHz: 16_000 };

/**
 * Pack speech spans (sorted, call seconds) into clips; a span longer than a clip is cut into
 * clip-sized parts. Planned in integer samples, so a clip is never longer than maxClipS by a
 * rounding error, and a piece's length in the clip is exactly its length in the call.
 */
export function planClips(spans: TimeSpan[], options: Partial<ClipOptions> = {}): SpeechClip[] {
  const o = { ...DEFAULT_CLIP_OPTIONS, ...options };
  const rate = o.sampleRateHz;
  const maxClipSamples = secondsToSamples(o.maxClipS, rate);
  const gapSamples = secondsToSamples(o.gapS, rate);
  // A clip of no samples would make the cutting loop below never advance.
  if (!(maxClipSamples >= 1)) throw new Error(`clips maxClipS must be at least one sample long, got ${o.maxClipS} s`);
  if (!(gapSamples >= 0)) throw new Error(`clips gapS must not be negative, got ${o.gapS} s`);
  const parts: { start: number; end: number }[] = [];
  for (const s of [...spans].sort((a, b) => a.startS - b.startS)) {
    const start = secondsToSamples(s.startS, rate);
    const end = secondsToSamples(s.endS, rate);
    for (let t = start; t < end; t += maxClipSamples) parts.push({ start: t, end: Math.min(end, t + maxClipSamples) });
  }
  const clips: SpeechClip[] = [];
  let current: SpeechClip | null = null;
  for (const p of parts) {
    const length = p.end - p.start;
    if (!current || !o.pack || current.durationSamples + gapSamples + length > maxClipSamples) {
      current = { pieces: [], durationS: 0, durationSamples: 0, sampleRateHz: rate };
      clips.push(current);
    }
    const clipStart = current.pieces.length ? current.durationSamples + gapSamples : 0;
    const clipEnd = clipStart + length;
    current.pieces.push({
      callStartS: samplesToSeconds(p.start, rate),
      callEndS: samplesToSeconds(p.end, rate),
      clipStartS: samplesToSeconds(clipStart, rate),
      clipEndS: samplesToSeconds(clipEnd, rate),
      callStartSample: p.start,
      callEndSample: p.end,
      clipStartSample: clipStart,
      clipEndSample: clipEnd,
    });
    current.durationSamples = clipEnd;
    current.durationS = samplesToSeconds(clipEnd, rate);
  }
  return clips;
}

/** The clip's audio: its pieces cut from the channel (at the clip's sample rate), joined by silence. */
export function extractClip(samples: Float32Array, clip: SpeechClip, sampleRateHz: number): Float32Array {
  if (sampleRateHz !== clip.sampleRateHz) throw new Error(`clip planned at ${clip.sampleRateHz} Hz, channel is ${sampleRateHz} Hz`);
  const out = new Float32Array(clip.durationSamples);
  for (const p of clip.pieces) {
    // A piece past the end of the channel (VAD times rounded up) is left silent there.
    out.set(samples.subarray(p.callStartSample, Math.min(samples.length, p.callEndSample)), p.clipStartSample);
  }
  return out;
}

/**
 * Clip time → call time. Inside a piece the offset is exact. A time that falls in an inserted gap
 * (or past the end) snaps to the nearest real speech edge: a start to the next piece's start, an
 * end to the previous piece's end, so a mapped segment never claims the silence we inserted.
 */
export function clipToCallS(clip: SpeechClip, clipS: number, edge: 'start' | 'end'): number {
  const pieces = clip.pieces;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (clipS >= p.clipStartS && clipS <= p.clipEndS) return p.callStartS + (clipS - p.clipStartS);
    if (clipS < p.clipStartS) return edge === 'start' || i === 0 ? p.callStartS : pieces[i - 1].callEndS;
  }
  return pieces[pieces.length - 1].callEndS;
}

/** Index of the piece a clip time falls in (gaps count toward the following piece). */
export function pieceIndexAt(clip: SpeechClip, clipS: number): number {
  const i = clip.pieces.findIndex((p) => clipS < p.clipEndS);
  return i === -1 ? clip.pieces.length - 1 : i;
}
