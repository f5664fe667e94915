/**
 * The callqa package's root folder: the nearest folder above this file whose package.json is
 * named "callqa". The same answer from the source tree (`models/package-root.ts`, run by tsx or
 * vitest), from the build (`dist/models/package-root.js`) and from an installed package
 * (`node_modules/callqa/dist/...`), so the files the product reads at run time (migrations,
 * scorecards, models/models.json, the compact sentiment model, the demo night) stay at the package
 * root and are found from either. It imports nothing of callqa, so every layer may use it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_NAME = 'callqa';

/** Walks up from `start` (a folder) to the first folder holding a package.json named `name`. */
export function findPackageRoot(start: string, name = PACKAGE_NAME): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && readPackageName(manifest) === name) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json named "${name}" above ${start}`);
  }
}

function readPackageName(manifest: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name;
  } catch {
    return undefined; // an unreadable or broken package.json is not ours: keep walking up
  }
}

/** Absolute path of the callqa package root (the repository root when run from a checkout). */
export const packageRoot = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

/** The package's version, from its package.json. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
}
