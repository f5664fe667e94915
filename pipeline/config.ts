/**
 * Deployment configuration (`--config FILE`, YAML or JSON), validated with zod at load.
 * Every key has a default, so a missing file means "defaults"; a bad key names itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { rankingSamplingSchema } from './run/ranking-quota.ts';
import { samplingParamsSchema } from './sample/draw.ts';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const configSchema = z.object({
  /** One brand per deployment; fills `{brand}` in scorecard phrases. */
  brand: z
    .object({ name: z.string().min(1), aliases: z.array(z.string()).default([]) })
    .default({ name: '招商银行信用卡中心', aliases: ['招商银行', '招行', 'China Merchants Bank', 'CMB'] }),
  sampling: samplingParamsSchema.default(samplingParamsSchema.parse({})),
  /** Extra calls each night for agents whose ranking interval is still too wide (budget 0 = off). */
  rankingSampling: rankingSamplingSchema.default(rankingSamplingSchema.parse({})),
  /** Ranking options (pipeline/rank): used by `callqa rank`, `callqa export` and the API. */
  ranking: z
    .object({
      /** Scored calls an agent needs in a period to be placed in a tier. */
      minCalls: z.number().int().min(1).optional(),
      /** Small-sample shrinkage weight, in calls, or `auto`. */
      shrinkageK: z.union([z.number().min(0), z.literal('auto')]).optional(),
      /** Adjusted-score thresholds (0–100) for 2, 3, 4 and 5 stars, ascending. */
      starThresholds: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
    })
    .default({}),
  /** KPI targets (percentages 0–100, seconds); null means "no target". Defaults: the seed documents'. */
  kpiTargets: z
    .object({
      serviceLevelThresholdS: z.number().min(0).optional(),
      serviceLevelPct: z.number().nullable().optional(),
      abandonRatePct: z.number().nullable().optional(),
      firstCallResolutionPct: z.number().nullable().optional(),
      recordingSuccessPct: z.number().nullable().optional(),
      averageHandleTimeS: z.number().nullable().optional(),
      meanQaScore: z.number().nullable().optional(),
    })
    .default({}),
  audio: z
    .object({
      /** Stereo channel carrying the agent when the manifest's agent_channel is empty. */
      defaultAgentChannel: z.enum(['left', 'right', 'mono']).default('left'),
      /** Recordings shorter than this are unusable (health reason `too_short`). */
      minDurationS: z.number().min(0).default(2),
    })
    .default({ defaultAgentChannel: 'left', minDurationS: 2 }),
  /** Scorecard file per agent language; relative paths are from the config file. */
  scorecards: z
    .object({ zh: z.string(), en: z.string() })
    .default({ zh: 'pipeline/scorecards/zh-CN-bank.yaml', en: 'pipeline/scorecards/en-US-bank.yaml' }),
  asr: z
    .object({
      /** Model id from models/models.json. */
      model: z.string().optional(),
      /** Transcription language: the agent's roster language, or a fixed one, or Whisper's detection. */
      language: z.enum(['roster', 'zh', 'en', 'auto']).default('roster'),
    })
    .default({ language: 'roster' }),
  sentiment: z
    .object({ engine: z.enum(['compact', 'transformer']).default('compact') })
    .default({ engine: 'compact' }),
  /** Calls processed at once; defaults to the machine's parallelism. */
  concurrency: z.number().int().min(1).default(availableParallelism()),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Loads and validates a config file (or the defaults when `file` is undefined). */
export function loadConfig(file?: string): Config & { baseDir: string } {
  if (!file) return { ...configSchema.parse({}), baseDir: repoRoot };
  let raw: unknown;
  try {
    const text = readFileSync(file, 'utf8');
    raw = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new ConfigError(`${file}: ${(err as Error).message}`);
  }
  const parsed = configSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return { ...parsed.data, baseDir: dirname(resolve(file)) };
}

/** Resolves a path from the config: absolute stays, relative is tried from the config's folder, then the repo. */
export function configPath(config: { baseDir: string }, path: string): string {
  if (isAbsolute(path)) return path;
  const fromConfig = join(config.baseDir, path);
  return existsSync(fromConfig) ? fromConfig : join(repoRoot, path);
}
