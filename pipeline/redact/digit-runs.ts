import type { NumberUnit } from './number-units.ts';

/**
 * A stretch of digit units joined only by separators, split into groups where the
 * speaker or writer paused or punctuated ("138 1234 5678", "四一五，五五五，一二一二").
 */
export interface DigitRun {
  units: NumberUnit[];
  /** Index (into `units`) of the first unit of each group, ascending, starting with 0. */
  groupStarts: number[];
}

/**
 * What may sit between two units of one number: whitespace, dashes, commas, dots,
 * slashes, brackets, and spoken fillers (嗯, 呃, "um", "uh"). Anything else — a word,
 * another digit token that was skipped as an amount or date, a mask `*` — ends the run.
 */
const SEPARATOR_GAP = /^(?:[\s\-‐–—,，、.。·/()（）…⋯]|嗯|呃|额|啊|哦|um|uh|uhm|er|erm|ah)+$/i;
/** Longest gap still read as a pause inside one number, in UTF-16 code units. */
const MAX_GAP_CHARS = 8;

export function isSeparatorGap(gap: string): boolean {
  return gap.length <= MAX_GAP_CHARS && SEPARATOR_GAP.test(gap);
}

/**
 * Whether a gap splits two groups. Plain whitespace between English words does not
 * (words are always spaced: "four one five" is one group); punctuation or a filler does,
 * and so does any separator between digit strings or Chinese digit words.
 */
function splitsGroups(gap: string, before: NumberUnit, after: NumberUnit): boolean {
  if (gap === '') return false;
  const bothWords = before.source === 'en' && after.source === 'en';
  return !(bothWords && /^\s+$/.test(gap));
}

/** Groups consecutive units of `text` into runs. The X letter always ends a run. */
export function findDigitRuns(text: string, units: readonly NumberUnit[]): DigitRun[] {
  const runs: DigitRun[] = [];
  let current: DigitRun | null = null;
  for (const unit of units) {
    const prev: NumberUnit | undefined = current?.units[current.units.length - 1];
    const gap = prev ? text.slice(prev.end, unit.start) : '';
    if (!current || !prev || prev.source === 'x' || (gap !== '' && !isSeparatorGap(gap))) {
      current = { units: [unit], groupStarts: [0] };
      runs.push(current);
      continue;
    }
    if (splitsGroups(gap, prev, unit)) current.groupStarts.push(current.units.length);
    current.units.push(unit);
  }
  return runs;
}
