/**
 * `fetchModel` against a stand-in hub: a real HTTP server on 127.0.0.1 that serves
 * `/<repo>/resolve/<revision>/<path>` the way huggingface.co does (the real hub is unreachable
 * from here and from CI). Plus the message when no hub can be reached at all.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FetchError, fetchModel, pinInManifest } from './fetch.ts';
import { checkModel, loadModelsManifest, modelFolder, type ModelEntry } from './registry.ts';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const REV = 'c'.repeat(40);
const served: Record<string, string> = {
  [`/acme/whisper-test/resolve/${REV}/config.json`]: '{"model_type":"whisper"}',
  [`/acme/whisper-test/resolve/${REV}/onnx/encoder_model_quantized.onnx`]: 'x'.repeat(200_000),
};
const requests: string[] = [];
let server: Server;
let hub: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url!);
    if (req.url === '/api/models/acme/whisper-test/revision/main') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ sha: REV }));
      return;
    }
    const body = served[req.url!];
    if (body === undefined) {
      res.statusCode = 404;
      res.end('Entry not found');
      return;
    }
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
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function entry(over: Partial<ModelEntry> = {}): ModelEntry {
  return {
    id: 'whisper-test',
    task: 'asr',
    repo: 'acme/whisper-test',
    revision: REV,
    dtype: 'q8',
    description: 'test',
    files: [
      { path: 'config.json', sha256: sha('{"model_type":"whisper"}') },
      { path: 'onnx/encoder_model_quantized.onnx', sha256: sha('x'.repeat(200_000)) },
    ],
    ...over,
  };
}

describe('fetchModel', () => {
  it('downloads pinned files into <dir>/<repo>/, verifies them, and the model is then present', async () => {
    const e = entry();
    const result = await fetchModel(e, { dir, baseUrl: hub });
    expect(result.files.map((f) => f.status)).toEqual(['downloaded', 'downloaded']);
    expect(requests).toEqual([`/acme/whisper-test/resolve/${REV}/config.json`, `/acme/whisper-test/resolve/${REV}/onnx/encoder_model_quantized.onnx`]);
    expect(await readFile(join(modelFolder(e, dir), 'config.json'), 'utf8')).toBe('{"model_type":"whisper"}');
    expect(await checkModel(e, dir)).toMatchObject({ state: 'present', revision: REV });

    // A second fetch keeps verified files instead of downloading them again.
    requests.length = 0;
    const again = await fetchModel(e, { dir, baseUrl: hub });
    expect(again.files.map((f) => f.status)).toEqual(['kept', 'kept']);
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

  it('says which URL is not on the hub', async () => {
    const e = entry({ files: [{ path: 'nope.json', sha256: null }] });
    await expect(fetchModel(e, { dir, baseUrl: hub })).rejects.toThrow(/HTTP 404 for .*\/nope\.json: no such repository, revision or file/);
  });

  it('will not fetch an unpinned model without --pin; with it, pins main\'s commit and records hashes', async () => {
    const unpinned = entry({ revision: null, files: entry().files.map((f) => ({ ...f, sha256: null })) });
    await expect(fetchModel(unpinned, { dir, baseUrl: hub })).rejects.toThrow(/no pinned revision.*--pin/);
    const result = await fetchModel(unpinned, { dir, baseUrl: hub, pin: true });
    expect(result.revision).toBe(REV);

    const manifest = join(dir, 'models.json');
    await writeFile(manifest, JSON.stringify({ models: [unpinned] }));
    await pinInManifest(result, manifest);
    const [pinned] = loadModelsManifest(manifest);
    expect(pinned.revision).toBe(REV);
    expect(pinned.files.map((f) => f.sha256)).toEqual(entry().files.map((f) => f.sha256));
  });

  it('explains what to do when the hub cannot be reached (as on this machine and in CI)', async () => {
    // A port nothing listens on: connection refused, like an offline machine.
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const err = await fetchModel(entry(), { dir, baseUrl: `http://127.0.0.1:${port}` }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as Error).message).toMatch(/Cannot reach http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\) to fetch acme\/whisper-test/);
    expect((err as Error).message).toMatch(/needs internet access.*copy .*whisper-test/);
  });
});
