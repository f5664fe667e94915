/**
 * What every handler of the app can reach: the store, the signed-in user and the
 * collaborators that the API hands work to (kept as arguments so tests can pass real ones).
 */
import type { Db } from '../pipeline/db/client.ts';
import type { KpiTargets } from '../pipeline/kpi/types.ts';
import type { AgentResultOptions } from '../pipeline/rank/read.ts';

export type Role = 'admin' | 'qa' | 'coach' | 'hr';
export const ROLES: readonly Role[] = ['admin', 'qa', 'coach', 'hr'];

/** The signed-in user, as the guard resolved it from a Bearer token or the sign-in cookie. */
export interface User {
  id: number;
  name: string;
  role: Role;
  /** Teams a coach may see; empty for other roles. */
  teams: string[];
}

export interface AppDeps {
  db: Db;
  /** Folder for served (redacted, re-encoded) WAV files; default: `<tmpdir>/callqa-audio-cache`. */
  audioCacheDir?: string;
  /** Ranking options (minimum calls, star thresholds…) for tiers and stars; pipeline defaults when absent. */
  rankOptions?: AgentResultOptions;
  /** KPI targets; the seed documents' targets when absent. */
  kpiTargets?: Partial<KpiTargets>;
  /** Starts a nightly run from the API; absent when the server has no run inputs (POST /runs answers 501). */
  runLauncher?: RunLauncher;
}

export interface RunLauncher {
  /** Starts the run in the background and resolves once its `runs` row exists. */
  start(request: { date: string; retryFailed?: boolean }): Promise<{ runId: number }>;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    /** Set by the guard on every route that is not public. */
    user: User;
    /** UI language chosen from ?lang=, the `lang` cookie or Accept-Language. */
    lang: 'zh' | 'en';
  };
}
