import { describe, expect, it } from 'vitest';
import { planAsrPool } from './asr-pool.ts';

const GB = 1024 ** 3;
const MB = 1024 ** 2;

describe('planAsrPool', () => {
  it('runs one single-thread worker per core when memory allows', () => {
    expect(planAsrPool({ cores: 2, totalMemBytes: 24 * GB, modelBytes: 290 * MB })).toEqual({ workers: 2, intraOpThreads: 1 });
    expect(planAsrPool({ cores: 16, totalMemBytes: 64 * GB, modelBytes: 290 * MB })).toEqual({ workers: 16, intraOpThreads: 1 });
  });

  it('uses fewer, multi-threaded workers when a large model would not fit once per core', () => {
    // 1 GB model → ~2.5 GB per worker; half of 8 GB holds one worker, which then gets all 8 cores.
    expect(planAsrPool({ cores: 8, totalMemBytes: 8 * GB, modelBytes: 1 * GB })).toEqual({ workers: 1, intraOpThreads: 8 });
    expect(planAsrPool({ cores: 8, totalMemBytes: 24 * GB, modelBytes: 1 * GB })).toEqual({ workers: 4, intraOpThreads: 2 });
  });

  it('honours a worker cap and never plans zero workers', () => {
    expect(planAsrPool({ cores: 8, totalMemBytes: 64 * GB, modelBytes: 290 * MB }, 3)).toEqual({ workers: 3, intraOpThreads: 2 });
    expect(planAsrPool({ cores: 1, totalMemBytes: 1 * GB, modelBytes: 4 * GB })).toEqual({ workers: 1, intraOpThreads: 1 });
  });
});
