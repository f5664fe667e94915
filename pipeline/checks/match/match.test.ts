import { describe, expect, it } from 'vitest';
import { DEMO_BRAND, agentSays } from '../../../fixtures/support/pipeline/test-calls.ts';
import { alignBest } from './align.ts';
import { bestMatch, expandTemplate, matchVariant } from './phrase.ts';
import { speakerStream } from './stream.ts';
import { soundex, surnameUnitMatches } from './surname.ts';
import { toUnits } from './units.ts';

const opts = { threshold: 0.8, minFuzzyUnits: 3 };
const stream = (text: string, fillers: string[] = []) => speakerStream([agentSays(0, 5, text)], 'agent', fillers);
const unit = (t: string) => toUnits(t)[0];

describe('Mandarin matching on toneless pinyin', () => {
  it('treats ASR homophones as the same phrase', () => {
    expect(alignBest(toUnits('我姓王'), toUnits('我性王')).similarity).toBe(1);
    expect(alignBest(toUnits('招商银行'), toUnits('招商因行')).similarity).toBe(1);
  });

  it('hears no classical-only reading: 在线 is not 再见 (见 as xian), 不 is not 否 (fou), 么 is not 要 (yao)', () => {
    expect(alignBest(toUnits('再见'), toUnits('在线')).similarity).toBeLessThan(1);
    expect(alignBest(toUnits('再见'), toUnits('在建')).similarity).toBe(1);
    expect(alignBest(toUnits('不是'), toUnits('否是')).similarity).toBeLessThan(1);
    expect(alignBest(toUnits('需要'), toUnits('需么')).similarity).toBeLessThan(1);
    // I16: nor 么 as ma (a written stand-in for 吗): 「急什么」 is not 「技师马」, an agent naming themselves.
    expect(alignBest(toUnits('急什么'), toUnits('技师马')).similarity).toBeLessThan(1);
    expect(alignBest(toUnits('急什么'), toUnits('急什末')).similarity).toBe(1);
  });

  it('counts a different-sounding character as an error and a near-sounding one as half', () => {
    expect(alignBest(toUnits('招商银行'), toUnits('招商人行')).similarity).toBe(0.75);
    // 知 zhi / 资 zi: a flat-tongue/curled-tongue confusion, half an error.
    expect(alignBest(toUnits('不知道'), toUnits('不资道')).cost).toBe(0.5);
  });

  it('finds a phrase inside longer speech and reports where', () => {
    const s = stream('好的，请您稍等，我帮您查一下');
    const [v] = expandTemplate('请您稍等', {});
    const m = matchVariant(s, v, opts)!;
    expect(m.said).toBe(true);
    expect(m.quote).toBe('请您稍等');
    expect(m.atS).toBeGreaterThan(0.5);
    expect(m.atS).toBeLessThan(2);
  });

  it('drops the scorecard\'s filler words before matching', () => {
    const [v] = expandTemplate('很高兴为您服务', {});
    expect(matchVariant(stream('很高兴，这个，为您服务'), v, opts)!.similarity).toBe(0.71);
    expect(matchVariant(stream('很高兴，这个，为您服务', ['这个']), v, opts)!.similarity).toBe(1);
  });

  it('always ignores built-in fillers, discourse particles and intensifiers, in speech and in the script', () => {
    const [hold] = expandTemplate('请您稍等', {});
    expect(matchVariant(stream('啊，请您，嗯，稍等'), hold, opts)!.similarity).toBe(1);
    expect(matchVariant(stream('就是，那个，请您稍等'), hold, opts)!.quote).toBe('请您稍等');
    const [sorry] = expandTemplate('I apologize', {});
    expect(matchVariant(stream('I sincerely apologize'), sorry, opts)!.similarity).toBe(1);
    expect(matchVariant(stream('so, you know, I really, um, apologize'), sorry, opts)!.similarity).toBe(1);
    const [zhSorry] = expandTemplate('非常抱歉', {});
    expect(zhSorry.units.map((u) => u.key)).toEqual(['抱', '歉']);
    expect(matchVariant(stream('实在抱歉'), zhSorry, opts)!.similarity).toBe(1);
  });

  it('requires short phrases to match exactly', () => {
    const [v] = expandTemplate('抱歉', {});
    expect(matchVariant(stream('保险'), v, opts)!.said).toBe(false);
    expect(matchVariant(stream('报歉'), v, opts)!.said).toBe(true); // 报/抱 both bao
  });
});

describe('slots', () => {
  it('expands {brand} to the name and every alias, and marks the {surname} slot', () => {
    const vs = expandTemplate('您好，{brand}，我姓{surname}', { surname: '王', brand: DEMO_BRAND });
    expect(vs.map((v) => v.text)).toEqual([
      '您好，招商银行信用卡中心，我姓王', '您好，招商银行，我姓王', '您好，招行，我姓王', '您好，China Merchants Bank，我姓王', '您好，CMB，我姓王',
    ]);
    expect(vs[1].surnameSlot).toEqual({ from: 8, to: 9, expected: '王' });
  });

  it('refuses to fill a slot that has no value', () => {
    expect(() => expandTemplate('我姓{surname}', { surname: '' })).toThrow(/no surname/);
    expect(() => expandTemplate('{brand}', {})).toThrow(/no brand/);
  });

  it('matches a greeting that uses a brand alias', () => {
    const vs = expandTemplate('您好，{brand}，我姓{surname}，很高兴为您服务', { surname: '王', brand: DEMO_BRAND });
    const m = bestMatch(stream('您好，招行，我姓王，很高兴为您服务'), vs, opts)!;
    expect(m.variant.text).toBe('您好，招行，我姓王，很高兴为您服务');
    expect(m.similarity).toBe(1);
  });
});

describe('strict surname', () => {
  const greet = (surname: string) => expandTemplate('您好，{brand}，我姓{surname}，很高兴为您服务', { surname, brand: DEMO_BRAND });

  it('fails a different surname even though the rest of the greeting matches', () => {
    const m = bestMatch(stream('您好，招商银行信用卡中心，我姓李，很高兴为您服务'), greet('王'), opts)!;
    expect(m.said).toBe(true);
    expect(m.similarity).toBeGreaterThanOrEqual(0.9);
    expect(m.surname).toEqual({ ok: false, expected: '王', spoken: '李' });
  });

  it('fails a greeting with the surname left out', () => {
    const m = bestMatch(stream('您好，招商银行信用卡中心，我姓，很高兴为您服务'), greet('王'), opts)!;
    expect(m.surname).toEqual({ ok: false, expected: '王', spoken: '' });
  });

  it('accepts a homophone of the roster surname (张/章, 王/汪) but not a near-sound (陈/程)', () => {
    expect(bestMatch(stream('您好，招商银行，我姓章，很高兴为您服务'), greet('张'), opts)!.surname!.ok).toBe(true);
    expect(bestMatch(stream('您好，招商银行，我姓汪，很高兴为您服务'), greet('王'), opts)!.surname!.ok).toBe(true);
    expect(bestMatch(stream('您好，招商银行，我姓程，很高兴为您服务'), greet('陈'), opts)!.surname!.ok).toBe(false);
  });

  it('uses the surname reading of a polyphone: 单 is shan, so 善 matches and 丹 does not', () => {
    expect(surnameUnitMatches(unit('单'), unit('善'))).toBe(true);
    expect(surnameUnitMatches(unit('单'), unit('丹'))).toBe(false);
  });

  it('never takes a particle or question word for a surname, whatever it sounds like (H7: 吗 and 么 read ma)', () => {
    expect(surnameUnitMatches(unit('马'), unit('码'))).toBe(true);
    expect(surnameUnitMatches(unit('马'), unit('吗'))).toBe(false);
    expect(surnameUnitMatches(unit('马'), unit('么'))).toBe(false);
    expect(surnameUnitMatches(unit('吴'), unit('呢'))).toBe(false);
  });

  it('compares English surnames by spelling and Soundex', () => {
    expect(soundex('Smith')).toBe('S530');
    expect(soundex('Smyth')).toBe('S530');
    expect(surnameUnitMatches(unit('Smith'), unit('smyth'))).toBe(true);
    expect(surnameUnitMatches(unit('Lee'), unit('Li'))).toBe(true);
    expect(surnameUnitMatches(unit('Smith'), unit('Chen'))).toBe(false);
    expect(surnameUnitMatches(unit('Smith'), unit('Schmidt'))).toBe(false);
  });
});

describe('English matching on normalised words', () => {
  it('ignores case, punctuation and apostrophes, and forgives a one-letter slip as half an error', () => {
    const [v] = expandTemplate("I don't know", {});
    expect(matchVariant(stream('Well, I DONT know, sir.'), v, opts)!.similarity).toBe(1);
    const [thanks] = expandTemplate('thank you for calling China Merchants Bank', {});
    expect(matchVariant(stream('thanks you for calling China Merchant Bank'), thanks, opts)!.similarity).toBe(0.86);
  });
});
