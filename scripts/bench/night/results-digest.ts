/**
 * One digest of everything a night stored that a speed or memory change must not alter: every
 * stage result (audio record, vad, transcript, sentiment: stage, version and the stored JSON
 * text, byte for byte), every score and every check outcome, in call order. Two runs of the same
 * night on code that should compute the same answers must print the same digest, so the night
 * bench shows in one field that an optimisation changed no result. Timestamps are left out.
 */
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';

export interface ResultsDigest {
  /** sha256 (hex, first 16) over the rows below. */
  sha256: string;
  stageResults: number;
  scores: number;
  checkResults: number;
}

export function digestNightResults(store: Database.Database): ResultsDigest {
  const h = createHash('sha256');
  const feed = (sql: string): number => {
    let n = 0;
    for (const row of store.prepare(sql).raw().iterate() as Iterable<unknown[]>) {
      h.update(JSON.stringify(row));
      h.update('\n');
      n++;
    }
    return n;
  };
  const stageResults = feed('SELECT call_id, stage, version, result FROM stage_results ORDER BY call_id, stage, version');
  const scores = feed('SELECT call_id, scorecard_id, scorecard_version, score, auto_failed, auto_fail_reasons FROM scores ORDER BY call_id, scorecard_version');
  const checkResults = feed(
    'SELECT call_id, scorecard_version, check_id, section, label, outcome, weight, critical, reason, evidence FROM check_results ORDER BY call_id, scorecard_version, check_id',
  );
  return { sha256: h.digest('hex').slice(0, 16), stageResults, scores, checkResults };
}
