/**
 * The `vad` and `asr` stages in the shape the run orchestrator takes (pipeline/run/components.ts).
 * Each holds its model sessions for the whole run; `version` changes when the model or the
 * settings that shape the result change, so stored results are reused only when still valid.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { CallAudio } from '../audio/index.ts';
import type { Language, Speaker, SpeechAnalysis, SpeechSegment, Transcript } from '../types.ts';
import { createVad, speechProbabilitiesBatch, type VadOptions } from '../../models/vad.ts';
import { createVadBatcher } from '../../models/vad-batcher.ts';
import { detectSpeech, detectSpeechOfChannels, type ChannelProbabilities } from './detect-speech.ts';
import { analyseSpeech, DEFAULT_ANALYSIS, type AnalysisOptions } from './analyse.ts';
import { DEFAULT_CROSSTALK, leakageFrames, trimCrosstalk, type CrosstalkOptions } from './crosstalk.ts';
import { createAsrPool, type AsrPoolOptions } from './asr-pool.ts';
import type { RoleOptions } from './roles.ts';
import { DEFAULT_SEGMENTATION, type SegmentationOptions } from './segments.ts';
import { transcribeCall, type Recognizer } from './transcribe.ts';

/*
 * The two speech stages in the shape the run orchestrator takes (pipeline/run/components.ts).
 * `signal` is aborted by the run's watchdog when the stage ran past its budget.
 */
export interface VadStage {
  version: string;
  /**
   * May borrow `audio`'s sample arrays while it works (the VAD pool moves them to a worker thread
   * and puts them back when the analysis returns); after a failure they may be gone, as the call is.
   * Once `signal` is aborted the analysis rejects at its next model call.
   */
  analyse(audio: CallAudio, signal?: AbortSignal): Promise<SpeechAnalysis>;
}

export interface AsrStage {
  version: string;
  transcribe(callId: string, audio: CallAudio, speech: SpeechAnalysis | undefined, language: Language | 'auto', signal?: AbortSignal): Promise<Transcript>;
}

function shortHash(value: unknown): string {
  return createHash('sha256').update(typeof value === 'string' ? value : JSON.stringify(value)).digest('hex').slice(0, 10);
}

export interface VadStageOptions {
  vad?: VadOptions;
  segmentation?: Partial<SegmentationOptions>;
  analysis?: Partial<AnalysisOptions>;
  crosstalk?: Partial<CrosstalkOptions>;
  /**
   * Stereo calls analysed at the same time share model calls, this many channels at most per call
   * (models/vad-batcher.ts: same results, less CPU per channel). Default 16; 2 = each call alone.
   * Not with a silence gate (it needs per-frame skips), which runs each call alone.
   */
  maxBatchChannels?: number;
}

/**
 * Stereo: VAD on each party's channel. Mono: VAD on the shared channel, and since VAD cannot tell
 * voices apart, speech segments are given to agent and customer alternately (the agent answers
 * first: talk split is a guess), holds are long silences of both, overlaps are not reported.
 */
export async function createVadStage(options: VadStageOptions = {}): Promise<VadStage & { close(): Promise<void> }> {
  const vad = await createVad(options.vad);
  const segmentation = { ...DEFAULT_SEGMENTATION, ...options.segmentation };
  const analysis = { ...DEFAULT_ANALYSIS, ...options.analysis };
  const crosstalk = { ...DEFAULT_CROSSTALK, ...options.crosstalk };
  const modelHash = shortHash(await readFile(vad.modelPath));
  // Batching changes no result (see vad-batcher.ts), so it is not part of the version.
  const batcher = vad.silenceGate ? null : createVadBatcher(vad, { maxRows: options.maxBatchChannels });
  const probabilitiesFor = (signal?: AbortSignal): ChannelProbabilities => {
    const stopped = () => signal?.aborted ?? false;
    return batcher ? (inputs) => batcher.probabilities(inputs, stopped) : (inputs) => speechProbabilitiesBatch(vad, inputs, stopped);
  };
  return {
    // The model's rate and the silence gate join the hash only when not the default (16 kHz, no
    // gate), so results stored before these options existed stay valid.
    version: `silero-v4:${modelHash}:${shortHash({ frame: vad.frameSamples, ...(vad.sampleRateHz !== 16_000 && { vadRateHz: vad.sampleRateHz }), ...(vad.silenceGate && { silenceGate: vad.silenceGate }), segmentation, analysis, crosstalk })}`,
    async analyse(audio: CallAudio, signal?: AbortSignal) {
      const probabilities = probabilitiesFor(signal);
      if (audio.mono || !audio.customer) {
        const found = await detectSpeech(vad, audio.agent, 'agent', segmentation, audio.sampleRateHz, probabilities);
        const segments = found.map((s, i) => ({ ...s, speaker: (i % 2 === 0 ? 'agent' : 'customer') as Speaker }));
        return analyseSpeech(segments, audio.durationS, { ...analysis, sharedChannel: true });
      }
      const rate = audio.sampleRateHz;
      // Both sides in one batch: one model call per frame for the two (same segments as one at a time).
      // With other calls in flight, their channels share the same model calls (the batcher).
      const [agentSpeech, customerSpeech] = await detectSpeechOfChannels(vad, [{ samples: audio.agent, speaker: 'agent' }, { samples: audio.customer, speaker: 'customer' }], segmentation, rate, probabilities);
      const segments: SpeechSegment[] = [
        ...trimCrosstalk(agentSpeech, leakageFrames(audio.agent, audio.customer, crosstalk), rate, crosstalk),
        ...trimCrosstalk(customerSpeech, leakageFrames(audio.customer, audio.agent, crosstalk), rate, crosstalk),
      ];
      return analyseSpeech(segments, audio.durationS, analysis);
    },
    close: () => vad.close(),
  };
}

export interface AsrStageOptions extends AsrPoolOptions {
  /** Model id from models/models.json (config `asr.model`); default the models.json default. */
  modelId?: string;
  /** Brand name and aliases, to recognise the agent's greeting on mono calls. */
  brandNames?: string[];
  roles?: Partial<Omit<RoleOptions, 'brandNames'>>;
}

/**
 * Whisper on a worker pool, or `{ unavailable }` with the one message to show (the run then uses
 * imported transcripts and marks the other calls as waiting for transcription).
 */
export async function createAsrStage(options: AsrStageOptions = {}): Promise<(AsrStage & { close(): Promise<void> }) | { unavailable: string }> {
  const pool = await createAsrPool(options.modelId, options);
  if ('unavailable' in pool) return pool;
  return asrStageOn(pool, options);
}

/**
 * The `asr` stage on a started recognizer pool. The stage's AbortSignal (its watchdog) reaches
 * every clip, so a call that ran out of time drops its clips still queued in the pool.
 */
export function asrStageOn(
  pool: Recognizer & { close(): Promise<void> },
  options: Pick<AsrStageOptions, 'brandNames' | 'roles'> = {},
): AsrStage & { close(): Promise<void> } {
  const roles = { ...options.roles, brandNames: options.brandNames ?? [] };
  return {
    version: `${pool.model}@${pool.revision ?? 'unpinned'}:${pool.dtype}:${shortHash({ roles, words: pool.wordTimestamps })}`,
    transcribe: (callId, audio, speech, language, signal) => transcribeCall(pool, callId, audio, speech, language, { roles, signal }),
    close: () => pool.close(),
  };
}
