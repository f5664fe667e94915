/**
 * Whisper sees only speech: a channel's VAD segments are packed into clips of at most one
 * Whisper window (30 s), with a short silence between segments so words of different turns don't
 * run together. Every clip keeps the map from clip time back to call time. Pure.
 *
 * Packing instead of one Whisper call per segment matters for speed: Whisper pads every input
 * to 30 s, so ten 3-second turns cost ten full windows unpacked and one window packed.
 */
import type { TimeSpan } from '../types.ts';

export interface ClipPiece {
  /** Where this piece of speech sits in the call, seconds. */
  callStartS: number;
  callEndS: number;
  /** Where it sits in the clip, seconds. */
  clipStartS: number;
  clipEndS: number;
}

export interface SpeechClip {
  pieces: ClipPiece[];
  durationS: number;
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
}

export const DEFAULT_CLIP_OPTIONS: ClipOptions = { maxClipS: 28, gapS: 0.4, pack: true };

/** Pack speech spans (sorted, call seconds) into clips; a span longer than a clip is cut into clip-sized parts. */
export function planClips(spans: TimeSpan[], options: Partial<ClipOptions> = {}): SpeechClip[] {
  const o = { ...DEFAULT_CLIP_OPTIONS, ...options };
  const parts: TimeSpan[] = [];
  for (const s of [...spans].sort((a, b) => a.startS - b.startS)) {
    for (let t = s.startS; t < s.endS - 1e-9; t += o.maxClipS) parts.push({ startS: t, endS: Math.min(s.endS, t + o.maxClipS) });
  }
  const clips: SpeechClip[] = [];
  let current: SpeechClip | null = null;
  for (const p of parts) {
    const len = p.endS - p.startS;
    const at: number = current ? current.durationS + o.gapS : 0;
    if (!current || !o.pack || at + len > o.maxClipS) {
      current = { pieces: [], durationS: 0 };
      clips.push(current);
    }
    const clipStartS: number = current.pieces.length ? current.durationS + o.gapS : 0;
    current.pieces.push({ callStartS: p.startS, callEndS: p.endS, clipStartS, clipEndS: clipStartS + len });
    current.durationS = clipStartS + len;
  }
  return clips;
}

/** The clip's audio: its pieces cut from the channel, joined by silence. */
export function extractClip(samples: Float32Array, clip: SpeechClip, sampleRateHz: number): Float32Array {
  const out = new Float32Array(Math.ceil(clip.durationS * sampleRateHz));
  for (const p of clip.pieces) {
    const from = Math.round(p.callStartS * sampleRateHz);
    const to = Math.min(samples.length, Math.round(p.callEndS * sampleRateHz));
    const at = Math.round(p.clipStartS * sampleRateHz);
    // Rounding can make a piece one sample longer than the room left for it.
    out.set(samples.subarray(from, to).subarray(0, Math.max(0, out.length - at)), at);
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
