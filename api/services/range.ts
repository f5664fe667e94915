/** HTTP `Range: bytes=…` parsing for one range (RFC 9110 §14); several ranges are answered whole. */

export type RangeRequest =
  | { kind: 'full' }
  | { kind: 'partial'; start: number; end: number }
  | { kind: 'unsatisfiable' };

/** `end` is inclusive, as in Content-Range. */
export function parseRange(header: string | undefined, sizeBytes: number): RangeRequest {
  if (!header) return { kind: 'full' };
  const m = header.trim().match(/^bytes=\s*(\d*)\s*-\s*(\d*)\s*$/i);
  // Malformed or multi-range: a server may ignore Range and send the whole file.
  if (!m || (m[1] === '' && m[2] === '')) return { kind: 'full' };
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0 || sizeBytes === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', start: Math.max(0, sizeBytes - suffix), end: sizeBytes - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? sizeBytes - 1 : Math.min(Number(m[2]), sizeBytes - 1);
  if (start >= sizeBytes || end < start) return { kind: 'unsatisfiable' };
  return { kind: 'partial', start, end };
}
