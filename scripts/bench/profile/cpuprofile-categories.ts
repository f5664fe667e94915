/**
 * Self time of a V8 `.cpuprofile` grouped into what an API request pays for (SQLite statements,
 * socket writes, node's HTTP parser, hono, the node-server adapter, undici objects, the request
 * log, zod, crypto, JSON, GC, app code), in ms per request; module loading at start-up and idle
 * time are listed apart and left out of the busy total. For scripts/bench/PROFILE.md (issue 15).
 *
 *   npx tsx scripts/bench/profile/cpuprofile-categories.ts <file.cpuprofile> REQUESTS
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const STARTUP = /modules\/(esm|cjs)|tsx\/dist|source_map|cjs-module-lexer|compileSourceTextModule|wrapSafe|realpath|internalModuleStat|readFileUtf8|waitForWorker|makeSyncRequest|makeAsyncRequest|receiveMessageOnPort|postMessage|bootstrap|exceljs|pinyin|esbuild/;

/** The category of a sampled function. */
export function categoryOf({ functionName: f, url: u }: ProfileNode['callFrame']): string {
  if (f === '(idle)') return 'idle';
  if (f === '(garbage collector)') return 'gc';
  if (STARTUP.test(`${u} ${f}`)) return 'start-up (module loading)';
  if (/pipeline\/db\/sql\.ts/.test(u) && /^(all|get|run)$/.test(f)) return 'sqlite statements';
  if (/writev|writeString|writeBuffer|stream_base_commons|utf8Write/.test(`${f} ${u}`)) return 'socket writes';
  if (/_http_|http_common|parserOn|_addHeaderLine|HTTPParser/.test(`${u} ${f}`)) return 'node http';
  if (/@hono\/node-server/.test(u)) return 'hono node-server adapter';
  if (/undici/.test(u)) return 'undici Request/Headers';
  if (/node_modules\/hono\//.test(u)) return 'hono';
  if (/pino|sonic-boom/.test(u)) return 'request log (pino)';
  if (/zod/.test(u)) return 'zod';
  if (/crypto|randomFill|Hash|getRandomValues|randomUUID/.test(`${u} ${f}`)) return 'crypto (hashes, random ids)';
  if (/parseJson|JSON|^parse$|stringify/.test(f)) return 'JSON';
  if (/\/(api|pipeline|scripts)\//.test(u) && !/node_modules/.test(u)) return 'app code';
  return 'other';
}

const [file, requests] = process.argv.slice(2);
if (!file || !requests) {
  console.error('usage: cpuprofile-categories.ts <file.cpuprofile> REQUESTS');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const us = new Map<string, number>();
profile.samples.forEach((id, i) => {
  const node = byId.get(id);
  if (!node) return;
  const k = categoryOf(node.callFrame);
  // A sample's time is the delta to the next sample (V8 records deltas before each sample).
  us.set(k, (us.get(k) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
});
const busy = [...us].filter(([k]) => k !== 'idle' && !k.startsWith('start-up')).reduce((s, [, v]) => s + v, 0);
const perRequest = (v: number) => (v / 1000 / Number(requests)).toFixed(3);
console.log(`busy (without idle and start-up): ${perRequest(busy)} ms per request`);
for (const [k, v] of [...us].sort((a, b) => b[1] - a[1])) {
  const share = k === 'idle' || k.startsWith('start-up') ? '     ' : `${((100 * v) / busy).toFixed(1).padStart(4)}%`;
  console.log(`  ${perRequest(v)} ms  ${share}  ${k}`);
}
