/**
 * Which fetched models exist on this machine, and whether they are whole.
 *
 * `models/models.json` pins each model (hub repo, revision, files, sha256). Weights live in the
 * models folder: `$CALLQA_MODELS_DIR`, default `<repo>/models/hub/`, one sub-folder per hub repo
 * (`<dir>/onnx-community/whisper-small_timestamped/…`, the layout transformers.js reads with
 * `env.localModelPath`). Nothing here downloads; `models/fetch.ts` does, on explicit request.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { packageRoot } from './package-root.ts';

// The models folder at the package root (also when this file runs from dist/).
const here = join(packageRoot, 'models');
export const MODELS_JSON = join(here, 'models.json');

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits');
const modelEntrySchema = z.object({
  /** Short name used by config (`asr.model`) and the CLI, e.g. `whisper-small`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
  task: z.enum(['asr', 'sentiment']),
  /** The model used for its task when none is configured. */
  default: z.boolean().optional(),
  /** Hugging Face hub repository, e.g. `onnx-community/whisper-small_timestamped`. */
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
  /** Hub commit (40 hex digits); null until pinned, and set only together with every file's sha256. */
  revision: z.string().regex(/^[0-9a-f]{40}$/).nullable(),
  /** transformers.js dtype, which picks the ONNX file suffix (q8 → `_quantized`). */
  dtype: z.string(),
  /** True when the export carries cross-attentions, so Whisper word timestamps work. */
  wordTimestamps: z.boolean().optional(),
  description: z.string(),
  files: z.array(z.object({ path: z.string().min(1), sha256: sha256Hex.nullable() })).min(1),
});
const manifestSchema = z.object({ $comment: z.string().optional(), models: z.array(modelEntrySchema) });

export type ModelEntry = z.infer<typeof modelEntrySchema>;
export type ModelTask = ModelEntry['task'];

/**
 * A pin is a hub commit and every file's sha256 together, as one `callqa models fetch <id> --pin`
 * recorded them. Either half alone is refused: a revision nobody fetched may not exist on the hub
 * (the first user's fetch then fails with "no such revision"), and hashes without their commit
 * check files against nothing in particular. Returns what is wrong, naming the model and a file,
 * or null when the entry is wholly pinned or wholly unpinned.
 */
export function pinProblem(entry: ModelEntry): string | null {
  const unhashed = entry.files.filter((f) => f.sha256 === null).map((f) => f.path);
  const hashed = entry.files.filter((f) => f.sha256 !== null).map((f) => f.path);
  const more = (list: string[]) => (list.length > 1 ? ` (and ${list.length - 1} more)` : '');
  if (entry.revision !== null && unhashed.length > 0) {
    return (
      `model "${entry.id}" (${entry.repo}) pins revision ${entry.revision} but file ${unhashed[0]}${more(unhashed)} has no sha256. ` +
      `Pin the revision and the hashes together with \`callqa models fetch ${entry.id} --pin\`; until then set "revision": null.`
    );
  }
  if (entry.revision === null && hashed.length > 0) {
    return (
      `model "${entry.id}" (${entry.repo}) has a sha256 for file ${hashed[0]}${more(hashed)} but no revision. ` +
      `Hashes belong to the commit they were fetched from: pin both with \`callqa models fetch ${entry.id} --pin\`, or set every sha256 to null.`
    );
  }
  return null;
}

/**
 * Validate parsed models.json content: the schema, then the pin rule of `pinProblem`. A bad
 * entry names its index and field, or its model id and file.
 */
export function parseModelsManifest(raw: unknown, file = MODELS_JSON): ModelEntry[] {
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  for (const entry of parsed.data.models) {
    const problem = pinProblem(entry);
    if (problem) throw new Error(`${file}: ${problem}`);
  }
  return parsed.data.models;
}

/** Read and validate models.json (see `parseModelsManifest`). */
export function loadModelsManifest(file = MODELS_JSON): ModelEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: ${(err as Error).message}`);
  }
  return parseModelsManifest(raw, file);
}

/** The models folder: `$CALLQA_MODELS_DIR`, else `<repo>/models/hub`. */
export function modelsDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CALLQA_MODELS_DIR ? resolve(env.CALLQA_MODELS_DIR) : join(here, 'hub');
}

export function modelFolder(entry: ModelEntry, dir = modelsDir()): string {
  return join(dir, ...entry.repo.split('/'));
}

/**
 * The entry for `id` (an id from models.json, or a hub repo name), or the task's default when
 * `id` is undefined. Throws naming the known ids when it matches none.
 */
export function findModel(task: ModelTask, id?: string, entries = loadModelsManifest()): ModelEntry {
  const ofTask = entries.filter((e) => e.task === task);
  const found = id === undefined ? (ofTask.find((e) => e.default) ?? ofTask[0]) : ofTask.find((e) => e.id === id || e.repo === id);
  if (!found) {
    throw new Error(`No ${task} model "${id ?? '(default)'}" in models/models.json; known: ${ofTask.map((e) => e.id).join(', ') || 'none'}`);
  }
  return found;
}

/** Written by `callqa models fetch` next to the files: what was downloaded, from which commit. */
export const FETCH_STAMP = '.callqa-fetch.json';
/** Cache of hashes already computed, keyed by size + mtime, so a run doesn't re-hash 300 MB each time. */
const HASH_CACHE = '.callqa-hashes.json';

export interface FetchStamp {
  repo: string;
  revision: string;
  fetchedAt: string;
  files: Record<string, string>;
}

export type ModelState = 'present' | 'missing' | 'incomplete';

export interface ModelStatus {
  entry: ModelEntry;
  folder: string;
  state: ModelState;
  /** What is wrong, one line each (missing file, empty file, hash mismatch). */
  problems: string[];
  /** Revision actually on disk (fetch stamp), else the pinned one, else null. */
  revision: string | null;
  /** How the files were checked: against pinned hashes, the fetch stamp, or only for presence. */
  verifiedBy: 'models.json' | 'fetch-stamp' | 'presence-only';
}

export async function readFetchStamp(folder: string): Promise<FetchStamp | null> {
  try {
    return JSON.parse(await readFile(join(folder, FETCH_STAMP), 'utf8')) as FetchStamp;
  } catch {
    return null;
  }
}

export function sha256File(path: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (d) => hash.update(d))
      .on('error', reject)
      .on('end', () => resolvePromise(hash.digest('hex')));
  });
}

type HashCache = Record<string, { size: number; mtimeMs: number; sha256: string }>;

/**
 * Check one model's folder. `missing`: the folder or every file is absent. `incomplete`: some
 * files missing or empty, or a hash differs from models.json (or, when models.json has no hash
 * yet, from the fetch stamp). Files are hashed only when a pinned hash exists to compare with,
 * and only once per size+mtime.
 */
export async function checkModel(entry: ModelEntry, dir = modelsDir()): Promise<ModelStatus> {
  const folder = modelFolder(entry, dir);
  const stamp = await readFetchStamp(folder);
  const revision = stamp?.revision ?? entry.revision;
  const pinned = entry.files.some((f) => f.sha256);
  const verifiedBy: ModelStatus['verifiedBy'] = pinned ? 'models.json' : stamp ? 'fetch-stamp' : 'presence-only';
  const base = { entry, folder, revision, verifiedBy };
  if (!existsSync(folder)) return { ...base, state: 'missing', problems: [`folder ${folder} does not exist`] };

  let cache: HashCache = {};
  try {
    cache = JSON.parse(await readFile(join(folder, HASH_CACHE), 'utf8')) as HashCache;
  } catch {
    /* no cache yet */
  }
  let cacheChanged = false;
  const problems: string[] = [];
  let absent = 0;
  for (const file of entry.files) {
    const path = join(folder, file.path);
    const st = await stat(path).catch(() => null);
    if (!st?.isFile()) {
      absent++;
      problems.push(`missing ${file.path}`);
      continue;
    }
    if (st.size === 0) {
      problems.push(`empty ${file.path}`);
      continue;
    }
    const expected = file.sha256 ?? (pinned ? null : stamp?.files[file.path]) ?? null;
    if (!expected) continue;
    const cached = cache[file.path];
    let actual: string;
    if (cached && cached.size === st.size && cached.mtimeMs === st.mtimeMs) actual = cached.sha256;
    else {
      actual = await sha256File(path);
      cache[file.path] = { size: st.size, mtimeMs: st.mtimeMs, sha256: actual };
      cacheChanged = true;
    }
    if (actual !== expected) problems.push(`sha256 mismatch for ${file.path} (expected ${expected.slice(0, 12)}…, found ${actual.slice(0, 12)}…)`);
  }
  if (stamp && entry.revision && stamp.revision !== entry.revision) {
    problems.push(`fetched revision ${stamp.revision.slice(0, 12)} differs from pinned ${entry.revision.slice(0, 12)}`);
  }
  // Best effort: a read-only models folder just means hashing again next time.
  if (cacheChanged) await writeFile(join(folder, HASH_CACHE), JSON.stringify(cache, null, 1)).catch(() => undefined);

  const state: ModelState = absent === entry.files.length ? 'missing' : problems.length ? 'incomplete' : 'present';
  return { ...base, state, problems };
}

/** The CLI line that fetches a model. */
export function fetchCommand(entry: ModelEntry): string {
  return `callqa models fetch ${entry.id}`;
}

/** One message a user can act on, naming the model, the folder and the fetch command. */
export function unavailableMessage(status: ModelStatus): string {
  const { entry, folder } = status;
  const what = `${entry.task === 'asr' ? 'Whisper' : 'Sentiment'} model "${entry.id}" (${entry.repo})`;
  if (status.state === 'missing') {
    return (
      `${what} is not in ${folder}. Run \`${fetchCommand(entry)}\` on a machine with internet access ` +
      `(on an offline machine, copy that folder here afterwards). Runs never download models.`
    );
  }
  return `${what} in ${folder} is incomplete: ${status.problems.join('; ')}. Run \`${fetchCommand(entry)}\` again to repair it.`;
}

export type Availability =
  | { ok: true; entry: ModelEntry; folder: string; dir: string; revision: string | null }
  | { ok: false; entry?: ModelEntry; message: string };

/**
 * Is the configured (or default) Whisper model usable? Never throws: an unknown id or a bad
 * models.json comes back as `{ ok: false, message }` so the run can go on with imported transcripts.
 */
export async function asrAvailability(id?: string, options: AvailabilityOptions = {}): Promise<Availability> {
  return availability('asr', id, options);
}

export interface AvailabilityOptions {
  /** Models folder; default `modelsDir()`. */
  dir?: string;
  /** Entries to choose from; default models/models.json. */
  manifest?: ModelEntry[];
}

export async function availability(task: ModelTask, id?: string, options: AvailabilityOptions = {}): Promise<Availability> {
  const dir = options.dir ?? modelsDir();
  let entry: ModelEntry;
  try {
    entry = findModel(task, id, options.manifest ?? loadModelsManifest());
  } catch (err) {
    return { ok: false, message: (err as Error).message };
  }
  const status = await checkModel(entry, dir);
  if (status.state !== 'present') return { ok: false, entry, message: unavailableMessage(status) };
  return { ok: true, entry, folder: status.folder, dir, revision: status.revision };
}
