import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSentimentEngine } from './engine.ts';

const emptyModelsDir = () => mkdtempSync(join(tmpdir(), 'callqa-models-'));

describe('loadSentimentEngine', () => {
  it('loads the compact model', async () => {
    const r = await loadSentimentEngine('compact');
    if (!('model' in r)) throw new Error(r.unavailable);
    expect(r.model.version).toMatch(/^callqa-sentiment-compact@/);
    expect(r.note).toBeUndefined();
    await r.model.close();
  });

  it('falls back to the compact model, saying why, when the transformer is not fetched', async () => {
    const r = await loadSentimentEngine('transformer', { dir: emptyModelsDir() });
    if (!('model' in r)) throw new Error(r.unavailable);
    expect(r.model.version).toMatch(/^callqa-sentiment-compact@/);
    expect(r.note).toMatch(/callqa models fetch sentiment-multilingual.*Using the compact sentiment model instead/);
    await r.model.close();
  });

  it('reports the missing transformer when fallback is off', async () => {
    const r = await loadSentimentEngine('transformer', { dir: emptyModelsDir(), fallbackToCompact: false });
    expect('unavailable' in r && r.unavailable).toContain('callqa models fetch sentiment-multilingual');
  });
});
