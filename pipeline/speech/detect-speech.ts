/**
 * VAD speech segments of one channel: the Silero engine's frame probabilities (models/vad.ts)
 * turned into segments by the pipeline's segmentation (segments.ts). Lives on the pipeline side so
 * models/ stays an engine that knows nothing of the pipeline.
 */
import { speechProbabilities, VAD_SAMPLE_RATE, type Vad } from '../../models/vad.ts';
import type { Speaker, SpeechSegment } from '../types.ts';
import { probabilitiesToSegments, type SegmentationOptions } from './segments.ts';

/**
 * Speech segments of one channel, in seconds from the start of the call.
 * @param channel 16 kHz mono float samples of one speaker's channel
 */
export async function detectSpeech(
  vad: Vad,
  channel: Float32Array,
  speaker: Speaker,
  options: Partial<SegmentationOptions> = {},
): Promise<SpeechSegment[]> {
  const probs = await speechProbabilities(vad, channel);
  // Frames and the channel length in samples: probabilitiesToSegments counts in integers and
  // gives seconds already rounded to the ms.
  const spans = probabilitiesToSegments(probs, { frameSamples: vad.frameSamples, sampleRateHz: VAD_SAMPLE_RATE, durationSamples: channel.length }, options);
  return spans.map((s) => ({ speaker, startS: s.startS, endS: s.endS }));
}
