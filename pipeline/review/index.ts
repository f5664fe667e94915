/**
 * Entry file of pipeline/review/ (human review, issue 14): what code outside the folder uses.
 * Callers outside import from here (rule stage-entry-files in .dependency-cruiser.cjs).
 */
// Evaluations, the official score, calibration (R2).
export { calibrationReport, OUTCOMES, type CalibrationFilters, type CalibrationReport, type CheckCalibration } from './calibration-report.ts';
export { calibrationXlsx, CALIBRATION_HEADER_ROW } from './calibration-xlsx.ts';
export { createSession, listSessions, MAX_SESSION_CALLS, sessionView, type CalibrationSession, type SessionView } from './calibration-sessions.ts';
export { callScorecard, evaluationById, listEvaluations, saveEvaluation, type CallScorecard, type Evaluation, type EvaluationInput, type EvaluationItemInput } from './evaluations.ts';
export { ReviewInputError } from './evaluations-error.ts';
export { OFFICIAL_SCORE_RULES, officialScore, type OfficialScore, type OfficialScoreRule } from './official-score.ts';
export { MAX_HALF_WIDTH, type Proportion } from './stats/index.ts';
// Calls search, review queue and claims, disputes (R1).
export { correctCheckInTx, type CorrectedScore, type CorrectionRequest, type SameOutcomeRefusal } from './check-correction.ts';
export { completeClaim, claimCall, liveClaim, releaseClaim, type ClaimOutcome } from './claims.ts';
export { decideDispute, getDispute, listDisputes, openDispute, type Dispute, type DisputeEvent, type DisputeStatus } from './disputes.ts';
export { QUEUE_DEFAULTS, QUEUE_REASONS, reviewQueue, type QueueItem, type QueueReason, type QueueSettings, type ReviewQueue } from './queue.ts';
export { writeAudit, type ReviewAuditEntry } from './queue-audit.ts';
export { auditRank, inRandomAudit } from './queue-random.ts';
export { CursorError, searchCalls, type CallSearch, type CallSearchItem, type CallSearchResult, type DisputeStatusFilter, type ReviewStatus, type SearchOrder, type SortKey } from './search.ts';
export { ENDING_BAND, type CustomerEnding } from './search-fragments.ts';
// Customer surveys (R3).
export { importSurveys, MAX_COMMENT_CHARS, SURVEY_COLUMNS, surveyImportById, type StoredSurveyImport, type SurveyImportOptions, type SurveyImportSummary } from './surveys-import.ts';
export { MIN_PAIRS_TO_SAY, spearman, type RankCorrelation } from './surveys-correlation.ts';
export { MAX_COMMENTS, periodOf, surveyReport, type SurveyComment, type SurveyGroup, type SurveyPeriod, type SurveyReport, type SurveyReportFilters } from './surveys-report.ts';
export { formatScale, parseScale, type SurveyScale } from './surveys-scale.ts';
