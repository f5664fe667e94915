/**
 * `loadRecording`: the audio stage's one entry point for the run orchestrator.
 * probe → decode → health → channel mapping. A bad recording comes back as
 * `{ ok: false, reason, detail }` (store it as a failure, go on with the batch); only an
 * unusable ffmpeg installation throws (FfmpegUnavailableError), since no call could succeed.
 */
import { FfmpegUnavailableError } from './binaries.ts';
import { toCallAudio } from './channels.ts';
import { containerTruncation } from './container.ts';
import { decodeRecording } from './decode.ts';
import { DecodeTimeoutError, DEFAULT_DECODE_TIMEOUTS, decodeBudgetS, type DecodeTimeouts } from './deadline.ts';
import { assessHealth, DEFAULT_HEALTH_THRESHOLDS, type HealthThresholds } from './health.ts';
import { channelLevels } from './levels.ts';
import { probeRecording, readHead } from './probe.ts';
import { sniffBytes } from './sniff.ts';
import { isUsableHealth } from './success-rate.ts';
import type { AudioProbe, ChannelRole, LoadedRecording } from './types.ts';

export interface LoadOptions extends Partial<HealthThresholds> {
  /** The manifest's `agent_channel` for this call; falls back to `defaultAgentChannel`. */
  agentChannel?: ChannelRole;
  /** Agent side for stereo recordings whose manifest row names none. Default `left`. */
  defaultAgentChannel?: 'left' | 'right';
  /** Treat `clipped` as unusable (ok: false). Default false: a clipped call was still recorded and can be reviewed. */
  rejectClipped?: boolean;
  /** Decode at most this many seconds (memory guard for runaway files). Default: no limit. */
  maxDurationS?: number;
  /** Deadlines for ffprobe (`decodeBaseS`) and ffmpeg (scaled to the probed length). Default: the config defaults. */
  timeouts?: DecodeTimeouts;
}

export async function loadRecording(path: string, options: LoadOptions = {}): Promise<LoadedRecording> {
  const timeouts = options.timeouts ?? DEFAULT_DECODE_TIMEOUTS;
  // Before the length is known, ffprobe gets the base budget only.
  const probed = await probeRecording(path, { timeoutS: timeouts.decodeBaseS });
  if (!probed.ok) return { ok: false, reason: probed.reason, detail: probed.detail };
  const { probe } = probed;

  let decoded;
  try {
    decoded = await decodeRecording(path, {
      channels: probe.channels,
      expectedDurationS: probe.durationS,
      maxDurationS: options.maxDurationS,
      timeoutS: decodeBudgetS(timeouts, Math.min(probe.durationS ?? estimatedDurationS(probe) ?? 0, options.maxDurationS ?? Infinity)),
    });
  } catch (err) {
    if (err instanceof FfmpegUnavailableError) throw err;
    if (err instanceof DecodeTimeoutError) return { ok: false, reason: 'decode_timeout', detail: err.message, probe };
    return { ok: false, reason: 'corrupt', detail: (err as Error).message, probe };
  }

  const thresholds = { ...DEFAULT_HEALTH_THRESHOLDS, ...definedOnly(options) };
  const levels = decoded.channels.map((ch) => channelLevels(ch, thresholds.clipLevel));
  const truncation = await containerTruncation(path, probe.sizeBytes, sniffBytes(await readHead(path)));
  // A deliberately shortened decode (maxDurationS) is not a truncated file.
  const capped = options.maxDurationS !== undefined && decoded.durationS >= options.maxDurationS - 0.01;
  const health = assessHealth(
    { probe: capped ? { ...probe, durationS: null } : probe, decoded, levels, containerTruncation: truncation },
    thresholds,
  );

  if (!isUsableHealth(health.reason) || (options.rejectClipped && health.reason === 'clipped')) {
    return { ok: false, reason: health.reason, detail: health.detail ?? health.reason, probe };
  }
  const agentChannel = options.agentChannel ?? options.defaultAgentChannel ?? 'left';
  const audio = toCallAudio(decoded, agentChannel);
  if (audio.mono && decoded.channels.length > 1 && agentChannel !== 'mono') {
    // Worth a note: a recorder (or a low-bit-rate stereo encoder) collapsed the two parties into one signal.
    const note = `both channels carry the same signal; treated as mono (agent_channel ${agentChannel} cannot separate the parties)`;
    return { ok: true, audio, probe, health: { ...health, detail: health.detail ? `${health.detail}; ${note}` : note }, levels };
  }
  return { ok: true, audio, probe, health, levels };
}

/** Length from size and bit rate, for containers that declare no duration; null when unknown. */
function estimatedDurationS(probe: AudioProbe): number | null {
  return probe.bitRateBps ? (probe.sizeBytes * 8) / probe.bitRateBps : null;
}

/** Drop undefined option fields so they don't overwrite defaults. */
function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<T>;
}
