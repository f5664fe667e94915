import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPackageRoot, packageRoot, packageVersion } from './package-root.ts';

const dir = mkdtempSync(join(tmpdir(), 'callqa-root-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('package root', () => {
  it('is the checkout from the source tree', () => {
    expect(packageRoot).toBe(resolve(import.meta.dirname, '..'));
    expect(packageVersion()).toBe(JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')).version);
  });

  it('is found from deep in the build of an installed package, past other packages and broken manifests', () => {
    // <app>/package.json (the user's) > node_modules/callqa/package.json > dist/models/
    const installed = join(dir, 'app/node_modules/callqa');
    const from = join(installed, 'dist/models');
    mkdirSync(from, { recursive: true });
    writeFileSync(join(dir, 'app/package.json'), JSON.stringify({ name: 'my-center' }));
    writeFileSync(join(installed, 'package.json'), JSON.stringify({ name: 'callqa', version: '9.9.9' }));
    writeFileSync(join(installed, 'dist/package.json'), '{ not json');
    writeFileSync(join(from, 'package.json'), JSON.stringify({ type: 'module' }));
    expect(findPackageRoot(from)).toBe(installed);
  });

  it('says so when no callqa package.json is above', () => {
    const lone = join(dir, 'lone/deep');
    mkdirSync(lone, { recursive: true });
    expect(() => findPackageRoot(lone)).toThrow(/no package.json named "callqa" above/);
  });
});
