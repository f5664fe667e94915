/**
 * The CLI's one error handler, on the real `callqa` in child processes: a user error is one line
 * and exit 1 (or its own code), with no stack; anything else prints its stack and exits 1.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../pipeline/errors.ts';
import { reportError } from './error-handler.ts';
import { runCli } from '../../fixtures/support/cli/run-cli.ts';

let dir: string;
let db: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'callqa-errors-'));
  db = join(dir, 'qa.sqlite');
  // An empty store with its schema, for the commands below.
  expect((await runCli(['users', 'list', '--db', db])).code).toBe(0);
});

describe('callqa error handler', { timeout: 120_000 }, () => {
  it('a bad config file: one line naming the file and the key, exit 1, no stack', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'sampeling: { rate: 1 }\n');
    const r = await runCli(['rank', '--period', '2026-11', '--db', db, '--config', bad, '--log-level', 'warn']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^callqa rank: ${bad}: sampeling: unknown key \\(did you mean "sampling"\\?\\)`))]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a user error carries its own exit code (a night whose recordings folder is missing: 66)', async () => {
    const r = await runCli(['run', '--date', '2026-11-20', '--recordings', join(dir, 'none'), '--manifest', join(dir, 'm.csv'), '--roster', join(dir, 'r.csv'), '--db', db, '--log-level', 'warn']);
    expect(r.code).toBe(66);
    expect(r.stderr.trim()).toBe(`callqa run: 2026-11-20 not run: recordings folder ${join(dir, 'none')} does not exist; no sample stored`);
  });

  it('an unexpected error (a corrupt SQLite file as --db): the stack is printed, exit 1', async () => {
    const corrupt = join(dir, 'corrupt.sqlite');
    writeFileSync(corrupt, 'this is not a database, but it is long enough to have a header of one'.repeat(20));
    const r = await runCli(['users', 'list', '--db', corrupt, '--log-level', 'warn']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^callqa users list: unexpected error\n/);
    expect(r.stderr).toMatch(/SqliteError: file is not a database/);
    expect(r.stderr).toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // stack frames
  });
});

describe('reportError', () => {
  it('prints the causes of an unexpected error under its stack', () => {
    const root = new Error('disk on fire');
    const report = reportError(new Error('could not write the summary', { cause: root }), 'run');
    expect(report.exitCode).toBe(1);
    expect(report.text).toMatch(/^callqa run: unexpected error\nError: could not write the summary\n\s+at /);
    expect(report.text).toMatch(/\[cause\]: Error: disk on fire\n\s+at /);
  });

  it('prints a user error as one line, without its cause', () => {
    const report = reportError(new ConfigError('a.yaml: bad', { cause: new Error('yaml parser detail') }), 'rank');
    expect(report).toEqual({ text: 'callqa rank: a.yaml: bad\n', exitCode: 1 });
  });
});
