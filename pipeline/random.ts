/**
 * Seeded pseudo-random numbers (mulberry32): the same seed gives the same sequence on every
 * platform (32-bit integer maths only). Here, below everything, so the demo data the pipeline
 * makes (pipeline/run/demo-review/) and the scripts and tests (scripts/dev/lib/random.ts) draw
 * from one generator.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
