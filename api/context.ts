/**
 * What every handler of the app can reach: the store, the signed-in user and the
 * collaborators that the API hands work to (kept as arguments so tests can pass real ones).
 */
import type { Sql } from '../pipeline/db/index.ts';
import type { KpiTargets } from '../pipeline/kpi/index.ts';
import type { AgentResultOptions } from '../pipeline/rank/index.ts';

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
  /** The store's query port: SQLite (a file, possibly opened read-only) or Postgres. */
  sql: Sql;
  /** Folder for served (redacted, re-encoded) WAV files; default: `<tmpdir>/callqa-audio-cache`. */
  audioCacheDir?: string;
  /** Ranking options (minimum calls, star thresholds…) for tiers and stars; pipeline defaults when absent. */
  rankOptions?: AgentResultOptions;
  /** KPI targets; the seed documents' targets when absent. */
  kpiTargets?: Partial<KpiTargets>;
  /** Starts a nightly run from the API; absent when the server has no run inputs (POST /runs answers 501). */
  runLauncher?: RunLauncher;
  /** The config's `api` section (sessions, audio of unredacted calls); its defaults when absent. */
  api?: Partial<ApiSettings>;
  /** Config `review.officialScore`: what a call's official score is (pipeline/review/official-score.ts); `automatic` when absent. */
  officialScore?: 'automatic' | 'human-replaces';
  /** Config `review.queue` (pipeline/review/queue.ts QueueSettings): thresholds, random share, claim minutes; defaults when absent. */
  reviewQueue?: Partial<{ lowConfidenceBelow: number; randomSharePct: number; claimMinutes: number; windowDays: number }>;
  /** Set when the store is open read-only: every write answers 503 with this reason. */
  readOnly?: { reason: string };
}

/** pipeline/config.ts `api`. */
export interface ApiSettings {
  /** Web sign-in sessions last this many hours. */
  sessionTtlHours: number;
  /** Admins may hear a call's audio before its transcript is redacted (nothing silenced yet). */
  adminMayHearUnredactedAudio: boolean;
}

export const API_DEFAULTS: ApiSettings = { sessionTtlHours: 12, adminMayHearUnredactedAudio: false };

/** The app's `api` settings with defaults filled in. */
export function apiSettings(deps: AppDeps): ApiSettings {
  return { ...API_DEFAULTS, ...deps.api };
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
