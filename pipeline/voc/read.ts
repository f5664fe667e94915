/** Voice-of-the-customer report for a period, read from stored transcripts and sentiment. */
import type { Sql } from '../db/index.ts';
import { type Period, callWhere, type AgentFilters } from '../rank/index.ts';
import type { CallSentiment, Transcript } from '../types.ts';
import { buildVocReport, type VocCall, type VocOptions, type VocReport } from './report.ts';

const newest = (stage: string) =>
  `(SELECT sr.result FROM stage_results sr WHERE sr.call_id = c.call_id AND sr.stage = '${stage}'
     ORDER BY sr.created_at DESC, sr.version DESC LIMIT 1)`;

export async function vocReport(sql: Sql, period: Period, filters: AgentFilters = {}, options: VocOptions = {}): Promise<VocReport> {
  const where = callWhere(period, filters);
  const rows = await sql.all<{ call_id: string; date: string; agent_id: string; transcript: string; sentiment: string | null }>(
    `SELECT * FROM (
       SELECT c.call_id, c.date, c.agent_id, ${newest('transcript')} AS transcript, ${newest('sentiment')} AS sentiment
       FROM calls c LEFT JOIN agents a ON a.agent_id = c.agent_id
       WHERE ${where.sql}
     ) AS period_calls WHERE transcript IS NOT NULL ORDER BY date, call_id`,
    where.params,
  );

  const calls: VocCall[] = [];
  const unreadable: VocReport['unreadable'] = [];
  for (const row of rows) {
    let transcript: Transcript;
    try {
      transcript = JSON.parse(row.transcript) as Transcript;
      if (!Array.isArray(transcript?.segments)) throw new Error('no segments array');
    } catch (err) {
      unreadable.push({ callId: row.call_id, reason: `transcript: ${(err as Error).message}` });
      continue;
    }
    let sentiment: CallSentiment | null = null;
    if (row.sentiment !== null) {
      try {
        sentiment = JSON.parse(row.sentiment) as CallSentiment;
        if (!Array.isArray(sentiment?.turns)) throw new Error('no turns array');
      } catch (err) {
        // Phrases still tag the call; only the negative-tone signal is lost.
        unreadable.push({ callId: row.call_id, reason: `sentiment: ${(err as Error).message}` });
        sentiment = null;
      }
    }
    calls.push({ callId: row.call_id, date: row.date, agentId: row.agent_id, transcript, sentiment });
  }
  return buildVocReport(period.label, calls, options, unreadable);
}
