/**
 * The transformer sentiment option. The multilingual model cannot be fetched on this machine
 * (no Hugging Face hub), so these tests check what can be checked without it: the clear
 * "missing" message with the fetch command, and the mapping of the pipeline's raw output
 * onto our labels — with a stand-in classifier that returns output in the exact shape of
 * transformers.js' text-classification pipeline (`top_k: null` on an array: one list of
 * {label, score} per text). Where the model has been fetched, the last test runs it for real.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../pipeline/types.ts';
import { checkModel, findModel, modelsDir } from './registry.ts';
import {
  loadTransformerSentiment,
  mapRawLabels,
  transformerSentimentAvailability,
  TransformerSentimentModel,
  type RawLabelScore,
  type TextClassifier,
} from './sentiment-transformer.ts';

const emptyDir = () => mkdtempSync(join(tmpdir(), 'callqa-models-'));

describe('availability', () => {
  it('names the missing model, its hub repo and the fetch command', async () => {
    const dir = emptyDir();
    const a = await transformerSentimentAvailability(undefined, { dir });
    expect(a.ok).toBe(false);
    if (!a.ok) {
      expect(a.message).toContain('sentiment-multilingual');
      expect(a.message).toContain('Xenova/distilbert-base-multilingual-cased-sentiments-student');
      expect(a.message).toContain('callqa models fetch sentiment-multilingual');
      expect(a.message).toContain(dir);
    }
    const loaded = await loadTransformerSentiment(undefined, { dir });
    expect(loaded).toEqual({ unavailable: a.ok ? '' : a.message });
  });

  it('names the known ids when asked for an unknown model', async () => {
    const loaded = await loadTransformerSentiment('no-such-model', { dir: emptyDir() });
    expect('unavailable' in loaded && loaded.unavailable).toMatch(/No sentiment model "no-such-model".*known: sentiment-multilingual/);
  });
});

describe('mapRawLabels', () => {
  it('maps named labels whatever their case and order', () => {
    expect(mapRawLabels([{ label: 'Positive', score: 0.7 }, { label: 'negative', score: 0.1 }, { label: 'NEUTRAL', score: 0.2 }])).toEqual({
      negative: 0.1,
      neutral: 0.2,
      positive: 0.7,
    });
  });

  it('folds 1–5 star ratings into three classes', () => {
    const p = mapRawLabels([
      { label: '1 star', score: 0.1 },
      { label: '2 stars', score: 0.2 },
      { label: '3 stars', score: 0.3 },
      { label: '4 stars', score: 0.25 },
      { label: '5 stars', score: 0.15 },
    ]);
    expect(p.negative).toBeCloseTo(0.3, 10);
    expect(p.neutral).toBeCloseTo(0.3, 10);
    expect(p.positive).toBeCloseTo(0.4, 10);
  });

  it('reads LABEL_n as negative/neutral/positive, or negative/positive for a binary model', () => {
    expect(mapRawLabels([{ label: 'LABEL_0', score: 0.5 }, { label: 'LABEL_1', score: 0.3 }, { label: 'LABEL_2', score: 0.2 }])).toEqual({
      negative: 0.5,
      neutral: 0.3,
      positive: 0.2,
    });
    expect(mapRawLabels([{ label: 'LABEL_0', score: 0.25 }, { label: 'LABEL_1', score: 0.75 }])).toEqual({
      negative: 0.25,
      neutral: 0,
      positive: 0.75,
    });
  });

  it('renormalises a partial list', () => {
    expect(mapRawLabels([{ label: 'negative', score: 0.3 }, { label: 'positive', score: 0.1 }]).negative).toBeCloseTo(0.75, 10);
  });

  it('rejects an unknown label by name', () => {
    expect(() => mapRawLabels([{ label: 'joy', score: 1 }])).toThrow(/"joy"/);
  });
});

describe('TransformerSentimentModel (stand-in classifier: the real model is not available here)', () => {
  // Answers like the multilingual student model: labels positive/neutral/negative, sorted by score.
  const calls: string[][] = [];
  const standIn: TextClassifier = async (texts) => {
    calls.push(texts);
    return texts.map((t): RawLabelScore[] => {
      const neg = /解决！|terrible/.test(t) ? 0.8 : 0.1;
      const pos = /谢谢|thank/i.test(t) ? 0.8 : 0.1;
      return [
        { label: 'positive', score: pos },
        { label: 'negative', score: neg },
        { label: 'neutral', score: 1 - neg - pos },
      ].sort((a, b) => b.score - a.score);
    });
  };

  it('scores transcript turns in batches, keeping order and segment indices', async () => {
    const model = new TransformerSentimentModel(standIn, 'stand-in@0', 2);
    const t: Transcript = {
      callId: 'c',
      language: 'zh',
      segments: [
        { speaker: 'customer', start: 0, end: 1, text: '这都第三次了，你们到底能不能解决！' },
        { speaker: 'agent', start: 1, end: 2, text: '' },
        { speaker: 'agent', start: 2, end: 3, text: '请您稍等' },
        { speaker: 'customer', start: 3, end: 4, text: '好的，谢谢' },
        { speaker: 'customer', start: 4, end: 5, text: 'This is terrible' },
      ],
    };
    const turns = await model.scoreTranscript(t);
    expect(calls.map((c) => c.length)).toEqual([2, 2]);
    expect(turns.map((x) => [x.index, x.speaker, x.label])).toEqual([
      [0, 'customer', 'negative'],
      [2, 'agent', 'neutral'],
      [3, 'customer', 'positive'],
      [4, 'customer', 'negative'],
    ]);
    expect(turns[0].score).toBeCloseTo(0.1 - 0.8, 10);
  });

  it('fails loudly when the pipeline returns the wrong number of results', async () => {
    const model = new TransformerSentimentModel(async () => [], 'broken@0');
    await expect(model.scoreTexts(['a'])).rejects.toThrow(/0 results for 1 texts/);
  });
});

const entry = findModel('sentiment');
const present = (await checkModel(entry, modelsDir())).state === 'present';
if (!present) console.log(`models/sentiment-transformer.test.ts: real ${entry.repo} test SKIPPED: not fetched into ${modelsDir()} (run \`callqa models fetch ${entry.id}\` on a connected machine)`);

describe.skipIf(!present)(`real ${entry.repo} (only where fetched)`, () => {
  it('labels a Mandarin complaint negative and thanks positive', async () => {
    const model = await loadTransformerSentiment();
    if ('unavailable' in model) throw new Error(model.unavailable);
    try {
      const [complaint, thanks] = await model.scoreTexts(['这都第三次了，你们到底能不能解决！', '好的，谢谢']);
      expect(complaint.negative).toBeGreaterThan(complaint.positive);
      expect(thanks.positive).toBeGreaterThan(thanks.negative);
    } finally {
      await model.close();
    }
  });
});
