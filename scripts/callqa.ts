#!/usr/bin/env -S npx tsx
/**
 * The `callqa` command line. Each subcommand lives in scripts/commands/<name>.ts and
 * default-exports `register(program)`, so adding a command never touches this file.
 */
import { Command } from 'commander';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type RegisterCommand = (program: Command) => void;

const program = new Command('callqa')
  .description('Self-hosted call-quality pipeline: transcribe, check scripts, score and rank agents.')
  .showHelpAfterError();

const dir = join(dirname(fileURLToPath(import.meta.url)), 'commands');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort()) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: RegisterCommand };
  mod.default(program);
}

await program.parseAsync(process.argv);
