/**
 * Deployment configuration (`--config FILE`, YAML or JSON), validated with zod at load.
 * Every key has a default, so a missing file means "defaults"; a bad key names itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { levenshtein } from './checks/index.ts';
import { z } from 'zod';
import { packageRoot } from '../models/package-root.ts';
import { rankingSamplingSchema } from './rank/index.ts';
import { samplingParamsSchema } from './sample/index.ts';
import { ConfigError } from './errors.ts';

/** The package root (the checkout, or node_modules/callqa when installed): shipped files are found from here. */
export const repoRoot = packageRoot;

/** One brand: its name and the other ways agents say it. */
const brandSchema = z.object({ name: z.string().min(1), aliases: z.array(z.string()).default([]) }).strict();

export const configSchema = z.object({
  /**
   * The brand that fills `{brand}` in scorecard phrases: a default `name` with `aliases`, and
   * optionally other brands by transcript language, site or queue (most specific wins: queue,
   * site, language, default; see pipeline/checks/brand-for-call.ts).
   */
  brand: brandSchema
    .extend({
      byLanguage: z.object({ zh: brandSchema.optional(), en: brandSchema.optional() }).strict().optional(),
      bySite: z.record(z.string(), brandSchema).optional(),
      byQueue: z.record(z.string(), brandSchema).optional(),
    })
    .strict()
    // No default: a built-in bank name would make every real center's greeting fail for the
    // wrong reason. A run whose scorecards say {brand} refuses to start without one.
    .optional(),
  sampling: samplingParamsSchema.strict().default(samplingParamsSchema.parse({})),
  /** Extra calls each night for agents whose ranking interval is still too wide (budget 0 = off). */
  rankingSampling: rankingSamplingSchema.strict().default(rankingSamplingSchema.parse({})),
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
    .strict()
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
    .strict()
    .default({}),
  audio: z
    .object({
      /** Stereo channel carrying the agent when the manifest's agent_channel is empty. */
      defaultAgentChannel: z.enum(['left', 'right', 'mono']).default('left'),
      /** Recordings shorter than this are unusable (health reason `too_short`). */
      minDurationS: z.number().min(0).default(2),
    })
    .strict()
    .default({ defaultAgentChannel: 'left', minDurationS: 2 }),
  /** Scorecard file per agent language; relative paths are from the config file. */
  scorecards: z
    .object({ zh: z.string(), en: z.string() })
    .strict()
    .default({ zh: 'pipeline/scorecards/zh-CN-bank.yaml', en: 'pipeline/scorecards/en-US-bank.yaml' }),
  asr: z
    .object({
      /** Model id from models/models.json. */
      model: z.string().optional(),
      /** Transcription language: the agent's roster language, or a fixed one, or Whisper's detection. */
      language: z.enum(['roster', 'zh', 'en', 'auto']).default('roster'),
    })
    .strict()
    .default({ language: 'roster' }),
  sentiment: z
    .object({ engine: z.enum(['compact', 'transformer']).default('compact') })
    .strict()
    .default({ engine: 'compact' }),
  /** How input CSV files (manifest, roster) are decoded when they carry no byte-order mark. */
  ingest: z
    .object({
      /** `utf-8` refuses bytes that are not UTF-8 (naming the file and line); `gb18030` also reads GBK/GB2312 exports. */
      encoding: z.enum(['utf-8', 'gb18030']).default('utf-8'),
    })
    .strict()
    .default({ encoding: 'utf-8' }),
  /** Per-call budgets: a stage past its budget fails that call with reason `timeout`, and the night goes on. */
  timeouts: z
    .object({
      /** ffprobe / ffmpeg children are killed after this many seconds plus `decodePerAudioMinuteS` per minute of audio. */
      decodeBaseS: z.number().positive().default(30),
      decodePerAudioMinuteS: z.number().min(0).default(5),
      /** Any other stage: this many seconds plus `stagePerAudioMinuteS` per minute of audio. */
      stageBaseS: z.number().positive().default(60),
      stagePerAudioMinuteS: z.number().min(0).default(30),
    })
    .strict()
    .default({ decodeBaseS: 30, decodePerAudioMinuteS: 5, stageBaseS: 60, stagePerAudioMinuteS: 30 }),
  api: z
    .object({
      /** Web sign-in sessions last this many hours. */
      sessionTtlHours: z.number().positive().default(12),
      /** Serve a call's audio before its transcript is redacted — to admin only — when true. */
      adminMayHearUnredactedAudio: z.boolean().default(false),
    })
    .strict()
    .default({ sessionTtlHours: 12, adminMayHearUnredactedAudio: false }),
  /** Human review (issue 14). */
  review: z
    .object({
      /** The review queue: which calls need human eyes, and how long an analyst holds one. */
      queue: z
        .object({
          /** A check result whose confidence (0–1) is below this puts its call on the queue (`low-confidence`). */
          lowConfidenceBelow: z.number().min(0).max(1).default(0.2),
          /** Percent of scored calls drawn for an unbiased audit (`random-audit`), by a hash of call id and date. */
          randomSharePct: z.number().min(0).max(100).default(5),
          /** A claim nobody finishes lapses after this many minutes, and the call returns to the queue. */
          claimMinutes: z.number().positive().default(30),
          /** The queue holds the calls of this many service days, ending at the newest scored day. */
          windowDays: z.number().int().min(1).default(31),
        })
        .strict()
        .default({ lowConfidenceBelow: 0.2, randomSharePct: 5, claimMinutes: 30, windowDays: 31 }),
      /**
       * What the call's official score is: `automatic` (the pipeline's, after corrections) or
       * `human-replaces` (the newest ordinary human evaluation replaces it). pipeline/review/official-score.ts.
       */
      officialScore: z.enum(['automatic', 'human-replaces']).default('automatic'),
    })
    .strict()
    .default({ queue: { lowConfidenceBelow: 0.2, randomSharePct: 5, claimMinutes: 30, windowDays: 31 }, officialScore: 'automatic' }),
  /** The job queue on Postgres (`callqa worker`, pipeline/queue/): read where jobs are queued and by workers. */
  queue: z
    .object({
      /** A job running this long is taken to be lost (its worker died) and goes to another worker; under pg-boss's 24 h. */
      visibilityTimeoutS: z.number().int().min(1).max(86_399).default(1800),
      /** Attempts per job before it is stored as failed with its last error. */
      maxAttempts: z.number().int().min(1).max(20).default(3),
      /** Delay before the first retry of a transient error; doubled (with jitter) for each later one. */
      retryDelayS: z.number().int().min(1).default(15),
      /** Worker heartbeat period; a worker missing three is counted as gone by `callqa status`. */
      heartbeatS: z.number().positive().default(10),
    })
    .strict()
    .default({ visibilityTimeoutS: 1800, maxAttempts: 3, retryDelayS: 15, heartbeatS: 10 }),
  /** The store: a SQLite file (relative to this file's folder) or a Postgres URL; `--db` and `CALLQA_DB` win over it. */
  db: z.string().min(1).optional(),
  /**
   * Calls processed at once; defaults to twice the machine's parallelism. Why twice: the VAD pool
   * has one thread per core, and each thread batches the calls it holds into shared Silero model
   * calls (models/vad-batcher.ts), whose cost is mostly fixed per call; two calls per thread (batch
   * 4) ran the same 100-call night in 13% fewer CPU seconds than one (138 vs 159 CPU-s, the two run
   * side by side, identical stored results), for ~65 MB more memory (PSS 421 vs 356 MB): see
   * scripts/bench/PROFILE.md, "The night", 2026-12-02 session 2. Each call in flight holds its
   * decoded audio (~30 MB per 4 minutes of stereo), so a many-core machine with little memory may
   * want it lower.
   */
  concurrency: z.number().int().min(1).default(2 * availableParallelism()),
}).strict();

export type Config = z.infer<typeof configSchema>;

export { ConfigError };

/** Loads and validates a config file (or the defaults when `file` is undefined). */
export function loadConfig(file?: string): Config & { baseDir: string } {
  if (!file) return { ...configSchema.parse({}), baseDir: repoRoot };
  let raw: unknown;
  try {
    const text = readFileSync(file, 'utf8');
    raw = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new ConfigError(`${file}: ${(err as Error).message}`, { cause: err });
  }
  const parsed = configSchema.safeParse(raw ?? {});
  if (!parsed.success) throw new ConfigError(`${file}: ${describeIssue(parsed.error.issues[0])}`);
  return { ...parsed.data, baseDir: dirname(resolve(file)) };
}

/** One line for a validation issue; an unknown key names the nearest valid one (`sampeling` → `sampling`). */
function describeIssue(issue: z.core.$ZodIssue): string {
  const at = issue.path.join('.') || '(root)';
  if (issue.code !== 'unrecognized_keys') return `${at}: ${issue.message}`;
  const known = Object.keys(shapeAt(configSchema, issue.path) ?? {});
  const unknown = issue.keys.map((key) => {
    const nearest = nearestKey(key, known);
    return `${[...issue.path, key].join('.')}: unknown key${nearest ? ` (did you mean "${nearest}"?)` : ''}`;
  });
  return `${unknown.join('; ')}; valid keys${issue.path.length ? ` in ${at}` : ''}: ${known.join(', ')}`;
}

/** The object shape of the schema at a path, unwrapping defaults and optionals. */
function shapeAt(schema: z.ZodType, path: PropertyKey[]): Record<string, unknown> | undefined {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- walks zod's untyped internals (def.innerType, shape)
  let node: any = schema;
  for (const key of [...path, null]) {
    while (node?.def?.innerType) node = node.def.innerType;
    if (key === null) return node?.shape;
    node = node?.shape?.[key as string];
  }
  return undefined;
}

/** The known key closest by edit distance, if it is close enough to be a typo. */
export function nearestKey(key: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = levenshtein(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/** Resolves a path from the config: absolute stays, relative is tried from the config's folder, then the repo. */
export function configPath(config: { baseDir: string }, path: string): string {
  if (isAbsolute(path)) return path;
  const fromConfig = join(config.baseDir, path);
  return existsSync(fromConfig) ? fromConfig : join(repoRoot, path);
}
