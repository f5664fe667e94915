import { describe, expect, it } from 'vitest';
import { fromAcceptLanguage, translator } from './i18n.ts';

describe('fromAcceptLanguage', () => {
  it('takes the first of zh/en by preference and defaults to Chinese', () => {
    expect(fromAcceptLanguage('en-US,en;q=0.9,zh-CN;q=0.8')).toBe('en');
    expect(fromAcceptLanguage('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(fromAcceptLanguage('fr-FR, en;q=0.5, zh;q=0.7')).toBe('zh');
    expect(fromAcceptLanguage('de-DE')).toBe('zh');
    expect(fromAcceptLanguage('en;q=0, zh-TW')).toBe('zh');
    expect(fromAcceptLanguage(undefined)).toBe('zh');
  });
});

describe('translator', () => {
  it('has both languages for a label', () => {
    expect(translator('zh')('agents')).toBe('坐席');
    expect(translator('en')('agents')).toBe('Agents');
  });
});
