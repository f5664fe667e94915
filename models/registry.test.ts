/**
 * Model availability on real folders. The "model files" are small stand-in files (real Whisper
 * weights cannot be fetched here); what is tested is the bookkeeping: presence, completeness,
 * hashes, and the one message a run prints.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  FETCH_STAMP,
  asrAvailability,
  checkModel,
  findModel,
  loadModelsManifest,
  modelFolder,
  modelsDir,
  pinProblem,
  type ModelEntry,
} from './registry.ts';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const FILES = { 'config.json': '{"model_type":"whisper"}', 'onnx/encoder_model_quantized.onnx': 'encoder-bytes' };

function entry(over: Partial<ModelEntry> = {}): ModelEntry {
  return {
    id: 'whisper-test',
    task: 'asr',
    default: true,
    repo: 'acme/whisper-test',
    revision: 'a'.repeat(40),
    dtype: 'q8',
    description: 'test',
    files: Object.entries(FILES).map(([path, body]) => ({ path, sha256: sha(body) })),
    ...over,
  };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'callqa-models-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function put(e: ModelEntry, files: Record<string, string>) {
  for (const [path, body] of Object.entries(files)) {
    const full = join(modelFolder(e, dir), path);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, body);
  }
}

describe('models.json', () => {
  it('is valid and has a default Whisper model with word timestamps and a sentiment model', () => {
    const entries = loadModelsManifest();
    const asr = findModel('asr', undefined, entries);
    expect(asr.repo).toMatch(/whisper/);
    expect(asr.wordTimestamps).toBe(true);
    expect(entries.some((e) => e.task === 'asr' && /large/.test(e.id))).toBe(true);
    expect(findModel('sentiment', undefined, entries).id).toBe('sentiment-multilingual');
    for (const e of entries.filter((x) => x.task === 'asr')) {
      expect(e.files.map((f) => f.path)).toEqual(expect.arrayContaining(['onnx/encoder_model_quantized.onnx', 'onnx/decoder_model_merged_quantized.onnx', 'tokenizer.json']));
    }
  });

  it('ships no pin that a fetch did not record: each entry is unpinned, or pinned with every hash', () => {
    for (const e of loadModelsManifest()) {
      const hashed = e.files.filter((f) => f.sha256 !== null).length;
      expect({ id: e.id, hashed }).toEqual({ id: e.id, hashed: e.revision === null ? 0 : e.files.length });
    }
  });

  it('refuses a pinned revision without its hashes, naming the model and the file', async () => {
    const file = join(dir, 'models.json');
    const half = entry({ files: [{ path: 'config.json', sha256: sha(FILES['config.json']) }, { path: 'onnx/encoder_model_quantized.onnx', sha256: null }] });
    await writeFile(file, JSON.stringify({ models: [entry({ id: 'whisper-ok' }), half] }));
    expect(() => loadModelsManifest(file)).toThrow(
      `${file}: model "whisper-test" (acme/whisper-test) pins revision ${'a'.repeat(40)} but file onnx/encoder_model_quantized.onnx has no sha256. ` +
        'Pin the revision and the hashes together with `callqa models fetch whisper-test --pin`; until then set "revision": null.',
    );
    const none = entry({ files: Object.keys(FILES).map((path) => ({ path, sha256: null })) });
    expect(pinProblem(none)).toMatch(/pins revision a{40} but file config\.json \(and 1 more\) has no sha256/);
  });

  it('refuses hashes without a revision, and accepts an entry wholly unpinned', () => {
    const hashesOnly = entry({ revision: null });
    expect(pinProblem(hashesOnly)).toMatch(/^model "whisper-test" \(acme\/whisper-test\) has a sha256 for file config\.json \(and 1 more\) but no revision/);
    expect(pinProblem(entry({ revision: null, files: Object.keys(FILES).map((path) => ({ path, sha256: null })) }))).toBeNull();
    expect(pinProblem(entry())).toBeNull();
  });

  it('still names index and field for a schema error', async () => {
    const file = join(dir, 'models.json');
    await writeFile(file, JSON.stringify({ models: [entry({ revision: 'main' })] }));
    expect(() => loadModelsManifest(file)).toThrow(/models\.0\.revision: /);
  });

  it('finds a model by id or by hub repo, and names the known ids when it cannot', () => {
    const entries = [entry(), entry({ id: 'whisper-big', repo: 'acme/big', default: false })];
    expect(findModel('asr', 'acme/big', entries).id).toBe('whisper-big');
    expect(() => findModel('asr', 'nope', entries)).toThrow(/No asr model "nope".*known: whisper-test, whisper-big/);
  });

  it('uses $CALLQA_MODELS_DIR when set, else models/hub', () => {
    expect(modelsDir({ CALLQA_MODELS_DIR: '/srv/models' })).toBe('/srv/models');
    expect(modelsDir({})).toMatch(/models\/hub$/);
  });
});

describe('checkModel / asrAvailability', () => {
  it('says missing, naming the model, the folder and the fetch command', async () => {
    const e = entry();
    expect((await checkModel(e, dir)).state).toBe('missing');
    const a = await asrAvailability(undefined, { dir, manifest: [e] });
    expect(a.ok).toBe(false);
    if (a.ok) return;
    expect(a.message).toContain('Whisper model "whisper-test" (acme/whisper-test) is not in');
    expect(a.message).toContain(modelFolder(e, dir));
    expect(a.message).toContain('`callqa models fetch whisper-test`');
  });

  it('says incomplete when a file is missing', async () => {
    const e = entry();
    await put(e, { 'config.json': FILES['config.json'] });
    const s = await checkModel(e, dir);
    expect(s.state).toBe('incomplete');
    expect(s.problems).toEqual(['missing onnx/encoder_model_quantized.onnx']);
    const a = await asrAvailability('whisper-test', { dir, manifest: [e] });
    expect(!a.ok && a.message).toMatch(/is incomplete: missing onnx\/encoder_model_quantized\.onnx\. Run `callqa models fetch whisper-test` again/);
  });

  it('says incomplete when a file does not match its pinned sha256 (e.g. a truncated copy)', async () => {
    const e = entry();
    await put(e, { ...FILES, 'onnx/encoder_model_quantized.onnx': 'encoder-by' });
    const s = await checkModel(e, dir);
    expect(s.state).toBe('incomplete');
    expect(s.problems[0]).toMatch(/^sha256 mismatch for onnx\/encoder_model_quantized\.onnx/);
  });

  it('says present when every file matches, with the pinned revision', async () => {
    const e = entry();
    await put(e, FILES);
    const a = await asrAvailability(undefined, { dir, manifest: [e] });
    expect(a).toMatchObject({ ok: true, folder: modelFolder(e, dir), revision: 'a'.repeat(40) });
    // Second check reads the hash cache and still agrees.
    expect((await checkModel(e, dir)).state).toBe('present');
  });

  it('notices a file changed after it was hashed once', async () => {
    const e = entry();
    await put(e, FILES);
    expect((await checkModel(e, dir)).state).toBe('present');
    await new Promise((r) => setTimeout(r, 15)); // a different mtime
    await put(e, { 'config.json': '{"model_type":"whisper","x":1}' });
    expect((await checkModel(e, dir)).problems[0]).toMatch(/sha256 mismatch for config\.json/);
  });

  it('checks unpinned models against the fetch stamp, and reports the fetched revision', async () => {
    const e = entry({ revision: null, files: Object.keys(FILES).map((path) => ({ path, sha256: null })) });
    await put(e, FILES);
    expect(await checkModel(e, dir)).toMatchObject({ state: 'present', verifiedBy: 'presence-only', revision: null });
    const stamp = { repo: e.repo, revision: 'b'.repeat(40), fetchedAt: 'now', files: { 'config.json': sha(FILES['config.json']), 'onnx/encoder_model_quantized.onnx': sha('other') } };
    await writeFile(join(modelFolder(e, dir), FETCH_STAMP), JSON.stringify(stamp));
    const s = await checkModel(e, dir);
    expect(s).toMatchObject({ state: 'incomplete', verifiedBy: 'fetch-stamp', revision: 'b'.repeat(40) });
    expect(s.problems[0]).toMatch(/onnx\/encoder_model_quantized\.onnx/);
  });

  it('turns an unknown configured model into a message, not an exception', async () => {
    const a = await asrAvailability('whisper-nope', { dir, manifest: [entry()] });
    expect(a).toMatchObject({ ok: false });
    expect(!a.ok && a.message).toMatch(/No asr model "whisper-nope"/);
  });
});
