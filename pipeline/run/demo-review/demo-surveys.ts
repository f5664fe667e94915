/**
 * The demo night's post-call survey file (fixtures/demo/surveys.csv), made from the night's
 * labels (fixtures/demo/labels.json: what really happened in each call) with a seeded PRNG, so
 * it is the same on every machine. Satisfaction (1–5) follows the call's real outcomes — how the
 * customer ended, forbidden phrases, a missing greeting or closing, unannounced holds — plus
 * noise, the way real answers follow the call loosely; a few customers leave a comment. Two
 * deliberately bad rows at the end show the import's refusals (an unknown call, 6 on a 1–5 scale).
 */
import { join } from 'node:path';
import { repoRoot } from '../../config.ts';
import { mulberry32 } from '../../random.ts';

export const DEMO_LABELS = join(repoRoot, 'fixtures/demo/labels.json');
export const DEMO_SURVEYS = join(repoRoot, 'fixtures/demo/surveys.csv');

/** Share of calls whose customer answered the survey. */
const ANSWER_RATE = 0.85;
/** Share of answers with a comment. */
const COMMENT_RATE = 0.4;
/** Spread of the noise around the outcome-driven answer, in scale points. */
const NOISE_SD = 0.6;
export const DEMO_SURVEY_SCALE = { min: 1, max: 5 } as const;
const SEED = 20261120;

interface LabelledCall {
  callId: string;
  language: string;
  ingest: string;
  content?: {
    customerEnding: string;
    greeting: { kind: string };
    forbidden: unknown[];
    closing: { kind: string };
    holds: { announced: boolean }[];
  };
}

/** How much each real outcome moves a customer's answer, in scale points (a judgement, not a fit). */
const ENDING_EFFECT: Record<string, number> = { calm: 0, soothed: -0.3, resigned: -1.2, still_upset: -2.2 };
const GREETING_EFFECT: Record<string, number> = { with_surname: 0, without_surname: -0.1, wrong_surname: -0.3, none: -0.4 };
const CLOSING_EFFECT: Record<string, number> = { full: 0, farewell_only: -0.2, none: -0.4 };
const BASE = 4.4;

const COMMENTS = {
  zh: { low: ['态度很差，问题也没解决', '等了很久，还被挂断', '客服说不归他管'], mid: ['还行，就是有点慢', '解决了，但是解释得不太清楚'], high: ['服务很好，谢谢', '很耐心，一次就解决了', '非常满意'] },
  en: { low: ['Rude and my problem is still not fixed', 'Put on hold for ages without a word'], mid: ['Okay, a bit slow', 'Sorted in the end, took a while'], high: ['Very helpful, thank you', 'Quick and friendly'] },
} as const;

/** One standard normal draw (Box–Muller). */
const normal = (rand: () => number) => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());

const csvField = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The CSV text (header `call_id,satisfaction,comment`, LF line ends) for the labels' calls. */
export function demoSurveyCsv(labels: { calls: LabelledCall[] }): string {
  const rand = mulberry32(SEED);
  const lines = ['call_id,satisfaction,comment'];
  for (const call of labels.calls) {
    // Every call draws the same number of values, so one call's outcome never shifts another's answer.
    const [answers, noise, withComment, pick] = [rand() < ANSWER_RATE, normal(rand), rand() < COMMENT_RATE, rand()];
    const c = call.content;
    if (!c || call.ingest !== 'accepted' || !answers) continue;
    const expected = BASE + (ENDING_EFFECT[c.customerEnding] ?? 0) + (GREETING_EFFECT[c.greeting.kind] ?? 0) + (CLOSING_EFFECT[c.closing.kind] ?? 0)
      - 0.8 * c.forbidden.length - 0.3 * c.holds.filter((h) => !h.announced).length;
    const satisfaction = Math.min(DEMO_SURVEY_SCALE.max, Math.max(DEMO_SURVEY_SCALE.min, Math.round(expected + NOISE_SD * noise)));
    const bank = COMMENTS[call.language === 'en' ? 'en' : 'zh'];
    const options = satisfaction <= 2 ? bank.low : satisfaction === 3 ? bank.mid : bank.high;
    lines.push([call.callId, String(satisfaction), withComment ? csvField(options[Math.floor(pick * options.length)]) : ''].join(','));
  }
  lines.push('c-9999,4,', 'c-0001,6,满分');
  return `${lines.join('\n')}\n`;
}
