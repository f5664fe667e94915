import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, nearestKey } from './config.ts';

const dir = mkdtempSync(join(tmpdir(), 'callqa-config-'));
let n = 0;
const write = (text: string, ext = 'yaml') => {
  const file = join(dir, `c${n++}.${ext}`);
  writeFileSync(file, text);
  return file;
};
const errorOf = (file: string): string => {
  try {
    loadConfig(file);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('loadConfig accepted the file');
};

describe('config: unknown keys are errors', () => {
  it('names a misspelt top-level key and the nearest valid one', () => {
    const file = write('sampeling: { rate: 0.2 }\nconcurency: 3\n');
    const message = errorOf(file);
    expect(message).toContain(file);
    expect(message).toContain('sampeling: unknown key (did you mean "sampling"?)');
    expect(message).toContain('concurency: unknown key (did you mean "concurrency"?)');
  });

  it('names a misspelt nested key with its path', () => {
    const message = errorOf(write('sampling:\n  rate: 0.2\n  minPerAgnet: 3\n'));
    expect(message).toContain('sampling.minPerAgnet: unknown key (did you mean "minPerAgent"?)');
    expect(message).toContain('valid keys in sampling:');
  });

  it('does not suggest a key that is nothing like the unknown one', () => {
    const message = errorOf(write('{"zzzzzzzz": 1}', 'json'));
    expect(message).toContain('zzzzzzzz: unknown key;');
    expect(message).not.toContain('did you mean');
  });

  it('still accepts every documented section', () => {
    const config = loadConfig(
      write(
        [
          'brand: { name: Acme Bank, aliases: [Acme] }',
          'sampling: { rate: 0.5, minPerAgent: 1, maxPerAgent: 5, minDurationS: 10, excludeAbandoned: true }',
          'audio: { defaultAgentChannel: right, minDurationS: 1 }',
          'asr: { language: zh }',
          'sentiment: { engine: compact }',
          'ingest: { encoding: gb18030 }',
          'timeouts: { decodeBaseS: 10 }',
          'api: { sessionTtlHours: 2 }',
          'concurrency: 1',
        ].join('\n'),
      ),
    );
    expect(config.brand?.name).toBe('Acme Bank');
    expect(config.ingest.encoding).toBe('gb18030');
    expect(config.timeouts).toMatchObject({ decodeBaseS: 10, decodePerAudioMinuteS: 5 });
    expect(config.api).toEqual({ sessionTtlHours: 2, adminMayHearUnredactedAudio: false });
  });

  it('reports a bad value with its path', () => {
    expect(errorOf(write('ingest: { encoding: latin1 }'))).toMatch(/ingest\.encoding: /);
  });
});

describe('nearestKey', () => {
  it('finds a one-letter typo and refuses a distant word', () => {
    expect(nearestKey('brnad', ['brand', 'audio'])).toBe('brand');
    expect(nearestKey('colour', ['brand', 'audio'])).toBeUndefined();
  });
});

describe('config: calls in flight', () => {
  it('defaults to two calls per core (two per VAD thread share its model calls), and a set value wins', () => {
    expect(loadConfig().concurrency).toBe(2 * availableParallelism());
    expect(loadConfig(write('concurrency: 3\n')).concurrency).toBe(3);
  });
});
