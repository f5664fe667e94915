/** Small display helpers shared by the pages. */

/** `m:ss` from seconds. */
export function clock(s: number | null | undefined): string {
  if (s === null || s === undefined || !Number.isFinite(s)) return '–';
  const total = Math.max(0, Math.floor(s));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

export function num(v: number | null | undefined, digits = 1): string {
  return v === null || v === undefined || !Number.isFinite(v) ? '–' : v.toFixed(digits);
}

export function signed(v: number | null | undefined, digits = 1): string {
  return v === null || v === undefined ? '–' : `${v > 0 ? '+' : ''}${v.toFixed(digits)}`;
}

/** `HH:MM` of an ISO timestamp as written (no time-zone shift: the manifest's local time). */
export function timeOf(iso: string): string {
  const m = iso.match(/T(\d{2}:\d{2})/);
  return m ? m[1] : iso;
}
