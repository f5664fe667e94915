/**
 * Options every `callqa` command takes — `--log-level`, `--log-file` — applied before the
 * command runs (commander's preAction hook), and the name of the command being run (for the
 * error handler's `callqa <command>:` prefix).
 */
import { Option, type Command } from 'commander';
import { UserInputError } from '../../pipeline/errors.ts';
import { createLogger, isLogLevel, LOG_LEVELS, setRootLogger } from '../../pipeline/log.ts';

interface GlobalFlags {
  logLevel: string;
  logFile?: string;
}

/** Adds the global options to `program`; returns a function giving the command being run, once known. */
export function addGlobalOptions(program: Command): () => string | undefined {
  let running: string | undefined;
  program
    .addOption(new Option('--log-level <level>', `structured log level: ${LOG_LEVELS.join(', ')}`).default('info').env('CALLQA_LOG_LEVEL'))
    .addOption(new Option('--log-file <path>', 'append the structured logs (JSON lines) to this file instead of stderr').env('CALLQA_LOG_FILE'))
    .hook('preAction', (_program, action) => {
      running = commandPath(action);
      const flags = program.opts<GlobalFlags>();
      if (!isLogLevel(flags.logLevel)) throw new UserInputError(`--log-level must be one of ${LOG_LEVELS.join(', ')}, got "${flags.logLevel}"`);
      setRootLogger(createLogger({ level: flags.logLevel, file: flags.logFile }));
    });
  return () => running;
}

/** `models fetch` for the fetch subcommand of models: the names from below the program down to `cmd`. */
function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}
