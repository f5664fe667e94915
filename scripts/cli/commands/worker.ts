/**
 * `callqa worker [--db postgres://…] [--stages LIST] [--concurrency N] [--device cpu|cuda]`:
 * takes calls' jobs from the Postgres job queue and processes them, until SIGTERM / Ctrl-C
 * (the first: finish the jobs in flight, take no new ones, exit 0; the second: give up the jobs
 * in flight — they go to another worker after the visibility timeout — and exit 143/130).
 * Any number of workers, on any machines that see the recordings and the database.
 * `--stages asr` makes a transcription-only worker (for GPU machines); `--stages
 * audio,vad,sentiment,score` one for everything else; the default serves both.
 * Exits 69 (EX_UNAVAILABLE) when this machine cannot do the work: `--device cuda` without
 * CUDA, or asr jobs asked of a machine without the Whisper model (call-stages.ts).
 */
import { Option, type Command } from 'commander';
import { hostname } from 'node:os';
import { EnvironmentError, UserInputError } from '../../../pipeline/errors.ts';
import { maskPassword } from '../../../pipeline/db/index.ts';
import {
  ALL_GROUPS, callPipelineHandler, cudaUnavailableReason, DEVICES, groupsForStages, loadCallStages, openQueue, requirePostgresUrl, runJobs, type Device,
} from '../../../pipeline/queue/index.ts';
import { buildComponents, processCall } from '../../../pipeline/run/index.ts';
import { findAndLoadConfig, locateDb } from '../locations.ts';
import { exitCodeForSignal, watchStopSignals } from '../stop-signals.ts';

interface WorkerFlags {
  db?: string;
  config?: string;
  stages?: string;
  concurrency?: string;
  device: string;
  exitWhenDrained?: boolean;
}

/** EX_UNAVAILABLE (sysexits.h): this machine cannot provide the service asked for. */
const EXIT_UNAVAILABLE = 69;

export default function register(program: Command): void {
  program
    .command('worker')
    .description('Process calls from the Postgres job queue (any number of workers, on any machines that see the recordings).')
    .option('--db <url>', 'the Postgres store holding the queue (default $CALLQA_DB)')
    .option('--config <file>', 'configuration file (queue.visibilityTimeoutS, queue.maxAttempts, …)')
    .option('--stages <list>', 'stage groups to serve: audio,vad,sentiment,score and/or asr (default: all)')
    .option('--concurrency <n>', 'jobs at once (default: the config\'s concurrency)')
    .addOption(new Option('--device <device>', 'where models run').choices(DEVICES).default('cpu'))
    .option('--exit-when-drained', 'exit once no job is waiting or running (benchmarks, one-off catch-up)')
    .action(async (flags: WorkerFlags) => {
      const url = requirePostgresUrl(locateDb(flags.db).file, 'callqa worker');
      const groups = groupsForStages(flags.stages);
      const config = findAndLoadConfig(flags.config);
      const concurrency = flags.concurrency === undefined ? config.concurrency : Number(flags.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1) throw new UserInputError(`--concurrency must be a whole number ≥ 1, got "${flags.concurrency}"`);
      const device = flags.device as Device;
      try {
        if (device === 'cuda') {
          const reason = cudaUnavailableReason();
          if (reason) throw new EnvironmentError(`--device cuda: ${reason}`);
        }
        const stages = await loadCallStages({ buildComponents, processCall }, { url, config, groups, concurrency, device });
        const queue = await openQueue({ url, ...config.queue, poolSize: concurrency + 4 }).catch(async (err: unknown) => {
          await stages.close();
          throw err;
        });
        const signals = watchStopSignals((signal, second) => {
          process.stderr.write(second ? `${signal}: giving up the jobs in flight\n` : `${signal}: finishing the jobs in flight, taking no new ones (again to give them up)\n`);
        });
        try {
          process.stderr.write(`callqa worker on ${hostname()}: ${groups.join(' + ')} jobs, ${concurrency} at once, ${device}, queue ${maskPassword(url)}\n`);
          const summary = await runJobs(
            { queue, groups, concurrency, device, notes: stages.notes, heartbeatIntervalS: config.queue.heartbeatS, stop: signals.graceful, abortInFlight: signals.abandon, exitWhenDrained: flags.exitWhenDrained,
              // An asr job finishes its call (call-stages.ts): a cpu-only worker has nothing to wait for once the cpu jobs are done.
              drainGroups: groups.includes('asr') ? ALL_GROUPS : groups },
            callPipelineHandler(stages),
          );
          process.stderr.write(`callqa worker: ${summary.done} done, ${summary.failed} failed, ${summary.retried} to retry\n`);
          if (signals.abandon.aborted) process.exitCode = exitCodeForSignal(signals.received());
        } finally {
          signals.dispose();
          await queue.close();
          await stages.close();
        }
      } catch (err) {
        // This machine cannot do the work: one line, not a stack — nothing is wrong with callqa.
        if (!(err instanceof EnvironmentError)) throw err;
        process.stderr.write(`callqa worker: ${err.message}\n`);
        process.exitCode = EXIT_UNAVAILABLE;
      }
    });
}
