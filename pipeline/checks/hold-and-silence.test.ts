import { describe, expect, it } from 'vitest';
import type { SpeechAnalysis } from '../types.ts';
import { checkDeadAir } from './dead-air.ts';
import { checkHoldEtiquette } from './hold-etiquette.ts';
import { agentSays, callContext, customerSays, paramsFor } from '../../fixtures/support/pipeline/test-calls.ts';

const hold = paramsFor('hold_etiquette', {
  minHoldS: 20,
  before: ['请您稍等', '请稍等'],
  after: ['感谢您的耐心等待', '让您久等了'],
});

const opening = [agentSays(0, 3, '您好，招商银行，我姓王'), customerSays(3.5, 6, '我想查账单')];
const politeHold = [...opening, agentSays(6.5, 9, '好的，我帮您查询一下，请您稍等'), agentSays(40, 43, '感谢您的耐心等待，您的账单是三千元')];
const rudeHold = [...opening, agentSays(6.5, 9, '好的'), agentSays(40, 43, '您的账单是三千元')];

function vad(holds: [number, number][], silences: [number, number][] = []): SpeechAnalysis {
  return {
    segments: [],
    talkTimeS: { agent: 20, customer: 10 },
    silences: silences.map(([startS, endS]) => ({ startS, endS })),
    holds: holds.map(([startS, endS]) => ({ startS, endS })),
    overlaps: [],
    durationS: 60,
  };
}

describe('hold_etiquette', () => {
  it('passes an announced hold followed by a thank-you (transcript gaps, no VAD)', () => {
    const r = checkHoldEtiquette(callContext(politeHold), hold);
    expect(r.outcome).toBe('pass');
    expect(r.evidence.map((e) => e.note)).toEqual(['hold of 31 s (gap between transcript segments)', 'hold announced', 'customer thanked after the hold']);
  });

  it('takes no announcement from the opening turn once the agent has spoken again before the hold (I21)', () => {
    // 「请稍等」 said in the greeting, then 「好的」 and a hold: the opening turn announced nothing for it.
    const early = [agentSays(0, 3, '您好，招商银行，我姓王，请稍等'), customerSays(3.5, 6, '我想查账单'), agentSays(6.5, 8, '好的')];
    expect(checkHoldEtiquette(callContext([...early, agentSays(30, 33, '感谢您的耐心等待，您的账单是三千元')]), hold).reason).toMatch(/^The hold at 8 s \(22 s\) was not announced/);
    // A hold right after the greeting keeps it: the opening turn is the agent's only one before the hold.
    const right = [agentSays(0, 3, '您好，招商银行，我姓王，请稍等'), agentSays(25, 28, '感谢您的耐心等待，您的账单是三千元')];
    expect(checkHoldEtiquette(callContext(right), hold).outcome).toBe('pass');
    // An empty ASR segment (a noise blip before the VAD's hold) is no second turn: the greeting keeps its announcement.
    const withEmpty = [agentSays(0, 3, '您好，招商银行，我姓王，请稍等'), agentSays(3.2, 3.5, ''), agentSays(25, 28, '感谢您的耐心等待，您的账单是三千元')];
    expect(checkHoldEtiquette(callContext(withEmpty, { speech: vad([[4, 24.5]]) }), hold).outcome).toBe('pass');
  });

  it('fails an unannounced hold and says both parts are missing', () => {
    const r = checkHoldEtiquette(callContext(rudeHold), hold);
    expect(r.outcome).toBe('fail');
    expect(r.reason).toMatch(/^The hold at 9 s \(31 s\) was not announced; after the hold .* not thanked/);
  });

  it('uses the VAD holds when present, and is not applicable without a long hold', () => {
    expect(checkHoldEtiquette(callContext(politeHold, { speech: vad([[9.2, 39.8]]) }), hold).outcome).toBe('pass');
    const none = checkHoldEtiquette(callContext(politeHold, { speech: vad([]) }), hold);
    expect(none.outcome).toBe('na');
    expect(none.reason).toMatch(/No hold of 20 s or longer .*VAD/);
    expect(checkHoldEtiquette(callContext(opening), hold).outcome).toBe('na');
  });
});

describe('dead_air', () => {
  const deadAir4 = paramsFor('dead_air', { maxSilenceS: 4, holdMinS: 10, excusedBy: ['请您稍等', '请稍等'] });
  const lookup = (announce: string) => [...opening, agentSays(6.5, 9, announce), agentSays(16, 20, '您的账单是三千元')];

  it('fails an unexplained 7 s silence (transcript gaps) and excuses the same silence after an announcement', () => {
    const r = checkDeadAir(callContext(lookup('我查一下')), deadAir4);
    expect(r.outcome).toBe('fail');
    expect(r.evidence[0]).toMatchObject({ atS: 9, endS: 16, note: '7 s of silence' });
    expect(r.reason).toMatch(/transcript gaps, no VAD result/);
    expect(checkDeadAir(callContext(lookup('好的，请您稍等')), deadAir4).outcome).toBe('pass');
  });

  it('leaves silences of holdMinS or more to hold etiquette, as the VAD stage does', () => {
    expect(checkDeadAir(callContext(rudeHold), deadAir4).outcome).toBe('pass');
    expect(checkDeadAir(callContext(rudeHold), paramsFor('dead_air', { maxSilenceS: 4, holdMinS: 60 })).outcome).toBe('fail');
  });

  it('takes the VAD silences when present', () => {
    expect(checkDeadAir(callContext(politeHold, { speech: vad([[9.2, 39.8]], [[3, 5]]) }), deadAir4).outcome).toBe('pass');
    const r = checkDeadAir(callContext(politeHold, { speech: vad([[9.2, 39.8]], [[43, 58]]) }), deadAir4);
    expect(r.outcome).toBe('fail');
    expect(r.reason).toMatch(/15 s at 43 s \(VAD\)/);
  });

  it('tolerates maxCount silences, and is not applicable with no speech at all', () => {
    expect(checkDeadAir(callContext(lookup('我查一下')), paramsFor('dead_air', { maxSilenceS: 4, maxCount: 1 })).outcome).toBe('pass');
    expect(checkDeadAir(callContext([]), deadAir4).outcome).toBe('na');
  });
});

describe('hold_etiquette: where a hold can be', () => {
  it('does not take silence before the agent\'s first words (VAD or transcript) for a hold', () => {
    const late = [customerSays(0, 1, '喂？'), agentSays(25, 28, '您好，招商银行，我姓王'), customerSays(28.5, 31, '我想查账单')];
    expect(checkHoldEtiquette(callContext(late), hold).outcome).toBe('na');
    expect(checkHoldEtiquette(callContext(late, { speech: vad([[1, 25]]) }), hold).outcome).toBe('na');
  });

  it('looks for the thank-you in the agent\'s return from the hold, not in a later closing', () => {
    const r = checkHoldEtiquette(callContext([...opening, agentSays(6.5, 9, '请您稍等'), agentSays(40, 43, '您的账单是三千元'), customerSays(44, 46, '好'), agentSays(47, 50, '感谢您的耐心等待，再见')]), hold);
    expect(r.outcome).toBe('fail');
    expect(r.reason).toMatch(/not thanked for waiting/);
  });

  it('with returnThanks, takes a plain thank-you said as its own clause on return for thanks for the wait — only there', () => {
    const plain = { ...hold, returnThanks: ['谢谢', '多谢您', 'thank you'] };
    const announced = [...opening, agentSays(6.5, 9, '请您稍等')];
    const back = (text: string) => [...announced, agentSays(40, 44, text)];
    expect(checkHoldEtiquette(callContext(back('查到了，嗯，谢谢，您的账单是三千元')), hold).outcome).toBe('fail');
    const r = checkHoldEtiquette(callContext(back('查到了，嗯，谢谢，您的账单是三千元')), plain);
    expect(r.outcome).toBe('pass');
    expect(r.evidence.find((e) => e.note?.startsWith('customer thanked'))).toMatchObject({ quote: '谢谢', signal: 'matcher' });
    const en = callContext([agentSays(0, 3, 'Hello, CMB, this is Smith'), agentSays(6.5, 9, 'Please hold'), agentSays(40, 44, 'You stayed on the line, thank you, the pass is ready')], { language: 'en' });
    const enPlain = paramsFor('hold_etiquette', { minHoldS: 20, before: ['please hold'], after: ['thank you for holding'], returnThanks: ['thank you'] });
    const enResult = checkHoldEtiquette(en, enPlain);
    expect(enResult.outcome).toBe('pass');
    expect(enResult.confidence).toBeGreaterThan(0.5);
    // Thanks for something else is no clause of its own; a thank-you after the customer has spoken again is not the return.
    expect(checkHoldEtiquette(callContext(back('谢谢您的来电，您的账单是三千元')), plain).outcome).toBe('fail');
    const later = [...announced, agentSays(40, 43, '您的账单是三千元'), customerSays(44, 46, '好'), agentSays(47, 50, '谢谢')];
    expect(checkHoldEtiquette(callContext(later), plain).outcome).toBe('fail');
  });

  it('hears the plain thank-you by sound, as ASR writes it (「谢泄您」 for 谢谢您, I34), but not another word', () => {
    const plain = { ...hold, returnThanks: ['谢谢您'] };
    const back = (text: string) => callContext([...opening, agentSays(6.5, 9, '请您稍等'), agentSays(40, 44, text)]);
    expect(checkHoldEtiquette(back('谢泄您，明天有人有空'), plain).outcome).toBe('pass');
    expect(checkHoldEtiquette(back('写谢您，明天有人有空'), plain).outcome).toBe('pass');
    // Same length, other sounds: no thank-you.
    expect(checkHoldEtiquette(back('下午好，明天有人有空'), plain).outcome).toBe('fail');
  });
});

describe('hold_etiquette with the act model', () => {
  // No listed English wording here: only the act model can credit the announcement.
  const byActs = paramsFor('hold_etiquette', { minHoldS: 20, before: ['please hold the line for me'], after: ['thank you for holding'], beforeActs: ['hold_request'], afterActs: ['hold_thanks'], actThreshold: 0.8 });
  const call = (announce: string) =>
    callContext(
      [agentSays(0, 3, "Hello, CMB, I'm Smith, how can I help"), customerSays(3.5, 6, 'I want my balance'), agentSays(6.5, 9, announce), agentSays(40, 43, 'Thank you for holding, your balance is three thousand')],
      { language: 'en' },
    );

  it('judges a two-word clause that opens the turn ("Hold please, the system\'s loading"), not one inside it', () => {
    expect(checkHoldEtiquette(call("Hold please, the system's loading"), byActs).outcome).toBe('pass');
    expect(checkHoldEtiquette(call('The fee is waived after six purchases, hold please'), byActs).outcome).toBe('fail');
  });
});
