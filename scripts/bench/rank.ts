/**
 * `rank.month_ms`: ranking a month of 1,500 agents × 60 scored calls (90,000 calls) with the
 * pure step — adjustment, intervals, tiers, stars — from scores already in memory.
 * `rank.month_db_ms`: the same month from a SQLite file on disk to the finished ranking, as the
 * API and `callqa export` run it: reading the newest score per call, the previous month,
 * and 5 check results per call (450,000 rows) for each agent's weakest checks.
 * `rank.month_db_no_checks_ms`: the same without check results (`weakChecks: false`, as a sampler would call it).
 * `rank.quota_ms`: `extraSampleQuota` over that ranking with a 2,000-call daily budget.
 * Median of 5 runs (3 for the DB), wall clock; `cpuMs` is this process's CPU time in that run,
 * a steadier figure on a shared machine. Seeded synthetic scores: every run ranks the same data.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, sqlOf } from '../../pipeline/db/index.ts';
import { parsePeriod, extraSampleQuota, rankAgents, agentResults } from '../../pipeline/rank/index.ts';
import { syntheticCalls } from '../../fixtures/support/pipeline/rank-test-data.ts';
import type { Benchmark, BenchResult } from './types.ts';

const AGENTS = 1500;
const CALLS_PER_AGENT = 60;
const CHECKS = ['greeting', 'surname', 'etiquette', 'hold', 'closing'];

/** Median wall-clock ms, and the process CPU ms of that same run (less sensitive to a busy machine). */
async function medianMs(runs: number, fn: () => unknown): Promise<{ wallMs: number; cpuMs: number }> {
  const times: { wallMs: number; cpuMs: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    await fn();
    const used = process.cpuUsage(cpu);
    times.push({ wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 });
  }
  return times.sort((a, b) => a.wallMs - b.wallMs)[Math.floor(runs / 2)];
}

const ms = (m: { wallMs: number; cpuMs: number }) => ({ value: +m.wallMs.toFixed(1), cpuMs: +m.cpuMs.toFixed(1) });

const bench: Benchmark = async function* (): AsyncIterable<BenchResult> {
  const data = syntheticCalls({ agentCount: AGENTS, callsPerAgent: CALLS_PER_AGENT, seed: 2026, center: 86, betweenSd: 4, withinSd: 6, autoFailRate: 0.04 });
  const common = { agents: AGENTS, scoredCalls: data.calls.length, statistic: 'median' };

  let ranking = rankAgents(data.calls, data.agents);
  const pure = await medianMs(5, () => (ranking = rankAgents(data.calls, data.agents)));
  yield { name: 'rank.month_ms', ...ms(pure), unit: 'ms', ...common, runs: 5, includesDbRead: false };

  const quota = await medianMs(5, () => extraSampleQuota(ranking.agents, { budget: 2000, targetHalfWidth: 2 }));
  yield { name: 'rank.quota_ms', ...ms(quota), unit: 'ms', ...common, runs: 5, budget: 2000 };

  const dir = mkdtempSync(join(tmpdir(), 'callqa-bench-rank-'));
  try {
    const db = openDb(join(dir, 'month.sqlite'));
    const sqlite = db.$client;
    const insertAgent = sqlite.prepare("INSERT INTO agents VALUES (?, ?, ?, ?, ?, 'coach', 'zh')");
    const insertCall = sqlite.prepare("INSERT INTO calls (call_id, date, file, agent_id, started_at, sampled, status) VALUES (?, ?, ?, ?, ?, 1, 'done')");
    const insertScore = sqlite.prepare("INSERT INTO scores (call_id, scorecard_id, scorecard_version, score, auto_failed, auto_fail_reasons) VALUES (?, 'zh-CN', 'v1', ?, ?, '[]')");
    const insertCheck = sqlite.prepare(
      "INSERT INTO check_results (call_id, scorecard_version, check_id, section, label, outcome, weight, critical, reason, evidence) VALUES (?, 'v1', ?, 'script', ?, ?, 20, 0, 'r', '[]')",
    );
    sqlite.transaction(() => {
      for (const a of data.agents) insertAgent.run(a.agentId, a.name, a.name.slice(0, 1), a.team, a.site);
      data.calls.forEach((c, i) => {
        const date = `2026-11-${String(1 + (i % 30)).padStart(2, '0')}`;
        insertCall.run(c.callId, date, `/rec/${c.callId}.wav`, c.agentId, `${date}T10:00:00+08:00`);
        insertScore.run(c.callId, c.score, c.score === 0 ? 1 : 0);
        CHECKS.forEach((check, j) => insertCheck.run(c.callId, check, check, c.score < 70 + 5 * j ? 'fail' : 'pass'));
      });
    })();
    const period = parsePeriod('2026-11');
    const detail = { ...common, runs: 3, includesDbRead: true, storage: 'SQLite file (WAL) in os.tmpdir(); the read enlarges the page cache to 64 MiB for its span (pipeline/rank/sqlite-read-cache.ts)' };
    const sql = sqlOf(db);
    const full = await medianMs(3, () => agentResults(sql, period));
    yield { name: 'rank.month_db_ms', ...ms(full), unit: 'ms', ...detail, checkRows: data.calls.length * CHECKS.length, weakestChecks: true };
    const noChecks = await medianMs(3, () => agentResults(sql, period, {}, { weakChecks: false }));
    yield { name: 'rank.month_db_no_checks_ms', ...ms(noChecks), unit: 'ms', ...detail, weakestChecks: false };
    sqlite.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

export default bench;
