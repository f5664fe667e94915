/** The audio stage for the orchestrator: pipeline/audio's loadRecording, stamped with the ffmpeg build. */
import { ffmpegVersion, loadRecording, type DecodeTimeouts } from '../audio/index.ts';
import type { AudioStage } from './components.ts';

export interface AudioStageOptions {
  minDurationS: number;
  defaultAgentChannel: 'left' | 'right';
  /** ffprobe/ffmpeg deadlines (config `timeouts`); a call past them fails with `decode_timeout`. Default: the config defaults. */
  timeouts?: DecodeTimeouts;
}

export async function createAudioStage(opts: AudioStageOptions): Promise<AudioStage> {
  const version = await ffmpegVersion();
  return {
    version,
    async load(path, agentChannel) {
      const r = await loadRecording(path, { agentChannel, defaultAgentChannel: opts.defaultAgentChannel, minDurationS: opts.minDurationS, timeouts: opts.timeouts });
      if (!r.ok) return { ok: false, record: { probe: r.probe, health: { reason: r.reason, detail: r.detail } } };
      return { ok: true, audio: r.audio, record: { probe: r.probe, health: r.health, durationS: r.audio.durationS } };
    },
  };
}
