/**
 * The demo month's review seeds on a copy of the real demo database: the survey file is what its
 * generator makes from the labels; seeding stores the evaluations, the calibration session, the
 * three disputes and the surveys through the review functions (so the calibration report, the
 * queue and the survey view are populated), and a second seeding changes nothing.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, sqlOf, type Db, type Sql } from '../../db/index.ts';
import { calibrationReport, QUEUE_DEFAULTS, reviewQueue, surveyReport } from '../../review/index.ts';
import { DEMO, demoDatabaseFile } from '../demo-db.ts';
import { DEMO_LABELS, DEMO_SURVEYS, demoSurveyCsv } from './demo-surveys.ts';
import { DEMO_ANALYSTS, seedDemoReview, type DemoReviewSummary } from './seed-demo-review.ts';

describe('the demo survey file', () => {
  it('is what the generator makes from the labels (rerun write-demo-surveys.ts after changing either)', () => {
    expect(readFileSync(DEMO_SURVEYS, 'utf8')).toBe(demoSurveyCsv(JSON.parse(readFileSync(DEMO_LABELS, 'utf8'))));
  });
});

describe('demo review seeds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'callqa-demo-review-'));
  let db: Db;
  let sql: Sql;
  let seeded: DemoReviewSummary;
  beforeAll(async () => {
    copyFileSync(await demoDatabaseFile(), join(dir, 'demo.sqlite'));
    db = openDb(join(dir, 'demo.sqlite'));
    sql = sqlOf(db);
    seeded = await seedDemoReview(sql, { date: DEMO.date, officialRule: 'automatic' });
  }, 900_000);
  afterAll(() => {
    db?.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const count = async (text: string, params: string[] = []) => Number((await sql.get<{ n: number }>(text, params))!.n);

  it('stores evaluations, a calibration session, three disputes and the surveys', async () => {
    expect(seeded).toMatchObject({ skipped: false, evaluations: 10, sessionEvaluations: 12, disputes: { open: 1, accepted: 1, rejected: 1 } });
    expect(await count('SELECT count(*) AS n FROM evaluations WHERE session_id = 0')).toBe(10);
    expect(await count('SELECT count(DISTINCT evaluator) AS n FROM evaluations')).toBe(DEMO_ANALYSTS.length);
    expect(await count('SELECT count(*) AS n FROM evaluations WHERE session_id = ?', [String(seeded.sessionId)])).toBe(12);
    expect(await sql.all('SELECT status, count(*) AS n FROM disputes GROUP BY status ORDER BY status')).toEqual([
      { status: 'accepted', n: 1 }, { status: 'open', n: 1 }, { status: 'rejected', n: 1 },
    ]);
    // The accepted dispute became a correction.
    expect(await count("SELECT count(*) AS n FROM overrides WHERE reason LIKE 'dispute % accepted:%'")).toBe(1);
    const dataRows = readFileSync(DEMO_SURVEYS, 'utf8').trim().split('\n').length - 1;
    expect(seeded.surveys).toMatchObject({ accepted: dataRows - 2, rejected: 2 });
    expect(seeded.surveys!.rejects.map((r) => [r.callId, r.field])).toEqual([['c-9999', 'call_id'], ['c-0001', 'satisfaction']]);
    expect(await count('SELECT count(*) AS n FROM surveys')).toBe(dataRows - 2);
  });

  it('populates the calibration report, the review queue and the survey view', async () => {
    const report = await calibrationReport(sql, {});
    expect(report.evaluatedCalls).toBe(10);
    expect(report.checks.flatMap((c) => c.disagreements).length).toBeGreaterThan(0);
    const queue = await reviewQueue(sql, QUEUE_DEFAULTS, { now: new Date(`${DEMO.date}T23:00:00Z`) });
    expect(queue.items.some((i) => i.reasons.includes('open-dispute'))).toBe(true);
    const view = await surveyReport(sql, { from: '2026-11-01', to: '2026-11-30' }, { officialRule: 'automatic', visibleTeams: null, withComments: true });
    expect(view.agents).toBe(12);
    expect(view.correlations.acrossAgents.qaScore.n).toBe(12);
    expect(view.correlations.acrossCalls.qaScore.enough).toBe(true);
  });

  it('seeds once: a second run leaves the store as it is', async () => {
    const before = await count('SELECT count(*) AS n FROM audit_log');
    expect((await seedDemoReview(sql, { date: DEMO.date, officialRule: 'automatic' })).skipped).toBe(true);
    expect(await count('SELECT count(*) AS n FROM audit_log')).toBe(before);
  });
});
