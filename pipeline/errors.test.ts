/**
 * The error hierarchy: the product's errors are CallqaErrors with a stable code, say whether
 * they are the user's to fix, carry their exit code and keep their cause.
 */
import { describe, expect, it } from 'vitest';
import { DecodeTimeoutError } from './audio/deadline.ts';
import { FfmpegUnavailableError } from './audio/binaries.ts';
import { ConfigError, loadConfig } from './config.ts';
import { CallqaError, EXIT_CODE, isUserError, StageError, UserInputError } from './errors.ts';
import { CsvFileError } from './ingest/csv-file-error.ts';
import { PeriodError } from './rank/period.ts';
import { LeaseHeldError, RunAbortedError } from './run/lease.ts';
import { NightInputError } from './run/night-inputs.ts';
import { StageTimeoutError } from './run/watchdog.ts';
import { ScorecardError } from './scorecard/load.ts';
import { AsrWorkerCrashedError } from './speech/asr-pool.ts';

describe('error hierarchy', () => {
  it('user errors are user-facing CallqaErrors with their own code and exit code', () => {
    const cases: [UserInputError, string, number][] = [
      [new ConfigError('x.yaml: bad'), 'config_invalid', 1],
      [new CsvFileError('m.csv', 'not UTF-8', 3), 'csv_file_refused', 1],
      [new NightInputError('no valid row'), 'night_inputs_refused', EXIT_CODE.badInput],
      [new ScorecardError('s.yaml', ['checks: required']), 'scorecard_invalid', 1],
      [new PeriodError('2026-13', 'no such month'), 'period_invalid', 1],
    ];
    for (const [err, code, exitCode] of cases) {
      expect(err).toBeInstanceOf(UserInputError);
      expect(err).toBeInstanceOf(CallqaError);
      expect(isUserError(err)).toBe(true);
      expect([err.code, err.exitCode]).toEqual([code, exitCode]);
      // The class's own name shows in logs and stacks.
      expect(err.name).toBe(err.constructor.name);
    }
  });

  it('run refusals carry the exit codes of `callqa run`', () => {
    const lease = { date: '2026-11-20', runId: 7, holder: '1@h', heartbeatAt: new Date().toISOString(), expiresAt: '', runStartedAt: null };
    expect(new LeaseHeldError(lease)).toMatchObject({ code: 'date_busy', userFacing: true, exitCode: 75 });
    expect(new RunAbortedError('stopped', 'SIGINT').exitCode).toBe(130);
    expect(new RunAbortedError('stopped', 'SIGTERM').exitCode).toBe(143);
  });

  it('faults that are not the user\'s are CallqaErrors but not user-facing', () => {
    for (const err of [
      new DecodeTimeoutError('ffmpeg', 4, 'a.wav'),
      new StageTimeoutError('vad', 60, 'timer'),
      new StageError('audio', 'unreadable', 'detail'),
      new FfmpegUnavailableError('/no/ffmpeg', new Error('spawn ENOENT')),
      new AsrWorkerCrashedError('c1#0', new Error('worker exited')),
    ]) {
      expect(err).toBeInstanceOf(CallqaError);
      expect(isUserError(err)).toBe(false);
    }
    expect(isUserError(new Error('plain'))).toBe(false);
  });

  it('keeps the cause (ES2022) through the layers', () => {
    const root = new Error('disk on fire');
    const asr = new AsrWorkerCrashedError('c1#0', root);
    expect(asr.cause).toBe(root);
    expect(asr.code).toBe('asr_worker_crashed');
    const stage = new StageError('transcript', asr.code, asr.message, { cause: asr });
    expect(stage.cause).toBe(asr);
    expect(stage.message).toBe(`transcript: asr_worker_crashed (${asr.message})`);
  });

  it('a config file that cannot be read is a ConfigError whose cause is the file system error', () => {
    let thrown: unknown;
    try {
      loadConfig('/nonexistent/callqa.yaml');
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).cause).toMatchObject({ code: 'ENOENT' });
  });
});
