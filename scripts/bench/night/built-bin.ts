/**
 * The night bench runs what a user runs: the built `callqa` bin under plain node (the package's
 * `bin`, dist/scripts/cli/callqa.js), not the source through tsx. From source the run's process
 * tree also holds tsx's wrapper process and its esbuild service, and every thread (main and each
 * VAD worker) loads tsx's compiler hooks; none of that is in the product, so it must not be in
 * `night.peak_rss_mb` or the CPU figures.
 *
 * The bench builds a private copy (`npm run build -- --out-dir`) into a fresh folder under .bench/
 * inside the package root (where the build finds the package's files and node_modules), so it
 * never races another build of dist/, and always runs the code of the working tree.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../../pipeline/config.ts';

export interface BuiltBin {
  /** The built bin, run as `node <bin> ...`. */
  bin: string;
  /** Removes the private build. */
  remove(): void;
}

export function buildBinForBench(): BuiltBin {
  const parent = join(repoRoot, '.bench');
  mkdirSync(parent, { recursive: true });
  const folder = mkdtempSync(join(parent, 'night-build-'));
  const dist = join(folder, 'dist');
  const built = spawnSync(join(repoRoot, 'node_modules/.bin/tsx'), ['scripts/dev/build.ts', '--out-dir', dist], { cwd: repoRoot, encoding: 'utf8' });
  if (built.status !== 0) {
    rmSync(folder, { recursive: true, force: true });
    throw new Error(`night bench: the build failed (exit ${built.status}):\n${built.stdout}${built.stderr}`);
  }
  return { bin: join(dist, 'scripts/cli/callqa.js'), remove: () => rmSync(folder, { recursive: true, force: true }) };
}
