/**
 * Progress for `callqa run`, for humans: a bar on a terminal, a line every 10% otherwise (cron,
 * CI logs). On stdout, beside the summary: stderr carries the structured logs.
 */
import cliProgress from 'cli-progress';
import type { RunProgress, CallOutcome } from '../../pipeline/run/index.ts';

export function createProgress(stream: NodeJS.WriteStream = process.stdout): RunProgress {
  let total = 0;
  let done = 0;
  let failed = 0;
  let lastDecile = -1;
  const bar = stream.isTTY
    ? new cliProgress.SingleBar(
        { stream, format: 'calls {bar} {value}/{total} | failed {failed} | {eta_formatted} left', hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
  return {
    start(n) {
      total = n;
      if (bar) bar.start(n, 0, { failed: 0 });
      else stream.write(`processing ${n} sampled calls\n`);
    },
    callDone(callId: string, outcome: CallOutcome) {
      done++;
      if (outcome.status === 'failed') failed++;
      if (bar) return bar.update(done, { failed });
      const decile = Math.floor((done / Math.max(total, 1)) * 10);
      if (decile !== lastDecile) {
        lastDecile = decile;
        stream.write(`  ${done}/${total} calls (${failed} failed)\n`);
      }
      if (outcome.status === 'failed') stream.write(`  ${callId}: ${outcome.stage} failed: ${outcome.reason}\n`);
    },
    stop() {
      bar?.stop();
    },
  };
}
