/**
 * Writes fixtures/demo/surveys.csv from fixtures/demo/labels.json (see demo-surveys.ts):
 * `npx tsx pipeline/run/demo-review/write-demo-surveys.ts`. The demo-review test checks the
 * committed file is what this writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DEMO_LABELS, DEMO_SURVEYS, demoSurveyCsv } from './demo-surveys.ts';

writeFileSync(DEMO_SURVEYS, demoSurveyCsv(JSON.parse(readFileSync(DEMO_LABELS, 'utf8'))));
console.log(`wrote ${DEMO_SURVEYS}`);
