import { describe, expect, it } from 'vitest';
import { agentSays } from '../../../fixtures/support/pipeline/test-calls.ts';
import { withRosterSpelling } from './roster-spelling.ts';
import { speakerStream } from './stream.ts';

const keys = (text: string, surname: string, takenAt: number[] = []) => {
  const stream = speakerStream([agentSays(0, 8, text)], 'agent', []);
  return withRosterSpelling(stream, surname, new Set(takenAt.map((i) => stream.units[i]))).units.map((u) => u.key).join(' ');
};

describe('an English surname as ASR spelt it, read as the roster spelling', () => {
  it('reads a spelling one letter off that the surname rule takes for the name', () => {
    expect(keys('hello, smyth, nursery key worker', 'Smith')).toBe('hello smith nursery key worker');
    expect(keys('the engineer coordinator his clarke', 'Clark')).toBe('the engineer coordinator his clark');
    expect(keys('lupez bookings yeah', 'Lopez')).toBe('lopez bookings yeah');
  });

  it('leaves words two letters off, function words, words another element took, and Mandarin alone', () => {
    // "China" and "can" share Chen's Soundex two letters off: the surname rule's allowance, too loose for any word here.
    expect(keys('China Merchants Bank, who can I help', 'Chen')).toBe('china merchants bank who can i help');
    expect(keys('hi, CMB, Lee here', 'Li')).toBe('hi cmb lee here');
    expect(keys('smyth bank, hello', 'Smith', [0])).toBe('smyth bank hello');
    expect(keys('您好，我姓汪', '王')).toBe('您 好 我 姓 汪');
  });
});
