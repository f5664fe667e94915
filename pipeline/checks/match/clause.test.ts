import { describe, expect, it } from 'vitest';
import { agentSays } from '../../../fixtures/support/pipeline/test-calls.ts';
import { clauseEndsAfter, clauseStartsAt, shortClausesOnly } from './clause.ts';
import { speakerStream } from './stream.ts';

const stream = (text: string) => speakerStream([agentSays(0, 5, text)], 'agent', ['嗯', '呃', 'um']);
const keysOf = (s: ReturnType<typeof stream>) => s.units.map((u) => u.key).join('');

describe('shortClausesOnly (wordings said as a clause of their own, I63)', () => {
  it('keeps the one-unit clauses, a filler and the comma after it aside, and drops every longer clause', () => {
    expect(keysOf(shortClausesOnly(stream('谢谢您来电，拜，花明天到'), 1))).toBe('拜');
    expect(keysOf(shortClausesOnly(stream('谢谢您来电，嗯，拜'), 1))).toBe('拜');
    expect(keysOf(shortClausesOnly(stream('花下礼拜到，拜托您了'), 1))).toBe('');
    expect(keysOf(shortClausesOnly(stream('好的，拜拜，再见'), 2))).toBe('好的拜拜再见');
  });

  it('reads a space between two Han characters as a break, and a new segment as a new clause', () => {
    const s = stream('谢谢 拜');
    expect(clauseEndsAfter(s, 1)).toBe(true);
    expect(clauseStartsAt(s, 2)).toBe(true);
    const two = speakerStream([agentSays(0, 2, '谢谢来电'), agentSays(3, 4, '拜')], 'agent', []);
    expect(keysOf(shortClausesOnly(two, 1))).toBe('拜');
  });
});
