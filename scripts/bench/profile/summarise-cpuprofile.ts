/**
 * Summarise a V8 `.cpuprofile` (from `node --cpu-prof`): self time per function, biggest first,
 * with each function's share of the sampled time. Used to write scripts/bench/PROFILE.md.
 *
 *   npx tsx scripts/bench/profile/summarise-cpuprofile.ts <file.cpuprofile> [top=25]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function (µs), keyed by "name file:line". */
export function selfTimeByFunction(profile: CpuProfile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.replace(/^.*\/(node_modules\/|work\/main\/)/, '$1');
    const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
    // A sample's time is the delta to the next sample (V8 records deltas before each sample).
    const us = profile.timeDeltas[i + 1] ?? 0;
    self.set(key, (self.get(key) ?? 0) + us);
  });
  return self;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, topArg] = process.argv.slice(2);
  if (!file) throw new Error('usage: summarise-cpuprofile.ts <file.cpuprofile> [top]');
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const self = selfTimeByFunction(profile);
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`total sampled ${(total / 1e6).toFixed(2)} s`);
  for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg ?? 25))) {
    console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1e3).toFixed(0).padStart(7)} ms  ${key}`);
  }
}
