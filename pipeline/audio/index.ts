/** The audio stage: probe, decode to 16 kHz float32 per channel, recording health, channel mapping. */
export { loadRecording, type LoadOptions } from './load.ts';
export { probeRecording } from './probe.ts';
export { decodeRecording, DECODE_SAMPLE_RATE_HZ, type DecodeOptions } from './decode.ts';
export { halveSampleRate } from './halve-rate.ts';
export { toCallAudio, channelsIdentical } from './channels.ts';
export { assessHealth, DEFAULT_HEALTH_THRESHOLDS, type HealthThresholds } from './health.ts';
export { channelLevels, toDbfs, fromDbfs } from './levels.ts';
export { recordingSuccessRate, isUsableHealth, USABLE_HEALTH_REASONS, RECORDING_SUCCESS_TARGET } from './success-rate.ts';
export { decodeBudgetS, DecodeTimeoutError, DEFAULT_DECODE_TIMEOUTS, type DecodeTimeouts } from './deadline.ts';
export { ffmpegVersion, ffmpegPath, ffprobePath, FfmpegUnavailableError } from './binaries.ts';
export type * from './types.ts';
