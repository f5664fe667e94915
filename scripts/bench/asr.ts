/**
 * `asr.<model>.realtime_x`: seconds of stereo call audio transcribed per wall-clock second, for
 * every Whisper model of models.json that is present in the models folder. Whole path: VAD speech
 * → clips → Whisper → Transcript, on a synthesized ~56 s Mandarin hotline call, through the worker
 * pool as the nightly run uses it (workers and threads reported). Models that are absent produce
 * no figure, only a note on stderr (no hub is reachable from CI to fetch them).
 */
import { analyseSpeech, createAsrPool, transcribeCall, detectSpeech } from '../../pipeline/speech/index.ts';
import { ZH_HOLD_CALL } from '../../fixtures/support/speech/scenarios.ts';
import { renderCall } from '../../fixtures/support/speech/synth-call.ts';
import { checkModel, loadModelsManifest, modelsDir } from '../../models/registry.ts';
import { createVad } from '../../models/vad.ts';
import type { Benchmark, BenchResult } from './types.ts';

const bench: Benchmark = async function* (): AsyncIterable<BenchResult> {
  const dir = modelsDir();
  const present = [];
  for (const e of loadModelsManifest().filter((x) => x.task === 'asr')) {
    const s = await checkModel(e, dir);
    if (s.state === 'present') present.push(e);
    else console.error(`bench asr: ${e.id} is ${s.state} in ${dir}; no figure (fetch it with \`callqa models fetch ${e.id}\`)`);
  }
  if (present.length === 0) return;

  const s = ZH_HOLD_CALL;
  const call = await renderCall(s.utterances, { durationS: s.durationS, agentChannel: 'left' });
  const audio = { sampleRateHz: 16_000, agent: call.channels[0], customer: call.channels[1], mono: false, durationS: s.durationS };
  const vad = await createVad();
  const speech = analyseSpeech(
    [...(await detectSpeech(vad, audio.agent, 'agent')), ...(await detectSpeech(vad, audio.customer, 'customer'))],
    audio.durationS,
  );
  await vad.close();

  for (const e of present) {
    const pool = await createAsrPool(e.id, { dir });
    if ('unavailable' in pool) {
      console.error(`bench asr: ${pool.unavailable}`);
      continue;
    }
    try {
      await transcribeCall(pool, 'warm-up', audio, speech, 'zh');
      const start = performance.now();
      await transcribeCall(pool, 'bench', audio, speech, 'zh');
      const wallS = (performance.now() - start) / 1000;
      yield {
        name: `asr.${e.id}.realtime_x`,
        value: Math.round((audio.durationS / wallS) * 100) / 100,
        unit: 'x',
        model: e.repo,
        revision: pool.revision,
        dtype: e.dtype,
        workers: pool.plan.workers,
        intraOpThreadsPerWorker: pool.plan.intraOpThreads,
        wordTimestamps: pool.wordTimestamps,
        callS: audio.durationS,
      };
    } finally {
      await pool.close();
    }
  }
};

export default bench;
