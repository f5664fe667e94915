/** The vad stage as the orchestrator uses it, on real synthesized audio and the real Silero model. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIPS_RECOGNIZED, clipOf, newCounters } from '../../fixtures/asr/stand-in-recognizer.ts';
import type { CallAudio } from '../audio/types.ts';
import { startAsrPool } from './asr-pool.ts';
import { ZH_HOLD_CALL } from '../../fixtures/support/speech/scenarios.ts';
import { asrStageOn, createAsrStage, createVadStage } from './stages.ts';
import { renderCall } from '../../fixtures/support/speech/synth-call.ts';

let stage: Awaited<ReturnType<typeof createVadStage>>;
beforeAll(async () => {
  stage = await createVadStage();
});
afterAll(() => stage?.close());

const first3 = ZH_HOLD_CALL.utterances.slice(0, 3);

describe('createVadStage', () => {
  it('analyses a stereo call per channel', async () => {
    const call = await renderCall(first3, { durationS: 16, agentChannel: 'left' });
    const audio: CallAudio = { sampleRateHz: 16_000, agent: call.channels[0], customer: call.channels[1], mono: false, durationS: 16 };
    const r = await stage.analyse(audio);
    expect(r.segments.map((s) => s.speaker)).toEqual(['agent', 'customer', 'agent']);
    expect(r.talkTimeS.customer).toBeGreaterThan(2);
  });

  it('alternates roles over speech segments on a mono call (a stated guess), dead air still exact', async () => {
    const utterances = [first3[0], { ...first3[1], startS: 12 }];
    const call = await renderCall(utterances, { durationS: 16, agentChannel: 'mono' });
    const audio: CallAudio = { sampleRateHz: 16_000, agent: call.channels[0], customer: null, mono: true, durationS: 16 };
    const r = await stage.analyse(audio);
    expect(r.segments.map((s) => s.speaker)).toEqual(['agent', 'customer']);
    expect(r.silences).toHaveLength(1);
    expect(Math.abs(r.silences[0].endS - 12)).toBeLessThanOrEqual(0.2);
  });

  it('has a version that changes with the settings that shape its result', async () => {
    const other = await createVadStage({ analysis: { holdMinS: 20 } });
    expect(stage.version).toMatch(/^silero-v4:[0-9a-f]{10}:[0-9a-f]{10}$/);
    expect(other.version).not.toBe(stage.version);
    expect((await createVadStage()).version).toBe(stage.version);
    await other.close();
  });
});

describe('createAsrStage', () => {
  it('is unavailable with the model message when no Whisper model is present', async () => {
    const s = await createAsrStage({ modelId: 'whisper-small', dir: '/nonexistent-callqa-models' });
    expect(s).toEqual({ unavailable: expect.stringMatching(/Whisper model "whisper-small".*callqa models fetch whisper-small/) });
  });
});

describe('asrStageOn', () => {
  it("passes the transcript watchdog's signal to the pool: a call that ran out of time stops its clips", { timeout: 30_000 }, async () => {
    // The real pool and workers, with the stand-in recognizer (no Whisper weights here): 400 ms a clip.
    const dir = await mkdtemp(join(tmpdir(), 'callqa-asr-stage-'));
    const modelFile = join(dir, 'stand-in-model.json');
    await writeFile(modelFile, JSON.stringify({ '1': 'hello', '2': 'how can I help' }));
    const counters = newCounters(0);
    const pool = await startAsrPool(
      {
        modelId: 'stand-in', dir, intraOpThreads: 1, interOpThreads: 1,
        loaderModule: new URL('../../fixtures/asr/stand-in-recognizer.ts', import.meta.url).href,
        loaderOptions: { modelFile, counters, clipMs: 400 },
      },
      { workers: 1, intraOpThreads: 1 },
    );
    if ('unavailable' in pool) throw new Error(pool.unavailable);
    const stage = asrStageOn(pool);
    try {
      const audio: CallAudio = { sampleRateHz: 16_000, agent: clipOf([0.01, 0]), customer: clipOf([0, 0.02]), mono: false, durationS: 3.5 };
      const done = await stage.transcribe('c-1', audio, undefined, 'en');
      expect(done.segments.map((x) => [x.speaker, x.text.trim()])).toEqual([['agent', 'hello'], ['customer', 'how can I help']]);

      const controller = new AbortController();
      setTimeout(() => controller.abort(new Error('transcript budget spent')), 100);
      const startedMs = performance.now();
      await expect(stage.transcribe('c-2', audio, undefined, 'en', controller.signal)).rejects.toThrow('transcript budget spent');
      expect(performance.now() - startedMs).toBeLessThan(300); // not the 800 ms its two clips take
      await new Promise((r) => setTimeout(r, 600));
      // The clip running at the abort finished (its result dropped); the queued one never ran.
      expect(counters[CLIPS_RECOGNIZED]).toBe(3);
    } finally {
      await stage.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
