/** How the VAD pool is sized: threads up to the cores, each thread taking its share of the calls in flight. */
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { vadPoolShape } from './vad-pool.ts';

describe('vadPoolShape', () => {
  it('spreads the calls over the threads, rounding up, so every call in flight has a place', () => {
    expect(vadPoolShape({ calls: 5, threads: 2 })).toEqual({ threads: 2, tasksPerWorker: 3 });
    expect(vadPoolShape({ calls: 4, threads: 2 })).toEqual({ threads: 2, tasksPerWorker: 2 });
  });
  it('uses no more threads than calls, nor than the machine has cores', () => {
    expect(vadPoolShape({ calls: 1 })).toEqual({ threads: 1, tasksPerWorker: 1 });
    const cores = availableParallelism();
    expect(vadPoolShape({ calls: 4 * cores })).toEqual({ threads: cores, tasksPerWorker: 4 });
  });
  it('takes one call per thread when the calls are not given', () => {
    expect(vadPoolShape({ threads: 3 })).toEqual({ threads: 3, tasksPerWorker: 1 });
  });
});
