/**
 * The worker entry picks the task module a pool named: its `.ts` source through tsx when the
 * source is there (checkout, tests), else the compiled `.js` beside it with plain node (dist/,
 * an installed package, where tsx is not installed).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module (it runs before any TypeScript loader), no types
import { resolveTaskModule } from './ts-worker-boot.mjs';

const dir = mkdtempSync(join(tmpdir(), 'callqa-boot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const url = (name: string) => pathToFileURL(join(dir, name)).href;

describe('resolveTaskModule', () => {
  it('loads a .ts task that exists through tsx (the source tree)', () => {
    writeFileSync(join(dir, 'src-worker.ts'), 'export default () => 1;\n');
    writeFileSync(join(dir, 'src-worker.js'), 'export default () => 1;\n');
    expect(resolveTaskModule(url('src-worker.ts'))).toEqual({ href: url('src-worker.ts'), needsTsx: true });
  });

  it('loads the compiled .js beside a .ts task the build does not ship, without tsx', () => {
    writeFileSync(join(dir, 'built-worker.js'), 'export default () => 1;\n');
    expect(resolveTaskModule(url('built-worker.ts'))).toEqual({ href: url('built-worker.js'), needsTsx: false });
  });

  it('loads a .js task as it is', () => {
    expect(resolveTaskModule(url('built-worker.js'))).toEqual({ href: url('built-worker.js'), needsTsx: false });
  });

  it('names both files when neither exists', () => {
    expect(() => resolveTaskModule(url('gone-worker.ts'))).toThrow(/gone-worker\.ts \(nor its compiled .*gone-worker\.js\)/);
  });
});
