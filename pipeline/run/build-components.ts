/**
 * Builds the real stage components from configuration: the orchestrator's collaborators.
 * A stage whose model is not present is left out with the reason, and the run says so.
 * The time budgets of config `timeouts` go in here, so the CLI run and API-started runs both get
 * them; VAD runs on a worker-thread pool sized to the cores, taking every call processed at once.
 */
import { allBrandNames } from '../checks/index.ts';
import type { Config } from '../config.ts';
import { loadSentimentEngine } from '../../models/sentiment/engine.ts';
import { redactTranscript } from '../redact/index.ts';
import { createSentimentStage } from '../sentiment/index.ts';
import type { Agent } from '../types.ts';
import { createAsrStage, createVadPool } from '../speech/index.ts';
import { createAudioStage } from './audio-stage.ts';
import { createScoreStage } from './score-stage.ts';
import type { Components } from './components.ts';

/** Which model stages to load; all by default. A queue worker serving one stage group leaves the others out. */
export interface ComponentParts {
  /** Given: no Whisper pool is loaded; calls without a transcript wait (`waiting_asr`) with this reason. */
  asr?: { unavailable: string };
  sentiment?: boolean;
}

export async function buildComponents(config: Config & { baseDir: string }, parts: ComponentParts = {}): Promise<Components> {
  // First: a scorecard that needs a brand the config lacks refuses here, before models load.
  const scorer = createScoreStage(config);
  const defaultAgentChannel = config.audio.defaultAgentChannel;
  const { timeouts } = config;
  // Threads = cores; each takes its share of the calls in flight together (batched model calls).
  const vad = await createVadPool({ calls: config.concurrency });
  const asr = parts.asr ?? await createAsrStage({ modelId: config.asr.model, brandNames: config.brand ? allBrandNames(config.brand) : [] });
  const sentimentEngine = parts.sentiment === false ? { unavailable: 'sentiment is left out of this worker' } : await loadSentimentEngine(config.sentiment.engine);
  const notes = [
    ...('unavailable' in asr ? [asr.unavailable] : []),
    ...('unavailable' in sentimentEngine ? [sentimentEngine.unavailable] : sentimentEngine.note ? [sentimentEngine.note] : []),
  ];
  return {
    audio: await createAudioStage({
      minDurationS: config.audio.minDurationS,
      defaultAgentChannel: defaultAgentChannel === 'right' ? 'right' : 'left',
      timeouts: { decodeBaseS: timeouts.decodeBaseS, decodePerAudioMinuteS: timeouts.decodePerAudioMinuteS },
    }),
    vad,
    asr,
    sentiment: 'model' in sentimentEngine ? createSentimentStage(sentimentEngine.model) : undefined,
    scorer,
    notes,
    redact: redactTranscript,
    asrLanguage: (agent: Agent) => (config.asr.language === 'roster' ? agent.language : config.asr.language),
    defaultAgentChannel,
    // A VAD worker shared by k calls gives each a k-th of its time: their budgets grow by k.
    budgets: { stageBaseS: timeouts.stageBaseS, stagePerAudioMinuteS: timeouts.stagePerAudioMinuteS, sharedBy: { vad: vad.tasksPerWorker } },
    async close() {
      await vad.close();
      if ('close' in asr) await asr.close();
      if ('model' in sentimentEngine) await sentimentEngine.model.close();
    },
  };
}
