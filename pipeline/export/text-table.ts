/**
 * A plain-text table for the terminal. Chinese characters take two columns in a terminal, so
 * padding counts display width, not string length.
 */
import type { Cell } from './tables.ts';

export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    // CJK ideographs, Hangul, full-width forms and CJK punctuation are double width.
    const wide = (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x20000 && cp <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

/** Columns separated by two spaces; numbers right-aligned, text left-aligned; null shows as "–". */
export function textTable(headers: readonly string[], rows: readonly Cell[][]): string {
  const text = rows.map((r) => r.map((c) => (c === null ? '–' : typeof c === 'number' ? formatNumber(c) : c.replace(/\s+/g, ' '))));
  const widths = headers.map((h, j) => Math.max(displayWidth(h), ...text.map((r) => displayWidth(r[j] ?? ''))));
  const pad = (s: string, j: number, right: boolean) => {
    const fill = ' '.repeat(widths[j] - displayWidth(s));
    return right ? fill + s : s + fill;
  };
  const lines = [headers.map((h, j) => pad(h, j, false)).join('  ')];
  lines.push(widths.map((w) => '-'.repeat(w)).join('  '));
  text.forEach((r, i) => lines.push(r.map((s, j) => pad(s, j, typeof rows[i][j] === 'number')).join('  ').trimEnd()));
  return lines.join('\n');
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
