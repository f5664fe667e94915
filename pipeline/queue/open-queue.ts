/**
 * Opens the job queue on a Postgres database: one `pg` pool shared by pg-boss (through its
 * bring-your-own-database option) and by callqa's ledger and worker registry, the queue tables
 * created if missing, and one pg-boss queue per stage group.
 *
 * Why pg-boss (10.x; 11+ needs Node 22): a job's `expireInSeconds` is its visibility timeout —
 * a job still `active` that long after it started is failed by pg-boss's maintenance (run by one
 * of the connected instances every `maintenanceIntervalSeconds`) and so retried like any failed
 * job, which is how a job whose worker was killed reaches another worker; retries are per job
 * (`retryLimit`, `retryDelay`, `retryBackoff`: exponential with jitter); fetching is
 * `FOR UPDATE SKIP LOCKED`, so any number of workers on any machines share a queue; and it needs
 * nothing but Postgres.
 */
import PgBoss from 'pg-boss';
import pg from 'pg';
import { rootLogger } from '../log.ts';
import { checkSchemaName, ensureQueueSchema } from './queue-schema.ts';
import { ALL_GROUPS, type StageGroup } from './stage-groups.ts';

export interface QueueSettings {
  /** A job running this long without finishing is taken to be lost and handed to another worker. */
  visibilityTimeoutS: number;
  /** Attempts per job before it is stored as failed with its last error. */
  maxAttempts: number;
  /** The first retry's delay; each later one doubles (with jitter). */
  retryDelayS: number;
  /**
   * How often pg-boss looks for jobs past their visibility timeout: a lost job is picked up
   * between `visibilityTimeoutS` and `visibilityTimeoutS + maintenanceIntervalS` after it started.
   */
  maintenanceIntervalS: number;
}

export const DEFAULT_QUEUE_SETTINGS: QueueSettings = {
  // A 4-minute call's transcription on a CPU can take minutes; 30 min leaves room for long calls.
  visibilityTimeoutS: 1800,
  maxAttempts: 3,
  retryDelayS: 15,
  maintenanceIntervalS: 30,
};

export interface QueueOpenOptions extends Partial<QueueSettings> {
  /** postgres://… */
  url: string;
  /** callqa's queue tables (ledger, workers). */
  schema?: string;
  /** pg-boss's tables. */
  bossSchema?: string;
  /** Connections in the pool; a worker needs one per concurrent job plus a few. */
  poolSize?: number;
  /** Take part in pg-boss's maintenance (expiring lost jobs); off for read-only uses such as `status`. */
  supervise?: boolean;
}

/** What reading the queue's tables needs: a `pg.Pool`, or the store's port through queue-on-store.ts. */
export interface QueueReader {
  readonly pool: { query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }> };
  readonly schema: string;
}

export interface Queue {
  readonly pool: pg.Pool;
  readonly boss: PgBoss;
  readonly schema: string;
  readonly settings: QueueSettings;
  close(): Promise<void>;
}

/**
 * Maintenance often enough that a lost job waits at most ~10% past its visibility timeout, and
 * no more often than every second nor less than the default: a short timeout (tests, short
 * calls) asks for a quick pickup.
 */
export function maintenanceIntervalFor(visibilityTimeoutS: number | undefined): number {
  if (visibilityTimeoutS === undefined) return DEFAULT_QUEUE_SETTINGS.maintenanceIntervalS;
  return Math.min(DEFAULT_QUEUE_SETTINGS.maintenanceIntervalS, Math.max(1, Math.round(visibilityTimeoutS / 10)));
}

/** The pg-boss queue name of a stage group. */
export function queueName(group: StageGroup): string {
  return `callqa-${group}`;
}

export async function openQueue(options: QueueOpenOptions): Promise<Queue> {
  const log = rootLogger().child({ component: 'queue' });
  const settings: QueueSettings = {
    visibilityTimeoutS: options.visibilityTimeoutS ?? DEFAULT_QUEUE_SETTINGS.visibilityTimeoutS,
    maxAttempts: options.maxAttempts ?? DEFAULT_QUEUE_SETTINGS.maxAttempts,
    retryDelayS: options.retryDelayS ?? DEFAULT_QUEUE_SETTINGS.retryDelayS,
    maintenanceIntervalS: options.maintenanceIntervalS ?? maintenanceIntervalFor(options.visibilityTimeoutS),
  };
  const schema = checkSchemaName(options.schema ?? 'callqa_queue');
  const bossSchema = checkSchemaName(options.bossSchema ?? 'callqa_pgboss');
  const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10, connectionTimeoutMillis: 10_000 });
  // An idle connection the server drops (Postgres restarting) is reported here; without a
  // listener node would crash the worker. The pool opens a fresh connection on next use.
  pool.on('error', (err) => log.warn({ err: err.message }, 'queue database connection lost'));
  try {
    await ensureQueueSchema(pool, schema);
    const boss = new PgBoss({
      db: { executeSql: (text: string, values: unknown[]) => pool.query(text, values) },
      schema: bossSchema,
      supervise: options.supervise ?? true,
      schedule: false,
      migrate: true,
      maintenanceIntervalSeconds: settings.maintenanceIntervalS,
    });
    boss.on('error', (err: Error) => log.warn({ err: err.message }, 'queue maintenance failed; it will try again'));
    await boss.start();
    for (const group of ALL_GROUPS) {
      if (!(await boss.getQueue(queueName(group)))) await boss.createQueue(queueName(group)).catch(async (err: unknown) => {
        // Another worker created it between our look and our create.
        if (!(await boss.getQueue(queueName(group)))) throw err;
      });
    }
    return {
      pool,
      boss,
      schema,
      settings,
      async close() {
        await boss.stop({ graceful: false, wait: true, close: false }).catch(() => undefined);
        await pool.end();
      },
    };
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw err;
  }
}
