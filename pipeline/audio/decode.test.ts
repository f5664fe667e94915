import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeRecording, DECODE_SAMPLE_RATE_HZ } from './decode.ts';
import { ffmpegMake, stereoTones, tempDir, zeroCrossingHz } from '../../fixtures/support/pipeline/test-audio.ts';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(() => tmp.cleanup());

describe('decodeRecording', () => {
  const formats = [
    { name: 'pcm.wav', args: ['-c:a', 'pcm_s16le'] },
    { name: 'mulaw8k.wav', args: ['-ar', '8000', '-c:a', 'pcm_mulaw'] },
    { name: 'alaw8k.wav', args: ['-ar', '8000', '-c:a', 'pcm_alaw'] },
    { name: 'call.mp3', args: ['-c:a', 'libmp3lame', '-b:a', '64k'] },
    { name: 'call.opus', args: ['-c:a', 'libopus', '-b:a', '32k'] },
    { name: 'call.m4a', args: ['-c:a', 'aac', '-b:a', '64k'] },
  ];
  for (const f of formats) {
    it(`${f.name}: 16 kHz, one array per channel, 4 s long, each side keeps its own tone`, async () => {
      await stereoTones(tmp.file(f.name), { leftHz: 440, rightHz: 1000, seconds: 4, codecArgs: f.args });
      const decoded = await decodeRecording(tmp.file(f.name), { channels: 2, expectedDurationS: 4 });
      expect(decoded.sampleRateHz).toBe(DECODE_SAMPLE_RATE_HZ);
      expect(decoded.channels).toHaveLength(2);
      expect(decoded.channels[0].length).toBe(decoded.channels[1].length);
      // Lossy codecs add a few ms of padding; the length must still be 4 s at 16 kHz.
      expect(Math.abs(decoded.channels[0].length - 4 * 16000)).toBeLessThan(0.05 * 16000);
      expect(decoded.durationS).toBeCloseTo(decoded.channels[0].length / 16000, 6);
      expect(zeroCrossingHz(decoded.channels[0], 16000)).toBeGreaterThan(420);
      expect(zeroCrossingHz(decoded.channels[0], 16000)).toBeLessThan(460);
      expect(zeroCrossingHz(decoded.channels[1], 16000)).toBeGreaterThan(970);
      expect(zeroCrossingHz(decoded.channels[1], 16000)).toBeLessThan(1030);
    });
  }

  it('three channels (12-byte frames split across pipe chunks) decode sample-exact, far past the size guess', async () => {
    // 12-byte frames do not divide ffmpeg's 64 KiB writes, so partial frames must carry over;
    // a 1 s size hint for 40 s of audio forces the buffers to grow several times.
    const out = tmp.file('three.wav');
    await ffmpegMake([
      '-f', 'lavfi', '-i', 'sine=frequency=300:duration=40:sample_rate=16000',
      '-f', 'lavfi', '-i', 'sine=frequency=700:duration=40:sample_rate=16000',
      '-f', 'lavfi', '-i', 'sine=frequency=1500:duration=40:sample_rate=16000',
      '-filter_complex', '[0:a][1:a][2:a]amerge=inputs=3[a]', '-map', '[a]', '-c:a', 'pcm_f32le', out,
    ]);
    const decoded = await decodeRecording(out, { channels: 3, expectedDurationS: 1 });
    expect(decoded.channels.map((c) => c.length)).toEqual([640000, 640000, 640000]);
    const hz = decoded.channels.map((c) => zeroCrossingHz(c, 16000));
    expect(hz[0]).toBeCloseTo(300, -1);
    expect(hz[1]).toBeCloseTo(700, -1);
    expect(hz[2]).toBeCloseTo(1500, -1);
    // A misaligned frame would swap samples between channels and break the sine: check continuity.
    for (const ch of decoded.channels) {
      let maxStep = 0;
      for (let i = 1; i < ch.length; i++) maxStep = Math.max(maxStep, Math.abs(ch[i] - ch[i - 1]));
      expect(maxStep).toBeLessThan(0.125 * 2 * Math.sin((Math.PI * 1500) / 16000) + 1e-3);
    }
  });

  it('maxDurationS stops decoding early', async () => {
    await stereoTones(tmp.file('long.wav'), { seconds: 6, codecArgs: ['-c:a', 'pcm_s16le'] });
    const decoded = await decodeRecording(tmp.file('long.wav'), { channels: 2, maxDurationS: 2 });
    expect(decoded.durationS).toBeCloseTo(2, 2);
  });

  it('rejects, naming the file, when ffmpeg cannot decode it at all', async () => {
    await writeFile(tmp.file('junk.ogg'), Buffer.alloc(5000, 7));
    await expect(decodeRecording(tmp.file('junk.ogg'), { channels: 1 })).rejects.toThrow(/junk\.ogg/);
  });
});
