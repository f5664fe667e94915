/** Seeded pseudo-random numbers (mulberry32): the same seed gives the same sequence everywhere. */
export { mulberry32 } from '../../../pipeline/random.ts';

/** Fisher–Yates shuffle in place with the given generator. */
export function shuffleInPlace<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
