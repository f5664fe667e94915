/** The job queue on Postgres (pg-boss) and its workers: see run-jobs.ts and open-queue.ts. */
export { STAGE_GROUPS, ALL_GROUPS, groupsForStages, groupOfStage, type StageGroup } from './stage-groups.ts';
export { jobKey, jobIdOfKey, type JobPayload } from './job-key.ts';
export { errorKind, isRetryable, describeError, type ErrorKind } from './error-kind.ts';
export { openQueue, queueName, DEFAULT_QUEUE_SETTINGS, type Queue, type QueueOpenOptions, type QueueSettings } from './open-queue.ts';
export { enqueueCalls, type EnqueueRequest } from './enqueue.ts';
export { runJobs, type JobHandler, type JobResult, type QueueJob, type RunJobsOptions, type WorkerSummary } from './run-jobs.ts';
export { aliveWorkers, type AliveWorker } from './worker-registry.ts';
export { readQueueStatus, type QueueStatus, type GroupStatus } from './queue-status.ts';
export { queueStatusOnStore } from './queue-on-store.ts';
export { cudaUnavailableReason, DEVICES, type Device } from './device-check.ts';
export { callPipelineHandler, type CallStages, type CallStagesOutcome, type CallRef } from './call-pipeline-handler.ts';
export { loadCallStages, LEFT_TO_ASR_WORKERS, type CallPipeline, type LoadCallStagesOptions, type LoadedCallStages, type WorkerComponents } from './call-stages.ts';
export { requirePostgresUrl } from './queue-location.ts';
export { nightSettled, waitForNight, type WaitForNightOptions } from './wait-for-night.ts';
export { queueDispatch, type Dispatch, type QueueDispatchOptions } from './queue-night.ts';
