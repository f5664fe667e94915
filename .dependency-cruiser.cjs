/**
 * Dependency directions of the house (README "Layout"), checked by `npm run depcheck` in CI.
 * Data flows one way: models/ (engines) ← pipeline/ stages ← pipeline/run (orchestrator) ← api/,
 * scripts/. Test files (`*.test.ts`) may reach across for their set-up; product source may not
 * reach test support (fixtures/ code and tests).
 */
const TEST = '\\.test\\.tsx?$';
/**
 * Developer tools: benchmarks, fixture and training-set makers, evaluations. Like tests they may
 * use test support (generated nights, stores, calls); the product (CLI, API, pipeline) may not.
 */
const DEV_TOOLS = [
  '^scripts/(bench|fixtures|eval|training|dev)/',
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Source files import each other in one direction only (tests excluded).',
      from: { pathNot: TEST },
      to: { circular: true },
    },
    {
      name: 'models-are-engines',
      severity: 'error',
      comment:
        'models/ knows nothing of the pipeline, the API, the scripts or fixtures. The one exception is ' +
        'pipeline/types.ts, the shared domain types (a leaf: it imports nothing).',
      from: { path: '^models/', pathNot: TEST },
      to: { path: '^(pipeline|api|scripts|fixtures)/', pathNot: '^pipeline/types\\.ts$' },
    },
    {
      name: 'types-is-a-leaf',
      severity: 'error',
      comment: 'pipeline/types.ts is the shared vocabulary: it imports no project module.',
      from: { path: '^pipeline/types\\.ts$' },
      to: { path: '^(pipeline|models|api|scripts|fixtures)/' },
    },
    {
      name: 'pipeline-below-api-and-scripts',
      severity: 'error',
      comment: 'pipeline/ never imports api/ or scripts/ (they call the pipeline, not the reverse).',
      from: { path: '^pipeline/', pathNot: TEST },
      to: { path: '^(api|scripts)/' },
    },
    {
      name: 'stages-below-run',
      severity: 'error',
      comment: 'Pipeline stages never import the orchestrator (pipeline/run/); it imports them.',
      from: { path: '^pipeline/(?!run/)', pathNot: TEST },
      to: { path: '^pipeline/run/' },
    },
    {
      name: 'scorecard-below-checks',
      severity: 'error',
      comment: 'The scorecard format (pipeline/scorecard/) is what checks implement: checks import it, never the reverse.',
      from: { path: '^pipeline/scorecard/', pathNot: TEST },
      to: { path: '^pipeline/checks/' },
    },
    {
      name: 'stage-entry-files',
      comment:
        'Each stage folder pipeline/X/ has one entry file, index.ts, re-exporting what callers use: source ' +
        'outside the folder imports only that (its inner files can move without touching callers). Files ' +
        'inside the folder import each other directly (never their own index.ts: that makes cycles).',
      severity: 'error',
      from: { path: '^pipeline/([^/]+)/', pathNot: TEST },
      to: { path: '^pipeline/[^/]+/', pathNot: ['^pipeline/$1/', '^pipeline/[^/]+/index\\.ts$'] },
    },
    {
      name: 'stage-entry-files',
      comment: 'The same for the API, the scripts and the engines: pipeline/X/ through pipeline/X/index.ts only.',
      severity: 'error',
      from: { path: '^(api|scripts|models)/', pathNot: TEST },
      to: { path: '^pipeline/[^/]+/', pathNot: '^pipeline/[^/]+/index\\.ts$' },
    },
    {
      name: 'no-test-support-in-source',
      severity: 'error',
      comment:
        'Product and tool source never imports test support: test files or the code under fixtures/ ' +
        '(fixtures/support/ helpers). Only tests, fixtures/ itself and developer tools may.',
      from: { pathNot: [TEST, '^fixtures/', ...DEV_TOOLS] },
      to: { path: [TEST, '^fixtures/.*\\.tsx?$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^node_modules', '^dist/', '^models/hub/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
