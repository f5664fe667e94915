/**
 * `callqa serve --workers N`: the API from N processes on one port (node:cluster). One Node
 * process answers on one core; on a machine with more, N processes serve N times the requests.
 * The primary only supervises: it forks N workers that each run the same command — their own
 * store connection (SQLite WAL readers do not block each other; Postgres gives each its pool) —
 * and hands connections out round-robin. Sign-in sessions and tokens live in the store, so any
 * worker answers any client. A worker that dies after it was serving is replaced; one that
 * dies before it ever listened (a bad store, a taken port) stops them all, as a single process
 * would. Each SIGINT/SIGTERM the primary gets is passed to every worker once, as a message:
 * workers ignore the signals themselves, because Ctrl-C (the terminal's process group) and
 * systemd (the unit's cgroup) signal them directly as well, and a second signal means
 * "abandon the runs in flight" (see scripts/cli/commands/serve.ts).
 */
import cluster, { type Worker } from 'node:cluster';

/** Set on each response of a worker: which process answered (1..N), for operators and tests. */
export const WORKER_HEADER = 'x-callqa-worker';

/** The worker's number (1..N) inside a `--workers` process, else null. */
export function serveWorkerId(): number | null {
  return cluster.isWorker ? cluster.worker!.id : null;
}

/** True in the primary of `--workers N` (N > 1): the process that must supervise instead of serve. */
export function mustSupervise(workers: number): boolean {
  return workers > 1 && cluster.isPrimary;
}

interface StopMessage {
  callqaStop: NodeJS.Signals;
}

/**
 * Calls `stop` for each stop request: the process's own SIGINT/SIGTERM, or in a worker the
 * primary's relayed message (the worker's own signals are ignored).
 */
export function onStopRequest(stop: (signal: NodeJS.Signals) => void): void {
  if (!cluster.isWorker) {
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    return;
  }
  const ignore = () => undefined;
  process.on('SIGINT', ignore);
  process.on('SIGTERM', ignore);
  process.on('message', (m: Partial<StopMessage>) => {
    if (m?.callqaStop) stop(m.callqaStop);
  });
}

/** Forks `workers` copies of this command and keeps them running; resolves with the exit code once all stopped. */
export function superviseWorkers(workers: number, log: (line: string) => void = console.log): Promise<number> {
  return new Promise((resolve) => {
    let stopping = false;
    let exitCode = 0;
    const listened = new WeakSet<Worker>();
    // The workers not exited yet, kept here rather than read from `cluster.workers`: that list keeps a worker whose
    // 'exit' comes before its 'disconnect' until the 'disconnect', so it could still hold the last worker when that
    // worker's 'exit' was handled, and the supervisor never resolved (Node then ended it with code 13, an unsettled
    // top-level await: once in a CI run of serve-workers.test.ts, postgres store).
    const running = new Set<Worker>();
    const fork = () => {
      const worker = cluster.fork();
      running.add(worker);
      worker.once('listening', () => {
        listened.add(worker);
        log(`callqa serve: worker ${worker.id} (pid ${worker.process.pid}) serving`);
      });
    };
    cluster.on('exit', (worker, code, signal) => {
      running.delete(worker);
      const how = signal ?? `code ${code}`;
      if (!stopping && listened.has(worker)) {
        log(`callqa serve: worker ${worker.id} (pid ${worker.process.pid}) exited (${how}); starting another`);
        fork();
        return;
      }
      if (!stopping) {
        log(`callqa serve: worker ${worker.id} exited (${how}) before it was serving; stopping`);
        exitCode = 1;
        stop('SIGTERM');
      }
      if (running.size === 0) resolve(exitCode);
    });
    const stop = (signal: NodeJS.Signals) => {
      stopping = true;
      for (const worker of running) {
        // One still starting has no stop handler yet: end it outright.
        if (!listened.has(worker) || !worker.isConnected()) worker.process.kill('SIGKILL');
        else worker.send({ callqaStop: signal } satisfies StopMessage);
      }
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
    for (let i = 0; i < workers; i++) fork();
  });
}
