/** One file-naming convention: source files are kebab-case (README "Layout"). */
import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';
import { expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

it('every source file name is kebab-case', () => {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'pipeline', 'models', 'api', 'scripts', 'fixtures'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((f) => /\.(ts|tsx|mjs|cjs|js)$/.test(f));
  expect(files.length).toBeGreaterThan(100);
  const stem = (f: string) => basename(f).replace(/(\.(test|browser|crash))*\.(ts|tsx|mjs|cjs|js)$/, '');
  expect(files.filter((f) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(stem(f)))).toEqual([]);
});
