/** assessHealth thresholds on plain values (the file-based reasons are in load.test.ts). */
import { describe, expect, it } from 'vitest';
import { assessHealth, DEFAULT_HEALTH_THRESHOLDS, type HealthInputs } from './health.ts';
import { channelLevels, fromDbfs } from './levels.ts';
import { recordingSuccessRate } from './success-rate.ts';
import type { HealthReason } from './types.ts';

const speech = { peak: 0.6, rms: 0.08, clippedFraction: 0 };
const dead = { peak: 0, rms: 0, clippedFraction: 0 };

function inputs(overrides: Partial<HealthInputs> & { decodedS?: number; declaredS?: number | null; messages?: string[] } = {}): HealthInputs {
  return {
    probe: { formatName: 'mp3', codec: 'mp3', sampleRateHz: 8000, channels: 2, durationS: overrides.declaredS === undefined ? 120 : overrides.declaredS, bitRateBps: 32000, sizeBytes: 480000 },
    decoded: { durationS: overrides.decodedS ?? 120, ffmpegMessages: overrides.messages ?? [] },
    levels: overrides.levels ?? [speech, speech],
    containerTruncation: overrides.containerTruncation ?? null,
  };
}

describe('assessHealth', () => {
  it('a full-length, audible, unclipped call is ok', () => {
    expect(assessHealth(inputs())).toEqual({ reason: 'ok' });
  });

  it('truncated when decoded audio falls well short of the declared duration', () => {
    const health = assessHealth(inputs({ decodedS: 60, declaredS: 120 }));
    expect(health.reason).toBe('truncated');
    expect(health.detail).toMatch(/60\.00 s of the 120\.00 s/);
  });

  it('codec padding (a few tenths of a second) is not truncation', () => {
    expect(assessHealth(inputs({ decodedS: 119.7, declaredS: 120 })).reason).toBe('ok');
  });

  it('a duration ffmpeg only estimated from the bit rate proves nothing', () => {
    const messages = ['[mp3 @ 0x1] Estimating duration from bitrate, this may be inaccurate'];
    expect(assessHealth(inputs({ decodedS: 60, declaredS: 120, messages })).reason).toBe('ok');
  });

  it('container evidence makes a recording truncated even when lengths agree', () => {
    const health = assessHealth(inputs({ containerTruncation: 'the last Ogg page is cut off' }));
    expect(health).toMatchObject({ reason: 'truncated', detail: expect.stringMatching(/Ogg page/) });
  });

  it('nothing decodable: truncated with container evidence, else corrupt', () => {
    expect(assessHealth(inputs({ decodedS: 0, containerTruncation: 'WAV header declares 9 bytes' })).reason).toBe('truncated');
    expect(assessHealth(inputs({ decodedS: 0, declaredS: null })).reason).toBe('corrupt');
  });

  it('too_short below minDurationS (default 2 s), ok at it', () => {
    expect(assessHealth(inputs({ decodedS: 1.9, declaredS: 1.9 })).reason).toBe('too_short');
    expect(assessHealth(inputs({ decodedS: 2, declaredS: 2 })).reason).toBe('ok');
    expect(assessHealth(inputs({ decodedS: 4, declaredS: 4 }), { minDurationS: 5 }).reason).toBe('too_short');
  });

  it('silent only when every channel is below the peak or RMS threshold', () => {
    expect(assessHealth(inputs({ levels: [dead, dead] })).reason).toBe('silent');
    // A click in an otherwise dead line: loud peak, negligible RMS.
    expect(assessHealth(inputs({ levels: [{ peak: 0.5, rms: fromDbfs(-70), clippedFraction: 0 }, dead] })).reason).toBe('silent');
    // One live side (customer on hold music, agent muted) is still a recording.
    expect(assessHealth(inputs({ levels: [dead, speech] })).reason).toBe('ok');
    expect(assessHealth(inputs({ levels: [{ peak: fromDbfs(-45), rms: fromDbfs(-55), clippedFraction: 0 }] })).reason).toBe('ok');
    expect(assessHealth(inputs({ levels: [{ peak: fromDbfs(-45), rms: fromDbfs(-55), clippedFraction: 0 }] }), { silentRmsDbfs: -50 }).reason).toBe('silent');
  });

  it('clipped when any channel has more than maxClippedFraction of samples at the clip level', () => {
    const hot = { ...speech, peak: 1, clippedFraction: 0.02 };
    const health = assessHealth(inputs({ levels: [speech, hot] }));
    expect(health.reason).toBe('clipped');
    expect(health.detail).toMatch(/channel 1: 2\.00%/);
    expect(assessHealth(inputs({ levels: [speech, { ...hot, clippedFraction: DEFAULT_HEALTH_THRESHOLDS.maxClippedFraction }] })).reason).toBe('ok');
  });

  it('ffmpeg complaints alone do not fail a full-length recording, but are kept in the detail', () => {
    const health = assessHealth(inputs({ messages: ['Error while decoding stream #0:0: Invalid data found when processing input'] }));
    expect(health).toMatchObject({ reason: 'ok', detail: expect.stringMatching(/Invalid data/) });
  });
});

describe('channelLevels', () => {
  it('measures peak, RMS and clipped fraction', () => {
    const samples = new Float32Array([0.5, -0.5, 1, -0.99, 0, 0, 0, 0, 0, 0]);
    const levels = channelLevels(samples, 0.97);
    expect(levels.peak).toBe(1);
    expect(levels.rms).toBeCloseTo(Math.sqrt((0.25 + 0.25 + 1 + 0.99 ** 2) / 10), 6);
    expect(levels.clippedFraction).toBeCloseTo(0.2, 6);
  });
});

describe('recordingSuccessRate', () => {
  it('counts ok and clipped as usable recordings, everything else as failed', () => {
    const reasons: HealthReason[] = ['ok', 'ok', 'clipped', 'silent', 'missing', 'ok', 'truncated', 'ok'];
    expect(recordingSuccessRate(reasons)).toBeCloseTo(5 / 8, 10);
    expect(recordingSuccessRate(reasons, ['ok'])).toBeCloseTo(4 / 8, 10);
  });

  it('is null for a day with no recordings rather than a flattering 100%', () => {
    expect(recordingSuccessRate([])).toBeNull();
  });
});
