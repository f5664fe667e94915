/**
 * Entry file of pipeline/rank/: what code outside the folder uses. Callers outside import from here
 * (rule stage-entry-files in .dependency-cruiser.cjs); files inside the folder import each other directly.
 */
export { rankOptions } from './options.ts';
export { addDays, parsePeriod, PeriodError, type Period } from './period.ts';
export { extraSampleQuota } from './quota.ts';
export { rankAgents } from './rank-agents.ts';
export { rankingQuota, rankingSamplingSchema, type RankingSampling } from './ranking-quota.ts';
export { agentResults, readCheckTallies, readScoredCalls, type AgentResultFilters, type AgentResultOptions } from './read.ts';
export { callWhere, chosenScoresSql, officialScoreOfCall, officialScoreSql, type AgentFilters, type OfficialScoreRule } from './sql.ts';
export type { AgentResult, Ranking, Tier } from './types.ts';
export type { CheckTally } from './weak-checks.ts';
