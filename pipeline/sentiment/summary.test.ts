import { describe, expect, it } from 'vitest';
import type { Speaker, Transcript, TurnSentiment } from '../types.ts';
import { summarizeCallSentiment } from './summary.ts';

/** A transcript whose segment i starts at `starts[i]`, plus turns with the given scores. */
function call(spec: [Speaker, number, number][]): { transcript: Transcript; turns: TurnSentiment[] } {
  const transcript: Transcript = {
    callId: 'c',
    language: 'zh',
    segments: spec.map(([speaker, start]) => ({ speaker, start, end: start + 1, text: 'x' })),
  };
  const turns = spec.map(([speaker, , score], index): TurnSentiment => {
    const label = score < -0.3 ? 'negative' : score > 0.3 ? 'positive' : 'neutral';
    const negative = Math.max(0, -score);
    const positive = Math.max(0, score);
    return { index, speaker, label, score, probs: { negative, positive, neutral: 1 - negative - positive } };
  });
  return { transcript, turns };
}

describe('summarizeCallSentiment', () => {
  it('averages the first and last 3 customer turns of a long call and finds the lowest point', () => {
    const { transcript, turns } = call([
      ['agent', 0, 0.5],
      ['customer', 2, -0.9],
      ['customer', 4, -0.6],
      ['agent', 5, -0.5],
      ['customer', 6, -0.3],
      ['customer', 8, 0],
      ['customer', 10, 0.3],
      ['customer', 12, 0.6],
      ['agent', 13, 0.8],
      ['customer', 14, 0.9],
    ]);
    const s = summarizeCallSentiment(turns, transcript, 'm@1');
    expect(s.customerStart).toBeCloseTo(-0.6, 10);
    expect(s.customerEnd).toBeCloseTo(0.6, 10);
    expect(s.customerChange).toBeCloseTo(1.2, 10);
    expect(s.customerLowest).toEqual({ score: -0.9, atS: 2 });
    expect(s.agentNegativeTurns).toBe(1);
    expect(s.model).toBe('m@1');
    expect(s.turns).toBe(turns);
  });

  it('uses floor(k/2) turns when the customer spoke less than six times, so windows never overlap', () => {
    const { transcript, turns } = call([
      ['customer', 0, -0.8],
      ['customer', 1, -0.4],
      ['customer', 2, 0],
      ['customer', 3, 0.4],
      ['customer', 4, 0.8],
    ]);
    const s = summarizeCallSentiment(turns, transcript, 'm');
    expect(s.customerStart).toBeCloseTo(-0.6, 10); // first 2
    expect(s.customerEnd).toBeCloseTo(0.6, 10); // last 2
  });

  it('uses the single turn as start and end when the customer spoke once', () => {
    const { transcript, turns } = call([['agent', 0, 0], ['customer', 1, -0.5]]);
    const s = summarizeCallSentiment(turns, transcript, 'm');
    expect([s.customerStart, s.customerEnd, s.customerChange]).toEqual([-0.5, -0.5, 0]);
  });

  it('orders customer turns by time, not by their position in the turn list', () => {
    const { transcript, turns } = call([['customer', 10, 0.8], ['customer', 0, -0.8]]);
    const s = summarizeCallSentiment(turns, transcript, 'm');
    expect(s.customerStart).toBe(-0.8);
    expect(s.customerEnd).toBe(0.8);
  });

  it('takes the earliest of equally low turns', () => {
    const { transcript, turns } = call([['customer', 3, -0.7], ['customer', 5, -0.7], ['customer', 7, 0.2]]);
    expect(summarizeCallSentiment(turns, transcript, 'm').customerLowest).toEqual({ score: -0.7, atS: 3 });
  });

  it('gives nulls when the customer never spoke, but still counts agent negativity', () => {
    const { transcript, turns } = call([['agent', 0, -0.8], ['agent', 2, 0.1]]);
    expect(summarizeCallSentiment(turns, transcript, 'm')).toEqual({
      turns,
      customerStart: null,
      customerEnd: null,
      customerChange: null,
      customerLowest: null,
      agentNegativeTurns: 1,
      model: 'm',
    });
  });

  it('honours a custom window', () => {
    const { transcript, turns } = call([0, 1, 2, 3, 4, 5, 6, 7].map((i): [Speaker, number, number] => ['customer', i, i / 10]));
    const s = summarizeCallSentiment(turns, transcript, 'm', { windowTurns: 1 });
    expect(s.customerStart).toBe(0);
    expect(s.customerEnd).toBeCloseTo(0.7, 10);
  });
});
