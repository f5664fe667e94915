import { expect, it } from 'vitest';
import type { RunSummary } from '../../pipeline/run/summary.ts';
import { formatSummary, interruptedLine } from './format-summary.ts';

const summary: RunSummary = {
  runId: 7, date: '2026-11-20', elapsedS: 12.5,
  ingest: { validRows: 30, newCalls: 10, agents: 3, rejected: 0, rejects: [] },
  sample: { seed: 'callqa:2026-11-20', drawnNow: false, sampled: 9, ineligible: 0, addedSinceDraw: 10 },
  calls: { processedNow: 2, done: 4, failed: 1, waitingAsr: 0, pending: 4 },
  failedByReason: {}, recordingSuccess: { rate: 1, usable: 5, checked: 5, target: 0.95, met: true },
  meanScore: 80, notes: ['10 calls added since the sample was drawn; rerun with --resample to include them'],
  interrupted: { reason: 'SIGTERM', notStarted: 3, abandoned: 1 },
};

it('says in one line what an interrupted run left to do, and prints the sample notes', () => {
  expect(interruptedLine(summary)).toBe(
    'run #7 for 2026-11-20 interrupted (SIGTERM): 4 done, 1 failed, 4 pending (3 not started, 1 abandoned in flight); run the date again to finish',
  );
  const text = formatSummary(summary);
  expect(text).toContain('  note       10 calls added since the sample was drawn; rerun with --resample to include them');
  expect(text).toContain(`  stopped    ${interruptedLine(summary)}`);
});
