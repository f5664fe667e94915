/** Options shared by `callqa rank`, `callqa export` and `callqa serve` (parsed by pipeline/export/cli-flags.ts). */
import type { Command } from 'commander';
import { DB_OPTION_HELP } from './locations.ts';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** --db, --config and the agent filters of a report. */
export function reportSourceOptions(cmd: Command): Command {
  return cmd
    .option('--db <location>', DB_OPTION_HELP)
    .option('--config <file>', 'configuration file: its ranking and kpiTargets are the defaults (default $CALLQA_CONFIG, else ./callqa.yaml)')
    .option('--team <team>', 'only agents of this roster team')
    .option('--site <site>', 'only agents of this roster site')
    .option('--rank-within-filter', 'rank the filtered agents among themselves (default: center-wide tiers)')
    .option('--scorecard-version <version>', "count this scorecard version's scores (default: each call's newest score)");
}

/** How agents are ranked: minimum calls, shrinkage, star thresholds. */
export function rankingOptions(cmd: Command): Command {
  return cmd
    .option('--min-calls <n>', 'scored calls an agent needs to be tiered (default: config ranking.minCalls, else 10)')
    .option('--k <k>', "small-sample shrinkage weight in calls, or 'auto' (default auto)")
    .option('--stars <a,b,c,d>', 'adjusted-score thresholds for 2,3,4,5 stars (default 60,70,80,90)');
}

/** KPI targets, repeatable. */
export function targetOption(cmd: Command): Command {
  return cmd.option('--target <name=value>', 'KPI target, repeatable, e.g. serviceLevelPct=80, averageHandleTimeS=300, meanQaScore=none', collect);
}
