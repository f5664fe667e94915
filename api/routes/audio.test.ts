/**
 * Served audio: real recordings decoded by the pipeline (ffmpeg), redacted spans silenced on
 * the speaker's side only, WAV with byte ranges a browser can seek in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupHarness, type Harness } from '../../fixtures/support/api/harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await setupHarness();
});
afterAll(() => h?.cleanup());

interface Wav { channels: number; sampleRateHz: number; samples: Int16Array[] }

function parseWav(buf: Buffer): Wav {
  expect(buf.toString('ascii', 0, 4)).toBe('RIFF');
  expect(buf.toString('ascii', 8, 12)).toBe('WAVE');
  const channels = buf.readUInt16LE(22);
  const sampleRateHz = buf.readUInt32LE(24);
  const dataBytes = buf.readUInt32LE(40);
  const frames = dataBytes / (2 * channels);
  const samples = Array.from({ length: channels }, () => new Int16Array(frames));
  for (let f = 0; f < frames; f++) for (let c = 0; c < channels; c++) samples[c][f] = buf.readInt16LE(44 + (f * channels + c) * 2);
  return { channels, sampleRateHz, samples };
}

/** RMS (full scale = 1) of one channel between two call times. */
/** The seeded tones peak at 1/16 full scale (RMS ≈ 0.044), so 0.02 means "sound is there". */
function rms(w: Wav, channel: number, fromS: number, toS: number): number {
  const a = Math.floor(fromS * w.sampleRateHz);
  const b = Math.floor(toS * w.sampleRateHz);
  let sum = 0;
  for (let i = a; i < b; i++) sum += (w.samples[channel][i] / 32768) ** 2;
  return Math.sqrt(sum / (b - a));
}

const get = async (callId: string, range?: string) =>
  h.request('qa', `/api/v1/calls/${callId}/audio`, range ? { headers: { range } } : {});

describe('GET /calls/{callId}/audio', () => {
  it('serves the whole recording as 16 kHz WAV, agent left and customer right', async () => {
    const res = await get(h.store.failedGreetingCall);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('audio/wav');
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    const buf = Buffer.from(await res.arrayBuffer());
    expect(Number(res.headers.get('content-length'))).toBe(buf.length);
    const wav = parseWav(buf);
    expect(wav).toMatchObject({ channels: 2, sampleRateHz: 16000 });
    expect(wav.samples[0].length / 16000).toBeCloseTo(30, 1);
    expect(rms(wav, 0, 1, 29)).toBeGreaterThan(0.02);
    expect(rms(wav, 1, 1, 29)).toBeGreaterThan(0.02);
  });

  it('answers byte ranges with 206 and the exact bytes, and 416 outside the file', async () => {
    const whole = Buffer.from(await (await get(h.store.failedGreetingCall)).arrayBuffer());
    const part = await get(h.store.failedGreetingCall, 'bytes=1000-1999');
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 1000-1999/${whole.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(whole.subarray(1000, 2000))).toBe(true);

    const tail = await get(h.store.failedGreetingCall, 'bytes=-44');
    expect(tail.headers.get('content-range')).toBe(`bytes ${whole.length - 44}-${whole.length - 1}/${whole.length}`);
    expect(Buffer.from(await tail.arrayBuffer()).equals(whole.subarray(whole.length - 44))).toBe(true);

    const open = await get(h.store.failedGreetingCall, `bytes=${whole.length - 10}-`);
    expect(open.status).toBe(206);
    expect((await open.arrayBuffer()).byteLength).toBe(10);

    const outside = await get(h.store.failedGreetingCall, `bytes=${whole.length}-`);
    expect(outside.status).toBe(416);
    expect(outside.headers.get('content-range')).toBe(`bytes */${whole.length}`);
  });

  it("silences a redacted span on the customer's side only", async () => {
    const { start, end } = h.store.redaction;
    const wav = parseWav(Buffer.from(await (await get(h.store.redactedCall)).arrayBuffer()));
    expect(rms(wav, 1, start, end)).toBe(0);
    expect(rms(wav, 1, 5, 8)).toBeGreaterThan(0.02);
    expect(rms(wav, 0, start, end)).toBeGreaterThan(0.02);
    // The same recording without a redaction keeps the customer's audio there.
    const plain = parseWav(Buffer.from(await (await get(h.store.failedGreetingCall)).arrayBuffer()));
    expect(rms(plain, 1, start, end)).toBeGreaterThan(0.02);
  });

  it('reuses the cached file (same ETag) on the next request', async () => {
    const a = await get(h.store.redactedCall, 'bytes=0-1');
    const b = await get(h.store.redactedCall, 'bytes=0-1');
    expect(a.headers.get('etag')).toBeTruthy();
    expect(b.headers.get('etag')).toBe(a.headers.get('etag'));
  });

  it('answers 404 naming the call when the recording is gone', async () => {
    h.store.db.$client.prepare("UPDATE calls SET file = '/nonexistent/x.wav' WHERE call_id = 'c-b2-1120-1'").run();
    const res = await get('c-b2-1120-1');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: 'recording_missing' });
  });
});
