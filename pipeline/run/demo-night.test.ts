/**
 * The demo night end to end: what `npm run demo` stores (real ffmpeg, Silero VAD, the compact
 * sentiment model, the shipped scorecards) agrees with fixtures/demo/labels.json — the rejected
 * manifest rows, each broken recording's reason, the calls waiting for a transcript, and the
 * scorecard checks a coach relies on most.
 */
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DemoLabels, CallLabel } from '../../scripts/fixtures/labels.ts';
import { repoRoot } from '../config.ts';
import { demoDatabaseFile } from './demo-db.ts';

const labels: DemoLabels = JSON.parse(readFileSync(join(repoRoot, 'fixtures/demo/labels.json'), 'utf8'));
let db: Database.Database;

beforeAll(async () => {
  db = new Database(await demoDatabaseFile(), { readonly: true });
}, 900_000); // the first file to ask builds the demo month (a few minutes on 2 busy cores)

const rows = <T>(sql: string, ...args: unknown[]) => db.prepare(sql).all(...args) as T[];

/** What each check should say about a call, from what the call was scripted to contain. */
function expectedOutcomes(c: CallLabel): Record<string, 'pass' | 'fail' | 'na'> {
  const x = c.content!;
  return {
    greeting: x.greeting.kind === 'with_surname' ? 'pass' : 'fail',
    'forbidden-phrases': x.forbidden.length ? 'fail' : 'pass',
    // Shipped rule (issue 11): an offer of more help, or thanks and goodbye (`farewell_only` is 「感谢您的来电，再见」).
    closing: x.closing.kind === 'full' || x.closing.kind === 'farewell_only' ? 'pass' : 'fail',
    'hold-etiquette': x.holds.length === 0 ? 'na' : x.holds.every((h) => h.announced && h.thanked) ? 'pass' : 'fail',
    interruptions: x.overlaps.some((o) => o.interrupter === 'agent') ? 'fail' : 'pass',
    'dead-air': x.deadAir.length ? 'fail' : 'pass',
    'apology-when-upset': x.customerMood === 'calm' ? 'na' : x.apology.given ? 'pass' : 'fail',
  };
}

describe('the demo night as npm run demo stores it', () => {
  it('rejects exactly the labelled manifest rows, on their lines and fields', () => {
    const got = rows<{ row_number: number; field: string }>(
      "select row_number, field from ingest_rejects where source_file like '%manifest.csv' order by row_number",
    );
    expect(got.map((r) => [r.row_number, r.field])).toEqual(labels.manifestRejects.map((r) => [r.line, r.field]).sort((a, b) => Number(a[0]) - Number(b[0])));
  });

  it('fails each broken recording with its labelled reason and keeps the batch going', () => {
    const failures = new Map(rows<{ call_id: string; stage: string; reason: string }>('select call_id, stage, reason from failures').map((f) => [f.call_id, f]));
    const status = new Map(rows<{ call_id: string; status: string }>('select call_id, status from calls').map((c) => [c.call_id, c.status]));
    for (const c of labels.calls.filter((c) => c.ingest === 'accepted' && c.recorded)) {
      const usable = c.expectedHealth === 'ok' || c.expectedHealth === 'clipped';
      if (!usable) expect({ call: c.callId, ...failures.get(c.callId) }).toMatchObject({ call: c.callId, stage: 'audio', reason: c.expectedHealth });
      else if (c.sidecar === 'invalid_json' || c.sidecar === 'invalid_schema') expect(failures.get(c.callId)).toMatchObject({ stage: 'transcript', reason: 'invalid_transcript' });
      else if (c.sidecar !== 'valid') expect([c.callId, status.get(c.callId)]).toEqual([c.callId, 'waiting_asr']);
      else expect([c.callId, status.get(c.callId)]).toEqual([c.callId, 'done']);
    }
  });

  it('agrees with the labels on greeting, forbidden phrases, closing, holds, talk-over, dead air and apology', () => {
    const results = rows<{ call_id: string; check_id: string; outcome: string }>('select call_id, check_id, outcome from check_results');
    const outcome = new Map(results.map((r) => [`${r.call_id}/${r.check_id}`, r.outcome]));
    const scored = labels.calls.filter((c) => c.content && outcome.has(`${c.callId}/greeting`));
    expect(scored.length).toBeGreaterThanOrEqual(40);
    const disagreements = scored.flatMap((c) =>
      Object.entries(expectedOutcomes(c))
        .filter(([check, want]) => outcome.get(`${c.callId}/${check}`) !== want)
        .map(([check, want]) => `${c.callId} ${check}: labels say ${want}, stored ${outcome.get(`${c.callId}/${check}`)}`),
    );
    expect(disagreements).toEqual([]);
  });

  it('finds upset customers more negative than calm ones', () => {
    const lowest = new Map(
      rows<{ call_id: string; low: number | null }>(
        "select call_id, json_extract(result, '$.customerLowest.score') as low from stage_results where stage = 'sentiment'",
      ).map((r) => [r.call_id, r.low]),
    );
    const byMood = (mood: string) =>
      labels.calls.filter((c) => c.content?.customerMood === mood && lowest.get(c.callId) != null).map((c) => lowest.get(c.callId)!);
    const upset = byMood('upset');
    const calm = byMood('calm');
    expect(upset.length).toBeGreaterThan(5);
    expect(calm.length).toBeGreaterThan(5);
    expect(Math.max(...upset)).toBeLessThan(Math.min(...calm));
  });
});
