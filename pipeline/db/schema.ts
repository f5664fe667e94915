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
    /**
     * The check's place in its scorecard (0-based), so a score's checks read back in scorecard
     * order on both stores (Postgres has no insertion order to rely on).
     */
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.callId, t.scorecardVersion, t.checkId] }),
    // Covers "does this call fail this check" (check, call, version → outcome) without reading
    // the wide row (evidence JSON); still serves lookups by check id.
    index('check_results_check_idx').on(t.checkId, t.callId, t.scorecardVersion, t.outcome),
    // Covers the ranking's weakest-checks tally (call, version → check, outcome, weight, label,
    // section) so it never reads the wide row: 450,000 table-row reads a month otherwise.
    index('check_results_tally_idx').on(t.callId, t.scorecardVersion, t.checkId, t.outcome, t.weight, t.label, t.section),
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
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    createdAt: createdAt(),
  },
  // The call page reads a score's first recompute entry by (entity, entity_id) on every view:
  // without this it scanned the whole log, which only grows.
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId)],
);

// ---- Human review (QA analysts' evaluations, calibration, disputes, the review queue, surveys) ----

/**
 * A QA analyst's hand-filled scorecard for a call, apart from the automatic result and from
 * corrections. `session_id` set: made in a calibration session (does not set the official score).
 */
export const evaluations = sqliteTable(
  'evaluations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    callId: text('call_id').notNull(),
    scorecardVersion: text('scorecard_version').notNull(),
    /** The analyst's user name. */
    evaluator: text('evaluator').notNull(),
    /** Calibration session id, or 0 for an ordinary evaluation (0, not null, so the unique key holds). */
    sessionId: integer('session_id').notNull().default(0),
    comment: text('comment'),
    /** 0–100, the scorecard's scoring applied to the analyst's outcomes. */
    score: real('score').notNull(),
    autoFailed: integer('auto_failed', { mode: 'boolean' }).notNull(),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('evaluations_uniq').on(t.callId, t.scorecardVersion, t.evaluator, t.sessionId),
    index('evaluations_session_idx').on(t.sessionId),
  ],
);

/** One check of a human evaluation. */
export const evaluationItems = sqliteTable(
  'evaluation_items',
  {
    evaluationId: integer('evaluation_id').notNull(),
    checkId: text('check_id').notNull(),
    outcome: text('outcome', { enum: ['pass', 'fail', 'na'] }).notNull(),
    comment: text('comment'),
    /** Where in the recording the analyst points (seconds from the start), if anywhere. */
    atS: real('at_s'),
  },
  (t) => [primaryKey({ columns: [t.evaluationId, t.checkId] }), index('evaluation_items_check_idx').on(t.checkId, t.outcome)],
);

/** Several analysts evaluate the same calls to measure how far they agree. */
export const calibrationSessions = sqliteTable('calibration_sessions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  createdBy: text('created_by').notNull(),
  /** JSON array of call ids. */
  callIds: text('call_ids', { mode: 'json' }).notNull().$type<string[]>(),
  status: text('status', { enum: ['open', 'closed'] }).notNull().default('open'),
  createdAt: createdAt(),
});

/** A call an analyst took from the review queue; one live claim per call. */
export const reviewClaims = sqliteTable(
  'review_claims',
  {
    callId: text('call_id').primaryKey(),
    claimedBy: text('claimed_by').notNull(),
    /** Why the call was on the queue when claimed (reason codes, JSON array). */
    reasons: text('reasons', { mode: 'json' }).notNull().$type<string[]>(),
    claimedAt: text('claimed_at').notNull(),
    /** A claim nobody finished lapses, so the call returns to the queue. */
    expiresAt: text('expires_at').notNull(),
    /** Set when the analyst saved an evaluation or released the call. */
    doneAt: text('done_at'),
  },
  (t) => [index('review_claims_by_idx').on(t.claimedBy)],
);

/** A coach's dispute of one automatic check result, decided by a QA analyst. */
export const disputes = sqliteTable(
  'disputes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    callId: text('call_id').notNull(),
    scorecardVersion: text('scorecard_version').notNull(),
    checkId: text('check_id').notNull(),
    openedBy: text('opened_by').notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['open', 'accepted', 'rejected'] }).notNull().default('open'),
    decidedBy: text('decided_by'),
    decisionReason: text('decision_reason'),
    /** The outcome the dispute asks for (becomes the correction when accepted). */
    requestedOutcome: text('requested_outcome', { enum: ['pass', 'fail', 'na'] }).notNull(),
    createdAt: createdAt(),
    decidedAt: text('decided_at'),
  },
  (t) => [index('disputes_call_idx').on(t.callId), index('disputes_status_idx').on(t.status, t.createdAt)],
);

/** A dispute's history: opened, commented, accepted, rejected — who, when, why. */
export const disputeEvents = sqliteTable(
  'dispute_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    disputeId: integer('dispute_id').notNull(),
    actor: text('actor').notNull(),
    action: text('action', { enum: ['opened', 'commented', 'accepted', 'rejected'] }).notNull(),
    body: text('body'),
    createdAt: createdAt(),
  },
  (t) => [index('dispute_events_dispute_idx').on(t.disputeId)],
);

/** One import of a post-call survey CSV. */
export const surveyImports = sqliteTable('survey_imports', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  sourceFile: text('source_file').notNull(),
  /** The satisfaction scale's ends as stated at import, e.g. 1 and 5. */
  scaleMin: real('scale_min').notNull(),
  scaleMax: real('scale_max').notNull(),
  accepted: integer('accepted').notNull(),
  rejected: integer('rejected').notNull(),
  importedBy: text('imported_by').notNull(),
  createdAt: createdAt(),
});

/** A customer's post-call survey answer; one per call (a later import replaces it). */
export const surveys = sqliteTable(
  'surveys',
  {
    callId: text('call_id').primaryKey(),
    importId: integer('import_id').notNull(),
    /** As given, on the import's scale. */
    satisfaction: real('satisfaction').notNull(),
    /** Mapped to 0–1 from the import's scale, so imports on different scales compare. */
    satisfaction01: real('satisfaction_01').notNull(),
    comment: text('comment'),
  },
  (t) => [index('surveys_import_idx').on(t.importId)],
);

/** Survey rows that were refused, with where and why (like ingest_rejects). */
export const surveyRejects = sqliteTable(
  'survey_rejects',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    importId: integer('import_id').notNull(),
    /** 1-based line number in the file (header = line 1). */
    rowNumber: integer('row_number').notNull(),
    callId: text('call_id'),
    field: text('field'),
    reason: text('reason').notNull(),
  },
  (t) => [index('survey_rejects_import_idx').on(t.importId)],
);
