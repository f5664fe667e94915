/**
 * `npm run bench`: runs every other benchmark in scripts/bench/ and prints one JSON object per line,
 * `{"name": …, "value": …, "unit": …}` (extra keys describe the setup), after a first line
 * `{"name": "machine", …}` with the core count and load average at the start. Pass names to run a subset:
 * `npm run bench -- ingest decode`.
 */
import { readdirSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Benchmark } from './types.ts';

const dir = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'types.ts' && f !== 'main.ts' && !f.endsWith('.test.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

// First line: the machine and how busy it was, so every figure below can be read against them.
console.log(JSON.stringify({
  name: 'machine', cores: availableParallelism(), cpuModel: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30),
  loadAverage: loadavg().map((x) => Math.round(x * 100) / 100), node: process.version, startedAt: new Date().toISOString(), benchmarks: files,
}));

let failed = 0;
for (const file of files) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: Benchmark };
  try {
    for await (const result of mod.default()) console.log(JSON.stringify(result));
  } catch (err) {
    failed++;
    console.error(`bench ${file} failed: ${(err as Error).stack ?? err}`);
  }
}
process.exit(failed ? 1 : 0);
