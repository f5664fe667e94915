import { describe, expect, it } from 'vitest';
import { jobIdOfKey, jobKey } from './job-key.ts';

describe('job keys', () => {
  it('name the work, and give one stable uuid per key and queueing run', () => {
    const key = jobKey({ date: '2026-11-20', callId: 'C-1', group: 'cpu', step: 1 });
    expect(key).toBe('2026-11-20/C-1/cpu/1');
    expect(jobIdOfKey(key, 7)).toBe(jobIdOfKey('2026-11-20/C-1/cpu/1', 7));
    expect(jobIdOfKey(key, 7)).not.toBe(jobIdOfKey('2026-11-20/C-1/cpu/3', 7));
    // A failed job queued again by a later run (--retry-failed) is a new pg-boss job.
    expect(jobIdOfKey(key, 8)).not.toBe(jobIdOfKey(key, 7));
    expect(jobIdOfKey(key, 7)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
