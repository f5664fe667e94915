/**
 * Scoring throughput from the store, the way `callqa rescore` runs: 2,000 generated noisy
 * transcripts (1,400 zh, 600 en; fixtures/noisy generator, fixed seed) in a temp SQLite file,
 * then load → score → save for every call with the shipped zh-CN and en-US scorecards.
 * No audio, no model.
 *
 *   score.calls_per_s   calls loaded, scored (13 checks each) and saved per second, one thread
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, sqlOf } from '../../pipeline/db/index.ts';
import { rescoreRange } from '../../pipeline/score/index.ts';
import { storeCall } from '../../fixtures/support/pipeline/test-store.ts';
import { shippedScorecards } from '../eval/eval-checks.ts';
import { makeNoisySet } from '../fixtures/make-noisy-set.ts';
import type { Benchmark } from './types.ts';

const ZH = 1400;
const EN = 600;
const DATE = '2026-11-20';

const bench: Benchmark = async function* () {
  const dir = mkdtempSync(join(tmpdir(), 'callqa-bench-score-'));
  try {
    const db = openDb(join(dir, 'bench.sqlite'));
    const set = makeNoisySet({ seed: 'bench-score', zh: ZH, en: EN });
    const agents = new Map(set.agents.map((a) => [a.agentId, a]));
    const sql = sqlOf(db);
    await sql.tx(async (tx) => {
      for (const c of set.calls) {
        await storeCall(tx, {
          callId: c.callId, date: DATE, agent: agents.get(c.agentId)!, resolved: true, waitS: 8,
          transcript: { callId: c.callId, language: c.language, segments: c.segments },
        });
      }
    });
    const cards = shippedScorecards();
    let scored = 0;
    let failures = 0;
    const t0 = performance.now();
    for (const card of [cards.zh, cards.en]) {
      const s = await rescoreRange(sql, { scorecard: card, brand: set.brand, from: DATE, to: DATE });
      scored += s.scored;
      failures += s.failures.length;
    }
    const seconds = (performance.now() - t0) / 1000;
    if (scored !== ZH + EN || failures) throw new Error(`scored ${scored} of ${ZH + EN} calls, ${failures} failures`);
    db.$client.close();
    yield {
      name: 'score.calls_per_s',
      value: Math.round((scored / seconds) * 10) / 10,
      unit: 'calls/s',
      calls: scored,
      checksPerCall: cards.zh.sections.flatMap((s) => s.checks).length,
      seconds: Math.round(seconds * 10) / 10,
      store: 'temp SQLite file (WAL)',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

export default bench;
