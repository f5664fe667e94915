/**
 * `callqa models fetch`: download a pinned model from the Hugging Face hub into the models folder,
 * on a connected machine, on explicit request only. Each file is a plain GET of
 * `https://huggingface.co/<repo>/resolve/<revision>/<path>`, streamed to `<file>.part` while
 * hashing, checked against models.json, then renamed into place, so an interrupted fetch never
 * leaves a file that looks whole.
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
  /**
   * Allow an unpinned model: resolve `main` to its current commit and trust the files it serves
   * (their hashes are returned so the caller can record them in models.json).
   */
  pin?: boolean;
  /** Bearer token for gated repos (`HF_TOKEN`). */
  token?: string;
  fetchImpl?: typeof fetch;
  onFile?: (path: string, status: 'downloaded' | 'kept', bytes: number) => void;
}

export interface FetchResult {
  entry: ModelEntry;
  folder: string;
  revision: string;
  files: { path: string; sha256: string; bytes: number; status: 'downloaded' | 'kept' }[];
}

/** A fetch that failed for a reason the user can act on; `message` says what to do. */
export class FetchError extends Error {}

export async function fetchModel(entry: ModelEntry, options: FetchOptions = {}): Promise<FetchResult> {
  const baseUrl = (options.baseUrl ?? HUB_URL).replace(/\/$/, '');
  const doFetch = options.fetchImpl ?? fetch;
  const folder = modelFolder(entry, options.dir ?? modelsDir());
  const headers: Record<string, string> = options.token ? { authorization: `Bearer ${options.token}` } : {};

  const get = async (url: string): Promise<Response> => {
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
      const hint =
        res.status === 401 || res.status === 403
          ? 'the repository may be gated: set HF_TOKEN'
          : res.status === 404
            ? 'no such repository, revision or file on the hub: check models/models.json'
            : 'hub error, try again later';
      throw new FetchError(`HTTP ${res.status} for ${url}: ${hint}.`);
    }
    return res;
  };

  let revision = entry.revision;
  if (!revision) {
    if (!options.pin) {
      throw new FetchError(
        `${entry.id} (${entry.repo}) has no pinned revision in models/models.json. Run \`callqa models fetch ${entry.id} --pin\` ` +
          `to take the hub's current commit and record its file hashes, then commit models/models.json.`,
      );
    }
    const info = (await (await get(`${baseUrl}/api/models/${entry.repo}/revision/main`)).json()) as { sha?: string };
    if (!info.sha || !/^[0-9a-f]{40}$/.test(info.sha)) throw new FetchError(`The hub did not return a commit for ${entry.repo}.`);
    revision = info.sha;
  }

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
    const url = `${baseUrl}/${entry.repo}/resolve/${revision}/${file.path}`;
    const res = await get(url);
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
          `The file was not kept. If the hub changed the file, re-pin with --pin after checking why.`,
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
  return { entry, folder, revision, files };
}

/**
 * Record a fetched revision and its file hashes in models.json (for `--pin`). Rewrites only that
 * entry's `revision` and `sha256` fields; everything else is kept as it was.
 */
export async function pinInManifest(result: FetchResult, file = MODELS_JSON): Promise<void> {
  const json = JSON.parse(await readFile(file, 'utf8')) as { models: ModelEntry[] };
  const entry = json.models.find((m) => m.id === result.entry.id);
  if (!entry) throw new Error(`${file}: no entry with id ${result.entry.id}`);
  entry.revision = result.revision;
  const hashes = new Map(result.files.map((f) => [f.path, f.sha256]));
  for (const f of entry.files) f.sha256 = hashes.get(f.path) ?? f.sha256;
  await writeFile(file, JSON.stringify(json, null, 2) + '\n');
}
