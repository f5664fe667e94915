import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/dev/lib/random.ts';
import { assignRoles, greetingTurn, splitTurns } from './roles.ts';

const seg = (start: number, end: number, text: string) => ({ start, end, text });

describe('mono role assignment', () => {
  it('makes the greeter the agent and alternates across pauses', () => {
    const out = assignRoles([
      seg(0.5, 4, '您好，招商银行信用卡中心，我姓王，很高兴为您服务'),
      seg(4.8, 7, '你好，我想查一下账单'),
      seg(7.6, 9, '好的，请您稍等'),
      seg(9.1, 10, '我帮您查询一下'), // same turn: only 0.1 s after the previous segment
      seg(25, 27, '好的'),
    ]);
    expect(out.map((s) => s.speaker)).toEqual(['agent', 'customer', 'agent', 'agent', 'customer']);
  });

  it('finds the agent when the customer speaks first ("喂？")', () => {
    const out = assignRoles([seg(0.2, 0.8, '喂？'), seg(1.5, 5, '您好，招商银行信用卡中心，我姓李，很高兴为您服务'), seg(6, 8, '我的卡丢了')]);
    expect(out.map((s) => s.speaker)).toEqual(['customer', 'agent', 'customer']);
  });

  it('recognises English greetings and the configured brand', () => {
    const en = [seg(0, 1, 'Hello?'), seg(2, 5, 'Thank you for calling, my name is Smith, how may I help you?'), seg(6, 8, 'Hi, I lost my card.')];
    expect(assignRoles(en).map((s) => s.speaker)).toEqual(['customer', 'agent', 'customer']);
    const brandOnly = [seg(0, 1, '是的'), seg(2, 4, '这里是招行')];
    expect(greetingTurn(splitTurns(brandOnly, 0.45), { brandNames: ['招行'] })).toBe(1);
  });

  it('falls back to a plain greeting, then to the first turn', () => {
    expect(greetingTurn(splitTurns([seg(0, 1, '嗯'), seg(2, 3, '你好')], 0.45))).toBe(1);
    expect(greetingTurn(splitTurns([seg(0, 1, '嗯'), seg(2, 3, '对')], 0.45))).toBe(0);
  });

  it('keeps segment order by time whatever order they came in', () => {
    const out = assignRoles([seg(5, 6, 'b'), seg(0, 1, '您好，很高兴为您服务')]);
    expect(out.map((s) => s.start)).toEqual([0, 5]);
  });

  it('a pause of exactly turnGapS starts a new turn anywhere in a 4 h call, one 10 ms shorter never does', () => {
    const random = mulberry32(45);
    const wrong: string[] = [];
    for (let k = 0; k < 20_000; k++) {
      // Transcript times are rounded to 10 ms: build them on that grid, as decimal numbers.
      const endCs = Math.floor(random() * 4 * 3600 * 100);
      const end = endCs / 100;
      const atGap = splitTurns([seg(end - 1, end, 'a'), seg((endCs + 45) / 100, end + 2, 'b')], 0.45).length;
      const underGap = splitTurns([seg(end - 1, end, 'a'), seg((endCs + 44) / 100, end + 2, 'b')], 0.45).length;
      if (atGap !== 2 || underGap !== 1) wrong.push(`pause after ${end} s: ${atGap} turns at 0.45 s, ${underGap} at 0.44 s`);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});
