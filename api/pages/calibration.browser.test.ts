/**
 * Human evaluation and the calibration report in a real browser (Debian's chromium via
 * playwright-core) over a copy of the demo month: an analyst opens a call whose greeting failed
 * automatically, follows "Evaluate", marks the greeting as passed with a comment and a time,
 * saves, sees the evaluation's score and the official score (the app runs with
 * `review.officialScore: human-replaces`), and the calibration report then counts one more
 * evaluated call and lists this call among the greeting's disagreements.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestStore } from '../../fixtures/support/api/seed.ts';
import { chromiumForTests } from '../../fixtures/support/browser/chromium.ts';
import { openBrowserDemoApp, signIn, type BrowserDemoApp } from '../../fixtures/support/browser/demo-app.ts';
import type { RunningServer } from '../server.ts';

const executablePath = chromiumForTests('api/pages/calibration.browser.test.ts');

let app: BrowserDemoApp;
let store: TestStore;
let server: RunningServer;
let context: BrowserContext;

beforeAll(async () => {
  if (!executablePath) return;
  app = await openBrowserDemoApp('calibration', executablePath, { officialScore: 'human-replaces' });
  ({ store, server } = app);
  context = await app.newContext();
}, 900_000);

afterAll(() => app?.close());

describe.skipIf(!executablePath)('in chromium', () => {
  it('an analyst evaluates a call and the calibration report changes', async () => {
    const page = await context.newPage();
    await signIn(page, server, store.tokens.qa);

    const callId = store.failedGreetingCall;
    const ownEvaluations = (store.db.$client.prepare('SELECT count(*) AS n FROM evaluations WHERE call_id = ? AND session_id = 0').get(callId) as { n: number }).n;
    await page.goto(`${server.url}/calibration?lang=en`);
    const before = Number(await page.locator('#evaluated-calls').textContent());
    expect(await page.locator(`tr[data-check="greeting"] a.disagreement:text-is("${callId}")`).count()).toBe(0);

    await page.goto(`${server.url}/calls/${callId}`);
    await Promise.all([page.waitForURL(/\/evaluation$/), page.click('#evaluate-link')]);
    const greeting = page.locator('select[data-check="greeting"]');
    expect(await greeting.inputValue()).toBe('fail'); // the form starts from the automatic outcome
    await greeting.selectOption('pass');
    await page.fill('input[name="comment.greeting"]', 'said the brand and her name, just quietly');
    await page.fill('input[name="atS.greeting"]', '1.5');
    await Promise.all([page.waitForURL(/saved=1/), page.click('#evaluation-submit')]);
    await expect.poll(() => page.locator('#evaluation-saved').count()).toBe(1);
    expect(await page.locator('#official-score').getAttribute('data-source')).toBe('human');
    expect(await page.locator('select[data-check="greeting"]').inputValue()).toBe('pass');

    await page.goto(`${server.url}/calibration`);
    // One more evaluated call unless someone had already evaluated this one (then the count stays).
    expect(Number(await page.locator('#evaluated-calls').textContent())).toBe(before + (ownEvaluations === 0 ? 1 : 0));
    await expect.poll(() => page.locator(`tr[data-check="greeting"] a.disagreement:text-is("${callId}")`).count()).toBe(1);
    const stored = store.db.$client.prepare(`SELECT i.outcome, i.comment, i.at_s FROM evaluations e JOIN evaluation_items i ON i.evaluation_id = e.id
      WHERE e.call_id = ? AND e.evaluator = ? AND i.check_id = 'greeting'`).get(callId, store.users.qa.name);
    expect(stored).toEqual({ outcome: 'pass', comment: 'said the brand and her name, just quietly', at_s: 1.5 });
    await page.close();
  });
});
