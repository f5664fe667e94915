import { describe, expect, it } from 'vitest';
import { actModel } from '../../models/acts/engine.ts';
import { checkForbiddenPhrase } from './forbidden-phrase.ts';
import { agentSays, callContext, customerSays, paramsFor } from '../../fixtures/support/pipeline/test-calls.ts';

const zh = paramsFor('forbidden_phrase', {
  phrases: ['不知道', '这不归我管', '你听不懂吗'],
  exceptions: ['不知道您', '您不知道'],
});

describe('forbidden_phrase', () => {
  it('finds every forbidden phrase the agent said, with its time, also through homophones', () => {
    const ctx = callContext([
      agentSays(0, 3, '您好，招商银行，我姓王'),
      agentSays(10, 13, '这个我也不知道'),
      customerSays(13, 15, '那怎么办'),
      agentSays(20, 24, '这不归我管，你听不动吗'),
    ]);
    const r = checkForbiddenPhrase(ctx, zh);
    expect(r.outcome).toBe('fail');
    expect(r.evidence.map((e) => e.matched)).toEqual(['不知道', '这不归我管', '你听不懂吗']);
    expect(r.evidence[0].atS).toBeGreaterThanOrEqual(10);
    expect(r.evidence[2]).toMatchObject({ quote: '你听不动吗', speaker: 'agent' });
  });

  it('ignores the customer saying it', () => {
    const ctx = callContext([agentSays(0, 3, '请问您的卡号是多少'), customerSays(3, 6, '我不知道啊，这不归我管')]);
    expect(checkForbiddenPhrase(ctx, zh).outcome).toBe('pass');
  });

  it('excuses the listed polite uses within one clause, but not across a sentence break', () => {
    expect(checkForbiddenPhrase(callContext([agentSays(0, 4, '不知道您还有什么问题吗')]), zh).outcome).toBe('pass');
    expect(checkForbiddenPhrase(callContext([agentSays(0, 4, '如果您不知道卡号，可以提供身份证号')]), zh).outcome).toBe('pass');
    expect(checkForbiddenPhrase(callContext([agentSays(0, 4, '我不知道，您自己去查吧')]), zh).outcome).toBe('fail');
  });

  it('does not flag a near-miss that says something else', () => {
    expect(checkForbiddenPhrase(callContext([agentSays(0, 4, '这个我知道的，我帮您处理')]), zh).outcome).toBe('pass');
  });

  it('works on English words', () => {
    const en = paramsFor('forbidden_phrase', { phrases: ["I don't know", 'calm down'] });
    const r = checkForbiddenPhrase(callContext([agentSays(0, 4, 'Sir, please calm down. I dont know why.')], { language: 'en' }), en);
    expect(r.outcome).toBe('fail');
    expect(r.evidence).toHaveLength(2);
  });

  it('is not applicable when the agent never speaks', () => {
    expect(checkForbiddenPhrase(callContext([customerSays(0, 2, '喂')]), zh).outcome).toBe('na');
  });
});

describe('forbidden_phrase by category', () => {
  const byCategory = paramsFor('forbidden_phrase', {
    exceptions: ['不知道您'],
    categories: [
      { id: 'brush-off', label: '推诿', phrases: ['你自己去查', '自己上网看'], exceptions: ['不用自己去查'] },
      { id: 'promise', label: '无法兑现的承诺', phrases: ['我保证'], exceptions: ['不能保证'] },
    ],
  });

  it('names the category of each phrase said', () => {
    const r = checkForbiddenPhrase(callContext([agentSays(0, 3, '这个你自己去查吧'), agentSays(10, 13, '我保证明天到账')]), byCategory);
    expect(r.outcome).toBe('fail');
    expect(r.evidence.map((e) => e.note)).toEqual(['推诿', '无法兑现的承诺']);
    expect(r.reason).toMatch(/推诿: “你自己去查”.*无法兑现的承诺: “我保证”/);
    expect(r.confidence).toBe(1);
  });

  it('lets each category\'s hard negatives through, also with a filler and its comma inside', () => {
    expect(checkForbiddenPhrase(callContext([agentSays(0, 3, '您不用，嗯，自己去查，我帮您查好了')]), byCategory).outcome).toBe('pass');
    expect(checkForbiddenPhrase(callContext([agentSays(0, 3, '我不能保证，但会尽力')]), byCategory).outcome).toBe('pass');
  });
});

describe('forbidden_phrase under the polarity rule', () => {
  const promiseAndBrushOff = (language: 'zh' | 'en') =>
    paramsFor(
      'forbidden_phrase',
      language === 'zh'
        ? {
            categories: [
              { id: 'promise', label: '无法兑现的承诺', phrases: ['百分之百', '一定到账'], exceptions: ['不能保证'] },
              { id: 'brush-off', label: '推诿', phrases: ['我也没办法', '你自己去查'] },
              { id: 'blame', label: '指责客户', phrases: ['你没按时还款', '是你自己的问题'] },
            ],
          }
        : {
            categories: [
              { id: 'brush-off', label: 'brush-off', phrases: ["I can't help you with that", 'look it up yourself', 'ask someone else'], exceptions: ["you don't have to look it up yourself"] },
              { id: 'promise', label: 'promise', phrases: ['for sure', 'guarantee it'] },
            ],
          },
      { minFuzzyUnits: language === 'zh' ? 3 : 2 },
    );
  const outcome = (language: 'zh' | 'en', ...lines: string[]) =>
    checkForbiddenPhrase(callContext(lines.map((t, i) => agentSays(10 * i, 10 * i + 4, t)), { language }), promiseAndBrushOff(language)).outcome;

  it('passes polite text that says the opposite of a forbidden phrase', () => {
    expect(outcome('en', 'Will there be anything else I can help you with today')).toBe('pass');
    expect(outcome('en', "You have to look it up yourself, I'm afraid")).toBe('fail');
    expect(outcome('en', "You don't have to look it up yourself, I did it for you")).toBe('pass');
    // I20: a brush-off said not to be needed (no list holds "no need to …" as an exception).
    expect(outcome('en', "No need to ask someone else, I'll handle it")).toBe('pass');
    expect(outcome('en', "You don't need to ask someone else")).toBe('pass');
    expect(outcome('en', 'You need to ask someone else')).toBe('fail');
  });

  it('passes a promise declined in the same clause, and flags one made in another clause or after it', () => {
    expect(outcome('zh', '我不能说百分之百地，但会尽力')).toBe('pass');
    expect(outcome('zh', '航班会不会再延误我没办法保证，有变动会通知您')).toBe('pass');
    expect(outcome('zh', '我不敢保证今天一定到账')).toBe('pass');
    expect(outcome('en', "I can't promise you'll get it back for sure")).toBe('pass');
    expect(outcome('en', "I won't guarantee it")).toBe('pass');
    expect(outcome('zh', '不用担心，百分之百没问题')).toBe('fail');
    expect(outcome('zh', '我不能说百分之百，但这个肯定是百分之百没问题')).toBe('fail');
    expect(outcome('en', 'I guarantee it, you will get it back for sure')).toBe('fail');
  });

  it('still flags a violation said with a negator of its own', () => {
    expect(outcome('zh', '你不按时还款，当然要罚息')).toBe('fail');
    expect(outcome('zh', '这个我也没办法')).toBe('fail');
    expect(outcome('zh', '这不是你自己的问题吗')).toBe('fail');
    expect(outcome('zh', '这不是你自己的问题')).toBe('pass');
    expect(outcome('en', "Sorry, I can't help you with that")).toBe('fail');
  });
});

describe('forbidden_phrase: a category hit taken back later in the same turn (takenBackBy, H9)', () => {
  const params = paramsFor('forbidden_phrase', {
    categories: [{ id: 'brush-off', label: '推诿', phrases: ['不归我们管'], takenBackBy: ['我帮您转接'] }],
  });
  const enParams = paramsFor('forbidden_phrase', {
    categories: [{ id: 'brush-off', label: 'brush-off', phrases: ['not our department'], takenBackBy: ["I'll transfer"] }],
  });

  it('passes a brush-off followed by the errand taken on, in the same turn', () => {
    expect(checkForbiddenPhrase(callContext([agentSays(0, 5, '这个不归我们管，我帮您转接过去')]), params).outcome).toBe('pass');
    expect(checkForbiddenPhrase(callContext([agentSays(0, 5, "That's not our department, I'll transfer you now")], { language: 'en' }), enParams).outcome).toBe('pass');
  });

  it('still flags it when the errand was taken on before it, or in another turn', () => {
    expect(checkForbiddenPhrase(callContext([agentSays(0, 5, '我帮您转接过了，这个不归我们管')]), params).outcome).toBe('fail');
    const twoTurns = callContext([agentSays(0, 3, '这个不归我们管'), customerSays(3, 5, '那怎么办'), agentSays(6, 9, '我帮您转接')]);
    expect(checkForbiddenPhrase(twoTurns, params).outcome).toBe('fail');
  });

  it('does not take a hit back with a take-back asked as a question (I162: "how\'s that on us?")', () => {
    const owned = paramsFor('forbidden_phrase', { categories: [{ id: 'blame', label: 'blame', phrases: ['you broke it'], takenBackBy: ["that's on us"] }] });
    const said = (text: string) => checkForbiddenPhrase(callContext([agentSays(0, 5, text)], { language: 'en' }), owned).outcome;
    expect(said("You broke it, that's on us")).toBe('pass');
    expect(said("You broke it, how's that on us?")).toBe('fail');
    expect(said("You broke it, and how is that on us?")).toBe('fail');
    // A question later in the turn, after the take-back's clause has ended, leaves the take-back standing.
    expect(said("You broke it, that's on us. Shall I send a new one?")).toBe('pass');
    expect(checkForbiddenPhrase(callContext([agentSays(0, 5, '这个不归我们管，我帮您转接过去？')]), params).outcome).toBe('fail');
  });

  it('does not take a hit back with the errand declined ("I can\'t transfer you")', () => {
    const r = checkForbiddenPhrase(callContext([agentSays(0, 5, "That's not our department, I can't transfer you")], { language: 'en' }), enParams);
    expect(r.outcome).toBe('fail');
  });
});

describe('forbidden_phrase: a hit taken back by the agent\'s own action in the next clause (takenBackByOwnAction, I90)', () => {
  const withOpeners = (openers: string[]) =>
    paramsFor('forbidden_phrase', { categories: [{ id: 'brush-off', label: 'brush-off', phrases: ['not our department'], takenBackByOwnAction: openers }] });
  const said = (text: string, openers: string[]) => checkForbiddenPhrase(callContext([agentSays(0, 5, text)], { language: 'en' }), withOpeners(openers)).outcome;

  it('passes a brush-off the next clause takes on in words no list holds', () => {
    expect(said("That's not our department, I'll ring the kiln makers for you", ["I'll"])).toBe('pass');
    // The same turn fails on a card without openers, and with the action declined.
    expect(said("That's not our department, I'll ring the kiln makers for you", [])).toBe('fail');
    expect(said("That's not our department, I can't ring them either", ['I can'])).toBe('fail');
  });

  it('still flags a brush-off whose turn goes on to something else before the action', () => {
    expect(said("That's not our department, the shop on Main Street sells those, I'll hang up now", ["I'll"])).toBe('fail');
  });
});

describe('forbidden_phrase with the act model\'s veto (actVetoBelow)', () => {
  const promise = (veto?: number) =>
    paramsFor(
      'forbidden_phrase',
      { categories: [{ id: 'promise', label: '无法兑现的承诺', phrases: ['绝对没问题'], acts: ['promise'] }], actThreshold: 0.99, ...(veto === undefined ? {} : { actVetoBelow: veto }) },
      { minFuzzyUnits: 3 },
    );
  const outcome = (text: string, veto?: number) => checkForbiddenPhrase(callContext([agentSays(0, 4, text)]), promise(veto)).outcome;

  it('drops a sound-alike match the act model reads as something else (「解决什么问题」 is no 「绝对没问题」)', () => {
    expect(outcome('您好，您今天来店是想解决什么问题', undefined)).toBe('fail');
    expect(outcome('您好，您今天来店是想解决什么问题', 0.1)).toBe('pass');
  });

  it('keeps a match exact by sound, and an approximate one (「绝对没门题」) the act model reads as a promise', () => {
    expect(outcome('您放心，这个绝对没问题', 0.1)).toBe('fail');
    expect(outcome('放心吧，绝对没门题', 0.1)).toBe('fail');
  });
});

describe('forbidden_phrase with the categories\' acts pooled (poolActs)', () => {
  const cats = [
    { id: 'blame', label: '指责客户', phrases: ['都怪你'], acts: ['blame' as const] },
    { id: 'rude', label: '粗鲁', phrases: ['闭嘴'], acts: ['rude' as const] },
  ];
  const params = (poolActs: boolean, actThreshold: number) => paramsFor('forbidden_phrase', { categories: cats, actThreshold, poolActs }, { minFuzzyUnits: 3 });

  it('flags a clause the act model splits between two categories, that neither reaches alone', () => {
    // The real act model decides the split; the thresholds are set from its own probabilities, so the test holds
    // whatever a retrain moves, as long as one of these reproaches is read as part blame, part rude (clearly: a second
    // act above 0.2, so that no clause of it reaches the threshold alone).
    const split = ['你自己把充电枪插反了，还好意思打电话', '你自己搞错了还好意思打电话来骂', '自己没看清楚，还好意思来吵', '自己弄错了还冲我嚷什么'].map((text) => {
      const p = actModel().classify(text).probs;
      return { text, sum: p.blame + p.rude, max: Math.max(p.blame, p.rude) };
    }).find((x) => x.sum - x.max > 0.2);
    expect(split, 'one reproach is read as both blame and rude').toBeDefined();
    const t = (split!.sum + split!.max) / 2;
    const call = callContext([agentSays(0, 4, split!.text)]);
    expect(checkForbiddenPhrase(call, params(false, t)).outcome).toBe('pass');
    const pooled = checkForbiddenPhrase(call, params(true, t));
    expect(pooled.outcome).toBe('fail');
    expect(pooled.reason).toMatch(/act model/);
  });
});

describe('forbidden_phrase: an error the agent owns after an apology is no blame (owned-error.ts, I20)', () => {
  const blame = (actThreshold: number) =>
    paramsFor('forbidden_phrase', { categories: [{ id: 'blame', label: 'blame', phrases: ['your own fault'], acts: ['blame' as const] }], actThreshold });
  const run = (text: string, t: number) => checkForbiddenPhrase(callContext([agentSays(0, 4, text)], { language: 'en' }), blame(t)).outcome;

  it('passes what went wrong said right after an apology, and flags it said alone, naming the customer, or disowned', () => {
    // The real act model reads these clauses; the threshold is set just under its least sure reading of them, so
    // the test holds whatever a retrain moves, as long as it reads all three as blame more than not.
    const clauses = ['the listing had the wrong details', 'you gave us the wrong details', "that's not our fault"];
    const t = Math.min(...clauses.map((c) => actModel().classify(c).probs.blame)) - 0.01;
    expect(t, 'the act model reads each clause as blame more than not').toBeGreaterThan(0.3);
    expect(run('the listing had the wrong details', t)).toBe('fail');
    expect(run("I'm so sorry, the listing had the wrong details", t)).toBe('pass');
    expect(run("I'm so sorry, you gave us the wrong details", t)).toBe('fail');
    expect(run("I'm so sorry, that's not our fault", t)).toBe('fail');
  });
});

describe('forbidden_phrase: the opening turn at a stricter act threshold (openingActThreshold, I22)', () => {
  const text = 'you did this to yourself';
  const params = (actThreshold: number, openingActThreshold?: number) =>
    paramsFor('forbidden_phrase', { categories: [{ id: 'blame', label: 'blame', phrases: ['your own fault'], acts: ['blame' as const] }], actThreshold, openingActThreshold });

  it('needs the stricter threshold in the agent\'s first turn only', () => {
    // The real act model reads the clause; both thresholds are set around its own probability, so the test holds
    // whatever a retrain moves, as long as the clause reads as blame more than not.
    const p = actModel().classify(text).probs.blame;
    expect(p, 'the act model reads the clause as blame more than not').toBeGreaterThan(0.3);
    const first = callContext([agentSays(0, 4, text), customerSays(5, 7, 'What?')], { language: 'en' });
    const later = callContext([agentSays(0, 4, 'Hello, Acme Bank, Smith speaking'), customerSays(5, 7, 'Hi'), agentSays(8, 12, text)], { language: 'en' });
    expect(checkForbiddenPhrase(first, params(p - 0.01)).outcome).toBe('fail');
    expect(checkForbiddenPhrase(first, params(p - 0.01, p + 0.01)).outcome).toBe('pass');
    expect(checkForbiddenPhrase(later, params(p - 0.01, p + 0.01)).outcome).toBe('fail');
  });

  it('takes the first turn with words as the opening one: an empty ASR segment before it is no turn (agentTurnIndices)', () => {
    const p = actModel().classify(text).probs.blame;
    const afterEmpty = callContext([agentSays(0, 1, ' '), agentSays(1, 4, text), customerSays(5, 7, 'What?')], { language: 'en' });
    expect(checkForbiddenPhrase(afterEmpty, params(p - 0.01, p + 0.01)).outcome).toBe('pass');
  });
});

describe('forbidden_phrase: a two-word verdict at the end of a turn (actShortAtTurnEnd, I33)', () => {
  const params = (actShortAtTurnEnd: boolean, actThreshold: number) =>
    paramsFor('forbidden_phrase', { categories: [{ id: 'brush-off', label: 'brush-off', phrases: ['ask someone else'], acts: ['brush_off' as const] }], actThreshold, actShortAtTurnEnd });
  const greeting = agentSays(0, 4, 'Hello, Acme Bank, Smith speaking');

  it('is judged when it ends the agent\'s turn, and only with the option on', () => {
    // The real act model reads the clause; the threshold is set just under its own probability, so the test holds
    // whatever a retrain moves, as long as it reads as a brush-off more than not.
    const p = actModel().classify('not us').probs.brush_off;
    expect(p, 'the act model reads "not us" as a brush-off more than not').toBeGreaterThan(0.3);
    const ending = callContext([greeting, customerSays(5, 7, 'The film peeled'), agentSays(8, 12, 'Claim the window film on your insurance, not us'), customerSays(13, 15, 'What?')], { language: 'en' });
    expect(checkForbiddenPhrase(ending, params(true, p - 0.01)).outcome).toBe('fail');
    expect(checkForbiddenPhrase(ending, params(false, p - 0.01)).outcome).toBe('pass');
  });

  it('is not judged when the turn goes on after it', () => {
    const p = actModel().classify('not us').probs.brush_off;
    const inside = callContext([greeting, customerSays(5, 7, 'The film peeled'), agentSays(8, 14, 'Not us, we fitted it, so I will book a refit for you today'), customerSays(15, 16, 'Thanks')], { language: 'en' });
    const r = checkForbiddenPhrase(inside, params(true, p - 0.01));
    expect(r.evidence.map((e) => e.quote)).not.toContain('Not us');
  });
});
