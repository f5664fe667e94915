import { describe, expect, it } from 'vitest';
import { isTakenBackByOwnAction, opensWithOwnAction } from './own-action-after.ts';
import type { TranscriptSegment } from '../types.ts';

const EN = ["I'll", 'I will', 'let me', 'I can'];
const ZH = ['我帮您', '我给您', '让我来'];
const turn = (text: string): TranscriptSegment => ({ speaker: 'agent', start: 10, end: 10 + text.length / 10, text });

describe('opensWithOwnAction', () => {
  it('finds the opener at the start, past fillers and linking words', () => {
    expect(opensWithOwnAction("I'll connect you", EN)).toBe(true);
    expect(opensWithOwnAction("um, but I'll find out and ring you back", EN)).toBe(true);
    expect(opensWithOwnAction('so let me book it for you', EN)).toBe(true);
    expect(opensWithOwnAction('不过我帮您问一下', ZH)).toBe(true);
  });

  it('takes nothing back when the opener is negated or only begins a longer word', () => {
    expect(opensWithOwnAction("I can't do that", EN)).toBe(false);
    expect(opensWithOwnAction('I cannot help', EN)).toBe(false);
    expect(opensWithOwnAction('I will not chase it', EN)).toBe(false);
    expect(opensWithOwnAction("I'll never manage that", EN)).toBe(false);
    expect(opensWithOwnAction('I candidly think so', EN)).toBe(false);
    expect(opensWithOwnAction('我给您不了答复', ZH)).toBe(false);
  });

  it('hears a Han opener by sound, as ASR writes it (I149), and still wants it unnegated', () => {
    expect(opensWithOwnAction('卧帮您问一下', ZH)).toBe(true);
    expect(opensWithOwnAction('但是我绑您报修', ZH)).toBe(true);
    expect(opensWithOwnAction('卧帮不了', ZH)).toBe(false);
    // Another sound is no opener: 我忙您 (wo mang nin) is not 我帮您.
    expect(opensWithOwnAction('我忙您的事', ZH)).toBe(false);
    // One character by sound, in an opener of three or more: not two, and not in 我请 (「我清楚」 is no action).
    expect(opensWithOwnAction('卧绑您问', ZH)).toBe(false);
    expect(opensWithOwnAction('我清楚', ['我请'])).toBe(false);
  });

  it('wants the opener first: an action said later in the piece is not one', () => {
    expect(opensWithOwnAction("go to the branch and I'll wait", EN)).toBe(false);
    expect(opensWithOwnAction('你自己去问，我帮您不了', ZH)).toBe(false);
  });
});

describe('isTakenBackByOwnAction', () => {
  it('takes a hit back when the next piece of the turn opens with the agent\'s own action', () => {
    expect(isTakenBackByOwnAction(10, turn("That's another team, I'll connect you"), EN)).toBe(true);
    expect(isTakenBackByOwnAction(10, turn('这个我这边办不了，我帮您找能办的同事'), ZH)).toBe(true);
  });

  it('looks past one short aside, but not past a longer piece', () => {
    expect(isTakenBackByOwnAction(10, turn("You missed the delivery, no problem, I'll rebook it"), EN)).toBe(true);
    expect(isTakenBackByOwnAction(10, turn("You missed the delivery, that is really not our problem, I'll note it"), EN)).toBe(false);
  });

  it('does not take back a hit the action comes before, nor one without any', () => {
    const t = turn("I'll check, but that's another team, go and ask them");
    // The hit "that's another team" starts in the second piece (about 1.2 s into the turn).
    expect(isTakenBackByOwnAction(11.2, t, EN)).toBe(false);
    expect(isTakenBackByOwnAction(10, turn('Not my department, ask the shop'), EN)).toBe(false);
  });

  it('reads a "but" said with no comma as the start of the next piece (I115)', () => {
    expect(isTakenBackByOwnAction(10, turn("Not my job normally but I'll sort it"), EN)).toBe(true);
    expect(isTakenBackByOwnAction(10, turn('这个不归我管但是我帮您问'), ZH)).toBe(true);
    expect(isTakenBackByOwnAction(10, turn('Not my job but whatever, ask the shop'), EN)).toBe(false);
    // "but" inside a word is no contrast: "butter" opens nothing.
    expect(isTakenBackByOwnAction(10, turn("Not my job butter I'll sort"), EN)).toBe(false);
  });

  it('reads the comma ASR writes after a filler as no break (I128)', () => {
    // Without the rule, "not er" and "my area" were two pieces, and "but I'll …" came a piece too late.
    expect(isTakenBackByOwnAction(10, turn("Not er, my area, pal, but I'll ring the right desk for you"), EN)).toBe(true);
    expect(isTakenBackByOwnAction(10, turn('不归嗯，我们这边，放心，我帮您转过去'), ZH)).toBe(true);
    // A word that only ends like a filler ("also" and so) is no filler: the pieces stay apart, and the action comes too late.
    expect(isTakenBackByOwnAction(10, turn("Not mine also, my area, pal, but I'll ring the right desk for you"), EN)).toBe(false);
    // Only the hit's own piece runs on past its filler: an aside after it that ends with one is still an aside.
    expect(isTakenBackByOwnAction(10, turn("The rota is the manager's call, this uh, and I'll ring her for you"), EN)).toBe(true);
  });

  it('counts no piece made of linking words and fillers alone (I154)', () => {
    // 「不过」 and 「呃」 each got a comma from ASR: without the rule they were the two pieces looked at, and the action came too late.
    expect(isTakenBackByOwnAction(10, turn('这个归别的部门，不过，呃，我帮您转过去'), ZH)).toBe(true);
    expect(isTakenBackByOwnAction(10, turn("That's another team, but, um, I'll connect you"), EN)).toBe(true);
    // A piece with words in it still counts: past a longer aside the action comes too late.
    expect(isTakenBackByOwnAction(10, turn('这个归别的部门，不过，那边比较忙，真的很忙，我帮您转过去'), ZH)).toBe(false);
  });

  it('takes nothing back when the category lists no openers', () => {
    expect(isTakenBackByOwnAction(10, turn("That's another team, I'll connect you"), [])).toBe(false);
  });
});
