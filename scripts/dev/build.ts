/**
 * `npm run build`: compiles the product to JavaScript in dist/ (tsconfig.build.json), then makes
 * the build runnable with plain node:
 * - copies the plain-JavaScript worker entries (`*.mjs`, e.g. pipeline/speech/ts-worker-boot.mjs)
 *   next to the compiled pools that start them by a URL relative to themselves;
 * - gives the `bin` (dist/scripts/cli/callqa.js) a `#!/usr/bin/env node` shebang (the source's
 *   shebang runs tsx, a devDependency) and makes it executable;
 * - refuses a build in which a relative `.ts` import survived (it would fail only at run time).
 * Files the product reads at run time stay at the package root (see models/package-root.ts).
 *
 * `--out-dir <dir>` builds into another folder instead of dist/ (the night bench builds a private
 * copy, so it never races another build of dist/); it must lie inside the package root, where
 * models/package-root.ts finds the package's files and node finds node_modules.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { packageRoot } from '../../models/package-root.ts';

const outDirFlag = process.argv.indexOf('--out-dir');
const DIST = outDirFlag >= 0 && process.argv[outDirFlag + 1] ? resolve(process.argv[outDirFlag + 1]) : join(packageRoot, 'dist');
const BIN = join(DIST, 'scripts/cli/callqa.js');
if (relative(packageRoot, DIST).startsWith('..')) throw new Error(`--out-dir ${DIST} is outside the package root ${packageRoot}`);
const SOURCE_FOLDERS = ['pipeline', 'models', 'api', 'scripts'];
const NODE_SHEBANG = '#!/usr/bin/env node';

/** Files under `folder` (recursively) whose name passes `keep`. */
function filesUnder(folder: string, keep: (name: string) => boolean): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && keep(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Relative imports that still name a `.ts`/`.tsx` file, as `file: specifier` lines. */
function leftoverTsImports(dist: string): string[] {
  const specifier = /(?:from\s*|import\s*\(\s*)['"](\.\.?\/[^'"]+\.tsx?)['"]/g;
  return filesUnder(dist, (n) => n.endsWith('.js')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(specifier)].map((m) => `${relative(dist, file)}: ${m[1]}`),
  );
}

function build(): void {
  const started = performance.now();
  rmSync(DIST, { recursive: true, force: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const compiled = spawnSync(process.execPath, [tsc, '-p', join(packageRoot, 'tsconfig.build.json'), '--outDir', DIST], { stdio: 'inherit' });
  if (compiled.status !== 0) throw new Error(`tsc failed (exit ${compiled.status}): the build is incomplete`);

  for (const folder of SOURCE_FOLDERS) {
    for (const file of filesUnder(join(packageRoot, folder), (n) => n.endsWith('.mjs') && !n.includes('.test.'))) {
      const target = join(DIST, relative(packageRoot, file));
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(file, target);
    }
  }

  const bin = readFileSync(BIN, 'utf8');
  writeFileSync(BIN, `${NODE_SHEBANG}\n${bin.startsWith('#!') ? bin.slice(bin.indexOf('\n') + 1) : bin}`);
  chmodSync(BIN, 0o755);

  const leftovers = leftoverTsImports(DIST);
  if (leftovers.length) throw new Error(`relative .ts imports left in the build:\n${leftovers.join('\n')}`);
  console.log(`build: ${relative(packageRoot, DIST)}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

build();
