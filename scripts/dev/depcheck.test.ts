/**
 * The dependency rules (.dependency-cruiser.cjs, `npm run depcheck`) bite: a throwaway tree with
 * one upward import per rule fails each rule, the allowed directions pass, and the real tree is clean.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';

const root = new URL('../../', import.meta.url).pathname;
const config = createRequire(import.meta.url)(join(root, '.dependency-cruiser.cjs')) as {
  forbidden: IForbiddenRuleType[];
};

async function violations(baseDir: string, dirs: string[]): Promise<{ rule: string; from: string; to: string }[]> {
  const out = await cruise(dirs, {
    baseDir,
    validate: true,
    ruleSet: { forbidden: config.forbidden },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^node_modules', '^dist/', '^models/hub/'] },
  }, { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] });
  const result = out.output as ICruiseResult;
  return result.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
}

describe('dependency rules', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'callqa-depcheck-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(tmp, path)), { recursive: true });
    writeFileSync(join(tmp, path), text);
  };

  it('each rule fails an import that points the wrong way, and lets the right way pass', async () => {
    write('pipeline/types.ts', 'export type Speaker = "agent";\n');
    write('pipeline/speech/segments.ts', 'export const segments = 1;\n');
    write('pipeline/speech/index.ts', "export { segments } from './segments.ts';\n");
    write('pipeline/run/components.ts', "import { segments } from '../speech/index.ts';\nexport const components = segments;\n");
    // models/ → pipeline/ (upward); models/ → pipeline/types.ts is the one allowed edge.
    write('models/vad.ts', "import type { Speaker } from '../pipeline/types.ts';\nimport { segments } from '../pipeline/speech/segments.ts';\nexport const s: Speaker = 'agent';\nexport const v = segments;\n");
    // A cycle between two stage files.
    write('pipeline/checks/a.ts', "import { b } from './b.ts';\nexport const a = () => b;\n");
    write('pipeline/checks/b.ts', "import { a } from './a.ts';\nexport const b = () => a;\n");
    // A stage reaching the orchestrator, the API and the scripts.
    write('pipeline/speech/stages.ts', "import { components } from '../run/components.ts';\nimport { app } from '../../api/app.ts';\nimport { cli } from '../../scripts/cli/callqa.ts';\nexport const x = [components, app, cli];\n");
    // The scorecard format reaching into checks.
    write('pipeline/scorecard/load.ts', "import { a } from '../checks/a.ts';\nexport const load = a;\n");
    // Product code importing test support; a test doing the same is fine.
    write('fixtures/support/harness.ts', 'export const harness = 1;\n');
    write('api/app.ts', "import { harness } from '../fixtures/support/harness.ts';\nexport const app = harness;\n");
    write('api/app.test.ts', "import { harness } from '../fixtures/support/harness.ts';\nexport const t = harness;\n");
    write('scripts/cli/callqa.ts', "import { t } from '../../api/app.test.ts';\nexport const cli = t;\n");

    // Past a stage folder's entry file: from another stage, from the API; through index.ts, from a
    // sibling inside the folder, and from a test, it is fine.
    write('pipeline/checks/deep.ts', "import { segments } from '../speech/segments.ts';\nexport const d = segments;\n");
    write('api/deep.ts', "import { segments } from '../pipeline/speech/segments.ts';\nexport const d = segments;\n");
    write('api/entry.ts', "import { segments } from '../pipeline/speech/index.ts';\nexport const e = segments;\n");
    write('api/deep.test.ts', "import { segments } from '../pipeline/speech/segments.ts';\nexport const t = segments;\n");
    write('pipeline/speech/inner.ts', "import { segments } from './segments.ts';\nexport const i = segments;\n");

    const found = await violations(tmp, ['pipeline', 'models', 'api', 'scripts', 'fixtures']);
    const has = (rule: string, from: string, to: string) => found.some((v) => v.rule === rule && v.from === from && v.to === to);

    expect(has('models-are-engines', 'models/vad.ts', 'pipeline/speech/segments.ts')).toBe(true);
    expect(found.some((v) => v.from === 'models/vad.ts' && v.to === 'pipeline/types.ts')).toBe(false);
    expect(found.some((v) => v.rule === 'no-circular' && v.from.startsWith('pipeline/checks/'))).toBe(true);
    expect(has('stages-below-run', 'pipeline/speech/stages.ts', 'pipeline/run/components.ts')).toBe(true);
    expect(has('pipeline-below-api-and-scripts', 'pipeline/speech/stages.ts', 'api/app.ts')).toBe(true);
    expect(has('pipeline-below-api-and-scripts', 'pipeline/speech/stages.ts', 'scripts/cli/callqa.ts')).toBe(true);
    expect(has('scorecard-below-checks', 'pipeline/scorecard/load.ts', 'pipeline/checks/a.ts')).toBe(true);
    expect(has('no-test-support-in-source', 'api/app.ts', 'fixtures/support/harness.ts')).toBe(true);
    expect(has('no-test-support-in-source', 'scripts/cli/callqa.ts', 'api/app.test.ts')).toBe(true);
    expect(has('stage-entry-files', 'pipeline/checks/deep.ts', 'pipeline/speech/segments.ts')).toBe(true);
    expect(has('stage-entry-files', 'api/deep.ts', 'pipeline/speech/segments.ts')).toBe(true);
    expect(has('stage-entry-files', 'models/vad.ts', 'pipeline/speech/segments.ts')).toBe(true);
    expect(found.some((v) => ['api/entry.ts', 'api/deep.test.ts', 'pipeline/speech/inner.ts'].includes(v.from))).toBe(false);
    expect(found.some((v) => v.from === 'api/app.test.ts')).toBe(false);
    expect(found.some((v) => v.from === 'pipeline/run/components.ts')).toBe(false);
  });

  it('the real tree follows every rule', async () => {
    expect(await violations(root, ['pipeline', 'models', 'api', 'scripts', 'fixtures'])).toEqual([]);
  });
});
