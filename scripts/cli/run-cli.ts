/**
 * Test support for the CLI's own tests: runs `callqa` from the source tree in a child process
 * (node + tsx), in any folder and with any environment, and collects what it printed.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../../pipeline/config.ts';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

// By absolute URL, so that the child can run in a folder with no node_modules (a user's cwd).
const tsxLoader = pathToFileURL(join(repoRoot, 'node_modules/tsx/dist/loader.mjs')).href;
const entry = join(repoRoot, 'scripts/callqa.ts');

/** `env` is added to this process's environment; a value of undefined removes the variable. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}): Promise<CliResult> {
  const env = { ...process.env, ...options.env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', tsxLoader, entry, ...args], { cwd: options.cwd ?? repoRoot, env, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** The structured log lines (JSON objects) in a text, skipping lines meant for humans. */
export function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
