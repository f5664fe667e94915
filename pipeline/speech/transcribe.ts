/**
 * `transcribeCall`: one call's audio + VAD speech → the Transcript contract.
 *
 * Each channel's speech (VAD segments) is packed into ≤ 28 s clips, every clip goes to the
 * recognizer (Whisper; a worker pool runs clips in parallel), and the clip timestamps are mapped
 * back to call time. Stereo: each channel is one party. Mono: one pass over the shared channel,
 * then roles are inferred (see roles.ts) and the transcript says `rolesInferred: true`.
 *
 * The recognizer is a collaborator (models/asr.ts in-process, pipeline/speech/asr-pool.ts across
 * worker threads), so the mapping is tested without Whisper weights.
 */
import type { CallAudio } from '../audio/index.ts';
import type { Language, Recognizer, Speaker, SpeechAnalysis, TimeSpan, Transcript, TranscriptSegment } from '../types.ts';
import { mapClipOutput, type UnattributedSegment } from './asr-output.ts';
import { extractClip, planClips, type ClipOptions, type SpeechClip } from './clips.ts';
import { assignRoles, type RoleOptions } from './roles.ts';
import { toMsSpan, toTimeSpan, union } from './spans.ts';

export type { Recognizer, RecognizeOptions } from '../types.ts';

export interface TranscribeOptions {
  clips?: Partial<ClipOptions>;
  roles?: Partial<RoleOptions>;
  /** Used for `auto` when the recognizer cannot detect the language. Default `zh`. */
  fallbackLanguage?: Language;
  /** The transcript stage's watchdog: once aborted, clips not yet transcribed are dropped. */
  signal?: AbortSignal;
}

interface Side {
  speaker: Speaker | null;
  samples: Float32Array;
  spans: TimeSpan[];
}

function sides(audio: CallAudio, speech: SpeechAnalysis | undefined): Side[] {
  const whole = [{ startS: 0, endS: audio.durationS }];
  const spansOf = (who?: Speaker) =>
    speech ? union(speech.segments.filter((s) => !who || s.speaker === who).map(toMsSpan)).map(toTimeSpan) : whole;
  if (audio.mono || !audio.customer) return [{ speaker: null, samples: audio.agent, spans: spansOf() }];
  return [
    { speaker: 'agent', samples: audio.agent, spans: spansOf('agent') },
    { speaker: 'customer', samples: audio.customer, spans: spansOf('customer') },
  ];
}

/** `c-17 agent 12.0–39.5 s`: the call, the side and where the clip's speech lies in the call. */
function clipName(callId: string, clip: SpeechClip, speaker: Speaker | null): string {
  const first = clip.pieces[0];
  const last = clip.pieces[clip.pieces.length - 1];
  return `${callId} ${speaker ?? 'mono'} ${first.callStartS.toFixed(1)}–${last.callEndS.toFixed(1)} s`;
}

export async function transcribeCall(
  asr: Recognizer,
  callId: string,
  audio: CallAudio,
  speech: SpeechAnalysis | undefined,
  language: Language | 'auto',
  options: TranscribeOptions = {},
): Promise<Transcript> {
  const { signal } = options;
  signal?.throwIfAborted();
  const parts = sides(audio, speech);
  const mono = parts.length === 1;
  const granularity = asr.wordTimestamps ? 'word' : 'segment';
  // Mono without word timestamps: one clip per speech segment, so no Whisper segment spans a turn change.
  const clipOptions = { ...(mono && !asr.wordTimestamps ? { pack: false } : {}), ...options.clips };
  const planned = parts.map((side) => ({
    side,
    clips: planClips(side.spans, { ...clipOptions, sampleRateHz: audio.sampleRateHz }).map((clip) => ({ clip, samples: extractClip(side.samples, clip, audio.sampleRateHz) })),
  }));

  let lang: Language;
  if (language !== 'auto') lang = language;
  else {
    const withSpeech = planned.find((p) => p.clips.length);
    const first = withSpeech?.clips[0];
    lang =
      first && asr.detectLanguage
        ? await asr.detectLanguage(first.samples, ['zh', 'en'], { signal, clip: `${clipName(callId, first.clip, withSpeech!.side.speaker)} (language)` })
        : (options.fallbackLanguage ?? 'zh');
  }

  // Start every clip at once: a worker-pool recognizer runs them in parallel, an in-process one queues them.
  const results = await Promise.all(
    planned.map(async ({ side, clips }) => {
      const outputs = await Promise.all(clips.map((c) => asr.recognize(c.samples, lang, { signal, clip: clipName(callId, c.clip, side.speaker) })));
      const segs: UnattributedSegment[] = outputs.flatMap((raw, i) => mapClipOutput(raw, clips[i].clip, granularity));
      return { side, segs };
    }),
  );

  let segments: TranscriptSegment[];
  if (mono) segments = assignRoles(results[0].segs, options.roles);
  else segments = results.flatMap(({ side, segs }) => segs.map((s) => ({ speaker: side.speaker as Speaker, ...s })));
  segments.sort((a, b) => a.start - b.start || a.end - b.end);

  return {
    callId,
    language: lang,
    segments,
    source: { kind: 'asr', model: asr.model, ...(asr.revision ? { revision: asr.revision } : {}), dtype: asr.dtype },
    ...(mono ? { rolesInferred: true } : {}),
  };
}
