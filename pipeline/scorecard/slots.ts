/**
 * Slots in phrase templates (`{surname}`, `{brand}`): part of the scorecard format, so the loader
 * validates them here and the phrase matcher (pipeline/checks/match/phrase.ts) fills them.
 */
export const SLOT_NAMES = ['surname', 'brand'] as const;
export const SLOT = /\{(\w+)\}/g;

/** The slot names a template uses, in order. */
export function slotsIn(template: string): string[] {
  return [...template.matchAll(SLOT)].map((m) => m[1]);
}
