/**
 * `callqa sentiment [file] --lang zh|en`: scores text with the shipped compact sentiment model,
 * so a center can try it on its own utterances before trusting it in the nightly run.
 *
 * Input: a file, or stdin when no file (or `-`) is given; one utterance per line (UTF-8,
 * `\r\n` accepted). Output: one JSON line per input line, in input order, on stdout:
 *   {"line": 1, "text": …, "label": "negative"|"neutral"|"positive",
 *    "probabilities": {"negative": …, "neutral": …, "positive": …}, "model": …, "version": …}
 * An empty (or blank) line is not scored — a made-up neutral would look like a result — and
 * gets an error line instead: {"line": 3, "error": "empty line"}. Lines are scored in chunks
 * as they arrive, so a long stream does not have to fit in memory.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { loadCompactSentiment } from '../../../models/sentiment.ts';
import { labelOf } from '../../../models/sentiment/scoring.ts';
import { UserInputError } from '../../../pipeline/errors.ts';

const LANGUAGES = ['zh', 'en'];
/** Lines scored per model call: big enough to batch well, small enough to stream. */
const CHUNK_LINES = 512;

interface Flags {
  lang: string;
}

/** Rounded to 6 decimals: enough to compare, short enough to read. */
const r6 = (x: number) => Math.round(x * 1e6) / 1e6;

export default function register(program: Command): void {
  program
    .command('sentiment')
    .description('Score text with the compact sentiment model: one utterance per line in (a file or stdin), one JSON line out per input line.')
    .argument('[file]', 'text file, one utterance per line (default: stdin; "-" also means stdin)')
    .requiredOption('--lang <lang>', `language of the text: ${LANGUAGES.join(' or ')}`)
    .action(async (file: string | undefined, flags: Flags) => {
      if (!LANGUAGES.includes(flags.lang)) throw new UserInputError(`--lang must be ${LANGUAGES.join(' or ')}, got "${flags.lang}"`);
      const fromStdin = file === undefined || file === '-';
      if (!fromStdin && !existsSync(file)) throw new UserInputError(`no such file: ${file}`);
      const model = await loadCompactSentiment();
      const [modelId, version] = model.version.split('@');
      const write = (obj: unknown) => process.stdout.write(JSON.stringify(obj) + '\n');

      let pending: { line: number; text: string }[] = [];
      const flush = async () => {
        const chunk = pending;
        pending = [];
        const scorable = chunk.filter((l) => l.text.trim() !== '');
        const probs = await model.scoreTexts(scorable.map((l) => l.text));
        let k = 0;
        for (const { line, text } of chunk) {
          if (text.trim() === '') {
            write({ line, error: 'empty line' });
            continue;
          }
          const p = probs[k++];
          write({
            line,
            text,
            label: labelOf(p),
            probabilities: { negative: r6(p.negative), neutral: r6(p.neutral), positive: r6(p.positive) },
            model: modelId,
            version,
          });
        }
      };

      try {
        const input = fromStdin ? process.stdin : createReadStream(file, { encoding: 'utf8' });
        let line = 0;
        for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
          pending.push({ line: ++line, text: line === 1 ? raw.replace(/^\uFEFF/, '') : raw });
          if (pending.length >= CHUNK_LINES) await flush();
        }
        await flush();
      } finally {
        await model.close();
      }
    });
}
