import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { openTestStore, storeKinds } from '../../../fixtures/support/store/stores.ts';
import { agentSays, customerSays, ZH_AGENT } from '../../../fixtures/support/pipeline/test-calls.ts';
import { storeCall } from '../../../fixtures/support/pipeline/test-store.ts';
import register from './rescore.ts';
import { ScorecardError } from '../../../pipeline/scorecard/load.ts';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
// Synchronous on purpose: the test waits for each command; the store it reads is opened again after.
const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'scripts/cli/callqa.ts'), ...args], { cwd: repo, encoding: 'utf8' });

describe.each(storeKinds())('callqa rescore (%s store)', (kind) => {
  it('re-scores a stored night with no audio, then again with an edited scorecard, keeping both versions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'callqa-rescore-'));
    const store = await openTestStore(kind);
    const dbFile = store.url;
    const { sql } = store;
    for (const [callId, surname] of [['n1', '王'], ['n2', '李']]) {
      await storeCall(sql, {
        callId, date: '2026-11-20', agent: ZH_AGENT, resolved: true,
        transcript: { callId, language: 'zh', segments: [
          agentSays(0.5, 4.5, `您好，招商银行信用卡中心，我姓${surname}，很高兴为您服务`),
          customerSays(5, 8, '我想查一下账单'),
          agentSays(8.5, 14, '好的，您本期账单是三千元，请问还有其他可以帮您的吗？感谢您的来电，再见'),
        ] },
      });
    }

    const shipped = join(repo, 'pipeline/scorecards/zh-CN-bank.yaml');
    // Without a configured brand the shipped card ({brand} in its greeting) cannot score: one line, exit 1, nothing stored.
    const noBrand = cli(['rescore', '--scorecard', shipped, '--from', '2026-11-20', '--to', '2026-11-20', '--db', dbFile]);
    expect(noBrand.status).toBe(1);
    expect(noBrand.stderr.trim().split('\n').filter((l) => !l.startsWith('{'))).toEqual([
      expect.stringMatching(/^callqa rescore: no brand configured, but scorecard zh-CN-bank say \{brand\}: set brand\.name/),
    ]);
    expect(await sql.all('SELECT call_id FROM scores')).toHaveLength(0);

    const withBrand = ['--config', join(repo, 'fixtures/demo-config.yaml')];
    const first = cli(['rescore', '--scorecard', shipped, '--from', '2026-11-20', '--to', '2026-11-20', '--db', dbFile, '--json', ...withBrand]);
    expect(first.stderr).not.toMatch(/Error/);
    const s1 = JSON.parse(first.stdout);
    expect(s1).toMatchObject({ scorecardId: 'zh-CN-bank', scored: 2, failures: [] });

    const edited = join(dir, 'zh-edited.yaml');
    writeFileSync(edited, readFileSync(shipped, 'utf8').replace('seconds: 10 }', 'seconds: 8 }'));
    const second = cli(['rescore', '--scorecard', edited, '--from', '2026-11-20', '--to', '2026-11-20', '--db', dbFile, ...withBrand]);
    expect(second.stdout).toMatch(/^Re-scored 2 call\(s\) from 2026-11-20 to 2026-11-20 with zh-CN-bank \(version [0-9a-f]{16}\)/);

    const versions = new Set((await sql.all<{ v: string }>('SELECT scorecard_version AS v FROM scores')).map((r) => r.v));
    expect(versions.size).toBe(2);
    expect(versions.has(s1.scorecardVersion)).toBe(true);
    const greeting = await sql.all<{ call_id: string; outcome: string }>(
      "SELECT call_id, outcome FROM check_results WHERE check_id = 'greeting' AND scorecard_version = ?", [s1.scorecardVersion]);
    expect(Object.fromEntries(greeting.map((r) => [r.call_id, r.outcome]))).toEqual({ n1: 'pass', n2: 'fail' });
    await store.destroy();
  });
});

describe('callqa rescore', () => {

  it('names the file and field of a bad scorecard, and refuses a bad date (in-process)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'callqa-rescore-'));
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'id: x\nname: X\nlanguage: fr\nsections: []\n');
    const errors: string[] = [];
    const program = new Command().exitOverride().configureOutput({ writeErr: (t) => errors.push(t), writeOut: () => {} });
    register(program);
    const run = (args: string[]) => program.parseAsync(['rescore', ...args, '--db', join(dir, 'q.sqlite')], { from: 'user' });
    // A user error: the CLI's error handler (scripts/cli/error-handler.ts) prints its message as one line.
    const refused = run(['--scorecard', bad, '--from', '2026-11-20', '--to', '2026-11-20']);
    await expect(refused).rejects.toBeInstanceOf(ScorecardError);
    await expect(refused).rejects.toMatchObject({ userFacing: true, message: expect.stringMatching(/language: /) });
    await expect(refused).rejects.toThrow(`${bad}: invalid scorecard`);
    await expect(run(['--scorecard', bad, '--from', '20-11-2026', '--to', '2026-11-20'])).rejects.toThrow();
    expect(errors.join('')).toMatch(/--from must be YYYY-MM-DD, got "20-11-2026"/);
  });
});

