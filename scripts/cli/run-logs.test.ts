/**
 * The structured logs of a real `callqa run` (child process, real ffmpeg and models, a small
 * test night): at --log-level debug the log file holds JSON lines for the run's start and end,
 * each call's end and each stage it finished, with runId, callId, stage and durationMs; stdout
 * stays pure JSON with --json. At --log-level warn, nothing below warn is written.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestNight, type TestNight } from '../../fixtures/support/pipeline/test-night.ts';
import { jsonLines, runCli } from '../../fixtures/support/cli/run-cli.ts';

let night: TestNight;
let config: string;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'callqa-logs-'));
  night = await makeTestNight(dir, 2);
  config = join(dir, 'config.yaml');
  writeFileSync(config, 'brand: { name: 招商银行信用卡中心, aliases: [China Merchants Bank] }\nsampling: { rate: 1, minPerAgent: 1, maxPerAgent: 100, minDurationS: 0 }\nconcurrency: 1\n');
});

const runArgs = (db: string, logFile: string, level: string) => [
  'run', '--date', night.date, '--recordings', night.recordings, '--manifest', night.manifest, '--roster', night.roster,
  '--db', db, '--config', config, '--json', '--log-level', level, '--log-file', logFile,
];

describe('callqa run logs', { timeout: 300_000 }, () => {
  it('at debug: run start/end, each call done or failed, each stage finished, with runId/callId/stage/durationMs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'callqa-logs-debug-'));
    const logFile = join(dir, 'logs', 'run.jsonl'); // its folder is created
    const r = await runCli(runArgs(join(dir, 'qa.sqlite'), logFile, 'debug'));
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout) as { runId: number; calls: { done: number; failed: number } }; // stdout: the JSON alone
    expect(r.stderr).not.toMatch(/"level"/); // the logs went to the file, not stderr

    const lines = jsonLines(readFileSync(logFile, 'utf8'));
    const runId = summary.runId;
    expect(lines).toContainEqual(expect.objectContaining({ level: 30, runId, msg: `run #${runId} started for ${night.date}` }));
    expect(lines).toContainEqual(expect.objectContaining({ level: 30, runId, status: 'finished', durationMs: expect.any(Number) }));

    const callEnds = lines.filter((l) => l.level === 30 && typeof l.callId === 'string' && (l.status === 'done' || l.status === 'failed' || l.status === 'waiting_asr'));
    const sampled = night.good.length + night.corrupt.length + night.invalidSidecar.length + night.noSidecar.length;
    expect(callEnds).toHaveLength(sampled);
    for (const l of callEnds) expect(l).toMatchObject({ runId, durationMs: expect.any(Number) });
    expect(callEnds.filter((l) => l.status === 'done').map((l) => l.callId).sort()).toEqual([...night.good].sort());
    const corrupt = callEnds.find((l) => l.callId === night.corrupt[0]);
    expect(corrupt).toMatchObject({ status: 'failed', stage: 'audio', reason: expect.any(String) });

    // A good call: every stage it went through, in order, each with its duration.
    const stages = lines.filter((l) => l.level === 20 && l.callId === night.good[0]);
    expect(stages.map((l) => l.stage)).toEqual(['audio', 'vad', 'transcript', 'sentiment', 'score']);
    for (const l of stages) expect(l).toMatchObject({ runId, durationMs: expect.any(Number) });
    // The configuration used is in the log too.
    expect(lines).toContainEqual(expect.objectContaining({ config, from: '--config' }));
  });

  it('at warn: no info or debug line is written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'callqa-logs-warn-'));
    const logFile = join(dir, 'run.jsonl');
    const r = await runCli(runArgs(join(dir, 'qa.sqlite'), logFile, 'warn'));
    expect(r.code, r.stderr).toBe(0);
    JSON.parse(r.stdout);
    const lines = existsSync(logFile) ? jsonLines(readFileSync(logFile, 'utf8')) : [];
    expect(lines.filter((l) => (l.level as number) < 40)).toEqual([]);
  });

  it('refuses an unknown level in one line', async () => {
    const r = await runCli(['users', 'list', '--log-level', 'loud', '--db', join(mkdtempSync(join(tmpdir(), 'callqa-lvl-')), 'q.sqlite')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('callqa users list: --log-level must be one of fatal, error, warn, info, debug, trace, silent, got "loud"');
  });
});
