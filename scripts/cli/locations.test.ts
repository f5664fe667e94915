/**
 * Where commands find their configuration and database: --config, else $CALLQA_CONFIG, else
 * ./callqa.yaml; --db, else $CALLQA_DB, else the default. The rule itself (pure), then the real
 * `callqa` in child processes, run from a user's folder.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DB, locateConfig, locateDb } from './locations.ts';
import { jsonLines, runCli } from '../../fixtures/support/cli/run-cli.ts';

describe('locateConfig / locateDb', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'callqa-cwd-'));
  const empty = mkdtempSync(join(tmpdir(), 'callqa-empty-'));
  writeFileSync(join(cwd, 'callqa.yaml'), 'concurrency: 1\n');

  it('config: --config wins, then CALLQA_CONFIG, then ./callqa.yaml, else none', () => {
    const env = { CALLQA_CONFIG: '/etc/callqa.yaml' };
    expect(locateConfig('/my.yaml', env, cwd)).toEqual({ file: '/my.yaml', from: '--config' });
    expect(locateConfig(undefined, env, cwd)).toEqual({ file: '/etc/callqa.yaml', from: 'CALLQA_CONFIG' });
    expect(locateConfig(undefined, {}, cwd)).toEqual({ file: join(cwd, 'callqa.yaml'), from: './callqa.yaml' });
    expect(locateConfig(undefined, {}, empty)).toEqual({ from: 'default' });
  });

  it('db: --db wins, then CALLQA_DB, then the default', () => {
    expect(locateDb('/a.sqlite', { CALLQA_DB: '/b.sqlite' })).toEqual({ file: '/a.sqlite', from: '--db' });
    expect(locateDb(undefined, { CALLQA_DB: '/b.sqlite' })).toEqual({ file: '/b.sqlite', from: 'CALLQA_DB' });
    expect(locateDb(undefined, {})).toEqual({ file: DEFAULT_DB, from: 'default' });
  });

  it("db: the config file's db comes after --db and CALLQA_DB; a path in it is relative to the config's folder, a URL is kept", () => {
    const config = (db: string) => ({ db, baseDir: '/etc/callqa' });
    expect(locateDb(undefined, {}, DEFAULT_DB, config('store/qa.sqlite'))).toEqual({ file: '/etc/callqa/store/qa.sqlite', from: 'config db' });
    expect(locateDb(undefined, {}, DEFAULT_DB, config('postgres://qa:pw@db.local/callqa'))).toEqual({ file: 'postgres://qa:pw@db.local/callqa', from: 'config db' });
    expect(locateDb(undefined, { CALLQA_DB: '/b.sqlite' }, DEFAULT_DB, config('x.sqlite'))).toEqual({ file: '/b.sqlite', from: 'CALLQA_DB' });
    expect(locateDb('/a.sqlite', {}, DEFAULT_DB, config('x.sqlite'))).toEqual({ file: '/a.sqlite', from: '--db' });
    expect(locateDb(undefined, {}, DEFAULT_DB, { baseDir: '/etc/callqa' })).toEqual({ file: DEFAULT_DB, from: 'default' });
  });
});

describe('callqa finds its configuration and database', { timeout: 180_000 }, () => {
  let home: string;
  let db: string;
  const noEnv = { CALLQA_CONFIG: undefined, CALLQA_DB: undefined };
  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'callqa-home-'));
    db = join(home, 'from-env.sqlite');
    // CALLQA_DB: the store is created where the variable says, with no --db.
    const made = await runCli(['users', 'list', '--log-level', 'info'], { cwd: home, env: { ...noEnv, CALLQA_DB: db } });
    expect(made.code, made.stderr).toBe(0);
    expect(jsonLines(made.stderr)).toContainEqual(expect.objectContaining({ level: 30, db, from: 'CALLQA_DB' }));
  });

  it('CALLQA_DB creates and uses the store there', () => {
    expect(existsSync(db)).toBe(true);
  });

  it('./callqa.yaml in the current folder is used, and says so at info; CALLQA_CONFIG wins over it, --config over both', async () => {
    writeFileSync(join(home, 'callqa.yaml'), 'ranking: { minCalls: 1 }\n');
    writeFileSync(join(home, 'env.yaml'), 'ranking: { minCalls: 2 }\n');
    writeFileSync(join(home, 'flag.yaml'), 'ranking: { minCalls: 3 }\n');
    const rank = (extra: string[], env: Record<string, string | undefined>) =>
      runCli(['rank', '--period', '2026-11', '--json', '--log-level', 'info', ...extra], { cwd: home, env: { ...noEnv, CALLQA_DB: db, ...env } });

    const inCwd = await rank([], {});
    expect(inCwd.code, inCwd.stderr).toBe(0);
    expect(jsonLines(inCwd.stderr)).toContainEqual(expect.objectContaining({ config: join(home, 'callqa.yaml'), from: './callqa.yaml' }));
    // The file really is the one read: its ranking.minCalls is the ranking's.
    expect(JSON.parse(inCwd.stdout).options.minCalls).toBe(1);

    const fromEnv = await rank([], { CALLQA_CONFIG: join(home, 'env.yaml') });
    expect(JSON.parse(fromEnv.stdout).options.minCalls).toBe(2);
    expect(jsonLines(fromEnv.stderr)).toContainEqual(expect.objectContaining({ from: 'CALLQA_CONFIG' }));

    const fromFlag = await rank(['--config', join(home, 'flag.yaml')], { CALLQA_CONFIG: join(home, 'env.yaml') });
    expect(JSON.parse(fromFlag.stdout).options.minCalls).toBe(3);
  });

  it("a config file's db names the store when neither --db nor CALLQA_DB does", async () => {
    const site = mkdtempSync(join(tmpdir(), 'callqa-site-'));
    writeFileSync(join(site, 'site.yaml'), 'db: stores/from-config.sqlite\n');
    const r = await runCli(['rank', '--period', '2026-11', '--json', '--log-level', 'info', '--config', join(site, 'site.yaml')], { cwd: home, env: noEnv });
    // rank needs an existing store: none there yet, and the message names the config's file.
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(join(site, 'stores/from-config.sqlite'));
    const made = await runCli(['users', 'list', '--log-level', 'info'], { cwd: site, env: { ...noEnv, CALLQA_CONFIG: join(site, 'site.yaml') } });
    expect(made.code, made.stderr).toBe(0);
    expect(existsSync(join(site, 'stores/from-config.sqlite'))).toBe(true);
    expect(jsonLines(made.stderr)).toContainEqual(expect.objectContaining({ db: join(site, 'stores/from-config.sqlite'), from: 'config db' }));
  });

  it('with no config anywhere, says the defaults apply', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'callqa-bare-'));
    const r = await runCli(['rank', '--period', '2026-11', '--json', '--log-level', 'info', '--db', db], { cwd: bare, env: noEnv });
    expect(r.code, r.stderr).toBe(0);
    expect(jsonLines(r.stderr)).toContainEqual(expect.objectContaining({ config: null, msg: expect.stringContaining('the defaults apply') }));
  });
});
