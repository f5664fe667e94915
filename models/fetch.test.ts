/**
 * `fetchModel` against a stand-in hub: a real HTTP server on 127.0.0.1 that answers
 * `/api/models/<repo>/revision/<ref>` and `/<repo>/resolve/<commit>/<path>` the way huggingface.co
 * does, including its `X-Error-Code` header on 404s (the real hub is unreachable from here and from
 * CI). Plus the message when no hub can be reached at all.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FetchError, fetchModel, fetchReport, formatManifest, pinInManifest } from './fetch.ts';
import { MODELS_JSON, checkModel, findModel, loadModelsManifest, modelFolder, type ModelEntry } from './registry.ts';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const REV = 'c'.repeat(40);
/** A newer commit, for when main moves. */
const REV2 = 'e'.repeat(40);
const CONFIG = '{"model_type":"whisper"}';
const ENCODER = 'x'.repeat(200_000);
/** The stand-in hub's repository: files per commit. */
const commits: Record<string, Record<string, string>> = {
  [REV]: { 'config.json': CONFIG, 'onnx/encoder_model_quantized.onnx': ENCODER },
  [REV2]: { 'config.json': '{"model_type":"whisper","v":2}', 'onnx/encoder_model_quantized.onnx': 'y'.repeat(1000) },
};
const REPO = 'acme/whisper-test';
/** Where the hub's main points; a test may move it. */
let main = REV;
/** Like huggingface.co, name the error in X-Error-Code; a plain mirror may not. */
let sendErrorCodes = true;
const requests: string[] = [];
let server: Server;
let hub: string;

function notFound(res: ServerResponse, code: string, message: string) {
  res.statusCode = 404;
  if (sendErrorCodes) res.setHeader('x-error-code', code);
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ error: message }));
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url!;
    requests.push(url);
    const api = /^\/api\/models\/([^/]+\/[^/]+)\/revision\/([^/]+)$/.exec(url);
    const resolve = /^\/([^/]+\/[^/]+)\/resolve\/([^/]+)\/(.+)$/.exec(url);
    const [repo, ref] = api ? [api[1], api[2]] : resolve ? [resolve[1], resolve[2]] : [null, null];
    if (repo !== REPO) return notFound(res, 'RepoNotFound', 'Repository not found');
    const commit = ref === 'main' ? main : ref!;
    if (!commits[commit]) return notFound(res, 'RevisionNotFound', `Invalid rev id: ${ref}`);
    if (api) {
      res.setHeader('content-type', 'application/json');
      return res.end(JSON.stringify({ id: REPO, sha: commit }));
    }
    const body = commits[commit][resolve![3]];
    if (body === undefined) return notFound(res, 'EntryNotFound', `${resolve![3]} does not exist on "${ref}"`);
    res.setHeader('x-repo-commit', commit);
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  hub = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'callqa-fetch-'));
  requests.length = 0;
  main = REV;
  sendErrorCodes = true;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Pinned at REV with both hashes, unless overridden. */
function entry(over: Partial<ModelEntry> = {}): ModelEntry {
  return {
    id: 'whisper-test',
    task: 'asr',
    repo: REPO,
    revision: REV,
    dtype: 'q8',
    description: 'test',
    files: [
      { path: 'config.json', sha256: sha(CONFIG) },
      { path: 'onnx/encoder_model_quantized.onnx', sha256: sha(ENCODER) },
    ],
    ...over,
  };
}
const unpinned = (): ModelEntry => entry({ revision: null, files: entry().files.map((f) => ({ ...f, sha256: null })) });
const resolveUrls = (commit: string) => [`/${REPO}/resolve/${commit}/config.json`, `/${REPO}/resolve/${commit}/onnx/encoder_model_quantized.onnx`];

describe('fetchModel, pinned', () => {
  it('checks the commit, downloads into <dir>/<repo>/, verifies, and the model is then present', async () => {
    const e = entry();
    const result = await fetchModel(e, { dir, baseUrl: hub });
    expect(result).toMatchObject({ revision: REV, revisionFrom: 'pinned' });
    expect(result.files.map((f) => f.status)).toEqual(['downloaded', 'downloaded']);
    expect(requests).toEqual([`/api/models/${REPO}/revision/${REV}`, ...resolveUrls(REV)]);
    expect(await readFile(join(modelFolder(e, dir), 'config.json'), 'utf8')).toBe(CONFIG);
    expect(await checkModel(e, dir)).toMatchObject({ state: 'present', revision: REV, verifiedBy: 'models.json' });
    expect(fetchReport(result, false)).toEqual([`ok: whisper-test @ ${REV} (pinned in models/models.json)`]);

    // A second fetch keeps verified files, without asking the hub anything (works offline).
    requests.length = 0;
    const again = await fetchModel(e, { dir, baseUrl: hub });
    expect(again.files.map((f) => f.status)).toEqual(['kept', 'kept']);
    expect(requests).toEqual([]);
  });

  it('says "no such revision", naming repo and revision, when the hub does not have the pinned commit', async () => {
    const bogus = 'd'.repeat(40);
    const e = entry({ revision: bogus });
    const err = await fetchModel(e, { dir, baseUrl: hub }).catch((x: unknown) => x);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as Error).message).toMatch(new RegExp(`^No such revision ${bogus} of acme/whisper-test on ${hub} \\(HTTP 404 RevisionNotFound`));
    expect((err as Error).message).toContain("Set that entry's revision and every sha256 to null");
    expect((err as Error).message).toContain('`callqa models fetch whisper-test --pin`');
    // Nothing was downloaded: the commit is checked before any file.
    expect(requests).toEqual([`/api/models/${REPO}/revision/${bogus}`]);
    expect((await checkModel(e, dir)).state).toBe('missing');
  });

  it('says "no such revision" from a mirror that sends no X-Error-Code too', async () => {
    sendErrorCodes = false;
    await expect(fetchModel(entry({ revision: 'd'.repeat(40) }), { dir, baseUrl: hub })).rejects.toThrow(
      new RegExp(`^No such revision d{40} of acme/whisper-test on ${hub} \\(HTTP 404 for `),
    );
  });

  it('refuses a pinned revision without its hashes before asking the hub', async () => {
    const halfPinned = entry({ files: [{ path: 'config.json', sha256: sha(CONFIG) }, { path: 'onnx/encoder_model_quantized.onnx', sha256: null }] });
    await expect(fetchModel(halfPinned, { dir, baseUrl: hub })).rejects.toThrow(
      /model "whisper-test" \(acme\/whisper-test\) pins revision c{40} but file onnx\/encoder_model_quantized\.onnx has no sha256/,
    );
    expect(requests).toEqual([]);
  });

  it('refuses a file whose sha256 differs and leaves nothing that looks whole', async () => {
    const e = entry({ files: [{ path: 'config.json', sha256: sha('something else') }] });
    await expect(fetchModel(e, { dir, baseUrl: hub })).rejects.toThrow(/sha256 mismatch for acme\/whisper-test\/config\.json/);
    expect((await checkModel(e, dir)).state).toBe('missing');
  });

  it('repairs an incomplete folder by downloading only the bad file', async () => {
    const e = entry();
    await fetchModel(e, { dir, baseUrl: hub });
    await writeFile(join(modelFolder(e, dir), 'onnx/encoder_model_quantized.onnx'), 'xx');
    expect((await checkModel(e, dir)).state).toBe('incomplete');
    requests.length = 0;
    const r = await fetchModel(e, { dir, baseUrl: hub });
    expect(r.files.map((f) => f.status)).toEqual(['kept', 'downloaded']);
    expect((await checkModel(e, dir)).state).toBe('present');
  });
});

describe('fetchModel, unpinned', () => {
  it('resolves main, downloads every file from that one commit, records it, and says how to pin it', async () => {
    const e = unpinned();
    const result = await fetchModel(e, { dir, baseUrl: hub });
    expect(result).toMatchObject({ revision: REV, revisionFrom: 'main' });
    // By commit, never /resolve/main/: a main that moves mid-fetch cannot mix two commits.
    expect(requests).toEqual([`/api/models/${REPO}/revision/main`, ...resolveUrls(REV)]);
    expect(result.files.map((f) => f.sha256)).toEqual([sha(CONFIG), sha(ENCODER)]);
    expect(await checkModel(e, dir)).toMatchObject({ state: 'present', revision: REV, verifiedBy: 'fetch-stamp' });
    expect(fetchReport(result, false)).toEqual([
      `ok: whisper-test @ ${REV} (the hub's main; whisper-test is not pinned in models/models.json)`,
      'to pin this commit and its file hashes: callqa models fetch whisper-test --pin   (then commit models/models.json)',
    ]);
  });

  it('follows main when it moves: the next fetch takes the new commit', async () => {
    const e = unpinned();
    await fetchModel(e, { dir, baseUrl: hub });
    main = REV2;
    requests.length = 0;
    const result = await fetchModel(e, { dir, baseUrl: hub });
    expect(result.revision).toBe(REV2);
    expect(result.files.map((f) => f.status)).toEqual(['downloaded', 'downloaded']);
    expect(requests).toEqual([`/api/models/${REPO}/revision/main`, ...resolveUrls(REV2)]);
    expect(await checkModel(e, dir)).toMatchObject({ state: 'present', revision: REV2 });
  });

  it('names a repository the hub does not have', async () => {
    await expect(fetchModel(entry({ revision: null, repo: 'acme/nope', files: [{ path: 'config.json', sha256: null }] }), { dir, baseUrl: hub })).rejects.toThrow(
      /HTTP 404 for .*\/api\/models\/acme\/nope\/revision\/main: no such repository acme\/nope \(or it is private: set HF_TOKEN\)/,
    );
  });

  it('names the file that is not on the hub at that commit', async () => {
    const e = entry({ revision: null, files: [{ path: 'nope.json', sha256: null }] });
    await expect(fetchModel(e, { dir, baseUrl: hub })).rejects.toThrow(
      new RegExp(`HTTP 404 for .*/nope\\.json: no file nope\\.json in acme/whisper-test at ${REV}`),
    );
  });

  it('--pin writes the commit and every file hash together; the pinned entry then loads and fetches offline', async () => {
    const manifest = join(dir, 'models.json');
    await writeFile(manifest, JSON.stringify({ models: [unpinned()] }));
    const result = await fetchModel(loadModelsManifest(manifest)[0], { dir, baseUrl: hub });
    await pinInManifest(result, manifest);
    expect(fetchReport(result, true)[1]).toBe(`pinned whisper-test at ${REV} with 2 file hashes in models/models.json: review and commit it`);

    const [pinned] = loadModelsManifest(manifest);
    expect(pinned.revision).toBe(REV);
    expect(pinned.files.map((f) => f.sha256)).toEqual([sha(CONFIG), sha(ENCODER)]);
    requests.length = 0;
    const again = await fetchModel(pinned, { dir, baseUrl: hub });
    expect(again).toMatchObject({ revision: REV, revisionFrom: 'pinned' });
    expect(again.files.map((f) => f.status)).toEqual(['kept', 'kept']);
    expect(requests).toEqual([]);
  });

  it('--pin on the shipped models.json changes only that entry\'s revision and hash lines', async () => {
    const copy = join(dir, 'models.json');
    const before = await readFile(MODELS_JSON, 'utf8');
    await writeFile(copy, before);
    expect(formatManifest(JSON.parse(before))).toBe(before); // the committed file is in the written format
    const base = findModel('asr', 'whisper-base', loadModelsManifest(copy));
    const files = base.files.map((f) => ({ path: f.path, sha256: sha(f.path), bytes: 1, status: 'downloaded' as const }));
    await pinInManifest({ entry: base, folder: dir, revision: REV, revisionFrom: 'main', files }, copy);
    const [was, now] = [before.split('\n'), (await readFile(copy, 'utf8')).split('\n')];
    expect(now.length).toBe(was.length);
    const changed = now.filter((line, i) => line !== was[i]);
    expect(changed).toEqual([`      "revision": "${REV}",`, ...base.files.map((f, i) => `        { "path": "${f.path}", "sha256": "${sha(f.path)}" }${i < base.files.length - 1 ? ',' : ''}`)]);
    expect(findModel('asr', 'whisper-base', loadModelsManifest(copy))).toMatchObject({ revision: REV });
  });

  it('--pin writes nothing when the fetch did not record every file of the entry', async () => {
    const manifest = join(dir, 'models.json');
    const withExtra = entry({ revision: null, files: [...unpinned().files, { path: 'tokenizer.json', sha256: null }] });
    const before = JSON.stringify({ models: [withExtra] });
    await writeFile(manifest, before);
    const result = await fetchModel(unpinned(), { dir, baseUrl: hub });
    await expect(pinInManifest(result, manifest)).rejects.toThrow(/Not pinning whisper-test: the fetch has no hash for tokenizer\.json/);
    expect(await readFile(manifest, 'utf8')).toBe(before);
  });
});

describe('fetchModel, no hub', () => {
  it('explains what to do when the hub cannot be reached (as on this machine and in CI)', async () => {
    // A port nothing listens on: connection refused, like an offline machine.
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const err = await fetchModel(unpinned(), { dir, baseUrl: `http://127.0.0.1:${port}` }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as Error).message).toMatch(/Cannot reach http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\) to fetch acme\/whisper-test/);
    expect((err as Error).message).toMatch(/needs internet access.*copy .*whisper-test/);
  });
});
