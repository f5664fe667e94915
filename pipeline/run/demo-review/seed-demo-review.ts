/**
 * The demo month's human-review seeds, so a newcomer's `npm run demo` + `npm run serve` shows a
 * populated review queue, calibration report, disputes and survey view. Everything goes through
 * the review functions a person's action goes through (pipeline/review: evaluations scored the
 * real way, disputes decided into corrections, the survey CSV imported with its refusals), all
 * in one transaction, and only once: a store that already has the demo analysts' work is left as is.
 *
 * What the analysts say (their "opinions") is chosen, not measured: greeting from the night's
 * labels (fixtures/demo/labels.json: a greeting with the agent's surname passes), and on English
 * calls scored 60+ they hear courtesy words the matcher missed. Where that differs from the
 * automatic result, the calibration report shows a disagreement.
 */
import { readFileSync } from 'node:fs';
import type { Sql } from '../../db/index.ts';
import {
  callScorecard, createSession, decideDispute, importSurveys, openDispute, saveEvaluation,
  type EvaluationItemInput, type OfficialScoreRule, type SurveyImportSummary,
} from '../../review/index.ts';
import type { CheckOutcome } from '../../types.ts';
import { DEMO_LABELS, DEMO_SURVEY_SCALE, DEMO_SURVEYS } from './demo-surveys.ts';

export const DEMO_ANALYSTS = ['analyst-lin', 'analyst-okafor', 'analyst-wu'] as const;
/** Calls evaluated one analyst each, then calls of the calibration session (all three analysts). */
const EVALUATED_CALLS = 10;
const SESSION_CALLS = 4;
/** The name the survey import is stored under (the repo path, the same on every machine). */
const SURVEY_SOURCE = 'fixtures/demo/surveys.csv';

export interface DemoReviewSummary {
  skipped: boolean;
  evaluations: number;
  sessionId: number | null;
  sessionEvaluations: number;
  disputes: { open: number; accepted: number; rejected: number };
  surveys: SurveyImportSummary | null;
}

interface NightCall {
  call_id: string;
  team: string;
  coach: string;
  language: string;
  score: number;
}

export async function seedDemoReview(sql: Sql, opts: { date: string; officialRule: OfficialScoreRule }): Promise<DemoReviewSummary> {
  const done = await sql.get(`SELECT 1 AS one FROM evaluations WHERE evaluator IN (?, ?, ?)`, [...DEMO_ANALYSTS]);
  if (done) return { skipped: true, evaluations: 0, sessionId: null, sessionEvaluations: 0, disputes: { open: 0, accepted: 0, rejected: 0 }, surveys: null };
  const greetingPasses = labelledGreetings();

  return sql.tx(async (tx) => {
    const calls = await tx.all<NightCall>(
      `SELECT c.call_id, a.team, a.coach, a.language, s.score FROM calls c JOIN agents a ON a.agent_id = c.agent_id
       JOIN scores s ON s.call_id = c.call_id WHERE c.date = ? ORDER BY c.call_id`, [opts.date]);
    const opinion = async (call: NightCall, analyst: string, flip?: string): Promise<EvaluationItemInput[]> => {
      const card = await callScorecard(tx, call.call_id);
      return card!.checks.map((c) => {
        let outcome: CheckOutcome = c.automaticOutcome;
        if (c.checkId === 'greeting' && greetingPasses.has(call.call_id)) outcome = greetingPasses.get(call.call_id)! ? 'pass' : 'fail';
        if (c.checkId === 'courtesy-words' && call.language === 'en' && Number(call.score) >= 60) outcome = 'pass';
        if (c.checkId === flip) outcome = outcome === 'pass' ? 'fail' : 'pass';
        return { checkId: c.checkId, outcome, comment: outcome === c.automaticOutcome ? null : `${analyst}: heard it otherwise` };
      });
    };

    const evaluated = calls.slice(0, EVALUATED_CALLS);
    for (const [i, call] of evaluated.entries()) {
      const analyst = DEMO_ANALYSTS[i % DEMO_ANALYSTS.length];
      await saveEvaluation(tx, { callId: call.call_id, evaluator: analyst, items: await opinion(call, analyst) }, { officialRule: opts.officialRule });
    }

    const sessionCalls = calls.slice(EVALUATED_CALLS, EVALUATED_CALLS + SESSION_CALLS);
    const session = await createSession(tx, { name: `Demo calibration ${opts.date}`, callIds: sessionCalls.map((c) => c.call_id), createdBy: DEMO_ANALYSTS[0] });
    let sessionEvaluations = 0;
    for (const [i, call] of sessionCalls.entries()) {
      for (const analyst of DEMO_ANALYSTS) {
        // Analysts differ on one check of two calls, so the session's agreement is not perfect.
        const flip = (analyst === 'analyst-wu' && i === 0) ? 'closing' : (analyst === 'analyst-okafor' && i === 1) ? 'dead-air' : undefined;
        await saveEvaluation(tx, { callId: call.call_id, evaluator: analyst, sessionId: session.id, items: await opinion(call, analyst, flip) }, { officialRule: opts.officialRule });
        sessionEvaluations++;
      }
    }

    const disputes = { open: 0, accepted: 0, rejected: 0 };
    const rest = calls.slice(EVALUATED_CALLS + SESSION_CALLS);
    const outcomes: ('open' | 'accepted' | 'rejected')[] = ['accepted', 'rejected', 'open'];
    for (const call of rest) {
      const next = outcomes[disputes.open + disputes.accepted + disputes.rejected];
      if (!next) break;
      const failed = (await callScorecard(tx, call.call_id))!.checks.find((c) => c.automaticOutcome === 'fail' && !c.critical);
      if (!failed) continue;
      const reason = call.language === 'zh' ? `复听录音：坐席已完成「${failed.label}」` : `Listen again: the agent did ${failed.label.toLowerCase()}`;
      const d = await openDispute(tx, { callId: call.call_id, checkId: failed.checkId, requestedOutcome: 'pass', reason, openedBy: call.coach });
      if (next !== 'open') {
        await decideDispute(tx, d.id, next === 'accepted'
          ? { decision: 'accept', analyst: DEMO_ANALYSTS[0], reason: 'Agreed after listening: the check missed it' }
          : { decision: 'reject', analyst: DEMO_ANALYSTS[2], reason: 'Listened again: the result stands' });
      }
      disputes[next]++;
    }

    const surveys = await importSurveys(tx, DEMO_SURVEYS, { scale: DEMO_SURVEY_SCALE, importedBy: 'demo', sourceName: SURVEY_SOURCE });
    return { skipped: false, evaluations: evaluated.length, sessionId: session.id, sessionEvaluations, disputes, surveys };
  });
}

/** Call id → whether the labelled greeting names the agent's surname (the demo night's ground truth). */
function labelledGreetings(): Map<string, boolean> {
  const labels = JSON.parse(readFileSync(DEMO_LABELS, 'utf8')) as { calls: { callId: string; content?: { greeting: { kind: string } } }[] };
  return new Map(labels.calls.filter((c) => c.content).map((c) => [c.callId, c.content!.greeting.kind === 'with_surname']));
}

/** One line for the CLI after the demo night. */
export function demoReviewLine(s: DemoReviewSummary): string {
  if (s.skipped) return 'Review seeds: already in the store (left as they are).';
  const d = s.disputes;
  return `Review seeds: ${s.evaluations} human evaluations by ${DEMO_ANALYSTS.length} analysts, calibration session #${s.sessionId} (${s.sessionEvaluations} evaluations), `
    + `disputes ${d.open} open / ${d.accepted} accepted / ${d.rejected} rejected, surveys ${s.surveys!.accepted} imported (${s.surveys!.rejected} rows refused).`;
}
