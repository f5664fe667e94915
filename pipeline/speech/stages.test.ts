/** The vad stage as the orchestrator uses it, on real synthesized audio and the real Silero model. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallAudio } from '../audio/types.ts';
import { ZH_HOLD_CALL } from './scenarios.ts';
import { createAsrStage, createVadStage } from './stages.ts';
import { renderCall } from './synth-call.ts';

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
