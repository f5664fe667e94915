/**
 * Turns the report flags shared by `callqa export` and `callqa rank` into typed arguments,
 * with an error message naming the flag when a value is wrong.
 */
import { existsSync } from 'node:fs';
import { loadConfig } from '../config.ts';
import { isPostgresLocation } from '../db/index.ts';
import { UserInputError } from '../errors.ts';
import { kpiTargets, type KpiTargets } from '../kpi/index.ts';
import { parsePeriod, type Period, type AgentResultFilters, type AgentResultOptions } from '../rank/index.ts';

export interface ReportFlags {
  period: string;
  /** Configuration file whose `ranking` and `kpiTargets` are the defaults the flags override (and whose `review.officialScore` picks the counted score). */
  config?: string;
  db?: string;
  team?: string;
  site?: string;
  scorecardVersion?: string;
  rankWithinFilter?: boolean;
  minCalls?: string;
  k?: string;
  stars?: string;
  target?: string[];
}

export interface ReportArgs {
  period: Period;
  dbFile: string;
  filters: AgentResultFilters;
  options: AgentResultOptions;
  targets: Partial<KpiTargets>;
}

export function parseReportFlags(flags: ReportFlags, defaultDb: string): ReportArgs {
  const period = parsePeriod(flags.period);
  const dbFile = flags.db ?? defaultDb;
  // A Postgres URL is checked when the store is opened (its error names the masked URL).
  if (!isPostgresLocation(dbFile) && !existsSync(dbFile)) throw new UserInputError(`--db: database file not found: ${dbFile} (run \`callqa run\` first, or pass --db FILE)`);
  const config = loadConfig(flags.config);
  // review.officialScore decides which score of a call counts, in `rank`, `export` and `serve` alike.
  const options: AgentResultOptions = { ...config.ranking, officialRule: config.review.officialScore };
  if (flags.minCalls !== undefined) options.minCalls = integer('--min-calls', flags.minCalls);
  if (flags.k !== undefined) options.shrinkageK = flags.k === 'auto' ? 'auto' : number('--k', flags.k);
  if (flags.stars !== undefined) {
    const t = flags.stars.split(',').map((s) => number('--stars', s));
    if (t.length !== 4) throw new UserInputError(`--stars: expected 4 comma-separated thresholds for 2–5 stars, got "${flags.stars}"`);
    options.starThresholds = t as [number, number, number, number];
  }
  return {
    period,
    dbFile,
    filters: { team: flags.team, site: flags.site, scorecardVersion: flags.scorecardVersion, rankWithinFilter: flags.rankWithinFilter },
    options,
    targets: { ...config.kpiTargets, ...parseTargets(flags.target ?? []) },
  };
}

/** `name=value` pairs, e.g. `serviceLevelPct=80`, `averageHandleTimeS=300`, `meanQaScore=none`. */
export function parseTargets(pairs: readonly string[]): Partial<KpiTargets> {
  const out: Record<string, number | null> = {};
  for (const pair of pairs) {
    const m = pair.match(/^(\w+)=(.+)$/);
    if (!m) throw new UserInputError(`--target: expected name=value, got "${pair}"`);
    const [, name, raw] = m;
    if (!(name in kpiTargets())) throw new UserInputError(`--target: unknown KPI target "${name}" (known: ${Object.keys(kpiTargets()).join(', ')})`);
    out[name] = raw === 'none' ? null : number(`--target ${name}`, raw);
  }
  kpiTargets(out);
  return out as Partial<KpiTargets>;
}

function number(flag: string, raw: string): number {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) throw new UserInputError(`${flag}: expected a number, got "${raw}"`);
  return n;
}

function integer(flag: string, raw: string): number {
  const n = number(flag, raw);
  if (!Number.isInteger(n)) throw new UserInputError(`${flag}: expected a whole number, got "${raw}"`);
  return n;
}
