import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSidecar, sidecarPath } from './sidecar.ts';

const dir = mkdtempSync(join(tmpdir(), 'callqa-sidecar-'));
const good = {
  callId: 'c-0001',
  language: 'zh',
  segments: [
    { speaker: 'agent', start: 0.4, end: 3.9, text: '您好，招商银行信用卡中心，我姓王，很高兴为您服务' },
    { speaker: 'customer', start: 4.2, end: 6.0, text: '你好，我想查一下账单' },
  ],
};

describe('readSidecar', () => {
  it('finds <stem>.transcript.json next to the recording', () => {
    expect(sidecarPath('/r/day/c-0001.ogg')).toBe('/r/day/c-0001.transcript.json');
  });

  it('imports a valid transcript and marks it imported', async () => {
    writeFileSync(join(dir, 'c-0001.transcript.json'), JSON.stringify(good));
    const r = await readSidecar(join(dir, 'c-0001.ogg'), 'c-0001');
    expect(r.status).toBe('ok');
    if (r.status === 'ok') {
      expect(r.transcript.segments).toHaveLength(2);
      expect(r.transcript.source).toEqual({ kind: 'imported' });
    }
  });

  it.each([
    ['bad json', '{"callId": ', /not valid JSON/],
    ['bad speaker', JSON.stringify({ ...good, segments: [{ ...good.segments[0], speaker: 'bot' }] }), /segments\.0\.speaker/],
    ['end before start', JSON.stringify({ ...good, segments: [{ ...good.segments[0], start: 5, end: 1 }] }), /segments\.0\.end: end is before start/],
    ['other call', JSON.stringify({ ...good, callId: 'c-9' }), /callId is c-9, expected c-0002/],
  ])('names the file and the problem for %s', async (_name, body, reason) => {
    writeFileSync(join(dir, 'c-0002.transcript.json'), body);
    const r = await readSidecar(join(dir, 'c-0002.wav'), 'c-0002');
    expect(r.status).toBe('invalid');
    if (r.status === 'invalid') {
      expect(r.reason).toContain(join(dir, 'c-0002.transcript.json'));
      expect(r.reason).toMatch(reason);
    }
  });

  it('reports a missing sidecar as missing', async () => {
    expect((await readSidecar(join(dir, 'none.mp3'), 'none')).status).toBe('missing');
  });
});
