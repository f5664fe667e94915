/**
 * VAD speech segments of one channel, or of a call's channels together: the Silero engine's frame
 * probabilities (models/vad.ts) turned into segments by the pipeline's segmentation (segments.ts).
 * Lives on the pipeline side so models/ stays an engine that knows nothing of the pipeline.
 */
import { speechProbabilitiesBatch, VAD_SAMPLE_RATE, type Vad } from '../../models/vad.ts';
import { halveSampleRate } from '../audio/index.ts';
import type { Speaker, SpeechSegment } from '../types.ts';
import { probabilitiesToSegments, type SegmentationOptions } from './segments.ts';

/** Frame probabilities of several channels at once (speechProbabilitiesBatch, or a VadBatcher shared by calls). */
export type ChannelProbabilities = (channels: readonly Float32Array[]) => Promise<Float32Array[]>;

/** One channel to run VAD on. */
export interface SpeechChannel {
  /** Mono float samples of one speaker's channel (or the shared channel of a mono call). */
  samples: Float32Array;
  speaker: Speaker;
}

/**
 * Speech segments of one channel, in seconds from the start of the call.
 * @param channel mono float samples of one speaker's channel at `sampleRateHz` (default 16 kHz)
 */
export async function detectSpeech(
  vad: Vad,
  channel: Float32Array,
  speaker: Speaker,
  options: Partial<SegmentationOptions> = {},
  sampleRateHz: number = VAD_SAMPLE_RATE,
  probabilities?: ChannelProbabilities,
): Promise<SpeechSegment[]> {
  return (await detectSpeechOfChannels(vad, [{ samples: channel, speaker }], options, sampleRateHz, probabilities))[0];
}

/**
 * Speech segments of each channel (same order), the channels run through the model together (one
 * model call per frame for all: see speechProbabilitiesBatch). Results equal detectSpeech on each.
 * Audio at twice the model's rate is halved first (the 8 kHz mode); frame times stay in the input's
 * samples, so segment times do not depend on the model's rate beyond its frames.
 * @param sampleRateHz rate of every channel's samples, Hz
 * @param probabilities how the model is run on the channels; default speechProbabilitiesBatch on `vad`
 */
export async function detectSpeechOfChannels(
  vad: Vad,
  channels: readonly SpeechChannel[],
  options: Partial<SegmentationOptions> = {},
  sampleRateHz: number = VAD_SAMPLE_RATE,
  probabilities: ChannelProbabilities = (inputs) => speechProbabilitiesBatch(vad, inputs),
): Promise<SpeechSegment[][]> {
  const factor = sampleRateHz / vad.sampleRateHz;
  if (factor !== 1 && factor !== 2) {
    throw new Error(`VAD at ${vad.sampleRateHz} Hz takes audio at ${vad.sampleRateHz} or ${2 * vad.sampleRateHz} Hz, got ${sampleRateHz} Hz`);
  }
  const modelInput = channels.map((c) => (factor === 2 ? halveSampleRate(c.samples) : c.samples));
  const probs = await probabilities(modelInput);
  return channels.map((c, i) => {
    // Frames and the channel length in input samples: probabilitiesToSegments counts in integers and
    // gives seconds already rounded to the ms.
    const track = { frameSamples: vad.frameSamples * factor, sampleRateHz, durationSamples: c.samples.length };
    return probabilitiesToSegments(probs[i], track, options).map((s) => ({ speaker: c.speaker, startS: s.startS, endS: s.endS }));
  });
}
