import { describe, expect, it } from 'vitest';
import { configSchema } from '../config.ts';
import { scoreCall } from '../score/score.ts';
import { shippedScorecards } from '../../scripts/eval/eval-checks.ts';
import { allBrandNames, brandForCall, type BrandBook } from './brand-for-call.ts';
import { agentSays, callContext } from '../../fixtures/support/pipeline/test-calls.ts';

const book: BrandBook = {
  name: '招商银行信用卡中心',
  aliases: ['招商银行', '招行'],
  byLanguage: { en: { name: 'China Merchants Bank', aliases: ['CMB'] } },
  bySite: { HK: { name: '招商永隆银行', aliases: ['永隆'] } },
  byQueue: { premium: { name: '私人银行', aliases: [] } },
};

describe('brandForCall', () => {
  it('picks queue, then site, then language, then the default', () => {
    expect(brandForCall(book, {}, 'zh').name).toBe('招商银行信用卡中心');
    expect(brandForCall(book, {}, 'en')).toEqual({ name: 'China Merchants Bank', aliases: ['CMB'] });
    expect(brandForCall(book, { site: 'HK' }, 'en').name).toBe('招商永隆银行');
    expect(brandForCall(book, { site: 'HK', queue: 'premium' }, 'zh').name).toBe('私人银行');
    expect(brandForCall(book, { site: 'SZ', queue: 'other' }, 'zh').name).toBe('招商银行信用卡中心');
  });

  it('lists every brand name and alias once (ASR hints)', () => {
    expect(allBrandNames(book)).toEqual(['招商银行信用卡中心', '招商银行', '招行', 'China Merchants Bank', 'CMB', '招商永隆银行', '永隆', '私人银行']);
  });
});

describe('the brand section of the configuration', () => {
  it('still reads the single-brand form, and reads brands by language, site and queue', () => {
    expect(configSchema.parse({ brand: { name: 'Acme Bank', aliases: ['Acme'] } }).brand).toEqual({ name: 'Acme Bank', aliases: ['Acme'] });
    const parsed = configSchema.parse({ brand: { name: 'A', byLanguage: { en: { name: 'B' } }, bySite: { X: { name: 'C', aliases: ['c'] } } } }).brand;
    if (!parsed) throw new Error("brand section not parsed");
    expect(parsed.byLanguage?.en).toEqual({ name: 'B', aliases: [] });
    expect(parsed.bySite?.X.aliases).toEqual(['c']);
    expect(configSchema.safeParse({ brand: { name: 'A', byLanguage: { fr: { name: 'B' } } } }).success).toBe(false);
  });
});

describe('a bilingual center: a different brand in each language', () => {
  it('scores each call against the brand of its language', () => {
    const cards = shippedScorecards();
    const bilingual: BrandBook = { name: '招商银行信用卡中心', aliases: ['招行'], byLanguage: { en: { name: 'Harbor Card Services', aliases: ['Harbor'] } } };
    const enCall = { ...callContext([agentSays(0.5, 5, 'Good morning, Harbor Card Services, my name is Smith, how can I help you?')], { language: 'en' }), brand: bilingual };
    const zhCall = { ...callContext([agentSays(0.5, 5, '您好，招行，我姓王，很高兴为您服务')]), brand: bilingual };
    const greeting = (s: ReturnType<typeof scoreCall>) => s.checks.find((c) => c.checkId === 'greeting')!.outcome;
    expect(greeting(scoreCall(enCall, cards.en))).toBe('pass');
    expect(greeting(scoreCall(zhCall, cards.zh))).toBe('pass');
    // One brand for the whole deployment fails the English greeting.
    expect(greeting(scoreCall({ ...enCall, brand: { name: '招商银行信用卡中心', aliases: ['招行'] } }, cards.en))).toBe('fail');
  });
});
