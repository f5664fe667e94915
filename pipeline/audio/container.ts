/**
 * Container-level evidence that a recording ends early: the header promises more than the
 * file holds. ffmpeg decodes what is there without failing, so the structure is checked here:
 * WAV `data` chunk size, the last Ogg page (complete, end-of-stream flag), MP4 top-level boxes
 * (every box complete, `moov` present). Returns a sentence for the health detail, or null.
 */
import { open, type FileHandle } from 'node:fs/promises';
import type { SniffedKind } from './sniff.ts';

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, position);
  return buf.subarray(0, bytesRead);
}

/** WAV: walk the RIFF chunks to `data` and compare its declared size with the bytes present. */
async function wavTruncation(fh: FileHandle, sizeBytes: number): Promise<string | null> {
  let offset = 12;
  // Chunks before `data` (fmt, LIST, fact…) are small; 64 steps is far more than real files use.
  for (let step = 0; step < 64 && offset + 8 <= sizeBytes; step++) {
    const header = await readAt(fh, offset, 8);
    if (header.length < 8) break;
    const id = header.toString('latin1', 0, 4);
    const declared = header.readUInt32LE(4);
    if (id === 'data') {
      // 0 and 0xFFFFFFFF are placeholders written by streaming recorders (size unknown), not promises.
      if (declared === 0 || declared === 0xffffffff) return null;
      const present = sizeBytes - (offset + 8);
      if (present < declared) {
        return `WAV header declares ${declared} bytes of audio but the file holds ${present} (${((100 * present) / declared).toFixed(0)}%)`;
      }
      return null;
    }
    offset += 8 + declared + (declared % 2); // chunks are word-aligned
  }
  if (offset > sizeBytes) return `WAV file ends inside its header chunks (${sizeBytes} bytes)`;
  return null;
}

const OGG_TAIL_BYTES = 128 * 1024; // an Ogg page is at most 65,307 bytes

/** Ogg: the last page must be complete and carry the end-of-stream flag. */
async function oggTruncation(fh: FileHandle, sizeBytes: number): Promise<string | null> {
  const start = Math.max(0, sizeBytes - OGG_TAIL_BYTES);
  const tail = await readAt(fh, start, sizeBytes - start);
  let reachesPastEnd = false;
  for (let i = tail.lastIndexOf('OggS'); i >= 0; i = i > 0 ? tail.lastIndexOf('OggS', i - 1) : -1) {
    if (i + 27 > tail.length) {
      reachesPastEnd = true;
      continue;
    }
    if (tail[i + 4] !== 0) continue; // stream structure version is always 0; else a false match in payload
    const segments = tail[i + 26];
    if (i + 27 + segments > tail.length) {
      reachesPastEnd = true;
      continue;
    }
    let pageBytes = 27 + segments;
    for (let s = 0; s < segments; s++) pageBytes += tail[i + 27 + s];
    const end = i + pageBytes;
    if (end > tail.length) {
      reachesPastEnd = true;
      continue;
    }
    // The last complete page: a finished stream marks it end-of-stream.
    if ((tail[i + 5] & 0x04) !== 0) return null;
    return reachesPastEnd || end < tail.length
      ? `the last Ogg page is cut off (${sizeBytes} bytes)`
      : 'the last Ogg page lacks the end-of-stream flag (the recording stopped mid-stream)';
  }
  return reachesPastEnd ? `the last Ogg page is cut off (${sizeBytes} bytes)` : null;
}

/** MP4/M4A: every top-level box must fit in the file and a `moov` (the index) must exist. */
async function mp4Truncation(fh: FileHandle, sizeBytes: number): Promise<string | null> {
  let offset = 0;
  let sawMoov = false;
  for (let step = 0; step < 1000 && offset + 8 <= sizeBytes; step++) {
    const header = await readAt(fh, offset, 16);
    let boxBytes = header.readUInt32BE(0);
    const type = header.toString('latin1', 4, 8);
    if (boxBytes === 1 && header.length >= 16) boxBytes = Number(header.readBigUInt64BE(8));
    else if (boxBytes === 0) boxBytes = sizeBytes - offset; // box runs to end of file
    if (boxBytes < 8) return null; // not a box structure we understand; let ffprobe judge
    if (type === 'moov') sawMoov = true;
    if (offset + boxBytes > sizeBytes) {
      return `MP4 box '${type}' declares ${boxBytes} bytes but only ${sizeBytes - offset} remain`;
    }
    offset += boxBytes;
  }
  return sawMoov ? null : "MP4 file has no 'moov' index box (recording was not finalised)";
}

/** Container evidence that the file ends early, or null when none is found or the format has no such check. */
export async function containerTruncation(path: string, sizeBytes: number, sniffed: SniffedKind): Promise<string | null> {
  if (sniffed.kind !== 'audio') return null;
  const check = { wav: wavTruncation, ogg: oggTruncation, mp4: mp4Truncation }[sniffed.container as string];
  if (!check) return null;
  const fh = await open(path, 'r');
  try {
    return await check(fh, sizeBytes);
  } finally {
    await fh.close();
  }
}
