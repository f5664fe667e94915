/**
 * `npx tsx scripts/eval/paraphrase/eval-paraphrase.ts [--split dev|heldout|all] [--misses] [--set FILE]`
 * `npx tsx scripts/eval/paraphrase/eval-paraphrase.ts --split heldoutN` — a bank split of splits.ts
 * (fixtures/paraphrase/paraphrase-set-heldoutN.json unless `--set` says otherwise). The untouched
 * split (`UNTOUCHED_SPLIT` there) is evaluated once, at the end, by the lead, and `--misses` is
 * refused on it before anything runs; every other split has been evaluated once, untouched, and is
 * tuning data since (its misses may be read; each one's history is in splits.ts).
 *
 * Runs the shipped scorecards' checks on the paraphrase set (make-paraphrase-set.ts) and
 * prints precision and recall per check and language, for the `dev` and `heldout` splits.
 * "Detected" means: greeting / closing / apology passed; hold etiquette / forbidden phrase
 * failed (a violation found). A label absent from a call (no hold, customer never upset) is
 * not counted. `--misses` lists wrong calls. Both `dev` and `heldout` are tuning data: the
 * heldout split was evaluated five times and, on 2026-12-02, declared tuning data (issue 11), so
 * its misses may be read. The untouched split (splits.ts) is kept apart and measured only by the
 * lead — never list its misses.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { CallContext } from '../../../pipeline/checks/index.ts';
import { sentimentFor } from '../../../fixtures/support/pipeline/test-calls.ts';
import type { Scorecard } from '../../../pipeline/scorecard/index.ts';
import type { Language } from '../../../pipeline/types.ts';
import { judge, shippedScorecards } from '../eval-checks.ts';
import { tally, withRates, type Confusion, type Counts } from '../../dev/lib/confusion.ts';
import { BANK_SPLIT_NAMES, isBankSplit, setFileOf, UNTOUCHED_SPLIT, type Split } from './splits.ts';
import {
  PARAPHRASE_SET_FILE,
  type ParaphraseCall,
  type ParaphraseSet,
} from './make-paraphrase-set.ts';

export const PARAPHRASE_EVALUATED = [
  { label: 'greeting', checkId: 'greeting', detected: 'pass' },
  { label: 'closing', checkId: 'closing', detected: 'pass' },
  { label: 'hold', checkId: 'hold-etiquette', detected: 'fail' },
  { label: 'forbidden', checkId: 'forbidden-phrases', detected: 'fail' },
  { label: 'apology', checkId: 'apology-when-upset', detected: 'pass' },
] as const;

export interface ParaphraseMiss {
  callId: string;
  label: string;
  expected: boolean;
  scenario: ParaphraseCall['scenario'];
  reason: string;
  agentText: string[];
  spoken: string[];
}

export interface ParaphraseEvaluation {
  /** Keyed `${split}.${label}.${language}`. */
  figures: Record<string, Confusion>;
  misses: ParaphraseMiss[];
}

export function contextOf(set: ParaphraseSet, call: ParaphraseCall): CallContext {
  const agent = set.agents.find((a) => a.agentId === call.agentId);
  if (!agent) throw new Error(`${call.callId}: agent ${call.agentId} is not in the set's agents`);
  return {
    call: { callId: call.callId, file: `${call.callId}.wav`, agentId: agent.agentId, startedAt: '2026-11-20T10:00:00+08:00' },
    agent,
    transcript: { callId: call.callId, language: call.language, segments: call.segments },
    sentiment: sentimentFor(call.segments, call.sentimentScores),
    brand: set.brands[call.language],
  };
}

export function evaluateParaphraseSet(set: ParaphraseSet, cards: Record<Language, Scorecard>, splits: Split[] = ['dev', 'heldout']): ParaphraseEvaluation {
  const counts: Record<string, Counts> = {};
  const misses: ParaphraseMiss[] = [];
  for (const call of set.calls) {
    if (!splits.includes(call.split)) continue;
    const ctx = contextOf(set, call);
    for (const e of PARAPHRASE_EVALUATED) {
      const truth = call.labels[e.label];
      if (truth === undefined) continue;
      const { result, detected } = judge(cards[call.language], ctx, e);
      tally(counts, `${call.split}.${e.label}.${call.language}`, detected, truth);
      if (detected !== truth) {
        misses.push({
          callId: call.callId,
          label: e.label,
          expected: truth,
          scenario: call.scenario,
          reason: result.reason,
          agentText: call.segments.filter((s) => s.speaker === 'agent').map((s) => `${s.start}s ${s.text}`),
          spoken: call.spoken,
        });
      }
    }
  }
  return { figures: withRates(counts), misses };
}

export function formatParaphraseEvaluation(ev: ParaphraseEvaluation): string {
  const rows = Object.entries(ev.figures).sort(([a], [b]) => a.localeCompare(b));
  const lines = ['split.check.language      precision  recall     tp    fp    fn    tn'];
  for (const [k, c] of rows) {
    lines.push(`${k.padEnd(24)} ${c.precision.toFixed(3).padStart(9)}  ${c.recall.toFixed(3).padStart(6)}  ${[c.tp, c.fp, c.fn, c.tn].map((n) => String(n).padStart(5)).join(' ')}`);
  }
  return lines.join('\n');
}

export function loadParaphraseSet(file = PARAPHRASE_SET_FILE): ParaphraseSet {
  return JSON.parse(readFileSync(file, 'utf8')) as ParaphraseSet;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const which = arg('split') ?? 'all';
  if (which !== 'dev' && which !== 'heldout' && which !== 'all' && !isBankSplit(which)) {
    throw new Error(`--split ${which}: expected dev, heldout, ${BANK_SPLIT_NAMES.join(', ')} or all`);
  }
  const splits: Split[] = which === 'all' ? ['dev', 'heldout'] : [which as Split];
  // Refused before anything runs: the untouched split's failures must never be read, or it stops being held out.
  if (which === UNTOUCHED_SPLIT && process.argv.includes('--misses')) throw new Error(`--misses is refused on ${which}: its failures must not guide tuning`);
  const setFile = arg('set') ?? (isBankSplit(which) ? setFileOf(which) : undefined);
  const ev = evaluateParaphraseSet(loadParaphraseSet(setFile), shippedScorecards(), splits);
  console.log(formatParaphraseEvaluation(ev));
  if (process.argv.includes('--misses')) {
    // Until 2026-12-02 this refused heldout (its failures must not guide tuning). That split was
    // evaluated five times and is now declared tuning data; the untouched split's misses are refused
    // above (`all` means dev and heldout).
    const only = arg('label');
    for (const m of ev.misses.filter((x) => !only || x.label === only)) {
      console.log(`\n${m.callId} ${m.label}: expected ${m.expected ? 'detected' : 'not detected'} ${JSON.stringify(m.scenario)}\n  ${m.reason}`);
      for (const t of m.agentText) console.log(`  | ${t}`);
    }
  }
}
