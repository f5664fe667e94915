/**
 * `npx tsx scripts/eval/eval-checks.ts [--set FILE] [--misses]`
 *
 * Runs the shipped scorecards' script checks on the labelled noisy transcripts
 * (fixtures/noisy, made by make-noisy-set.ts) and prints precision and recall per check and
 * language. "Detected" means: greeting / closing passed, forbidden phrase failed (found).
 * The set's closing label is "both parts said"; the shipped scorecards accept an offer of more
 * help, or a thank-you and a goodbye (closingTruth), and are measured against that.
 * `--misses` lists every wrong call with the transcript text, for tuning thresholds.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type CallContext, runCheck } from '../../pipeline/checks/index.ts';
import { loadScorecard, type Scorecard } from '../../pipeline/scorecard/index.ts';
import type { CheckResult, Language } from '../../pipeline/types.ts';
import { tally, withRates, type Confusion, type Counts } from '../dev/lib/confusion.ts';
import { NOISY_SET_FILE, type NoisyCall, type NoisySet } from '../fixtures/make-noisy-set.ts';

/** The scorecard check each label is measured on, and which outcome means "detected". */
export const EVALUATED = [
  { label: 'greeting', checkId: 'greeting', detected: 'pass' },
  { label: 'forbidden', checkId: 'forbidden-phrases', detected: 'fail' },
  { label: 'closing', checkId: 'closing', detected: 'pass' },
] as const;

export type { Confusion } from '../dev/lib/confusion.ts';

export interface Miss {
  callId: string;
  label: string;
  expected: boolean;
  scenario: NoisyCall['scenario'];
  reason: string;
  agentText: string[];
}

export interface Evaluation {
  /** Keyed `${label}` (all calls), `${label}.${language}` and `${label}@${noise level}`. */
  figures: Record<string, Confusion>;
  misses: Miss[];
  calls: number;
}

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');
export function shippedScorecards(): Record<Language, Scorecard> {
  return {
    zh: loadScorecard(join(repo, 'pipeline/scorecards/zh-CN-bank.yaml')),
    en: loadScorecard(join(repo, 'pipeline/scorecards/en-US-bank.yaml')),
  };
}

export function evaluateNoisySet(set: NoisySet, cards: Record<Language, Scorecard>): Evaluation {
  const counts: Record<string, Counts> = {};
  const misses: Miss[] = [];
  const agents = new Map(set.agents.map((a) => [a.agentId, a]));
  for (const call of set.calls) {
    const agent = agents.get(call.agentId);
    if (!agent) throw new Error(`${call.callId}: agent ${call.agentId} is not in the set's agents`);
    const ctx: CallContext = {
      call: { callId: call.callId, file: `${call.callId}.wav`, agentId: agent.agentId, startedAt: '2026-11-20T10:00:00+08:00' },
      agent,
      transcript: { callId: call.callId, language: call.language, segments: call.segments },
      brand: set.brand,
    };
    for (const e of EVALUATED) {
      const { result, detected } = judge(cards[call.language], ctx, e);
      const truth = e.label === 'closing' ? closingTruth(call) : call.labels[e.label];
      for (const key of [e.label, `${e.label}.${call.language}`, `${e.label}@${call.scenario.noise}`]) tally(counts, key, detected, truth);
      if (detected !== truth) {
        misses.push({
          callId: call.callId,
          label: e.label,
          expected: truth,
          scenario: call.scenario,
          reason: result.reason,
          agentText: call.segments.filter((s) => s.speaker === 'agent').map((s) => s.text),
        });
      }
    }
  }
  return { figures: withRates(counts), misses, calls: set.calls.length };
}

/** Runs the scorecard's check `checkId` on a call; `detected` when its outcome is the one the label names. */
export function judge(card: Scorecard, ctx: CallContext, e: { checkId: string; detected: CheckResult['outcome'] }): { result: CheckResult; detected: boolean } {
  const check = card.sections.flatMap((s) => s.checks).find((c) => c.id === e.checkId);
  if (!check) throw new Error(`scorecard ${card.id} has no check "${e.checkId}"`);
  const result = runCheck(ctx, check);
  return { result, detected: result.outcome === e.detected };
}

/**
 * Whether the call has a closing under the shipped scorecards' rule (offer of more help, or
 * thanks for calling and goodbye): the set's own label means "both parts". A thank-you alone
 * counts when it came with a goodbye (「感谢您的来电，再见」, "…, have a great day").
 */
export function closingTruth(call: NoisyCall): boolean {
  const s = call.scenario.closing;
  if (s === 'both' || s === 'offer_only') return true;
  if (s !== 'thanks_only') return false;
  const said = call.spoken.at(-1) ?? '';
  return /再见|have a great day/i.test(said);
}

export function formatEvaluation(ev: Evaluation): string {
  const rows = Object.entries(ev.figures).sort(([a], [b]) => a.localeCompare(b));
  const lines = [`${ev.calls} noisy calls`, 'check            precision  recall     tp    fp    fn    tn'];
  for (const [k, c] of rows) {
    lines.push(`${k.padEnd(16)} ${c.precision.toFixed(3).padStart(9)}  ${c.recall.toFixed(3).padStart(6)}  ${[c.tp, c.fp, c.fn, c.tn].map((n) => String(n).padStart(5)).join(' ')}`);
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--set');
  const file = i > 0 ? process.argv[i + 1] : NOISY_SET_FILE;
  const set = JSON.parse(readFileSync(file, 'utf8')) as NoisySet;
  const ev = evaluateNoisySet(set, shippedScorecards());
  console.log(formatEvaluation(ev));
  if (process.argv.includes('--misses')) {
    for (const m of ev.misses) {
      console.log(`\n${m.callId} ${m.label}: expected ${m.expected ? 'detected' : 'not detected'} (${JSON.stringify(m.scenario)})\n  ${m.reason}`);
      for (const t of m.agentText) console.log(`  | ${t}`);
    }
  }
}
