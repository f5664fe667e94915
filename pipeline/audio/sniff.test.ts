import { describe, expect, it } from 'vitest';
import { sniffBytes } from './sniff.ts';

const buf = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('sniffBytes', () => {
  it('recognises audio containers by their signatures', () => {
    expect(sniffBytes(buf('RIFF', [0, 0, 0, 0], 'WAVEfmt '))).toEqual({ kind: 'audio', container: 'wav' });
    expect(sniffBytes(buf('OggS', [0, 2]))).toEqual({ kind: 'audio', container: 'ogg' });
    expect(sniffBytes(buf([0, 0, 0, 0x20], 'ftypM4A '))).toEqual({ kind: 'audio', container: 'mp4' });
    expect(sniffBytes(buf('ID3', [4, 0]))).toEqual({ kind: 'audio', container: 'mp3' });
    expect(sniffBytes(buf([0xff, 0xfb, 0x90, 0x64]))).toEqual({ kind: 'audio', container: 'mp3' });
  });

  it('names documents, images and text as not audio', () => {
    expect(sniffBytes(buf('%PDF-1.7\n'))).toMatchObject({ kind: 'not_audio', what: 'PDF document' });
    expect(sniffBytes(buf([0xff, 0xd8, 0xff, 0xe0]))).toMatchObject({ kind: 'not_audio', what: 'JPEG image' });
    expect(sniffBytes(buf([0x50, 0x4b, 0x03, 0x04]))).toMatchObject({ kind: 'not_audio' });
    expect(sniffBytes(Buffer.from('{"callId":"c-1","segments":[]}\n您好，招商银行信用卡中心'))).toMatchObject({ kind: 'not_audio', what: 'text' });
  });

  it('leaves binary junk unknown (the caller calls it corrupt)', () => {
    expect(sniffBytes(Buffer.from([0x00, 0x13, 0x88, 0x02, 0x00, 0x91, 0xfe, 0x01, 0x00, 0x00]))).toEqual({ kind: 'unknown' });
    expect(sniffBytes(Buffer.alloc(0))).toEqual({ kind: 'unknown' });
  });
});
