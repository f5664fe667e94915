/**
 * `npx tsx scripts/bench/snapshot/make-score-snapshot.ts "<commit and why>"`
 *
 * Writes fixtures/score-snapshot/score-snapshot.json.gz: every check result of the shipped
 * scorecards on the noisy and paraphrase sets (score-snapshot.ts). Run it only from a clean
 * checkout of a commit whose results are meant to change (a recall change, a new scorecard or
 * act model) — never to make a speed change pass (score-snapshot.test.ts) — e.g.
 *
 *   git worktree add /tmp/snap <commit> && ln -s "$PWD/node_modules" /tmp/snap/node_modules
 *   mkdir -p /tmp/snap/scripts/bench/snapshot && cp scripts/bench/snapshot/*.ts /tmp/snap/scripts/bench/snapshot/   # when the commit predates them
 *   (cd /tmp/snap && npx tsx scripts/bench/snapshot/make-score-snapshot.ts "<commit>: why")
 *   cp /tmp/snap/fixtures/score-snapshot/score-snapshot.json.gz fixtures/score-snapshot/
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname } from 'node:path';
import { SCORE_SNAPSHOT_FILE, scoreSnapshotCalls, scorecardVersions, snapshotContexts, type ScoreSnapshot } from './score-snapshot.ts';

const generatedFrom = process.argv[2];
if (!generatedFrom) {
  console.error('usage: make-score-snapshot.ts "<commit>: why the results changed"');
  process.exit(64);
}
const snapshot: ScoreSnapshot = { generatedFrom, scorecards: scorecardVersions(), calls: scoreSnapshotCalls(snapshotContexts()) };
mkdirSync(dirname(SCORE_SNAPSHOT_FILE), { recursive: true });
// One call per line: `diff <(zcat old) <(zcat new)` shows a changed result as a changed line.
const lines = Object.entries(snapshot.calls).map(([id, s]) => `  ${JSON.stringify(id)}: ${JSON.stringify(s)}`);
// Gzipped: the plain JSON is ~6 MB (13 results with reasons and evidence per call), ~0.3 MB gzipped.
const json =
  `{\n "generatedFrom": ${JSON.stringify(generatedFrom)},\n "scorecards": ${JSON.stringify(snapshot.scorecards)},\n "calls": {\n${lines.join(',\n')}\n }\n}\n`;
writeFileSync(SCORE_SNAPSHOT_FILE, gzipSync(json, { level: 9 }));
console.log(`${lines.length} calls → ${SCORE_SNAPSHOT_FILE}`);
