/**
 * Recording health after a successful probe and decode: truncated, too short, silent, clipped
 * or ok. Pure: it reads the probe, the decoded length, per-channel levels and container
 * evidence, so every threshold can be tested without files. (missing, zero_length, not_audio
 * and corrupt are decided earlier, by `probeRecording`.)
 */
import { fromDbfs, toDbfs } from './levels.ts';
import type { AudioProbe, ChannelLevels, DecodedAudio, RecordingHealth } from './types.ts';

/** Thresholds of the health checks. Every field is optional in options; defaults below. */
export interface HealthThresholds {
  /** Recordings shorter than this (decoded seconds) are `too_short`. */
  minDurationS: number;
  /** A channel is silent when its peak is below this (dBFS)… */
  silentPeakDbfs: number;
  /** …or its RMS over the whole recording is below this (dBFS). A recording is `silent` when every channel is. */
  silentRmsDbfs: number;
  /** Sample magnitude (linear, 1 = full scale) counted as clipped. Below 1 because μ-law/A-law full scale decodes to ≈0.98 and resampling smooths flat tops. */
  clipLevel: number;
  /** A channel is clipped when more than this fraction (0..1) of its samples reach `clipLevel`. */
  maxClippedFraction: number;
  /** Decoded audio shorter than the container's declared duration by more than this fraction… */
  truncatedShortfallFraction: number;
  /** …and by more than this many seconds means `truncated` (codec padding makes small gaps normal). */
  truncatedShortfallS: number;
}

export const DEFAULT_HEALTH_THRESHOLDS: Readonly<HealthThresholds> = Object.freeze({
  minDurationS: 2,
  silentPeakDbfs: -50,
  silentRmsDbfs: -60,
  clipLevel: 0.97,
  maxClippedFraction: 0.001,
  truncatedShortfallFraction: 0.05,
  truncatedShortfallS: 0.5,
});

/**
 * ffmpeg complaints about damaged or missing data. They are quoted as evidence but never fail a
 * recording on their own: one bad packet mid-call still leaves a usable call, and a truncated
 * file is proven by its container or its length.
 */
const DAMAGE_MESSAGES = /partial file|truncat|end of file|premature|corrupt|invalid pcm packet|invalid data|error while decoding|packet too small|filesize and duration do not match/i;
/** ffmpeg says the container's duration is a bitrate estimate, so it cannot prove truncation. */
const DURATION_ESTIMATED = /estimating duration from bitrate/i;

export interface HealthInputs {
  probe: AudioProbe;
  decoded: Pick<DecodedAudio, 'durationS' | 'ffmpegMessages'>;
  levels: ChannelLevels[];
  /** Container evidence that the file ends early (see container.ts), or null. */
  containerTruncation: string | null;
}

const db = (linear: number) => (linear > 0 ? `${toDbfs(linear).toFixed(1)} dBFS` : '-inf dBFS');
const pct = (fraction: number) => `${(100 * fraction).toFixed(2)}%`;

function truncation({ probe, decoded, containerTruncation }: HealthInputs, t: HealthThresholds): string | null {
  const damage = decoded.ffmpegMessages.filter((m) => DAMAGE_MESSAGES.test(m));
  const ffmpegSays = damage.length ? `; ffmpeg: ${damage[0]}` : '';
  if (containerTruncation) return `${containerTruncation}; decoded ${decoded.durationS.toFixed(2)} s${ffmpegSays}`;
  const declared = probe.durationS;
  const estimated = decoded.ffmpegMessages.some((m) => DURATION_ESTIMATED.test(m));
  if (declared && !estimated) {
    const shortfall = declared - decoded.durationS;
    if (shortfall > t.truncatedShortfallS && shortfall > declared * t.truncatedShortfallFraction) {
      return `decoded ${decoded.durationS.toFixed(2)} s of the ${declared.toFixed(2)} s the ${probe.formatName} header declares${ffmpegSays}`;
    }
  }
  return null;
}

export function assessHealth(inputs: HealthInputs, thresholds: Partial<HealthThresholds> = {}): RecordingHealth {
  const t = { ...DEFAULT_HEALTH_THRESHOLDS, ...thresholds };
  const { decoded, levels } = inputs;

  const cut = truncation(inputs, t);
  if (decoded.durationS === 0) {
    return cut
      ? { reason: 'truncated', detail: `no audio before the file ends: ${cut}` }
      : { reason: 'corrupt', detail: `no audio could be decoded${decoded.ffmpegMessages.length ? ` (ffmpeg: ${decoded.ffmpegMessages.at(-1)})` : ''}` };
  }
  if (cut) return { reason: 'truncated', detail: cut };

  if (decoded.durationS < t.minDurationS) {
    return { reason: 'too_short', detail: `${decoded.durationS.toFixed(2)} s of audio, minimum is ${t.minDurationS} s` };
  }

  const silentPeak = fromDbfs(t.silentPeakDbfs);
  const silentRms = fromDbfs(t.silentRmsDbfs);
  if (levels.every((l) => l.peak < silentPeak || l.rms < silentRms)) {
    const each = levels.map((l, i) => `channel ${i}: peak ${db(l.peak)}, RMS ${db(l.rms)}`).join('; ');
    return { reason: 'silent', detail: `no signal (${each}; thresholds peak ${t.silentPeakDbfs} dBFS, RMS ${t.silentRmsDbfs} dBFS)` };
  }

  const clipped = levels.map((l, i) => ({ i, f: l.clippedFraction })).filter(({ f }) => f > t.maxClippedFraction);
  if (clipped.length) {
    const each = clipped.map(({ i, f }) => `channel ${i}: ${pct(f)} of samples`).join('; ');
    return { reason: 'clipped', detail: `at full scale (|x| ≥ ${t.clipLevel}): ${each}; limit ${pct(t.maxClippedFraction)}` };
  }
  const damage = decoded.ffmpegMessages.find((m) => DAMAGE_MESSAGES.test(m));
  return damage ? { reason: 'ok', detail: `decoded in full; ffmpeg reported: ${damage}` } : { reason: 'ok' };
}
