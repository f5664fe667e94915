/** The end-of-run summary as a person reads it on a terminal. */
import type { RunSummary } from '../../pipeline/run/index.ts';

const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);

/** One line for a run that was stopped before it finished: what stays to do, and how. */
export function interruptedLine(s: RunSummary): string {
  const i = s.interrupted!;
  return (
    `run #${s.runId} for ${s.date} interrupted (${i.reason}): ${s.calls.done} done, ${s.calls.failed} failed, ` +
    `${s.calls.pending} pending (${i.notStarted} not started, ${i.abandoned} abandoned in flight); run the date again to finish`
  );
}

export function formatSummary(s: RunSummary): string {
  const lines = [
    `callqa run #${s.runId} for ${s.date} — ${s.elapsedS} s`,
    `  ingested   ${s.ingest.validRows} valid manifest rows (${s.ingest.newCalls} new), ${s.ingest.agents} agents`,
    `  rejected   ${s.ingest.rejected} rows`,
    ...s.ingest.rejects.slice(0, 20).map((r) => `             ${r}`),
    ...(s.ingest.rejects.length > 20 ? [`             … and ${s.ingest.rejects.length - 20} more (table ingest_rejects)`] : []),
    `  sampled    ${s.sample.sampled} calls (seed ${s.sample.seed}${s.sample.drawnNow ? '' : ', reused from an earlier run'}), ${s.sample.ineligible} ineligible`,
    `  processed  ${s.calls.processedNow} this run; ${s.calls.done} done, ${s.calls.failed} failed, ${s.calls.waitingAsr} waiting for transcription, ${s.calls.pending} pending`,
  ];
  const reasons = Object.entries(s.failedByReason).sort((a, b) => b[1] - a[1]);
  if (reasons.length) lines.push(`  failed by  ${reasons.map(([r, n]) => `${r} ×${n}`).join(', ')}`);
  const rs = s.recordingSuccess;
  lines.push(`  recordings ${pct(rs.rate)} usable (${rs.usable}/${rs.checked}; target ≥ ${pct(rs.target)}${rs.met === null ? '' : rs.met ? ', met' : ', MISSED'})`);
  lines.push(`  mean score ${s.meanScore ?? 'n/a'}`);
  for (const note of s.notes) lines.push(`  note       ${note}`);
  if (s.interrupted) lines.push(`  stopped    ${interruptedLine(s)}`);
  return lines.join('\n');
}
