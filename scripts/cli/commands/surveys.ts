/**
 * `callqa surveys import FILE --scale 1-5 [--encoding gb18030] [--db FILE|URL] [--by NAME] [--json]`:
 * imports a post-call survey CSV (header `call_id,satisfaction[,comment]`). Bad rows are
 * refused with file, line, field and reason — printed and stored — and the good rows go in; a
 * call answered before gets the new answer. A file refused as a whole stores nothing (exit 1, one line).
 */
import type { Command } from 'commander';
import { userInfo } from 'node:os';
import { formatReject, INPUT_ENCODINGS, type InputEncoding } from '../../../pipeline/ingest/index.ts';
import { importSurveys, parseScale, type SurveyImportSummary } from '../../../pipeline/review/index.ts';
import { DB_OPTION_HELP, openCommandStore } from '../locations.ts';

interface ImportFlags {
  scale: string;
  encoding: string;
  db?: string;
  by?: string;
  json?: boolean;
}

/** Refused rows printed before "… and N more" (all of them are stored, and in --json). */
const PRINTED_REJECTS = 20;

export default function register(program: Command): void {
  const surveys = program.command('surveys').description('Customer post-call surveys.');
  surveys
    .command('import <file>')
    .description('Import a survey CSV (call_id,satisfaction[,comment]); a later import replaces a call’s answer.')
    .requiredOption('--scale <min-max>', 'the satisfaction scale of the file, e.g. 1-5 or 0-10')
    .option('--encoding <name>', `text encoding when the file has no byte-order mark: ${INPUT_ENCODINGS.join(' | ')}`, 'utf-8')
    .option('--db <location>', DB_OPTION_HELP)
    .option('--by <name>', 'who imports, for the audit log (default cli:<your login>)')
    .option('--json', 'print the summary as JSON')
    .action(async (file: string, flags: ImportFlags) => {
      if (!(INPUT_ENCODINGS as readonly string[]).includes(flags.encoding)) {
        program.error(`callqa surveys import: --encoding must be one of ${INPUT_ENCODINGS.join(', ')}, got "${flags.encoding}"`);
      }
      const scale = parseScale(flags.scale, '--scale');
      const store = await openCommandStore(flags.db);
      try {
        const summary = await importSurveys(store.sql, file, {
          scale, encoding: flags.encoding as InputEncoding, importedBy: flags.by ?? `cli:${userInfo().username}`,
        });
        console.log(flags.json ? JSON.stringify(summary) : formatImport(summary));
      } finally {
        await store.close();
      }
    });
}

export function formatImport(s: SurveyImportSummary): string {
  const lines = [`Survey import #${s.importId} from ${s.sourceFile} (scale ${s.scale}): ${s.accepted} accepted (${s.replaced} replacing an earlier answer), ${s.rejected} rejected.`];
  for (const r of s.rejects.slice(0, PRINTED_REJECTS)) lines.push(`  ${formatReject(r)}`);
  if (s.rejects.length > PRINTED_REJECTS) lines.push(`  … and ${s.rejects.length - PRINTED_REJECTS} more (table survey_rejects, or --json)`);
  return lines.join('\n');
}
