#!/usr/bin/env -S npx tsx
/**
 * The `callqa` command line. Each subcommand lives in scripts/cli/commands/<name>.ts and
 * default-exports `register(program)`, so adding a command never touches this file.
 *
 * Runs from the source tree (`npx tsx scripts/cli/callqa.ts`) and from the build
 * (`dist/scripts/cli/callqa.js`, the package's `bin`, plain node: the build rewrites the shebang),
 * so commands are found as `.ts` or as compiled `.js` files, whichever sit beside this one.
 */
import { Command } from 'commander';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { packageVersion } from '../../models/package-root.ts';
import { reportError } from './error-handler.ts';
import { addGlobalOptions } from './global-options.ts';

export type RegisterCommand = (program: Command) => void;

/** Command modules in `dir`: `.ts` from source, `.js` from the build; never tests or type declarations. */
function commandFiles(files: string[]): string[] {
  return files.filter((f) => /\.(ts|js)$/.test(f) && !/\.test\.(ts|js)$/.test(f) && !f.endsWith('.d.ts')).sort();
}

const program = new Command('callqa')
  .description('Self-hosted call-quality pipeline: transcribe, check scripts, score and rank agents.')
  .version(packageVersion(), '-V, --version', 'print the version of callqa')
  .showHelpAfterError();

const runningCommand = addGlobalOptions(program);

const dir = join(dirname(fileURLToPath(import.meta.url)), 'commands');
for (const file of commandFiles(readdirSync(dir))) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: RegisterCommand };
  mod.default(program);
}

try {
  await program.parseAsync(process.argv);
} catch (err) {
  const report = reportError(err, runningCommand());
  process.stderr.write(report.text);
  process.exitCode = report.exitCode;
}
