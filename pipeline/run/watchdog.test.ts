import { describe, expect, it } from 'vitest';
import { stageBudgetS, StageTimeoutError, withinBudget } from './watchdog.ts';

const tight = { stageBaseS: 0.2, stagePerAudioMinuteS: 0.6 };

describe('stage watchdog', () => {
  it('budget: base plus per audio minute', () => {
    expect(stageBudgetS({ stageBaseS: 60, stagePerAudioMinuteS: 30 }, 600)).toBe(360);
    expect(stageBudgetS(tight, 30)).toBeCloseTo(0.5, 9);
  });

  it('passes through a result in time', async () => {
    await expect(withinBudget('vad', tight, 30, async () => 'done')).resolves.toBe('done');
  });

  it('rejects at the deadline, naming stage and budget, and aborts the stage signal', async () => {
    let seen: AbortSignal | undefined;
    const startedMs = performance.now();
    const never = withinBudget('sentiment', tight, 30, (signal) => {
      seen = signal;
      return new Promise<never>(() => {});
    });
    await expect(never).rejects.toThrow(new StageTimeoutError('sentiment', 0.5, '0.2 s + 0.6 s per audio minute × 0.5 min'));
    expect(performance.now() - startedMs).toBeGreaterThanOrEqual(450);
    expect(seen?.aborted).toBe(true);
    expect(seen?.reason).toBeInstanceOf(StageTimeoutError);
  });

  it('fails synchronous work that returned past its budget (no timer can interrupt it)', async () => {
    const busy = () => {
      const until = performance.now() + 700;
      while (performance.now() < until);
      return 42;
    };
    await expect(withinBudget('score', tight, 30, busy)).rejects.toThrow(/score ran past its budget of 0\.5 s/);
  });

  it("multiplies a stage's budget by the calls sharing its thread, and only that stage's", async () => {
    const shared = { ...tight, sharedBy: { vad: 3 } };
    expect(stageBudgetS(shared, 30, 'vad')).toBeCloseTo(1.5, 9);
    expect(stageBudgetS(shared, 30, 'sentiment')).toBeCloseTo(0.5, 9);
    const startedMs = performance.now();
    const never = withinBudget('vad', shared, 30, () => new Promise<never>(() => {}));
    await expect(never).rejects.toThrow(/vad ran past its budget of 1\.5 s \(.*, × 3 calls sharing a thread\)/);
    expect(performance.now() - startedMs).toBeGreaterThanOrEqual(1450);
  });

  it('passes on a stage error as it is', async () => {
    await expect(withinBudget('vad', tight, 30, () => Promise.reject(new Error('model broke')))).rejects.toThrow('model broke');
  });
});
