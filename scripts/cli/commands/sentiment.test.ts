/** `callqa sentiment`, run as a real child process (node + tsx, the shipped ONNX model), fed by stdin and by a file. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCompactSentiment } from '../../../models/sentiment.ts';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const tsxLoader = pathToFileURL(join(repo, 'node_modules/tsx/dist/loader.mjs')).href;

function callqa(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ['--import', tsxLoader, join(repo, 'scripts/cli/callqa.ts'), ...args], { cwd: repo }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
    child.stdin!.end(stdin ?? '');
  });
}

/** stderr without the structured log lines (JSON). */
const humanLines = (stderr: string) => stderr.split('\n').filter((l) => l && !l.startsWith('{'));
const lines = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('callqa sentiment', () => {
  const zh = ['这都第三次了，你们到底能不能解决！', '', '好的，谢谢', '我想查一下上个月的账单'];

  it('reads stdin: one JSON line per input line, the probabilities the model gives, an error line for the empty line', async () => {
    const { code, stdout, stderr } = await callqa(['sentiment', '--lang', 'zh'], zh.join('\n') + '\n');
    expect({ code, stderr: humanLines(stderr) }).toEqual({ code: 0, stderr: [] });
    const out = lines(stdout);
    expect(out).toHaveLength(4);
    expect(out[1]).toEqual({ line: 2, error: 'empty line' });

    const model = await loadCompactSentiment();
    const expected = await model.scoreTexts([zh[0], zh[2], zh[3]]);
    await model.close();
    [0, 2, 3].forEach((i, k) => {
      const o = out[i] as { line: number; text: string; label: string; probabilities: Record<string, number>; model: string; version: string };
      expect({ line: o.line, text: o.text, model: o.model }).toEqual({ line: i + 1, text: zh[i], model: 'callqa-sentiment-compact' });
      expect(`${o.model}@${o.version}`).toBe(model.version);
      for (const c of ['negative', 'neutral', 'positive'] as const) expect(o.probabilities[c]).toBeCloseTo(expected[k][c], 5);
      const best = (['negative', 'neutral', 'positive'] as const).reduce((a, b) => (o.probabilities[b] > o.probabilities[a] ? b : a), 'neutral');
      expect(o.label).toBe(best);
    });
    expect(out[0].label).toBe('negative');
  });

  it('reads a file (CRLF line ends, BOM) and gives the same results as stdin', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'callqa-sentiment-cli-'));
    const en = ['This is the third time I am calling about this!', 'Thanks, that fixed it.'];
    const file = join(dir, 'turns.txt');
    writeFileSync(file, '\uFEFF' + en.join('\r\n') + '\r\n');
    const [viaFile, viaStdin] = await Promise.all([callqa(['sentiment', file, '--lang', 'en']), callqa(['sentiment', '-', '--lang', 'en'], en.join('\n'))]);
    expect({ code: viaFile.code, stderr: humanLines(viaFile.stderr) }).toEqual({ code: 0, stderr: [] });
    expect(lines(viaFile.stdout).map((o) => o.text)).toEqual(en);
    expect(lines(viaFile.stdout)).toEqual(lines(viaStdin.stdout));
  });

  it('refuses an unknown language and a missing file in one line, exit 1', async () => {
    const badLang = await callqa(['sentiment', '--lang', 'fr'], 'bonjour\n');
    expect(badLang.code).toBe(1);
    expect(badLang.stderr).toMatch(/--lang must be zh or en, got "fr"/);
    const missing = await callqa(['sentiment', '/nonexistent/turns.txt', '--lang', 'en']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no such file: \/nonexistent\/turns.txt/);
    expect(missing.stdout).toBe('');
  });
});
