/**
 * The audio stage on the committed demo night (fixtures/demo, made by `npm run fixtures`):
 * every deliberately broken recording gets the health labels.json expects, one intact call
 * of each format is ok, and on stereo calls the agent's speech (by the label timings) lands
 * on the agent side whether the manifest says left or right.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { HealthReason, Speaker } from '../types.ts';
import { loadRecording } from './load.ts';
import type { CallAudio, ChannelRole } from './types.ts';

// CALLQA_DEMO_DIR checks a night generated elsewhere (`npm run fixtures -- --out DIR`).
const demoDir = process.env.CALLQA_DEMO_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/demo');

interface DemoCall {
  callId: string;
  file: string;
  expectedHealth: HealthReason | null;
  format: string | null;
  agentChannel: ChannelRole | null;
  content: { segments: { speaker: Speaker; startS: number; endS: number }[] } | null;
}
const labels = JSON.parse(readFileSync(join(demoDir, 'labels.json'), 'utf8')) as { calls: DemoCall[] };
const recording = (c: DemoCall) => join(demoDir, 'recordings', c.file);
const load = (c: DemoCall) => loadRecording(recording(c), { agentChannel: c.agentChannel ?? undefined });

const broken = labels.calls.filter((c) => c.expectedHealth !== null && c.expectedHealth !== 'ok');
/** One intact call per (format, agent channel) pair: every layout of every format the night uses. */
const intactLayouts = [
  ...new Map(labels.calls.filter((c) => c.expectedHealth === 'ok').map((c) => [`${c.format}/${c.agentChannel}`, c])).values(),
].reverse();

describe('demo night: broken recordings', () => {
  it('covers every health reason the issue names', () => {
    expect(new Set(broken.map((c) => c.expectedHealth))).toEqual(
      new Set(['missing', 'zero_length', 'truncated', 'corrupt', 'not_audio', 'silent', 'too_short', 'clipped']),
    );
  });

  for (const call of broken) {
    it(`${call.callId} (${call.file}) is ${call.expectedHealth}`, async () => {
      const result = await load(call);
      const reason = result.ok ? result.health.reason : result.reason;
      const detail = result.ok ? result.health.detail : result.detail;
      expect(reason, detail).toBe(call.expectedHealth);
    });
  }
});

/** Mean energy of a signal inside the given spans (seconds). */
function energyIn(signal: Float32Array, spans: { startS: number; endS: number }[], rate: number): number {
  let sum = 0;
  let n = 0;
  for (const s of spans) {
    for (let i = Math.floor(s.startS * rate); i < Math.min(signal.length, Math.ceil(s.endS * rate)); i++) {
      sum += signal[i] * signal[i];
      n++;
    }
  }
  return n ? sum / n : 0;
}

function assertSidesFollowSpeakers(audio: CallAudio, call: DemoCall) {
  const segments = call.content!.segments;
  // Spans where only one party speaks (overlaps would blur the comparison).
  const only = (who: Speaker) =>
    segments.filter((s) => s.speaker === who && !segments.some((o) => o.speaker !== who && o.startS < s.endS && o.endS > s.startS));
  const rate = audio.sampleRateHz;
  // While the agent talks alone the agent side is far louder than the customer side, and vice versa.
  expect(energyIn(audio.agent, only('agent'), rate)).toBeGreaterThan(100 * energyIn(audio.customer!, only('agent'), rate));
  expect(energyIn(audio.customer!, only('customer'), rate)).toBeGreaterThan(100 * energyIn(audio.agent, only('customer'), rate));
}

describe('demo night: intact recordings', () => {
  for (const call of intactLayouts) {
    it(`${call.callId} (${call.format}, agent ${call.agentChannel}) is ok and maps the parties as the manifest says`, async () => {
      const result = await load(call);
      if (!result.ok) throw new Error(`${call.file}: ${result.reason} ${result.detail}`);
      expect(result.health.reason, result.health.detail).toBe('ok');
      if (call.agentChannel === 'mono') {
        expect(result.audio).toMatchObject({ mono: true, customer: null });
      } else {
        expect(result.audio.mono, result.health.detail).toBe(false);
        assertSidesFollowSpeakers(result.audio, call);
      }
    });
  }

  it('the night has stereo calls with the agent on each side, in a format that keeps stereo', () => {
    const stereoKept = intactLayouts.filter((c) => c.agentChannel !== 'mono');
    expect(new Set(stereoKept.map((c) => c.agentChannel))).toEqual(new Set(['left', 'right']));
  });
});
