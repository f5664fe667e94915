/**
 * Scoring is made faster (issue 15) without changing a single result: every check result
 * (outcome, reason, evidence, confidence) of the shipped scorecards on the noisy and paraphrase
 * sets must equal the record computed before the optimisations (make-score-snapshot.ts).
 * When a recall change or a new scorecard/act model changes results on purpose, the record is
 * regenerated from that commit (see make-score-snapshot.ts), never to make a speed change pass.
 */
import { describe, expect, it } from 'vitest';
import { readScoreSnapshot, scoreSnapshotCalls, scorecardVersions, snapshotContexts } from './score-snapshot.ts';

describe('score snapshot: the same results before and after the scoring optimisations', () => {
  const snapshot = readScoreSnapshot();

  it('is for the scorecards shipped today (else regenerate it from the commit that changed them)', () => {
    expect(scorecardVersions()).toEqual(snapshot.scorecards);
  });

  it('gives every call of both sets the same score and check results', async () => {
    const contexts = snapshotContexts();
    expect(contexts.length).toBe(1200);
    let now: typeof snapshot.calls = {};
    for (let i = 0; i < contexts.length; i += 50) {
      // Let the worker answer vitest between batches: a minute of blocking scoring times its RPC out.
      await new Promise((resolve) => setImmediate(resolve));
      // Through JSON as the record was, so an absent field and an undefined one compare alike.
      now = { ...now, ...(JSON.parse(JSON.stringify(scoreSnapshotCalls(contexts.slice(i, i + 50)))) as typeof snapshot.calls) };
    }
    expect(Object.keys(now).sort()).toEqual(Object.keys(snapshot.calls).sort());
    const changed = Object.keys(now).filter((id) => JSON.stringify(now[id]) !== JSON.stringify(snapshot.calls[id]));
    // The first changed call in full, so the failure shows which check and what differs.
    if (changed.length) expect({ id: changed[0], ...now[changed[0]] }).toEqual({ id: changed[0], ...snapshot.calls[changed[0]] });
    expect(changed).toEqual([]);
  });
});
