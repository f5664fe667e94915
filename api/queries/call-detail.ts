/**
 * Everything the call page shows: CDR metadata, the agent, the newest transcript (already
 * redacted by the pipeline), the current score with each check's automatic result, its
 * correction if any, and evidence, the sentiment timeline, and recording health.
 */
import { checkOrder, jsonTextAt, parseJson, type Sql } from '../../pipeline/db/index.ts';
import type { Agent, CallSentiment, CheckOutcome, Evidence, RedactedSpan, Transcript, TranscriptSegment } from '../../pipeline/types.ts';
import type { CallStatus } from './calls.ts';
import { scoreEntityId } from './audit-entity.ts';
import { latestScoreVersion } from './latest.ts';

export interface CheckView {
  checkId: string;
  section: string;
  label: string;
  /** The outcome that counts: the newest correction, else the automatic outcome. */
  outcome: CheckOutcome;
  automaticOutcome: CheckOutcome;
  weight: number;
  critical: boolean;
  reason: string;
  evidence: Evidence[];
  /** 0–1, how sure the automatic check is; null where the check has no such measure. */
  confidence: number | null;
  correction: { outcome: CheckOutcome; reason: string; author: string; createdAt: string } | null;
}

export interface SentimentPoint {
  /** Turn start, seconds from call start. */
  atS: number;
  speaker: 'agent' | 'customer';
  /** −1..1 */
  score: number;
  label: string;
}

export interface CallDetail {
  call: {
    callId: string;
    date: string;
    startedAt: string;
    durationS: number | null;
    direction: string | null;
    queue: string | null;
    waitS: number | null;
    abandoned: boolean | null;
    resolved: boolean | null;
    agentChannel: string | null;
    site: string | null;
    status: CallStatus;
    sampled: boolean;
  };
  agent: Agent | null;
  health: { reason: string; detail?: string } | null;
  transcript: { language: string; segments: TranscriptSegment[]; redactions: RedactedSpan[]; source: Transcript['source'] | null } | null;
  score: {
    scorecardId: string;
    scorecardVersion: string;
    /** 0–100, after corrections. */
    score: number;
    autoFailed: boolean;
    autoFailReasons: string[];
    /** 0–100, the score before any correction; equals `score` when nothing was corrected. */
    automaticScore: number;
    createdAt: string;
  } | null;
  checks: CheckView[];
  sentiment: { model: string; customerStart: number | null; customerEnd: number | null; points: SentimentPoint[] } | null;
  failures: { stage: string; reason: string; detail: string | null; createdAt: string }[];
}

export async function callDetail(sql: Sql, callId: string): Promise<CallDetail | null> {
  // Independent reads, at once on Postgres's pool. The newest result of each stage comes from
  // one read of the call's stage results, newest first per stage (the rule of latest.ts), not
  // from a sorted subquery per stage inside the call's statement: on SQLite that cost more
  // than the two plain statements together (issue 15).
  const [c, stages, score, failures] = await Promise.all([
    sql.get<Record<string, unknown>>(`SELECT c.*,
        a.agent_id AS a_agent_id, a.name AS a_name, a.surname AS a_surname, a.team AS a_team, a.site AS a_site, a.coach AS a_coach, a.language AS a_language
        FROM calls c LEFT JOIN agents a ON a.agent_id = c.agent_id WHERE c.call_id = ?`, [callId]),
    sql.all<{ stage: string; result: unknown }>(`SELECT stage, result FROM stage_results WHERE call_id = ? AND stage IN ('transcript', 'sentiment', 'audio')
        ORDER BY stage, created_at DESC, version DESC`, [callId]),
    currentScore(sql, callId),
    sql.all<CallDetail['failures'][number]>('SELECT stage, reason, detail, created_at AS "createdAt" FROM failures WHERE call_id = ? ORDER BY id', [callId]),
  ]);
  if (!c) return null;
  const agent: Agent | null = c.a_agent_id === null || c.a_agent_id === undefined ? null : {
    agentId: c.a_agent_id as string, name: c.a_name as string, surname: c.a_surname as Agent['surname'], team: c.a_team as Agent['team'],
    site: c.a_site as Agent['site'], coach: c.a_coach as Agent['coach'], language: c.a_language as Agent['language'],
  };
  const newestOf = (stage: string) => stages.find((r) => r.stage === stage)?.result ?? null;
  const checks = score ? await checkViews(sql, callId, score.scorecardVersion) : [];

  const transcript = parseJson<Transcript>(newestOf('transcript'));
  const sentiment = parseJson<CallSentiment>(newestOf('sentiment'));
  const audio = parseJson<{ health?: { reason: string; detail?: string } }>(newestOf('audio'));

  return {
    call: {
      callId: c.call_id as string,
      date: c.date as string,
      startedAt: c.started_at as string,
      durationS: c.duration_s as number | null,
      direction: c.direction as string | null,
      queue: c.queue as string | null,
      waitS: c.wait_s as number | null,
      abandoned: bool(c.abandoned),
      resolved: bool(c.resolved),
      agentChannel: c.agent_channel as string | null,
      site: c.site as string | null,
      status: c.status as CallStatus,
      sampled: !!c.sampled,
    },
    agent: agent ?? null,
    health: audio?.health ?? null,
    transcript: transcript
      ? { language: transcript.language, segments: transcript.segments, redactions: transcript.redactions ?? [], source: transcript.source ?? null }
      : null,
    score,
    checks,
    sentiment: sentiment ? sentimentTimeline(sentiment, transcript) : null,
    failures,
  };
}

/** The call's current score row, with the score it had before the first correction. */
export async function currentScore(sql: Sql, callId: string): Promise<CallDetail['score']> {
  const s = await sql.get<Record<string, unknown>>(`SELECT scorecard_id, scorecard_version, score, auto_failed, auto_fail_reasons, created_at
      FROM scores WHERE call_id = ? AND scorecard_version = ${latestScoreVersion('?')}`, [callId, callId]);
  if (!s) return null;
  const version = s.scorecard_version as string;
  // The first score.recompute entry's `before` is the automatic score. Ids written before they
  // were percent-encoded (`<call>@<version>` raw) are still looked up.
  const ids = [...new Set([scoreEntityId(callId, version), `${callId}@${version}`])];
  const first = await sql.get<{ score: number | string | null }>(`SELECT ${jsonTextAt(sql.dialect, 'before', ['score'])} AS score FROM audit_log
      WHERE entity = 'score' AND entity_id IN (${ids.map(() => '?').join(', ')}) ORDER BY id LIMIT 1`, ids);
  const automatic = first?.score === null || first?.score === undefined ? null : Number(first.score);
  return {
    scorecardId: s.scorecard_id as string,
    scorecardVersion: version,
    score: s.score as number,
    autoFailed: !!s.auto_failed,
    autoFailReasons: parseJson<string[]>(s.auto_fail_reasons) ?? [],
    automaticScore: automatic ?? (s.score as number),
    createdAt: s.created_at as string,
  };
}

/** Check results of one scorecard version with their newest correction, in the scorecard's order. */
export async function checkViews(sql: Sql, callId: string, scorecardVersion: string): Promise<CheckView[]> {
  // Two plain reads instead of a join with a newest-override subquery per check: most calls have
  // no correction, so the second read is one empty index probe (issue 15: the join cost a
  // quarter of the statement on every call page). Independent: on Postgres they run at once.
  const [rows, corrections] = await Promise.all([
    sql.all<Record<string, unknown>>(`SELECT check_id, section, label, outcome, weight, critical, reason, evidence, confidence
      FROM check_results WHERE call_id = ? AND scorecard_version = ? ORDER BY ${checkOrder()}`, [callId, scorecardVersion]),
    sql.all<{ id: number; check_id: string; outcome: CheckOutcome; reason: string; author: string; created_at: string }>(
      'SELECT id, check_id, outcome, reason, author, created_at FROM overrides WHERE call_id = ? AND scorecard_version = ? ORDER BY id',
      [callId, scorecardVersion],
    ),
  ]);
  // Ascending ids: the last one seen per check is its newest correction (the highest id, as before).
  const newest = new Map<string, CheckView['correction']>();
  for (const o of corrections) newest.set(o.check_id, { outcome: o.outcome, reason: o.reason, author: o.author, createdAt: o.created_at });
  return rows.map((r) => {
    const correction = newest.get(r.check_id as string) ?? null;
    return {
      checkId: r.check_id as string,
      section: r.section as string,
      label: r.label as string,
      outcome: correction?.outcome ?? (r.outcome as CheckOutcome),
      automaticOutcome: r.outcome as CheckOutcome,
      weight: r.weight as number,
      critical: !!r.critical,
      reason: r.reason as string,
      evidence: parseJson<Evidence[]>(r.evidence) ?? [],
      confidence: (r.confidence as number | null) ?? null,
      correction,
    };
  });
}

/** One point per classified turn, placed at the turn's start time. */
function sentimentTimeline(s: CallSentiment, t: Transcript | null): NonNullable<CallDetail['sentiment']> {
  const points: SentimentPoint[] = [];
  for (const turn of s.turns ?? []) {
    const seg = t?.segments[turn.index];
    if (!seg) continue;
    points.push({ atS: seg.start, speaker: turn.speaker, score: turn.score, label: turn.label });
  }
  return { model: s.model, customerStart: s.customerStart, customerEnd: s.customerEnd, points };
}

function bool(v: unknown): boolean | null {
  return v === null || v === undefined ? null : !!v;
}
