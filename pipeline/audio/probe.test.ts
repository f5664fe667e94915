import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeRecording } from './probe.ts';
import { ffmpegMake, monoTone, stereoTones, tempDir } from '../../fixtures/support/pipeline/test-audio.ts';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(() => tmp.cleanup());

describe('probeRecording on every accepted format', () => {
  const cases = [
    { name: 'pcm.wav', args: ['-c:a', 'pcm_s16le'], rate: 44100, codec: 'pcm_s16le', format: 'wav' },
    { name: 'mulaw.wav', args: ['-ar', '8000', '-c:a', 'pcm_mulaw'], rate: 8000, codec: 'pcm_mulaw', format: 'wav' },
    { name: 'alaw.wav', args: ['-ar', '8000', '-c:a', 'pcm_alaw'], rate: 8000, codec: 'pcm_alaw', format: 'wav' },
    { name: 'call.mp3', args: ['-c:a', 'libmp3lame', '-b:a', '64k'], rate: 44100, codec: 'mp3', format: 'mp3' },
    { name: 'call.opus', args: ['-c:a', 'libopus', '-b:a', '32k'], rate: 48000, codec: 'opus', format: 'ogg' },
    { name: 'call.m4a', args: ['-c:a', 'aac', '-b:a', '64k'], rate: 44100, codec: 'aac', format: 'mov,mp4,m4a,3gp,3g2,mj2' },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.codec} at ${c.rate} Hz, 2 channels, ~3 s`, async () => {
      await stereoTones(tmp.file(c.name), { seconds: 3, codecArgs: c.args });
      const result = await probeRecording(tmp.file(c.name));
      if (!result.ok) throw new Error(`probe failed: ${result.reason} ${result.detail}`);
      expect(result.probe).toMatchObject({ formatName: c.format, codec: c.codec, sampleRateHz: c.rate, channels: 2 });
      expect(result.probe.durationS).toBeGreaterThan(2.9);
      expect(result.probe.durationS).toBeLessThan(3.1);
      expect(result.probe.bitRateBps).toBeGreaterThan(8000);
      expect(result.probe.sizeBytes).toBeGreaterThan(1000);
    });
  }
});

describe('probeRecording turns bad files into reasons, not throws', () => {
  it('missing', async () => {
    expect(await probeRecording(tmp.file('nope.wav'))).toMatchObject({ ok: false, reason: 'missing' });
  });

  it('zero_length', async () => {
    await writeFile(tmp.file('empty.wav'), '');
    expect(await probeRecording(tmp.file('empty.wav'))).toMatchObject({ ok: false, reason: 'zero_length' });
  });

  it('not_audio: an HTML error page saved as .mp3', async () => {
    await writeFile(tmp.file('page.mp3'), '<html><body>404 recording not found</body></html>\n');
    const result = await probeRecording(tmp.file('page.mp3'));
    expect(result).toMatchObject({ ok: false, reason: 'not_audio' });
    if (!result.ok) expect(result.detail).toMatch(/text/);
  });

  it('not_audio: an image with an audio extension has no audio stream', async () => {
    await ffmpegMake(['-f', 'lavfi', '-i', 'color=c=red:s=32x32:d=1', '-frames:v', '1', '-f', 'image2', tmp.file('img.wav')]);
    const result = await probeRecording(tmp.file('img.wav'));
    expect(result).toMatchObject({ ok: false, reason: 'not_audio' });
    if (!result.ok) expect(result.detail).toMatch(/no audio stream/);
  });

  it('corrupt: a WAV whose header bytes were overwritten', async () => {
    await monoTone(tmp.file('good.wav'), { seconds: 1 });
    const bytes = await readFile(tmp.file('good.wav'));
    bytes.fill(0x5a, 0, 64); // header gone, samples intact
    await writeFile(tmp.file('badheader.wav'), bytes);
    expect(await probeRecording(tmp.file('badheader.wav'))).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  it('truncated: an M4A cut before its index box cannot be probed but is named truncated', async () => {
    await monoTone(tmp.file('whole.m4a'), { seconds: 3, codecArgs: ['-c:a', 'aac'] });
    const bytes = await readFile(tmp.file('whole.m4a'));
    await writeFile(tmp.file('cut.m4a'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    const result = await probeRecording(tmp.file('cut.m4a'));
    expect(result).toMatchObject({ ok: false, reason: 'truncated' });
    if (!result.ok) expect(result.detail).toMatch(/mdat|moov/);
  });

  it('a copy of a good file still probes ok (the checks above are not blanket failures)', async () => {
    await monoTone(tmp.file('ok.wav'), { seconds: 1 });
    await copyFile(tmp.file('ok.wav'), tmp.file('ok-copy.wav'));
    expect(await probeRecording(tmp.file('ok-copy.wav'))).toMatchObject({ ok: true, probe: { channels: 1, sampleRateHz: 16000 } });
  });
});
