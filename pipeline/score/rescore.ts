/**
 * Re-scores stored calls with a (new) scorecard: transcript, VAD and sentiment come from the
 * store, so no audio is read and no model runs — thousands of calls take seconds. Scores are
 * saved under the new scorecard version; earlier versions stay in the store.
 *
 * Only calls whose transcript is in the scorecard's language are taken (a zh scorecard says
 * nothing useful about an English call; the nightly run picks the card by transcript language
 * too, so a bilingual agent's English call gets the English card); the others are counted as
 * skipped.
 */
import type { Sql } from '../db/index.ts';
import type { Scorecard } from '../scorecard/index.ts';
import type { BrandConfig, StageFailure } from '../types.ts';
import { loadScoringContext } from './load-context.ts';
import { saveCallScore } from './save.ts';
import { scoreCall } from './score.ts';

/** Calls re-scored per database transaction. */
const BATCH = 200;

export interface RescoreOptions {
  scorecard: Scorecard;
  brand: BrandConfig;
  /** Service dates YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
  onProgress?: (done: number, total: number) => void;
}

export interface RescoreSummary {
  scorecardId: string;
  scorecardVersion: string;
  scorecardLanguage: 'zh' | 'en';
  from: string;
  to: string;
  scored: number;
  /** Calls with a transcript in the range in another language than the scorecard's. */
  skippedOtherLanguage: number;
  failures: (StageFailure & { callId: string })[];
  /** Mean 0–100 over scored calls; null when none. */
  meanScore: number | null;
  autoFailed: number;
  elapsedMs: number;
}

export async function rescoreRange(sql: Sql, o: RescoreOptions): Promise<RescoreSummary> {
  const started = performance.now();
  const ids = (
    await sql.all<{ callId: string }>(
      `SELECT c.call_id AS "callId" FROM calls c
       WHERE c.date BETWEEN ? AND ? AND EXISTS (SELECT 1 FROM stage_results sr WHERE sr.call_id = c.call_id AND sr.stage = 'transcript')
       ORDER BY c.call_id`,
      [o.from, o.to],
    )
  ).map((r) => r.callId);
  let skipped = 0;

  const failures: RescoreSummary['failures'] = [];
  let total = 0;
  let scored = 0;
  let autoFailed = 0;
  const one = async (t: Sql, callId: string) => {
    const loaded = await loadScoringContext(t, callId, o.brand);
    if (!loaded.ok) return void failures.push({ callId, ...loaded.failure });
    if (loaded.ctx.transcript.language !== o.scorecard.language) return void skipped++;
    try {
      const score = scoreCall(loaded.ctx, o.scorecard);
      await saveCallScore(t, callId, score);
      scored++;
      total += score.score;
      if (score.autoFailed) autoFailed++;
    } catch (err) {
      failures.push({ callId, stage: 'score', reason: 'score_failed', detail: (err as Error).message });
    }
  };
  // One commit per batch rather than per call: the commit, not the scoring, dominates otherwise.
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    await sql.tx(async (t) => {
      for (const callId of batch) await one(t, callId);
    });
    o.onProgress?.(Math.min(i + BATCH, ids.length), ids.length);
  }
  return {
    scorecardId: o.scorecard.id,
    scorecardVersion: o.scorecard.version,
    scorecardLanguage: o.scorecard.language,
    from: o.from,
    to: o.to,
    scored,
    skippedOtherLanguage: skipped,
    failures,
    meanScore: scored ? Math.round((total / scored) * 10) / 10 : null,
    autoFailed,
    elapsedMs: Math.round(performance.now() - started),
  };
}
