/**
 * Scoring throughput from stored transcripts: 2,000 generated noisy transcripts (1,400 zh, 600 en;
 * fixtures/noisy generator, seed `bench-score`) stored in a temp SQLite file, scored with the
 * shipped zh-CN and en-US scorecards (13 checks each, the act model included). No audio.
 *
 *   score.calls_per_s          scoreCall() alone, one thread: the contexts are loaded from the
 *                              store first (loadScoringContext, not timed), then every call is
 *                              scored once, timed. `perCpuSecond` is calls per CPU second of this
 *                              process, the one-core figure a loaded machine does not distort.
 *   score.rescore.calls_per_s  `callqa rescore` end to end (load → score → save per call, one
 *                              transaction per 200 calls), as measured before issue 15.
 *
 * A warm-up of 200 calls of another seed runs first (model load, pinyin tables, JIT); the timed
 * calls are all new to the process, so no per-call cache is warm. Each line gives the 1-minute
 * load average at its start.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, sqlOf, type Sql } from '../../pipeline/db/index.ts';
import type { CallContext } from '../../pipeline/checks/index.ts';
import { loadScoringContext, rescoreRange, scoreCall } from '../../pipeline/score/index.ts';
import type { Scorecard } from '../../pipeline/scorecard/index.ts';
import type { Language } from '../../pipeline/types.ts';
import { storeCall } from '../../fixtures/support/pipeline/test-store.ts';
import { shippedScorecards } from '../eval/eval-checks.ts';
import { makeNoisySet } from '../fixtures/make-noisy-set.ts';
import type { Benchmark } from './types.ts';

const ZH = 1400;
const EN = 600;
const DATE = '2026-11-20';

async function storeNoisyCalls(sql: Sql, seed: string, zh: number, en: number) {
  const set = makeNoisySet({ seed, zh, en });
  const agents = new Map(set.agents.map((a) => [a.agentId, a]));
  await sql.tx(async (tx) => {
    for (const c of set.calls) {
      await storeCall(tx, {
        callId: `${seed}-${c.callId}`, date: DATE, agent: agents.get(c.agentId)!, resolved: true, waitS: 8,
        transcript: { callId: `${seed}-${c.callId}`, language: c.language, segments: c.segments },
      });
    }
  });
  return { ids: set.calls.map((c) => `${seed}-${c.callId}`), brand: set.brand };
}

async function loadContexts(sql: Sql, ids: string[], brand: CallContext['brand']): Promise<CallContext[]> {
  const contexts: CallContext[] = [];
  for (const id of ids) {
    const loaded = await loadScoringContext(sql, id, brand);
    if (!loaded.ok) throw new Error(`${id}: ${loaded.failure.reason}`);
    contexts.push(loaded.ctx);
  }
  return contexts;
}

function scoreAll(contexts: CallContext[], cards: Record<Language, Scorecard>): { wallS: number; cpuS: number } {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  for (const ctx of contexts) scoreCall(ctx, cards[ctx.transcript.language]);
  const wallS = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(cpu);
  return { wallS, cpuS: (used.user + used.system) / 1e6 };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

const bench: Benchmark = async function* () {
  const dir = mkdtempSync(join(tmpdir(), 'callqa-bench-score-'));
  try {
    const db = openDb(join(dir, 'bench.sqlite'));
    const sql = sqlOf(db);
    const cards = shippedScorecards();
    const warm = await storeNoisyCalls(sql, 'bench-score-warmup', 140, 60);
    const timed = await storeNoisyCalls(sql, 'bench-score', ZH, EN);
    scoreAll(await loadContexts(sql, warm.ids, warm.brand), cards);

    const loadAvg1m = Number(loadavg()[0].toFixed(2));
    const contexts = await loadContexts(sql, timed.ids, timed.brand);
    const t = scoreAll(contexts, cards);
    const checksPerCall = cards.zh.sections.flatMap((s) => s.checks).length;
    yield {
      name: 'score.calls_per_s',
      value: round1(contexts.length / t.wallS),
      unit: 'calls/s',
      perCpuSecond: round1(contexts.length / t.cpuS),
      calls: contexts.length,
      checksPerCall,
      seconds: round1(t.wallS),
      timed: 'scoreCall only; contexts loaded from the store beforehand',
      loadAvg1m,
    };

    const rescoreLoad = Number(loadavg()[0].toFixed(2));
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    let scored = 0;
    for (const card of [cards.zh, cards.en]) {
      const s = await rescoreRange(sql, { scorecard: card, brand: timed.brand, from: DATE, to: DATE });
      if (s.failures.length) throw new Error(`rescore: ${s.failures.length} failures, first ${JSON.stringify(s.failures[0])}`);
      scored += s.scored;
    }
    const seconds = (performance.now() - t0) / 1000;
    const used = process.cpuUsage(cpu);
    yield {
      name: 'score.rescore.calls_per_s',
      value: round1(scored / seconds),
      unit: 'calls/s',
      perCpuSecond: round1(scored / ((used.user + used.system) / 1e6)),
      calls: scored,
      checksPerCall,
      seconds: round1(seconds),
      timed: 'rescoreRange: load, score and save every stored call (warm-up calls included)',
      store: 'temp SQLite file (WAL)',
      loadAvg1m: rescoreLoad,
    };
    db.$client.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

export default bench;
