import { describe, expect, it } from 'vitest';
import { checkPhraseInWindow } from './phrase-in-window.ts';
import { agentSays, callContext, customerSays, paramsFor } from '../../fixtures/support/pipeline/test-calls.ts';

const greeting = paramsFor('phrase_in_window', {
  window: { anchor: 'agent_start', seconds: 10 },
  threshold: 0.75,
  rule: { atLeast: 3 },
  elements: [
    { id: 'salutation', label: 'greeting word', variants: ['您好', '早上好', 'hello', 'good morning'] },
    { id: 'brand', label: 'brand', required: true, threshold: 0.6, variants: ['{brand}'] },
    { id: 'self-intro', label: 'self-introduction', required: true, threshold: 0.65, variants: ['我姓{surname}', '我是{surname}', 'my name is {surname}', 'this is {surname} speaking'] },
    { id: 'offer', label: 'offer to help', variants: ['很高兴为您服务', '请问有什么可以帮您', 'how can I help you'] },
  ],
});
const closing = paramsFor('phrase_in_window', {
  window: { anchor: 'agent_end', seconds: 20 },
  threshold: 0.75,
  rule: { anyOf: [['offer-more'], ['thanks', 'goodbye']] },
  elements: [
    { id: 'offer-more', label: 'offer of more help', variants: ['还有其他可以帮您的吗', 'is there anything else I can help you with'] },
    {
      id: 'thanks', label: 'thanks for calling', variants: ['感谢您的来电', '感谢您致电{brand}', 'thank you for calling', 'thanks for calling'],
      exceptions: ['感谢您的耐心等待', 'thank you for holding'],
    },
    { id: 'goodbye', label: 'goodbye', variants: ['再见', 'goodbye', 'have a great day'] },
  ],
});
const body = [customerSays(6, 9, '我想查一下账单'), agentSays(10, 16, '好的，您本期账单是三千二百元，到期日是二十五号')];

describe('phrase_in_window with elements: the greeting', () => {
  it('passes the elements in any order, with a time of day for a greeting word, and gives a confidence', () => {
    const r = checkPhraseInWindow(callContext([agentSays(0.5, 5, '我姓王，招行，早上好'), ...body]), greeting);
    expect(r.outcome).toBe('pass');
    expect(r.evidence.map((e) => e.note)).toEqual(['greeting word', 'brand', 'self-introduction']);
    expect(r.confidence).toBeGreaterThan(0.9);
    const en = callContext([agentSays(0.5, 5, 'Good morning, you know, CMB, this is Smith speaking')], { language: 'en' });
    expect(checkPhraseInWindow(en, greeting).outcome).toBe('pass');
  });

  it('fails a greeting without the brand and names the brand, not a similarity', () => {
    const r = checkPhraseInWindow(callContext([agentSays(0.5, 5, '您好，我姓王，很高兴为您服务'), ...body]), greeting);
    expect(r.outcome).toBe('fail');
    expect(r.reason).toMatch(/brand missing \(the brand “招商银行信用卡中心” or an alias\)/);
  });

  it('names the surname heard in the slot, and only a surname actually heard there', () => {
    const wrong = checkPhraseInWindow(callContext([agentSays(0.5, 5, '您好，招商银行，我姓李，很高兴为您服务'), ...body]), greeting);
    expect(wrong.outcome).toBe('fail');
    expect(wrong.reason).toContain('the agent gave the surname “李” but the roster says “王”');
    // 「有什么」 is one polyphone from 「我是马」 (什 can be shi; 么 is no longer read ma since I16): no surname was heard.
    const noIntro = checkPhraseInWindow(
      callContext([agentSays(0.5, 5, '您好，招行，请问有什么可以帮您'), ...body], { agent: { surname: '马' } }),
      greeting,
    );
    expect(noIntro.outcome).toBe('fail');
    expect(noIntro.reason).not.toMatch(/gave the surname/);
    expect(noIntro.reason).toMatch(/self-introduction missing/);
  });

  it('takes an ASR homophone of the surname as heard and says so; a different-sounding surname still fails and is named', () => {
    const homophone = checkPhraseInWindow(callContext([agentSays(0.5, 5, '您好，招商银行，我姓汪，很高兴为您服务'), ...body]), greeting);
    expect(homophone.outcome).toBe('pass');
    expect(homophone.reason).toContain('heard “汪” for “王” (same sound)');
    // 黄 (huang) is near 王 (wang) to the ear but another surname: a fail naming 黄.
    const other = checkPhraseInWindow(callContext([agentSays(0.5, 5, '您好，招商银行，我姓黄，很高兴为您服务'), ...body]), greeting);
    expect(other.outcome).toBe('fail');
    expect(other.reason).toContain('the agent gave the surname “黄” but the roster says “王”');
    const exact = checkPhraseInWindow(callContext([agentSays(0.5, 5, '您好，招商银行，我姓王，很高兴为您服务'), ...body]), greeting);
    expect(exact.reason).not.toMatch(/same sound/);
  });

  it('finds the surname after one stray unit at the end of the self-introduction (「我是想王」), but not a wrong one', () => {
    const stray = checkPhraseInWindow(callContext([agentSays(0.5, 5, '您好，招行，我是想王，请问有什么可以帮您'), ...body]), greeting);
    expect(stray.outcome).toBe('pass');
    const strayWrong = checkPhraseInWindow(callContext([agentSays(0.5, 5, '您好，招行，我是想李，请问有什么可以帮您'), ...body]), greeting);
    expect(strayWrong.outcome).toBe('fail');
  });

  it('does not hear the surname in the brand\'s words (招 of 招商 for 赵), and still finds it after them', () => {
    const zhao = { agent: { surname: '赵' } };
    const noIntro = checkPhraseInWindow(callContext([agentSays(0.5, 5, '您好，这里是招商银行，很高兴为您服务'), ...body], zhao), greeting);
    expect(noIntro.outcome).toBe('fail');
    expect(noIntro.reason).toMatch(/self-introduction/);
    const intro = checkPhraseInWindow(callContext([agentSays(0.5, 6, '您好，这里是招商银行，我是赵，很高兴为您服务'), ...body], zhao), greeting);
    expect(intro.outcome).toBe('pass');
    expect(intro.evidence.find((e) => e.note === 'self-introduction')?.atS).toBeGreaterThan(3);
  });

  it('masks the brand\'s self-introduction exception only where the self-introduction was said (I29: 「招行，这边…」 is no 「我这边姓赵」)', () => {
    const withExceptions = paramsFor('phrase_in_window', {
      window: { anchor: 'agent_start', seconds: 10 },
      threshold: 0.75,
      rule: { atLeast: 3 },
      elements: [
        { id: 'salutation', label: 'greeting word', variants: ['您好', '你好'] },
        { id: 'brand', label: 'brand', required: true, threshold: 0.6, variants: ['{brand}', '致电{brand}'], exceptions: ['我姓{surname}', '我这边姓{surname}'] },
        { id: 'self-intro', label: 'self-introduction', required: true, threshold: 0.65, surnameAlone: true, variants: ['我姓{surname}'] },
        { id: 'offer', label: 'offer to help', variants: ['您说'] },
      ],
    });
    const zhao = { agent: { surname: '赵' } };
    const heard = checkPhraseInWindow(callContext([agentSays(0.5, 8, '你好，招行，这边听着呢，赵，您说'), ...body], zhao), withExceptions);
    expect(heard.outcome).toBe('pass');
    expect(heard.evidence.find((e) => e.note === 'brand')?.quote).toBe('招行');
    // The exception still keeps the brand's slot off a self-introduction really said: 「欢迎致电，我姓王」 names no brand.
    const noBrand = checkPhraseInWindow(callContext([agentSays(0.5, 6, '你好，欢迎致电，我姓王，您说'), ...body]), withExceptions);
    expect(noBrand.outcome).toBe('fail');
    expect(noBrand.reason.split('Said:')[0]).toMatch(/brand/);
    expect(noBrand.reason).toContain('self-introduction (“我姓王”');
  });

  it('never quotes speech outside the window as evidence', () => {
    const ctx = callContext([agentSays(0, 2, '喂？'), customerSays(2, 12, '喂，听得到吗'), agentSays(14, 18, '您好，招商银行，我姓王，很高兴为您服务')]);
    const r = checkPhraseInWindow(ctx, greeting);
    expect(r.outcome).toBe('fail');
    expect(r.evidence.every((e) => (e.atS ?? 0) <= 10)).toBe(true);
  });

  it('with surnameAlone, credits the roster surname said as a clause of its own — and only the roster one, only at a clause end', () => {
    const { match: _match, ...raw } = greeting;
    const alone = paramsFor('phrase_in_window', { ...raw, elements: raw.elements!.map((e) => (e.id === 'self-intro' ? { ...e, surnameAlone: true } : e)) });
    const night = [agentSays(0.5, 6, '您好，招行热线，夜班值守的是我，孙，您请讲'), ...body];
    const sun = { agent: { surname: '孙' } };
    expect(checkPhraseInWindow(callContext(night, sun), greeting).outcome).toBe('fail');
    const r = checkPhraseInWindow(callContext(night, sun), alone);
    expect(r.outcome).toBe('pass');
    expect(r.evidence.find((e) => e.note === 'self-introduction')?.quote).toBe('孙');
    expect(checkPhraseInWindow(callContext(night, { agent: { surname: '王' } }), alone).outcome).toBe('fail');
    // 「我马上」 goes on after 马: no self-introduction for an agent named 马.
    const soon = checkPhraseInWindow(callContext([agentSays(0.5, 6, '您好，招行热线，我马上为您查询'), ...body], { agent: { surname: '马' } }), alone);
    expect(soon.outcome).toBe('fail');
    expect(soon.reason).toMatch(/self-introduction/);
  });

  it('with surnameUnheard, credits a naming frame whose surname the transcript dropped at confidence 0.5 and says so; without it, fails', () => {
    const { match: _match, ...raw } = greeting;
    const unheard = paramsFor('phrase_in_window', { ...raw, elements: raw.elements!.map((e) => (e.id === 'self-intro' ? { ...e, surnameUnheard: true } : e)) });
    const dropped = [agentSays(0.5, 6, '您好，招商银行，我姓，蚕场的，很高兴为您服务'), ...body];
    expect(checkPhraseInWindow(callContext(dropped), greeting).outcome).toBe('fail');
    const r = checkPhraseInWindow(callContext(dropped), unheard);
    expect(r.outcome).toBe('pass');
    expect(r.confidence).toBe(0.5);
    expect(r.reason).toContain('no surname was heard after it');
    expect(r.evidence.find((e) => e.note?.startsWith('self-introduction'))).toMatchObject({ quote: '我姓', note: 'self-introduction: no surname heard after it (listen)' });
    // A surname heard in the slot is judged, wrong or right: another agent's name fails.
    expect(checkPhraseInWindow(callContext([agentSays(0.5, 6, '您好，招商银行，我姓李，很高兴为您服务'), ...body]), unheard).outcome).toBe('fail');
  });
});

describe('phrase_in_window with elements: the closing', () => {
  it('accepts an offer of more help alone, or thanks and goodbye (anyOf), and names what is missing otherwise', () => {
    expect(checkPhraseInWindow(callContext([...body, agentSays(40, 44, '请问还有其他可以帮您的吗')]), closing).outcome).toBe('pass');
    expect(checkPhraseInWindow(callContext([...body, agentSays(40, 44, '感谢您的来电，再见')]), closing).outcome).toBe('pass');
    const en = callContext([agentSays(0, 3, 'Hello'), agentSays(30, 34, 'Thanks for calling, goodbye')], { language: 'en' });
    expect(checkPhraseInWindow(en, closing).outcome).toBe('pass');
    const r = checkPhraseInWindow(callContext([...body, agentSays(40, 44, '感谢您的来电')]), closing);
    expect(r.outcome).toBe('fail');
    expect(r.reason).toMatch(/needs offer of more help, or thanks for calling and goodbye/);
    expect(r.reason).toMatch(/goodbye missing/);
  });

  it('names a missing thank-you by its own wording, not by the brand one of its variants carries', () => {
    const r = checkPhraseInWindow(callContext([...body, agentSays(40, 44, '好的，再见')]), closing);
    expect(r.outcome).toBe('fail');
    expect(r.reason).toContain('thanks for calling missing (e.g. “感谢您的来电”)');
    expect(r.reason).not.toContain('the brand');
  });

  it('does not take a thank-you for holding for the closing thank-you', () => {
    const r = checkPhraseInWindow(callContext([...body, agentSays(40, 45, '感谢您的耐心等待，再见')]), closing);
    expect(r.outcome).toBe('fail');
    const en = callContext([agentSays(0, 3, 'Hello'), agentSays(30, 34, 'Thank you for holding, goodbye')], { language: 'en' });
    expect(checkPhraseInWindow(en, closing).outcome).toBe('fail');
    // …but one word away is still the real thing.
    const real = callContext([agentSays(0, 3, 'Hello'), agentSays(30, 34, 'Thank you for calling in, goodbye')], { language: 'en' });
    expect(checkPhraseInWindow(real, closing).outcome).toBe('pass');
  });

  it('takes an offer of more help back when the agent hurries the customer off in the window (withdrawnBy), for both signals', () => {
    const { match: _resolved, ...raw } = closing;
    const withdrawing = paramsFor('phrase_in_window', {
      ...raw,
      elements: raw.elements!.map((e) =>
        e.id === 'offer-more' ? { ...e, acts: ['further_help' as const], actThreshold: 0.9, withdrawnBy: ['没有的话我先挂了', '没问题就挂了'] } : e,
      ),
    });
    // The act model alone says 「还有别的事吗」 (no listed wording matches it)…
    const courteous = checkPhraseInWindow(callContext([...body, agentSays(40, 43, '还有别的事吗')]), withdrawing);
    expect(courteous.outcome).toBe('pass');
    expect(courteous.evidence[0]).toMatchObject({ signal: 'act_model' });
    // …but not with a hurry-off in the same turn, nor in the agent's next turn.
    for (const turns of [
      [agentSays(40, 45, '还有别的事吗？没有的话我先挂了')],
      [agentSays(40, 43, '还有别的事吗'), customerSays(43.5, 44, '嗯'), agentSays(44.5, 46, '好的，没问题就挂了啊')],
    ]) {
      const r = checkPhraseInWindow(callContext([...body, ...turns]), withdrawing);
      expect(r.outcome).toBe('fail');
      expect(r.reason).toMatch(/offer of more help taken back: “[^”]*挂了[^”]*” at 4\d(\.\d)? s hurries the customer off the line/);
      expect(r.evidence.some((e) => e.note === 'offer of more help: taken back (hurries the customer off)')).toBe(true);
    }
    // A listed wording is taken back too: the matcher is no way around it.
    const matched = checkPhraseInWindow(callContext([...body, agentSays(40, 46, '请问还有其他可以帮您的吗？没有的话我先挂了')]), withdrawing);
    expect(matched.outcome).toBe('fail');
  });

  it('does not credit a short call\'s closing with words said in the greeting', () => {
    const short = callContext([
      agentSays(0.5, 5, '您好，感谢您致电招行，我姓王，请问有什么可以帮您，再见'),
      customerSays(5.5, 7, '我想查账单'),
      agentSays(7.5, 10, '好的，三千二百元'),
    ]);
    expect(checkPhraseInWindow(short, closing).outcome).toBe('fail');
  });
});
