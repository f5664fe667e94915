/**
 * The store. Every stage result is kept with the version of what produced it, so a new
 * scorecard re-scores from stored transcripts and a crashed run resumes where it stopped.
 * Times are ISO 8601 text; durations are seconds (REAL) unless the column name says otherwise.
 * After changing this file run `npm run db:generate` and commit the new migration.
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const createdAt = () => text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);

/** One invocation of `callqa run` for one service date. */
export const runs = sqliteTable('runs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** Service date YYYY-MM-DD the run processes. */
  date: text('date').notNull(),
  /** `interrupted`: stopped by a signal, or its lease's heartbeat stopped (kill -9); resumable. */
  status: text('status', { enum: ['running', 'finished', 'failed', 'interrupted'] }).notNull(),
  startedAt: createdAt(),
  /** Last heartbeat of the process running it (ISO 8601); a `running` run whose heartbeat is stale is interrupted. */
  heartbeatAt: text('heartbeat_at'),
  /** Who runs it: `pid@host`. */
  holder: text('holder'),
  finishedAt: text('finished_at'),
  /** Command-line parameters (paths, sampling options) as JSON. */
  params: text('params', { mode: 'json' }).notNull(),
  /** End-of-run summary as JSON (counts, failures by reason, recording success rate). */
  summary: text('summary', { mode: 'json' }),
});

export const agents = sqliteTable('agents', {
  agentId: text('agent_id').primaryKey(),
  name: text('name').notNull(),
  surname: text('surname').notNull(),
  team: text('team').notNull(),
  site: text('site').notNull(),
  coach: text('coach').notNull(),
  language: text('language', { enum: ['zh', 'en'] }).notNull(),
});

/** Every valid manifest row, sampled or not, with its CDR fields. */
export const calls = sqliteTable(
  'calls',
  {
    callId: text('call_id').primaryKey(),
    /** Service date YYYY-MM-DD (local date of started_at as given in the manifest). */
    date: text('date').notNull(),
    /** Absolute path of the recording. */
    file: text('file').notNull(),
    agentId: text('agent_id').notNull(),
    startedAt: text('started_at').notNull(),
    durationS: real('duration_s'),
    direction: text('direction'),
    queue: text('queue'),
    waitS: real('wait_s'),
    abandoned: integer('abandoned', { mode: 'boolean' }),
    resolved: integer('resolved', { mode: 'boolean' }),
    agentChannel: text('agent_channel'),
    customerId: text('customer_id'),
    site: text('site'),
    sampled: integer('sampled', { mode: 'boolean' }).notNull().default(false),
    /**
     * pending → done | failed | waiting_asr. `waiting_asr`: no transcript and no ASR model yet;
     * a later run picks it up.
     */
    status: text('status', { enum: ['pending', 'done', 'failed', 'waiting_asr'] }).notNull().default('pending'),
    /** Set when the call reached `done`; lets a rerun skip it. */
    processedRunId: integer('processed_run_id'),
    ingestedAt: createdAt(),
  },
  // Both end with the API list's order (date, started_at, call_id), so a page of calls is read
  // from the index in order, without sorting a day's calls or reading their table rows.
  (t) => [
    index('calls_date_idx').on(t.date, t.startedAt, t.callId),
    index('calls_agent_date_idx').on(t.agentId, t.date, t.startedAt, t.callId),
  ],
);

/** Manifest or roster rows that were refused, with where and why. */
export const ingestRejects = sqliteTable(
  'ingest_rejects',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    date: text('date').notNull(),
    /** The CSV file the row came from. */
    sourceFile: text('source_file').notNull(),
    /** 1-based line number in the file (header = line 1). */
    rowNumber: integer('row_number').notNull(),
    callId: text('call_id'),
    field: text('field'),
    reason: text('reason').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('ingest_rejects_uniq').on(t.sourceFile, t.rowNumber, t.reason)],
);

/** The sample drawn for one service date and the parameters that drew it. */
export const samples = sqliteTable('samples', {
  date: text('date').primaryKey(),
  seed: text('seed').notNull(),
  params: text('params', { mode: 'json' }).notNull(),
  callIds: text('call_ids', { mode: 'json' }).notNull().$type<string[]>(),
  createdAt: createdAt(),
});

/**
 * One stage's result for one call, stamped with the version of whatever produced it
 * (ffmpeg build, model id+revision, scorecard hash). Stages: audio, vad, transcript, sentiment.
 */
export const stageResults = sqliteTable(
  'stage_results',
  {
    callId: text('call_id').notNull(),
    stage: text('stage').notNull(),
    version: text('version').notNull(),
    result: text('result', { mode: 'json' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.callId, t.stage, t.version] })],
);

/** A stage that failed for a call: data, not a crash. */
export const failures = sqliteTable(
  'failures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    runId: integer('run_id').notNull(),
    callId: text('call_id').notNull(),
    stage: text('stage').notNull(),
    reason: text('reason').notNull(),
    detail: text('detail'),
    createdAt: createdAt(),
  },
  (t) => [index('failures_call_idx').on(t.callId)],
);

/** A call's score under one scorecard version. Several versions of one call stay queryable. */
export const scores = sqliteTable(
  'scores',
  {
    callId: text('call_id').notNull(),
    scorecardId: text('scorecard_id').notNull(),
    scorecardVersion: text('scorecard_version').notNull(),
    /** 0–100 */
    score: real('score').notNull(),
    autoFailed: integer('auto_failed', { mode: 'boolean' }).notNull(),
    autoFailReasons: text('auto_fail_reasons', { mode: 'json' }).notNull().$type<string[]>(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.callId, t.scorecardVersion] }),
    index('scores_version_idx').on(t.scorecardVersion),
    // A call's current score (newest created_at, then version) and its value from the index alone.
    index('scores_call_latest_idx').on(t.callId, t.createdAt, t.scorecardVersion, t.score),
  ],
);

/** One check's result, with evidence, under one scorecard version. */
export const checkResults = sqliteTable(
  'check_results',
  {
    callId: text('call_id').notNull(),
    scorecardVersion: text('scorecard_version').notNull(),
    checkId: text('check_id').notNull(),
    section: text('section').notNull(),
    label: text('label').notNull(),
    outcome: text('outcome', { enum: ['pass', 'fail', 'na'] }).notNull(),
    weight: real('weight').notNull(),
    critical: integer('critical', { mode: 'boolean' }).notNull(),
    reason: text('reason').notNull(),
    evidence: text('evidence', { mode: 'json' }).notNull(),
    /** 0–1: how sure the check is of its outcome (margin to its threshold); null where the check has none. */
    confidence: real('confidence'),
  },
  (t) => [
    primaryKey({ columns: [t.callId, t.scorecardVersion, t.checkId] }),
    // Covers "does this call fail this check" (check, call, version → outcome) without reading
    // the wide row (evidence JSON); still serves lookups by check id.
    index('check_results_check_idx').on(t.checkId, t.callId, t.scorecardVersion, t.outcome),
  ],
);

/**
 * The per-date lock of a night: one run of a date at a time. Held while `expires_at` is in the
 * future; the holder renews it with its heartbeat, so a killed run's lease lapses by itself.
 */
export const runLeases = sqliteTable('run_leases', {
  date: text('date').primaryKey(),
  runId: integer('run_id').notNull(),
  holder: text('holder').notNull(),
  heartbeatAt: text('heartbeat_at').notNull(),
  expiresAt: text('expires_at').notNull(),
});

/** API users. Only the SHA-256 of the token is stored. */
export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  role: text('role', { enum: ['admin', 'qa', 'coach', 'hr'] }).notNull(),
  /** Teams a coach may see (JSON array); empty for other roles. */
  teams: text('teams', { mode: 'json' }).notNull().$type<string[]>(),
  tokenSha256: text('token_sha256').notNull().unique(),
  /** When the API token stops working (ISO 8601); null: no expiry. */
  tokenExpiresAt: text('token_expires_at'),
  createdAt: createdAt(),
});

/**
 * Web sign-in sessions, apart from API tokens: the cookie carries a random session id (only its
 * SHA-256 is stored), which expires and can be revoked without touching the user's token.
 */
export const sessions = sqliteTable(
  'sessions',
  {
    idSha256: text('id_sha256').primaryKey(),
    userId: integer('user_id').notNull(),
    createdAt: createdAt(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** A coach's note on a call. */
export const notes = sqliteTable(
  'notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    callId: text('call_id').notNull(),
    author: text('author').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('notes_call_idx').on(t.callId)],
);

/** A coach's correction of one automatic check result; the original stays in check_results. */
export const overrides = sqliteTable(
  'overrides',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    callId: text('call_id').notNull(),
    scorecardVersion: text('scorecard_version').notNull(),
    checkId: text('check_id').notNull(),
    outcome: text('outcome', { enum: ['pass', 'fail', 'na'] }).notNull(),
    reason: text('reason').notNull(),
    author: text('author').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('overrides_call_idx').on(t.callId, t.scorecardVersion)],
);

/** Every change a person made through the API. */
export const auditLog = sqliteTable('audit_log', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  actor: text('actor').notNull(),
  action: text('action').notNull(),
  entity: text('entity').notNull(),
  entityId: text('entity_id').notNull(),
  before: text('before', { mode: 'json' }),
  after: text('after', { mode: 'json' }),
  createdAt: createdAt(),
});
