/**
 * The compact runner on the real committed model: availability messages, load-time checks,
 * batching, and per-turn results on hand-written call-like turns. (The hand-written English
 * complaints use everyday emotion words, some of which the training lexicon also lists —
 * scripts/training/sentiment/lexicon.ts; none of these sentences is in any training set.)
 */
import { copyFileSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Transcript } from '../pipeline/types.ts';
import { compactSentimentAvailability, loadCompactSentiment, type CompactSentimentModel } from './sentiment.ts';
import { COMPACT_SENTIMENT_DIR } from './sentiment/config.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'callqa-sentiment-'));

describe('compactSentimentAvailability / loadCompactSentiment', () => {
  it('is available from the committed folder', () => {
    expect(compactSentimentAvailability()).toEqual({ available: true, path: COMPACT_SENTIMENT_DIR });
  });

  it('names the missing config file and how to make it', async () => {
    const dir = tmp();
    const a = compactSentimentAvailability(dir);
    expect(a.available).toBe(false);
    if (!a.available) {
      expect(a.reason).toContain(join(dir, 'config.json'));
      expect(a.reason).toContain('scripts/training/train-sentiment.ts');
    }
    await expect(loadCompactSentiment({ dir })).rejects.toThrow(join(dir, 'config.json'));
  });

  it('names the missing ONNX file', () => {
    const dir = tmp();
    copyFileSync(join(COMPACT_SENTIMENT_DIR, 'config.json'), join(dir, 'config.json'));
    const a = compactSentimentAvailability(dir);
    expect(a.available === false && a.reason).toContain(join(dir, 'model.onnx'));
  });

  it('names the bad field of an invalid config', () => {
    const dir = tmp();
    const config = JSON.parse(readFileSync(join(COMPACT_SENTIMENT_DIR, 'config.json'), 'utf8'));
    config.featurizer.labels = ['positive', 'negative', 'neutral'];
    writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
    const a = compactSentimentAvailability(dir);
    expect(a.available === false && a.reason).toMatch(/featurizer\.labels/);
  });

  it('refuses an ONNX file that is not the one the config was trained with', async () => {
    const dir = tmp();
    copyFileSync(join(COMPACT_SENTIMENT_DIR, 'config.json'), join(dir, 'config.json'));
    const bytes = readFileSync(join(COMPACT_SENTIMENT_DIR, 'model.onnx'));
    bytes[bytes.length - 1] ^= 1; // one flipped bit in the last bias float
    writeFileSync(join(dir, 'model.onnx'), bytes);
    await expect(loadCompactSentiment({ dir })).rejects.toThrow(/sha256.*retrain or restore both files together/);
  });
});

describe('CompactSentimentModel', () => {
  let model: CompactSentimentModel;
  let single: CompactSentimentModel;
  beforeAll(async () => {
    model = await loadCompactSentiment({ batchSize: 4 });
    single = await loadCompactSentiment({ batchSize: 1 });
  });
  afterAll(async () => {
    await model?.close();
    await single?.close();
  });

  const texts = [
    '这都第三次了，你们到底能不能解决！',
    '好的，谢谢',
    '',
    'Could you tell me when my statement is due?',
    '我想查一下上个月的账单',
    'Stop wasting my time and give me a refund.',
    '嗯，那我明天再打过来',
  ];

  it('reports its id and the model hash as version', () => {
    expect(model.version).toMatch(/^callqa-sentiment-compact@[0-9a-f]{12}$/);
    expect(model.version.split('@')[1]).toBe(model.config.model.sha256.slice(0, 12));
  });

  it('gives the same probabilities batched and one at a time, in input order', async () => {
    const batched = await model.scoreTexts(texts);
    const oneByOne = await single.scoreTexts(texts);
    expect(batched).toHaveLength(texts.length);
    batched.forEach((p, i) => {
      expect(p.negative + p.neutral + p.positive).toBeCloseTo(1, 5);
      for (const k of ['negative', 'neutral', 'positive'] as const) expect(p[k]).toBeCloseTo(oneByOne[i][k], 6);
    });
    // Order matters: the complaint and the thanks must not be swapped.
    expect(batched[0].negative).toBeGreaterThan(batched[1].negative);
  });

  it('keeps concurrent calls apart (they share one input buffer)', async () => {
    const [a, b] = await Promise.all([model.scoreTexts(texts), model.scoreTexts([...texts].reverse())]);
    a.forEach((p, i) => expect(p.negative).toBeCloseTo(b[texts.length - 1 - i].negative, 6));
  });

  it('labels hand-written call turns: complaints negative, thanks and requests not', async () => {
    const call: Transcript = {
      callId: 'hand-written',
      language: 'zh',
      segments: [
        { speaker: 'customer', start: 0, end: 3, text: '这都第三次了，你们到底能不能解决！' },
        { speaker: 'customer', start: 3, end: 6, text: '你们这是什么破服务，等了半个小时都没人管' },
        { speaker: 'customer', start: 6, end: 8, text: '好的，谢谢' },
        { speaker: 'customer', start: 8, end: 10, text: '我想查一下上个月的账单' },
        { speaker: 'agent', start: 10, end: 11, text: '   ' },
        { speaker: 'customer', start: 11, end: 14, text: 'This is the third time I have called and nothing has been fixed!' },
        { speaker: 'customer', start: 14, end: 17, text: 'Stop wasting my time and give me a refund.' },
        { speaker: 'customer', start: 17, end: 18, text: 'Okay, thank you.' },
        { speaker: 'customer', start: 18, end: 20, text: 'Sure, my card number ends in four five six seven.' },
        { speaker: 'agent', start: 20, end: 22, text: '请您稍等，我帮您查询一下' },
      ],
    };
    const turns = await model.scoreTranscript(call);
    // The blank agent segment is left out; indices still point into the transcript.
    expect(turns.map((t) => t.index)).toEqual([0, 1, 2, 3, 5, 6, 7, 8, 9]);
    const byIndex = new Map(turns.map((t) => [t.index, t]));
    for (const i of [0, 1, 5, 6]) expect({ i, label: byIndex.get(i)!.label }).toEqual({ i, label: 'negative' });
    for (const i of [2, 3, 7, 8, 9]) expect({ i, label: byIndex.get(i)!.label }).not.toEqual({ i, label: 'negative' });
    for (const t of turns) {
      expect(t.score).toBeCloseTo(t.probs.positive - t.probs.negative, 6);
      expect(t.speaker).toBe(call.segments[t.index].speaker);
    }
    expect(byIndex.get(2)!.score).toBeGreaterThan(0.3);
    expect(byIndex.get(0)!.score).toBeLessThan(-0.3);
  });
});
