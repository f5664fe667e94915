/** The audio stage for the orchestrator: pipeline/audio's loadRecording, stamped with the ffmpeg build. */
import { ffmpegVersion, loadRecording } from '../audio/index.ts';
import type { AudioStage } from './components.ts';

export async function createAudioStage(opts: { minDurationS: number; defaultAgentChannel: 'left' | 'right' }): Promise<AudioStage> {
  const version = await ffmpegVersion();
  return {
    version,
    async load(path, agentChannel) {
      const r = await loadRecording(path, { agentChannel, defaultAgentChannel: opts.defaultAgentChannel, minDurationS: opts.minDurationS });
      if (!r.ok) return { ok: false, record: { probe: r.probe, health: { reason: r.reason, detail: r.detail } } };
      return { ok: true, audio: r.audio, record: { probe: r.probe, health: r.health, durationS: r.audio.durationS } };
    },
  };
}
