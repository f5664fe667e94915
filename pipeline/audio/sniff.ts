/**
 * Guess what a file is from its first bytes, without ffmpeg. Used to tell a recording that
 * ffprobe cannot parse apart: an audio container with damaged bytes is `corrupt`, while text
 * (an HTML error page saved as .wav), an image or an archive is `not_audio`.
 */
export type SniffedKind =
  | { kind: 'audio'; container: 'wav' | 'ogg' | 'mp3' | 'mp4' | 'flac' | 'aiff' | 'amr' | 'webm' | 'caf' | 'asf' }
  | { kind: 'not_audio'; what: string }
  | { kind: 'unknown' };

const ascii = (buf: Buffer, start: number, text: string): boolean =>
  buf.length >= start + text.length && buf.toString('latin1', start, start + text.length) === text;

const bytes = (buf: Buffer, start: number, values: number[]): boolean =>
  buf.length >= start + values.length && values.every((v, i) => buf[start + i] === v);

/** Known non-audio signatures, checked after the audio ones. */
const NOT_AUDIO: [string, (b: Buffer) => boolean][] = [
  ['PNG image', (b) => bytes(b, 0, [0x89, 0x50, 0x4e, 0x47])],
  ['JPEG image', (b) => bytes(b, 0, [0xff, 0xd8, 0xff])],
  ['GIF image', (b) => ascii(b, 0, 'GIF8')],
  ['WebP image', (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP')],
  ['PDF document', (b) => ascii(b, 0, '%PDF')],
  ['ZIP archive (or Office document)', (b) => bytes(b, 0, [0x50, 0x4b, 0x03, 0x04])],
  ['gzip archive', (b) => bytes(b, 0, [0x1f, 0x8b])],
  ['7-Zip archive', (b) => bytes(b, 0, [0x37, 0x7a, 0xbc, 0xaf])],
  ['executable', (b) => bytes(b, 0, [0x7f, 0x45, 0x4c, 0x46]) || ascii(b, 0, 'MZ')],
  ['SQLite database', (b) => ascii(b, 0, 'SQLite format 3')],
];

/** True when the bytes read as UTF-8 text with no control characters other than whitespace. */
export function looksLikeText(head: Buffer): boolean {
  if (head.length === 0) return false;
  // Drop up to 3 trailing bytes: the read may have cut a multi-byte character in half.
  const sample = head.subarray(0, Math.max(1, head.length - 3));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(sample);
  } catch {
    return false;
  }
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
  }
  return control <= text.length * 0.01;
}

/** Classify a file from its first bytes (64 KB is plenty). */
export function sniffBytes(head: Buffer): SniffedKind {
  if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'WAVE')) return { kind: 'audio', container: 'wav' };
  if (ascii(head, 0, 'RF64') || ascii(head, 0, 'BW64')) return { kind: 'audio', container: 'wav' };
  if (ascii(head, 0, 'OggS')) return { kind: 'audio', container: 'ogg' };
  if (ascii(head, 0, 'fLaC')) return { kind: 'audio', container: 'flac' };
  if (ascii(head, 0, 'FORM') && (ascii(head, 8, 'AIFF') || ascii(head, 8, 'AIFC'))) return { kind: 'audio', container: 'aiff' };
  if (ascii(head, 0, '#!AMR')) return { kind: 'audio', container: 'amr' };
  if (ascii(head, 0, 'caff')) return { kind: 'audio', container: 'caf' };
  if (ascii(head, 4, 'ftyp')) return { kind: 'audio', container: 'mp4' };
  if (bytes(head, 0, [0x1a, 0x45, 0xdf, 0xa3])) return { kind: 'audio', container: 'webm' };
  if (bytes(head, 0, [0x30, 0x26, 0xb2, 0x75])) return { kind: 'audio', container: 'asf' };
  if (ascii(head, 0, 'ID3')) return { kind: 'audio', container: 'mp3' };
  // MPEG audio frame sync: 11 set bits, layer bits not 00.
  if (head.length >= 2 && head[0] === 0xff && (head[1] & 0xe0) === 0xe0 && (head[1] & 0x06) !== 0) {
    return { kind: 'audio', container: 'mp3' };
  }
  for (const [what, test] of NOT_AUDIO) if (test(head)) return { kind: 'not_audio', what };
  if (looksLikeText(head)) return { kind: 'not_audio', what: 'text' };
  return { kind: 'unknown' };
}
