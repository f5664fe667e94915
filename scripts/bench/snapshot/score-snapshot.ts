/**
 * Every check result of the shipped scorecards on the two labelled transcript sets (the noisy
 * set, fixtures/noisy, and the paraphrase set, fixtures/paraphrase), in one comparable record
 * per call. The scoring optimisations (issue 15) must leave this record unchanged:
 * fixtures/score-snapshot/score-snapshot.json.gz holds it as computed by the code before them
 * (make-score-snapshot.ts), and score-snapshot.test.ts compares today's code against it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { CallContext } from '../../../pipeline/checks/index.ts';
import { scoreCall } from '../../../pipeline/score/index.ts';
import type { Scorecard } from '../../../pipeline/scorecard/index.ts';
import type { CallScore, Language } from '../../../pipeline/types.ts';
import { packageRoot } from '../../../models/package-root.ts';
import { shippedScorecards } from '../../eval/eval-checks.ts';
import { contextOf } from '../../eval/paraphrase/eval-paraphrase.ts';
import type { ParaphraseSet } from '../../eval/paraphrase/make-paraphrase-set.ts';
import type { NoisySet } from '../../fixtures/make-noisy-set.ts';

export const SCORE_SNAPSHOT_FILE = join(packageRoot, 'fixtures/score-snapshot/score-snapshot.json.gz');

export interface ScoreSnapshot {
  /** The commit whose code computed the record, and why it was (re)generated. */
  generatedFrom: string;
  /** Scorecard id@version per language: a new version (scorecard or act model changed) means new results. */
  scorecards: Record<Language, string>;
  /** Call id → the call's score record (score, auto-fail and every check result with its evidence). */
  calls: Record<string, CallScore>;
}

/** Both sets' calls with the context the evaluation scripts give them (paraphrase calls carry sentiment). */
export function snapshotContexts(root = packageRoot): CallContext[] {
  const noisy = JSON.parse(readFileSync(join(root, 'fixtures/noisy/noisy-set.json'), 'utf8')) as NoisySet;
  const para = JSON.parse(readFileSync(join(root, 'fixtures/paraphrase/paraphrase-set.json'), 'utf8')) as ParaphraseSet;
  const agents = new Map(noisy.agents.map((a) => [a.agentId, a]));
  const fromNoisy = noisy.calls.map((c): CallContext => ({
    call: { callId: c.callId, file: `${c.callId}.wav`, agentId: c.agentId, startedAt: '2026-11-20T10:00:00+08:00' },
    agent: agents.get(c.agentId)!,
    transcript: { callId: c.callId, language: c.language, segments: c.segments },
    brand: noisy.brand,
  }));
  return [...fromNoisy, ...para.calls.map((c) => contextOf(para, c))];
}

export function scoreSnapshotCalls(contexts: CallContext[], cards: Record<Language, Scorecard> = shippedScorecards()): Record<string, CallScore> {
  const out: Record<string, CallScore> = {};
  for (const ctx of contexts) out[ctx.call.callId] = scoreCall(ctx, cards[ctx.transcript.language]);
  return out;
}

export function scorecardVersions(cards: Record<Language, Scorecard> = shippedScorecards()): Record<Language, string> {
  return { zh: `${cards.zh.id}@${cards.zh.version}`, en: `${cards.en.id}@${cards.en.version}` };
}

export function readScoreSnapshot(file = SCORE_SNAPSHOT_FILE): ScoreSnapshot {
  return JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as ScoreSnapshot;
}
