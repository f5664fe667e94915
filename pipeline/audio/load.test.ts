/** loadRecording end to end on real ffmpeg: one test per health reason, each asserting that reason. */
import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRecording } from './load.ts';
import { ffmpegMake, monoTone, stereoTones, tempDir, zeroCrossingHz } from '../../fixtures/support/pipeline/test-audio.ts';
import type { LoadedRecording } from './types.ts';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(() => tmp.cleanup());

/** Keep the first `fraction` of a file's bytes, as a recorder that died mid-call would. */
async function cut(from: string, to: string, fraction = 0.5) {
  const bytes = await readFile(tmp.file(from));
  await writeFile(tmp.file(to), bytes.subarray(0, Math.floor(bytes.length * fraction)));
}

function failure(result: LoadedRecording) {
  if (result.ok) throw new Error(`expected a failure, got ok with health ${JSON.stringify(result.health)}`);
  return result;
}

describe('loadRecording: healthy recordings', () => {
  it('ok: stereo Opus maps agent/customer per agent_channel and reports probe, levels, duration', async () => {
    await stereoTones(tmp.file('good.opus'), { leftHz: 440, rightHz: 1000, seconds: 4, codecArgs: ['-c:a', 'libopus'] });
    const result = await loadRecording(tmp.file('good.opus'), { agentChannel: 'right' });
    if (!result.ok) throw new Error(result.detail);
    expect(result.health).toEqual({ reason: 'ok' });
    expect(result.probe).toMatchObject({ codec: 'opus', channels: 2, sampleRateHz: 48000 });
    expect(result.audio.mono).toBe(false);
    expect(zeroCrossingHz(result.audio.agent, 16000)).toBeCloseTo(1000, -1);
    expect(zeroCrossingHz(result.audio.customer!, 16000)).toBeCloseTo(440, -1);
    expect(result.audio.durationS).toBeCloseTo(4, 1);
    expect(result.levels).toHaveLength(2);
  });

  it('defaultAgentChannel applies when the manifest row names no channel', async () => {
    await stereoTones(tmp.file('tel.wav'), { seconds: 3, codecArgs: ['-ar', '8000', '-c:a', 'pcm_alaw'] });
    const result = await loadRecording(tmp.file('tel.wav'), { defaultAgentChannel: 'right' });
    if (!result.ok) throw new Error(result.detail);
    expect(zeroCrossingHz(result.audio.agent, 16000)).toBeCloseTo(1000, -1);
  });

  it('a stereo file with one signal on both sides is ok but says it was treated as mono', async () => {
    await ffmpegMake(['-f', 'lavfi', '-i', 'sine=frequency=440:duration=3', '-ac', '2', '-c:a', 'pcm_s16le', tmp.file('dual.wav')]);
    const result = await loadRecording(tmp.file('dual.wav'), { agentChannel: 'left' });
    if (!result.ok) throw new Error(result.detail);
    expect(result.health).toMatchObject({ reason: 'ok', detail: expect.stringMatching(/same signal; treated as mono/) });
    expect(result.audio).toMatchObject({ mono: true, customer: null });
  });
});

describe('loadRecording: each health reason', () => {
  it('missing', async () => {
    expect(failure(await loadRecording(tmp.file('gone.wav'))).reason).toBe('missing');
  });

  it('zero_length', async () => {
    await writeFile(tmp.file('empty.opus'), Buffer.alloc(0));
    expect(failure(await loadRecording(tmp.file('empty.opus'))).reason).toBe('zero_length');
  });

  it('not_audio', async () => {
    await writeFile(tmp.file('notes.wav'), '呼叫记录 call notes: customer asked about the bill\n'.repeat(20));
    expect(failure(await loadRecording(tmp.file('notes.wav'))).reason).toBe('not_audio');
  });

  it('corrupt: random bytes with a .wav name', async () => {
    // Deterministic noise (not crypto random) so the test cannot flake on a lucky byte pattern.
    const bytes = Buffer.alloc(20000);
    for (let i = 0, x = 12345; i < bytes.length; i++) bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    await writeFile(tmp.file('noise.wav'), bytes);
    expect(failure(await loadRecording(tmp.file('noise.wav'))).reason).toBe('corrupt');
  });

  const truncations = [
    { name: 'pcm.wav', args: ['-c:a', 'pcm_s16le'] },
    { name: 'mulaw.wav', args: ['-ar', '8000', '-c:a', 'pcm_mulaw'] },
    { name: 'call.mp3', args: ['-c:a', 'libmp3lame'] },
    { name: 'call.opus', args: ['-c:a', 'libopus'] },
    { name: 'call.m4a', args: ['-c:a', 'aac'] },
    { name: 'fast.m4a', args: ['-c:a', 'aac', '-movflags', '+faststart'] },
  ];
  for (const t of truncations) {
    it(`truncated: ${t.name} cut to 60% of its bytes (vs. the intact file: ok)`, async () => {
      await stereoTones(tmp.file(`whole-${t.name}`), { seconds: 6, codecArgs: t.args });
      await cut(`whole-${t.name}`, `cut-${t.name}`, 0.6);
      const whole = await loadRecording(tmp.file(`whole-${t.name}`));
      expect(whole.ok && whole.health.reason).toBe('ok');
      const result = failure(await loadRecording(tmp.file(`cut-${t.name}`)));
      expect(result.reason).toBe('truncated');
      expect(result.detail.length).toBeGreaterThan(10);
    });
  }

  it('silent: digital silence', async () => {
    await ffmpegMake(['-f', 'lavfi', '-i', 'anullsrc=r=8000:cl=stereo', '-t', '5', '-c:a', 'pcm_mulaw', tmp.file('hush.wav')]);
    expect(failure(await loadRecording(tmp.file('hush.wav'))).reason).toBe('silent');
  });

  it('silent: a faint noise floor (peaks ≈ −70 dBFS) on both sides; the same noise 40 dB louder is ok', async () => {
    const noise = (amp: number, out: string) =>
      ffmpegMake(['-f', 'lavfi', '-i', `anoisesrc=d=5:a=${amp}:c=white:seed=7`, '-ac', '2', '-c:a', 'libopus', tmp.file(out)]);
    await noise(0.0003, 'faint.opus');
    await noise(0.03, 'audible.opus');
    expect(failure(await loadRecording(tmp.file('faint.opus'))).reason).toBe('silent');
    const audible = await loadRecording(tmp.file('audible.opus'));
    expect(audible.ok && audible.health.reason).toBe('ok');
  });

  it('too_short: 0.6 s, and minDurationS is configurable', async () => {
    await monoTone(tmp.file('blip.mp3'), { seconds: 0.6, codecArgs: ['-c:a', 'libmp3lame'] });
    const result = failure(await loadRecording(tmp.file('blip.mp3')));
    expect(result.reason).toBe('too_short');
    expect(result.detail).toMatch(/minimum is 2 s/);
    const relaxed = await loadRecording(tmp.file('blip.mp3'), { minDurationS: 0.5 });
    expect(relaxed.ok && relaxed.health.reason).toBe('ok');
  });

  it('clipped: a tone driven 26 dB over full scale in 8 kHz μ-law; usable with a warning unless rejectClipped', async () => {
    await monoTone(tmp.file('hot.wav'), { seconds: 3, rate: 8000, filter: 'volume=20', codecArgs: ['-c:a', 'pcm_mulaw'] });
    const result = await loadRecording(tmp.file('hot.wav'));
    if (!result.ok) throw new Error(result.detail);
    expect(result.health.reason).toBe('clipped');
    expect(result.levels[0].clippedFraction).toBeGreaterThan(0.3);
    expect(failure(await loadRecording(tmp.file('hot.wav'), { rejectClipped: true })).reason).toBe('clipped');
    const tolerant = await loadRecording(tmp.file('hot.wav'), { maxClippedFraction: 0.9 });
    expect(tolerant.ok && tolerant.health.reason).toBe('ok');
  });
});

describe('binaries', () => {
  it('FFMPEG_PATH / FFPROBE_PATH override the npm binaries; a missing binary throws instead of blaming the file', async () => {
    const { ffmpegVersion, FfmpegUnavailableError } = await import('./binaries.ts');
    expect(await ffmpegVersion()).toMatch(/^ffmpeg \S+/);
    await monoTone(tmp.file('fine.wav'), { seconds: 3 });
    const saved = { ...process.env };
    try {
      process.env.FFPROBE_PATH = tmp.file('no-such-ffprobe');
      await expect(loadRecording(tmp.file('fine.wav'))).rejects.toBeInstanceOf(FfmpegUnavailableError);
      delete process.env.FFPROBE_PATH;
      process.env.FFMPEG_PATH = tmp.file('no-such-ffmpeg');
      await expect(ffmpegVersion()).rejects.toBeInstanceOf(FfmpegUnavailableError);
      await expect(loadRecording(tmp.file('fine.wav'))).rejects.toBeInstanceOf(FfmpegUnavailableError);
    } finally {
      process.env.FFMPEG_PATH = saved.FFMPEG_PATH ?? '';
      process.env.FFPROBE_PATH = saved.FFPROBE_PATH ?? '';
      if (saved.FFMPEG_PATH === undefined) delete process.env.FFMPEG_PATH;
      if (saved.FFPROBE_PATH === undefined) delete process.env.FFPROBE_PATH;
    }
  });
});
