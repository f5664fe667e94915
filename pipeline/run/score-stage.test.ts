import { describe, expect, it } from 'vitest';
import { configSchema, repoRoot } from '../config.ts';
import { ConfigError } from '../errors.ts';
import { brandFor, createScoreStage } from './score-stage.ts';

const config = (raw: object) => ({ ...configSchema.parse(raw), baseDir: repoRoot });

describe('a run needs a brand when its scorecards say {brand}', () => {
  it('refuses the shipped scorecards with no brand configured, naming them and what to set', () => {
    expect(() => createScoreStage(config({}))).toThrow(ConfigError);
    expect(() => createScoreStage(config({}))).toThrow(/no brand configured, but scorecards zh-CN-bank, en-US-bank say \{brand\}: set brand\.name/);
  });

  it('scores with the configured brand', () => {
    expect(() => createScoreStage(config({ brand: { name: 'Acme Bank' } }))).not.toThrow();
    expect(brandFor({ name: 'Acme Bank', aliases: [] }, [{ id: 'x' }])).toEqual({ name: 'Acme Bank', aliases: [] });
  });

  it('needs no brand for scorecards that never say {brand}', () => {
    expect(brandFor(undefined, [{ id: 'plain', phrases: ['hello'] } as { id: string }])).toEqual({ name: '', aliases: [] });
  });
});
