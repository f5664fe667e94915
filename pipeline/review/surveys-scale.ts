/**
 * The satisfaction scale a survey file is on, as the importer states it ("1-5", "0-10"): surveys
 * are stored as given and mapped to 0–1, so files on different scales (a 1–5 CSAT, a 0–10
 * NPS-style question) can be averaged and compared.
 */
import { badInput } from './evaluations-error.ts';

export interface SurveyScale {
  min: number;
  max: number;
}

/** Widest scale accepted: a typo like "1-50" for "1-5" should be refused, not stored. */
const MAX_SCALE_SPAN = 100;

/** Parses "MIN-MAX" (whole numbers, MIN < MAX); throws ReviewInputError(400) naming `field`. */
export function parseScale(text: string, field = 'scale'): SurveyScale {
  const m = /^\s*(\d{1,3})\s*-\s*(\d{1,3})\s*$/.exec(text);
  if (!m) throw badInput(field, `"${text}" is not a scale: write it as MIN-MAX, e.g. 1-5 or 0-10`);
  const min = Number(m[1]);
  const max = Number(m[2]);
  if (min >= max) throw badInput(field, `scale ${text}: the lowest answer must be below the highest`);
  if (max - min > MAX_SCALE_SPAN) throw badInput(field, `scale ${text}: wider than ${MAX_SCALE_SPAN} points`);
  return { min, max };
}

/** An answer on the scale mapped to 0–1 (lowest answer 0, highest 1). */
export const toUnit = (value: number, scale: SurveyScale): number => (value - scale.min) / (scale.max - scale.min);

export const formatScale = (scale: SurveyScale): string => `${scale.min}-${scale.max}`;
