import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agentSays, callContext, customerSays, EN_AGENT, paramsFor, ZH_AGENT } from '../../fixtures/support/pipeline/test-calls.ts';
import { loadScorecard } from '../scorecard/load.ts';
import type { Scorecard } from '../scorecard/schema.ts';
import { runCheck } from './run-check.ts';
import { checkPhraseInWindow } from './phrase-in-window.ts';
import { agentClauses, bestAct, clausesClearOf, type AgentClause } from './act-signal.ts';
import { ACT_LABELS, type ActLabel } from '../../models/acts/labels.ts';
import { speakerStream } from './match/stream.ts';

const cards = join(import.meta.dirname, '../scorecards');
const en = loadScorecard(join(cards, 'en-US-bank.yaml'));
const zh = loadScorecard(join(cards, 'zh-CN-bank.yaml'));
const check = (card: Scorecard, id: string) => card.sections.flatMap((s) => s.checks).find((c) => c.id === id)!;

const enCall = (last: string) =>
  callContext(
    [
      agentSays(0, 4, 'Thank you for calling CMB, my name is Smith, how can I help you?'),
      customerSays(4, 7, 'I want to check my statement'),
      agentSays(8, 12, 'Your balance is two hundred dollars'),
      customerSays(12, 14, 'Okay, that is all'),
      agentSays(15, 18, last),
    ],
    { agent: EN_AGENT },
  );

describe('the act model as the second signal, named in the evidence', () => {
  it('credits a thank-you no listed wording matches, and each piece of evidence names its signal', () => {
    const r = runCheck(enCall('Obliged to you for ringing, goodbye'), check(en, 'closing'));
    expect(r.outcome).toBe('pass');
    expect(r.evidence.map((e) => [e.signal, e.quote])).toEqual([
      ['act_model', 'Obliged to you for ringing'],
      // One word is too little for the act model to judge (MIN_ACT_CLAUSE_UNITS): the matcher alone.
      ['matcher', 'goodbye'],
    ]);
    expect(r.evidence[0].note).toMatch(/act model: thanks for calling (0\.\d\d|1\.00), callqa-acts@/);
    expect(r.reason).toMatch(/by the act model/);
  });

  it('says both when the matcher and the act model agree, and is then surer than the act model alone', () => {
    const both = runCheck(enCall('Thank you for calling, take care now'), check(en, 'closing'));
    const actOnly = runCheck(enCall('Obliged to you for ringing, take care now'), check(en, 'closing'));
    expect(both.evidence.map((e) => e.signal)).toEqual(['both', 'both']);
    expect(actOnly.evidence.map((e) => e.signal)).toEqual(['act_model', 'both']);
    expect(both.confidence!).toBeGreaterThan(actOnly.confidence!);
  });

  it('says matcher when the scorecard gives the element no acts', () => {
    const params = paramsFor('phrase_in_window', {
      window: { anchor: 'agent_end', seconds: 20 },
      rule: 'any',
      elements: [{ id: 'offer-more', label: 'offer of more help', variants: ['is there anything else I can help you with'] }],
    });
    const r = checkPhraseInWindow(enCall('Is there anything else I can help you with?'), params);
    expect(r.outcome).toBe('pass');
    expect(r.evidence[0].signal).toBe('matcher');
    // And without acts the act model cannot rescue a wording the list lacks.
    expect(checkPhraseInWindow(enCall('Is there something more I can sort out for you?'), params).outcome).toBe('fail');
  });

  it('flags a brush-off the phrase list misses, by the act model', () => {
    const r = runCheck(enCall('Take that to the branch, not me.'), check(en, 'forbidden-phrases'));
    expect(r.outcome).toBe('fail');
    // The two-word verdict that ends the turn is a spot of its own (actShortAtTurnEnd, I33).
    expect(r.evidence).toEqual([expect.objectContaining({ signal: 'act_model', quote: 'Take that to the branch' }), expect.objectContaining({ signal: 'act_model', quote: 'not me' })]);
    expect(r.reason).toMatch(/brush-off.*act model: brush off/);
  });

  it('keeps a polite hard negative clean although its words look like a brush-off', () => {
    const ctx = callContext([agentSays(0, 3, '您好，招商银行，我姓王，请问有什么可以帮您'), customerSays(3, 6, '我想查账单'), agentSays(7, 11, '您不用自己去查，我帮您查好了')], {
      agent: ZH_AGENT,
    });
    expect(runCheck(ctx, check(zh, 'forbidden-phrases')).outcome).toBe('pass');
  });
});

describe('clausesClearOf: the act model does not credit words an exception took', () => {
  it('keeps every clause when nothing was taken, and drops only the clause holding the taken words', () => {
    const segments = [agentSays(0, 4, '感谢您的等待，祝您生活愉快')];
    const clauses = agentClauses(segments);
    const full = speakerStream(segments, 'agent', []);
    expect(clausesClearOf(clauses, full, full)).toBe(clauses);
    // Take the first six units (「感谢您的等待」) out, as an exception would.
    const kept = { segments: full.segments, units: full.units.slice(6) };
    expect(clausesClearOf(clauses, full, kept).map((c) => c.text)).toEqual(['祝您生活愉快']);
  });
});

describe('a clause that is the whole turn is judged from two units (H3)', () => {
  it('marks only the only clause of a segment as the whole turn', () => {
    const segs = [agentSays(0, 2, 'Hold on'), agentSays(3, 6, 'Okay, hold on')];
    const clauses = agentClauses(segs);
    expect(clauses.map((c) => [c.text, c.wholeTurn])).toEqual([['Hold on', true], ['Okay', false], ['hold on', false]]);
  });
});

describe('a clause that ends the turn, tags aside (I29)', () => {
  it('marks the last clause with words, not one a goodbye follows', () => {
    const ends = (text: string) => agentClauses([agentSays(0, 3, text)]).map((c) => [c.text, c.endsTurn]);
    expect(ends('Anything else, yeah')).toEqual([['Anything else', true], ['yeah', true]]);
    expect(ends('Anything else? Okay, bye.')).toEqual([['Anything else', false], ['Okay', false], ['bye', true]]);
    // Fillers after it add nothing either.
    expect(ends('Anything else, yeah, um')).toEqual([['Anything else', true], ['yeah', true], ['um', true]]);
  });
});

describe('the units of a clause (how long it is to judge)', () => {
  it('counts each Han character and each other word, a Latin word before Mandarin included (I33)', () => {
    const units = (text: string) => agentClauses([agentSays(0, 3, text)]).map((c) => [c.text, c.units]);
    expect(units('VR还有别的吗')).toEqual([['VR还有别的吗', 6]]);
    expect(units('APP里面看, anything else')).toEqual([['APP里面看', 4], ['anything else', 2]]);
    expect(units("I'll check 3D打印")).toEqual([["I'll check 3D打印", 5]]);
  });

  it('leaves out the fillers that open the clause, not a particle after its words (I55)', () => {
    const units = (text: string) => agentClauses([agentSays(0, 3, text)]).map((c) => [c.text, c.units]);
    expect(units('就是都，您的账单')).toEqual([['就是都', 1], ['您的账单', 4]]);
    expect(units('等啊，正在查')).toEqual([['等啊', 2], ['正在查', 3]]);
    expect(units('um so sorry')).toEqual([['um so sorry', 1]]);
  });
});

describe('bestAct', () => {
  // Hand-made probabilities: what is tested is how an element's acts are combined, not the model.
  const clause = (text: string, probs: Partial<Record<ActLabel, number>>): AgentClause => ({
    segment: 0, text, from: 0, to: text.length, atS: 0, endS: 1, units: 5, wholeTurn: true, opensTurn: true, endsTurn: true,
    probs: Object.fromEntries(ACT_LABELS.map((l) => [l, probs[l] ?? 0])) as Record<ActLabel, number>,
  });

  it('sums the probabilities of an element\'s acts and names the likeliest of them', () => {
    const torn = clause('torn', { greeting: 0.5, thanks_for_calling: 0.45, other: 0.05 });
    const sure = clause('sure', { greeting: 0.9, other: 0.1 });
    const hit = bestAct([sure, torn], ['greeting', 'thanks_for_calling']);
    expect(hit).toMatchObject({ clause: torn, act: 'greeting' });
    expect(hit!.p).toBeCloseTo(0.95, 6);
    // One act: its own probability, as before.
    expect(bestAct([sure, torn], ['greeting'])).toMatchObject({ clause: sure, act: 'greeting', p: 0.9 });
  });

  it('skips clauses too short to judge', () => {
    const short = { ...clause('short', { greeting: 1 }), units: 1 };
    expect(bestAct([short], ['greeting'])).toBeNull();
  });

  it('judges a two-unit clause ending a longer turn only with shortEnders, and never one a turn goes on after', () => {
    const ender = { ...clause('anything else', { further_help: 1 }), units: 2, wholeTurn: false, opensTurn: false, endsTurn: true };
    expect(bestAct([ender], ['further_help'])).toBeNull();
    expect(bestAct([ender], ['further_help'], { shortEnders: true })).toMatchObject({ clause: ender, p: 1 });
    expect(bestAct([{ ...ender, endsTurn: false }], ['further_help'], { shortEnders: true })).toBeNull();
  });
});
