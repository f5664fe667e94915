/**
 * The survey page in Chromium (playwright-core, Debian's chromium) on a copy of the demo month:
 * an analyst uploads the demo survey CSV through the page's form, sees the import's two refused
 * rows, the per-agent table and the correlation lines with the figures the report computes.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestStore } from '../../fixtures/support/api/seed.ts';
import { chromiumForTests } from '../../fixtures/support/browser/chromium.ts';
import { openBrowserDemoApp, signIn, type BrowserDemoApp } from '../../fixtures/support/browser/demo-app.ts';
import { repoRoot } from '../../pipeline/config.ts';
import { sqlOf } from '../../pipeline/db/index.ts';
import { surveyReport } from '../../pipeline/review/index.ts';
import type { RunningServer } from '../server.ts';

const executablePath = chromiumForTests('api/pages/surveys.browser.test.ts');

let app: BrowserDemoApp;
let store: TestStore;
let server: RunningServer;

beforeAll(async () => {
  if (!executablePath) return;
  app = await openBrowserDemoApp('surveys', executablePath);
  ({ store, server } = app);
}, 900_000);

afterAll(() => app?.close());

describe.skipIf(!executablePath)('survey page in Chromium', () => {
  it('an analyst imports the survey CSV and sees the per-agent table with the correlation line', async () => {
    const context = await app.newContext();
    const page = await context.newPage();
    await signIn(page, server, store.tokens.qa, '/surveys');
    expect(await page.locator('#survey-table tbody tr').count()).toBe(0);

    await page.setInputFiles('#survey-import input[type=file]', join(repoRoot, 'fixtures/demo/surveys.csv'));
    await Promise.all([page.waitForURL(/import=\d+/), page.click('#survey-import button[type=submit]')]);
    await expect.poll(() => page.locator('#survey-import-result').textContent()).toMatch(/surveys\.csv \(1-5\): \d+ accepted, 2 rejected/);
    expect(await page.locator('#survey-import-result td', { hasText: 'unknown call c-9999' }).count()).toBe(1);

    const expected = await surveyReport(sqlOf(store.db), {}, { officialRule: 'automatic', visibleTeams: null, withComments: true });
    expect(await page.locator('#survey-table tbody tr').count()).toBe(expected.groups.length);
    expect(expected.groups.length).toBe(12);
    const line = page.locator('#survey-correlations li.correlation').first();
    expect(await line.textContent()).toContain('Across agents · Satisfaction vs QA score: ρ = ');
    expect(await line.getAttribute('data-n')).toBe('12');
    expect(await line.getAttribute('data-rho')).toBe(expected.correlations.acrossAgents.qaScore.rho!.toFixed(3));
    await context.close();
  });
});
