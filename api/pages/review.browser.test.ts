/**
 * The review pages in Chromium (playwright-core, Debian's chromium) on a copy of the demo month:
 * an analyst filters the calls search (a plain GET form) to the auto-failed calls, claims the
 * first call of the review queue and lands on its call page; a coach disputes the greeting
 * check of a call of their team from the call page; the analyst accepts it on /disputes; the
 * coach sees it accepted and the check corrected.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestStore } from '../../fixtures/support/api/seed.ts';
import { chromiumForTests } from '../../fixtures/support/browser/chromium.ts';
import { openBrowserDemoApp, signIn, type BrowserDemoApp } from '../../fixtures/support/browser/demo-app.ts';
import type { RunningServer } from '../server.ts';

const executablePath = chromiumForTests('api/pages/review.browser.test.ts');

let app: BrowserDemoApp;
let store: TestStore;
let server: RunningServer;

beforeAll(async () => {
  if (!executablePath) return;
  app = await openBrowserDemoApp('review', executablePath);
  ({ store, server } = app);
}, 900_000);

afterAll(() => app?.close());

/** A page of its own context (its own session), signed in as `token`'s user. */
async function signedIn(token: string): Promise<Page> {
  const page = await (await app.newContext()).newPage();
  await signIn(page, server, token, '/agents');
  return page;
}

const one = <T,>(sql: string, ...args: unknown[]) => store.db.$client.prepare(sql).get(...args) as T;

describe.skipIf(!executablePath)('review pages in Chromium', () => {
  it('an analyst filters the calls, then claims a call from the review queue and lands on it', async () => {
    const page = await signedIn(store.tokens.qa);
    await page.goto(`${server.url}/calls`);
    const everything = Number(await page.getAttribute('#calls-total [data-total]', 'data-total'));
    await page.selectOption('select[name=autoFailed]', 'true');
    await Promise.all([page.waitForURL(/autoFailed=true/), page.click('#search-submit')]);
    const autoFailed = one<{ n: number }>(`SELECT COUNT(*) AS n FROM calls c WHERE (SELECT s.auto_failed FROM scores s WHERE s.call_id = c.call_id
        ORDER BY s.created_at DESC, s.scorecard_version DESC LIMIT 1) = 1`).n;
    expect(Number(await page.getAttribute('#calls-total [data-total]', 'data-total'))).toBe(autoFailed);
    expect(autoFailed).toBeLessThan(everything);
    const shown = await page.locator('#calls-table tbody tr[data-call]').count();
    expect(shown).toBe(Math.min(autoFailed, 50));

    await page.goto(`${server.url}/review`);
    const first = page.locator('#queue-table tbody tr[data-call]').first();
    const callId = (await first.getAttribute('data-call'))!;
    await Promise.all([page.waitForURL(new RegExp(`/calls/${callId}$`)), first.locator('button.claim').click()]);
    expect(one<{ by: string }>('SELECT claimed_by AS "by" FROM review_claims WHERE call_id = ? AND done_at IS NULL', callId).by).toBe('quinn');
    await page.goto(`${server.url}/review`);
    // Now the analyst's own: open or release, no claim button.
    const row = page.locator(`#queue-table tr[data-call="${callId}"]`);
    expect(await row.locator('button.claim').count()).toBe(0);
    expect(await row.locator('form[action$="/release"]').count()).toBe(1);
    await page.context().close();
  });

  it('a coach disputes a check from the call page and sees it accepted after the analyst accepts it', async () => {
    const callId = store.failedGreetingCall;
    const coach = await signedIn(store.tokens.coachA);
    await coach.goto(`${server.url}/calls/${callId}`);
    const cell = coach.locator('[data-check-disputes="greeting"]');
    await cell.locator('summary').click();
    await cell.locator('select[name=requestedOutcome]').selectOption('pass');
    await cell.locator('textarea[name=reason]').fill('The agent gave the surname; the transcript missed it');
    // The post redirects back to the same call page: wait for the dispute to show there.
    await cell.locator('button[type=submit]').click();
    await coach.locator('[data-check-disputes="greeting"] [data-status="open"]').waitFor();
    expect(await coach.locator('[data-check-disputes="greeting"] [data-status="open"]').count()).toBe(1);

    const analyst = await signedIn(store.tokens.qa);
    await analyst.goto(`${server.url}/disputes?status=open`);
    const row = analyst.locator('#disputes-table tr[data-status="open"]', { hasText: 'greeting' }).first();
    await row.locator('form[action$="/accept"] textarea').fill('Listened: the greeting is complete');
    await Promise.all([analyst.waitForURL(/\/disputes$/), row.locator('button.accept').click()]);
    await analyst.context().close();

    await coach.goto(`${server.url}/disputes`);
    expect(await coach.locator('#disputes-table tr[data-status="accepted"]', { hasText: callId }).count()).toBe(1);
    await coach.goto(`${server.url}/calls/${callId}`);
    expect(await coach.locator('tr[data-check="greeting"]').getAttribute('data-outcome')).toBe('pass');
    expect(await coach.locator('[data-check-disputes="greeting"] [data-status="accepted"]').count()).toBe(1);
    await coach.context().close();
  });
});
