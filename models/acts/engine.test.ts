import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { afterAll, describe, expect, it } from 'vitest';
import { ACT_MODEL_DIR, readActConfig } from './config.ts';
import { loadActModel } from './engine.ts';
import { actFeaturize } from './featurizer.ts';
import { ACT_LABELS } from './labels.ts';

// Written for this test, after training: in no data set, template or paraphrase bank.
const UNSEEN: [string, (typeof ACT_LABELS)[number]][] = [
  ['您好，欢迎拨打客服电话', 'greeting'],
  ['那您先别挂，我这边去查一下记录', 'hold_request'],
  ['谢谢您一直在线等待', 'hold_thanks'],
  ['实在抱歉，这是我们的失误', 'apology'],
  ['请问还有其他我能帮您处理的吗', 'further_help'],
  ['好的，那祝您一切顺心，再见', 'goodbye'],
  ['您的账户余额是五百元', 'other'],
  ['Many thanks for getting in touch with us', 'thanks_for_calling'],
  ['Can you hold the line a moment while I check', 'hold_request'],
  ['Thank you for hanging on, I have the details now', 'hold_thanks'],
  ['Would there be anything further I can help with', 'further_help'],
  ['Take care now, goodbye', 'goodbye'],
  ['Your statement is ready in the app', 'other'],
];

const tmp: string[] = [];
afterAll(() => tmp.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('act model engine (shipped models/acts)', () => {
  const model = loadActModel();

  it('loads the shipped ONNX file with its config and names its version', () => {
    expect(model.version).toMatch(/^callqa-acts@\d+\+[0-9a-f]{12}$/);
    expect(model.config.labels).toEqual([...ACT_LABELS]);
  });

  it('classifies sentences it never saw: at least 12 of 13 get the right act', () => {
    const wrong = UNSEEN.filter(([text, act]) => model.classify(text).label !== act).map(([t]) => `${t} → ${model.classify(t).label}`);
    expect(wrong.length, wrong.join('\n')).toBeLessThanOrEqual(1);
  });

  it('computes what onnxruntime computes on the same file', async () => {
    const config = readActConfig();
    const session = await ort.InferenceSession.create(join(ACT_MODEL_DIR, config.model.file));
    const [indicesName, valuesName] = config.model.inputName.split(',');
    try {
      for (const [text] of UNSEEN) {
        const f = actFeaturize(text.toLowerCase(), config.featurizer);
        const out = await session.run({
          [indicesName]: new ort.Tensor('int32', f.indices, [1, f.indices.length]),
          [valuesName]: new ort.Tensor('float32', f.values, [1, f.values.length, 1]),
        });
        const onnx = out[config.model.outputName].data as Float32Array;
        const mine = model.classify(text).probs;
        ACT_LABELS.forEach((l, i) => expect(Math.abs(mine[l] - onnx[i])).toBeLessThan(1e-5));
      }
    } finally {
      await session.release();
    }
  });

  it('refuses a model file that is not the one its config was written for', () => {
    const dir = mkdtempSync(join(tmpdir(), 'acts-'));
    tmp.push(dir);
    cpSync(ACT_MODEL_DIR, dir, { recursive: true });
    const bytes = readFileSync(join(dir, 'model.onnx'));
    bytes[bytes.length - 1] ^= 0xff;
    writeFileSync(join(dir, 'model.onnx'), bytes);
    expect(() => loadActModel(dir)).toThrow(/sha256/);
  });
});
