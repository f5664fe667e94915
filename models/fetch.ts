/**
 * `callqa models fetch`: download a model from the Hugging Face hub into the models folder, on a
 * connected machine, on explicit request only.
 *
 * Which commit: the entry's pinned `revision` when models.json has one, else the commit the hub's
 * `main` points to now (`GET /api/models/<repo>/revision/main` → `sha`). Either way every file is
 * a plain GET of `<hub>/<repo>/resolve/<commit>/<path>`, by commit and never by branch name, so all
 * files come from one commit even if `main` moves mid-fetch. Each file is streamed to
 * `<file>.part` while hashing, checked against models.json, then renamed into place, so an
 * interrupted fetch never leaves a file that looks whole.
 */
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import {
  FETCH_STAMP,
  MODELS_JSON,
  modelFolder,
  modelsDir,
  parseModelsManifest,
  pinProblem,
  readFetchStamp,
  sha256File,
  type FetchStamp,
  type ModelEntry,
} from './registry.ts';

export const HUB_URL = 'https://huggingface.co';

export interface FetchOptions {
  /** Models folder; default `modelsDir()`. */
  dir?: string;
  /** Hub base URL (tests point it at a loopback server). Default https://huggingface.co. */
  baseUrl?: string;
  /** Bearer token for gated repos (`HF_TOKEN`). */
  token?: string;
  fetchImpl?: typeof fetch;
  onFile?: (path: string, status: 'downloaded' | 'kept', bytes: number) => void;
}

export interface FetchResult {
  entry: ModelEntry;
  folder: string;
  /** The commit every file came from. */
  revision: string;
  /** `pinned`: models.json's revision; `main`: the entry is unpinned and this is what main pointed to. */
  revisionFrom: 'pinned' | 'main';
  files: { path: string; sha256: string; bytes: number; status: 'downloaded' | 'kept' }[];
}

/** A fetch that failed for a reason the user can act on; `message` says what to do. */
export class FetchError extends Error {}

/**
 * What the hub says went wrong. huggingface.co names it in the `X-Error-Code` header
 * (`RepoNotFound`, `RevisionNotFound`, `EntryNotFound`, `GatedRepo`); a mirror may not.
 */
function hubErrorCode(res: Response): string | null {
  return res.headers.get('x-error-code');
}

export async function fetchModel(entry: ModelEntry, options: FetchOptions = {}): Promise<FetchResult> {
  // The loader refuses a half pin already; entries built in code get the same rule.
  const halfPin = pinProblem(entry);
  if (halfPin) throw new FetchError(halfPin);
  const baseUrl = (options.baseUrl ?? HUB_URL).replace(/\/$/, '');
  const doFetch = options.fetchImpl ?? fetch;
  const folder = modelFolder(entry, options.dir ?? modelsDir());
  const headers: Record<string, string> = options.token ? { authorization: `Bearer ${options.token}` } : {};

  /** GET `url`; a non-2xx answer is returned to `onError` when given, else becomes a generic FetchError. */
  const get = async (url: string, onError?: (res: Response) => FetchError | null): Promise<Response> => {
    let res: Response;
    try {
      res = await doFetch(url, { headers, redirect: 'follow' });
    } catch (err) {
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      throw new FetchError(
        `Cannot reach ${baseUrl} (${cause?.code ?? cause?.message ?? (err as Error).message}) to fetch ${entry.repo}. ` +
          `\`callqa models fetch\` needs internet access to the Hugging Face hub. On an offline machine, run it on a ` +
          `connected one (same models.json) and copy ${folder} to the same place under this machine's models folder ` +
          `($CALLQA_MODELS_DIR, default models/hub).`,
      );
    }
    if (!res.ok) {
      const specific = onError?.(res);
      if (specific) throw specific;
      const code = hubErrorCode(res);
      const hint =
        code === 'GatedRepo' || res.status === 403
          ? 'the repository is gated or private: set HF_TOKEN'
          : code === 'RepoNotFound' || res.status === 401
            ? `no such repository ${entry.repo} (or it is private: set HF_TOKEN)`
            : res.status === 404
              ? 'not on the hub: check models/models.json'
              : 'hub error, try again later';
      throw new FetchError(`HTTP ${res.status} for ${url}: ${hint}.`);
    }
    return res;
  };

  /**
   * The commit `ref` names on the hub (a branch, or a commit that must exist). An unknown
   * revision is its own error, naming repo and revision, because it is the one a wrong pin causes.
   */
  const resolveCommit = async (ref: string): Promise<string> => {
    const url = `${baseUrl}/api/models/${entry.repo}/revision/${ref}`;
    const res = await get(url, (r) => {
      const code = hubErrorCode(r);
      if (r.status !== 404 || code === 'RepoNotFound') return null;
      return new FetchError(
        `No such revision ${ref} of ${entry.repo} on ${baseUrl} (HTTP 404${code ? ` ${code}` : ''} for ${url}). ` +
          (entry.revision === ref
            ? `models/models.json pins a commit the hub does not have. Set that entry's revision and every sha256 to null, ` +
              `run \`callqa models fetch ${entry.id}\` (it takes main), then \`callqa models fetch ${entry.id} --pin\` and commit models/models.json.`
            : 'Check the repository on the hub.'),
      );
    });
    const info = (await res.json().catch(() => ({}))) as { sha?: unknown };
    if (typeof info.sha !== 'string' || !/^[0-9a-f]{40}$/.test(info.sha)) {
      throw new FetchError(`The hub did not return a commit for ${entry.repo}@${ref} (${url}).`);
    }
    return info.sha;
  };

  // Unpinned: take main's commit now and fetch every file from that commit.
  const revisionFrom: FetchResult['revisionFrom'] = entry.revision ? 'pinned' : 'main';
  const revision = entry.revision ?? (await resolveCommit('main'));
  let revisionChecked = !entry.revision;

  const previous = await readFetchStamp(folder);
  const files: FetchResult['files'] = [];
  for (const file of entry.files) {
    const target = join(folder, file.path);
    // Keep a file already on disk when it matches what we expect (pinned hash, or same revision's stamp).
    const known = file.sha256 ?? (previous?.revision === revision ? previous.files[file.path] : undefined);
    if (known && existsSync(target) && (await sha256File(target)) === known) {
      const bytes = (await stat(target)).size;
      files.push({ path: file.path, sha256: known, bytes, status: 'kept' });
      options.onFile?.(file.path, 'kept', bytes);
      continue;
    }
    // A pinned commit is checked once, before the first download: a pin the hub lacks then says
    // "no such revision" instead of a 404 on whichever file came first. Kept files need no network.
    if (!revisionChecked) {
      await resolveCommit(revision);
      revisionChecked = true;
    }
    const url = `${baseUrl}/${entry.repo}/resolve/${revision}/${file.path}`;
    const res = await get(url, (r) =>
      r.status === 404 && (hubErrorCode(r) ?? 'EntryNotFound') === 'EntryNotFound'
        ? new FetchError(`HTTP 404 for ${url}: no file ${file.path} in ${entry.repo} at ${revision}: check the entry's files in models/models.json.`)
        : null,
    );
    if (!res.body) throw new FetchError(`Empty response for ${url}.`);
    await mkdir(dirname(target), { recursive: true });
    const part = `${target}.part`;
    const hash = createHash('sha256');
    let bytes = 0;
    const body = Readable.fromWeb(res.body as unknown as WebReadableStream<Uint8Array>);
    body.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      bytes += chunk.length;
    });
    try {
      await pipeline(body, createWriteStream(part));
    } catch (err) {
      await rm(part, { force: true });
      throw new FetchError(`Download of ${url} broke off after ${bytes} bytes: ${(err as Error).message}. Run the fetch again.`);
    }
    const sha256 = hash.digest('hex');
    if (file.sha256 && sha256 !== file.sha256) {
      await rm(part, { force: true });
      throw new FetchError(
        `sha256 mismatch for ${entry.repo}/${file.path} at ${revision}: expected ${file.sha256}, got ${sha256}. ` +
          `The file was not kept: a commit's files do not change, so the hash in models/models.json or this download is wrong.`,
      );
    }
    await rename(part, target);
    files.push({ path: file.path, sha256, bytes, status: 'downloaded' });
    options.onFile?.(file.path, 'downloaded', bytes);
  }

  const stamp: FetchStamp = {
    repo: entry.repo,
    revision,
    fetchedAt: new Date().toISOString(),
    files: Object.fromEntries(files.map((f) => [f.path, f.sha256])),
  };
  await writeFile(join(folder, FETCH_STAMP), JSON.stringify(stamp, null, 2) + '\n');
  return { entry, folder, revision, revisionFrom, files };
}

/**
 * Record a fetched commit and every file's sha256 in models.json (for `--pin`): both together or
 * nothing, checked by the same loader rule that refuses a half pin. Rewrites only that entry's
 * `revision` and `sha256` fields; everything else is kept as it was.
 */
export async function pinInManifest(result: FetchResult, file = MODELS_JSON): Promise<void> {
  const json = JSON.parse(await readFile(file, 'utf8')) as { models: ModelEntry[] };
  const entry = json.models.find((m) => m.id === result.entry.id);
  if (!entry) throw new Error(`${file}: no entry with id ${result.entry.id}`);
  if (entry.repo !== result.entry.repo) throw new Error(`${file}: entry ${entry.id} is ${entry.repo}, the fetch was of ${result.entry.repo}`);
  const hashes = new Map(result.files.map((f) => [f.path, f.sha256]));
  const unfetched = entry.files.filter((f) => !hashes.has(f.path)).map((f) => f.path);
  if (unfetched.length) throw new Error(`Not pinning ${entry.id}: the fetch has no hash for ${unfetched.join(', ')}.`);
  entry.revision = result.revision;
  for (const f of entry.files) f.sha256 = hashes.get(f.path)!;
  parseModelsManifest(json, file);
  await writeFile(file, formatManifest(json));
}

/**
 * models.json as committed: two-space JSON with each file on one line, so a pin's diff shows only
 * the revision and hash lines it changed.
 */
export function formatManifest(json: unknown): string {
  return (
    JSON.stringify(json, null, 2).replace(
      /\{\n\s*"path": ("(?:[^"\\]|\\.)*"),\n\s*"sha256": ("[0-9a-f]{64}"|null)\n\s*\}/g,
      '{ "path": $1, "sha256": $2 }',
    ) + '\n'
  );
}

/**
 * What the CLI prints after a fetch: the commit, and for an unpinned entry the exact command that
 * pins it. `pinned` is true when this run's `--pin` wrote models.json.
 */
export function fetchReport(result: FetchResult, pinned: boolean): string[] {
  const { entry, revision } = result;
  if (result.revisionFrom === 'pinned') return [`ok: ${entry.id} @ ${revision} (pinned in models/models.json)`];
  if (pinned) {
    return [
      `ok: ${entry.id} @ ${revision} (the hub's main)`,
      `pinned ${entry.id} at ${revision} with ${result.files.length} file hashes in models/models.json: review and commit it`,
    ];
  }
  return [
    `ok: ${entry.id} @ ${revision} (the hub's main; ${entry.id} is not pinned in models/models.json)`,
    `to pin this commit and its file hashes: callqa models fetch ${entry.id} --pin   (then commit models/models.json)`,
  ];
}
