/** `callqa --version` prints the package's version (package.json), the way a user checks what runs. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../pipeline/config.ts';

const run = promisify(execFile);
const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };

describe('callqa --version', () => {
  it.each(['--version', '-V'])('%s prints the version in package.json and exits 0', async (flag) => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/cli/callqa.ts', flag], { cwd: repoRoot, timeout: 60_000 });
    expect(stdout.trim()).toBe(version);
  }, 90_000);
});
