/** 16-bit PCM WAV encoding of float signals (−1..1), interleaving channels. */

/** A WAV file (RIFF header + little-endian int16 samples) holding `channels`, all the same length. */
export function encodeWav(channels: Float32Array[], sampleRateHz: number): Buffer {
  const n = channels.length;
  const frames = n ? channels[0].length : 0;
  const dataBytes = frames * n * 2;
  const buf = Buffer.alloc(44 + dataBytes);
  buf.write('RIFF', 0, 'ascii');
  buf.writeUInt32LE(36 + dataBytes, 4);
  buf.write('WAVE', 8, 'ascii');
  buf.write('fmt ', 12, 'ascii');
  buf.writeUInt32LE(16, 16); // fmt chunk size
  buf.writeUInt16LE(1, 20); // PCM
  buf.writeUInt16LE(n, 22);
  buf.writeUInt32LE(sampleRateHz, 24);
  buf.writeUInt32LE(sampleRateHz * n * 2, 28); // byte rate
  buf.writeUInt16LE(n * 2, 32); // block align
  buf.writeUInt16LE(16, 34); // bits per sample
  buf.write('data', 36, 'ascii');
  buf.writeUInt32LE(dataBytes, 40);
  let at = 44;
  for (let f = 0; f < frames; f++) {
    for (let c = 0; c < n; c++) {
      const v = Math.max(-1, Math.min(1, channels[c][f]));
      buf.writeInt16LE(Math.round(v < 0 ? v * 32768 : v * 32767), at);
      at += 2;
    }
  }
  return buf;
}
