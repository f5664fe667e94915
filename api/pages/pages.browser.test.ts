/**
 * The pages in a real browser: Debian's chromium driven by playwright-core against the app
 * on 127.0.0.1 (ephemeral port) over a copy of the database the demo month builds (what
 * `npm run demo` stores: history nights in October and November, then the shipped night). A
 * coach signs in, opens a call with a failed greeting and clicks its evidence: the audio element
 * seeks there; an agent's page draws a trend over several dates. HR sees the month's ranking with
 * top, middle and bottom tiers, star levels and a change since October, and downloads the XLSX
 * ranking and it parses. A coach cannot open another team's call. Screenshots of the call page,
 * the agents page, an agent's page and the rankings page go to $CALLQA_SCREENSHOT_DIR (default:
 * a temp folder).
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../pipeline/config.ts';
import { DEMO } from '../../scripts/cli/commands/run.ts';
import type { RunningServer } from '../server.ts';
import type { TestStore } from '../../fixtures/support/api/seed.ts';
import { chromiumForTests } from '../../fixtures/support/browser/chromium.ts';
import { openBrowserDemoApp, signIn as signInAt, type BrowserDemoApp } from '../../fixtures/support/browser/demo-app.ts';

const executablePath = chromiumForTests('api/pages/pages.browser.test.ts');

let app: BrowserDemoApp;
let store: TestStore;
let server: RunningServer;
let context: BrowserContext;
const screenshotDir = process.env.CALLQA_SCREENSHOT_DIR ?? join(tmpdir(), 'callqa-screenshots');

beforeAll(async () => {
  if (!executablePath) return;
  // The first test file to ask builds the demo month (a few minutes on 2 busy cores).
  app = await openBrowserDemoApp('pages', executablePath, { rankOptions: loadConfig(DEMO.config).ranking });
  ({ store, server } = app);
  // One context for the file, fresh: nothing cached or remembered between runs.
  context = await app.newContext({ acceptDownloads: true, locale: 'zh-CN' });
  mkdirSync(screenshotDir, { recursive: true });
}, 900_000);

afterAll(() => app?.close());

const signIn = (page: Page, token: string) => signInAt(page, server, token);

const audioTime = (page: Page) => page.evaluate(() => (document.getElementById('player') as HTMLAudioElement).currentTime);

describe.skipIf(!executablePath)('in chromium', () => {
  it('a coach clicks a failed greeting’s evidence and the audio moves to that moment', async () => {
    const page = await context.newPage();
    await signIn(page, store.tokens.coachA);
    await page.goto(`${server.url}/calls/${store.failedGreetingCall}`);
    const evidence = page.locator('button.evidence[data-check="greeting"]').first();
    await expect.poll(() => evidence.count()).toBe(1);
    expect(await page.locator('tr[data-check="greeting"]').getAttribute('data-outcome')).toBe('fail');
    const atS = Number(await evidence.getAttribute('data-seek'));
    expect(atS).toBeGreaterThanOrEqual(0);

    // First jump late into the call (a transcript turn), then the evidence must bring it back.
    await page.locator('.turn.customer .at').last().click();
    await page.waitForFunction(() => (document.getElementById('player') as HTMLAudioElement).currentTime > 20);
    await evidence.click();
    await page.waitForFunction((t) => {
      const a = document.getElementById('player') as HTMLAudioElement;
      return Math.abs(a.currentTime - t) < 1.5;
    }, atS);
    const now = await audioTime(page);
    expect(now).toBeGreaterThanOrEqual(atS - 0.05);
    expect(now).toBeLessThan(atS + 1.5);
    // Seeking needs byte ranges: the element reports the whole file as seekable.
    const seekableEnd = await page.evaluate(() => {
      const a = document.getElementById('player') as HTMLAudioElement;
      return a.seekable.length ? a.seekable.end(0) : 0;
    });
    expect(seekableEnd).toBeGreaterThan(29);

    await page.screenshot({ path: join(screenshotDir, 'call-page.png'), fullPage: true });
    await page.goto(`${server.url}/agents?period=${store.period}`);
    const teamAgents = store.db.$client.prepare('SELECT COUNT(*) AS n FROM agents WHERE team = ?').get(store.teamA) as { n: number };
    await expect.poll(() => page.locator('#agents-table tbody tr').count()).toBe(teamAgents.n);
    // With the demo's ranking options every agent of the night is tiered and has stars.
    expect(await page.locator('#agents-table [data-tier="insufficient_data"]').count()).toBe(0);
    expect(await page.locator('#agents-table [data-stars]').count()).toBe(teamAgents.n);
    await page.screenshot({ path: join(screenshotDir, 'agents-page.png'), fullPage: true });
    await page.goto(`${server.url}/agents/${store.agentA}?period=${store.period}`);
    const scoredDays = store.db.$client.prepare('SELECT COUNT(DISTINCT c.date) AS n FROM calls c JOIN scores s USING (call_id) WHERE c.agent_id = ?').get(store.agentA) as { n: number };
    await expect.poll(() => page.locator('svg.trend-chart circle').count()).toBe(scoredDays.n);
    // The demo month: the coach's agent whose daily mean moves most shows a trend over several
    // dates, October and November alike (a point per scored night, at different heights).
    const moving = store.db.$client.prepare(
      `SELECT agent_id AS id FROM (SELECT c.agent_id, c.date, AVG(s.score) AS mean FROM calls c JOIN scores s USING (call_id)
         JOIN agents a USING (agent_id) WHERE a.team = ? GROUP BY c.agent_id, c.date)
       GROUP BY agent_id ORDER BY MAX(mean) - MIN(mean) DESC, agent_id LIMIT 1`).get(store.teamA) as { id: string };
    await page.goto(`${server.url}/agents/${moving.id}?period=${store.period}`);
    const points = page.locator('svg.trend-chart circle');
    await expect.poll(() => points.count()).toBeGreaterThanOrEqual(5);
    const pointDates = (await page.locator('svg.trend-chart circle title').allTextContents()).map((t) => t.slice(0, 10));
    expect(pointDates.some((d) => d.startsWith('2026-10'))).toBe(true);
    expect(pointDates).toContain('2026-11-20');
    const heights = await points.evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('cy'))));
    expect(Math.max(...heights) - Math.min(...heights)).toBeGreaterThan(20); // px: a visible rise or fall
    await page.screenshot({ path: join(screenshotDir, 'agent-page.png'), fullPage: true });
    await page.close();
  });

  it('HR sees the month ranked: top, middle and bottom tiers, star levels, a change since last month', async () => {
    const page = await context.newPage();
    await signIn(page, store.tokens.hr);
    await page.goto(`${server.url}/rankings?period=${store.period}`);
    const rows = page.locator('#ranking-table tbody tr');
    const agents = store.db.$client.prepare('SELECT COUNT(DISTINCT agent_id) AS n FROM calls WHERE date LIKE ?').get(`${store.period}-%`) as { n: number };
    await expect.poll(() => rows.count()).toBe(agents.n);
    const tiers = await page.locator('#ranking-table [data-tier]').evaluateAll((els) => els.map((e) => e.getAttribute('data-tier')));
    const count = (tier: string) => tiers.filter((t) => t === tier).length;
    // 12 agents tiered: ⌊12/4⌋ = 3 top and 3 bottom (pipeline/rank/tiers.ts), nobody short of calls.
    expect({ top: count('top'), middle: count('middle'), bottom: count('bottom'), insufficient: count('insufficient_data') }).toEqual({ top: 3, middle: agents.n - 6, bottom: 3, insufficient: 0 });
    const stars = await page.locator('#ranking-table [data-stars]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-stars'))));
    expect(stars).toHaveLength(agents.n);
    expect(new Set(stars).size).toBeGreaterThanOrEqual(3);
    expect(stars).toContain(5);
    expect(stars).toContain(1);
    // Every agent was scored in October too, so each row shows a signed change, some up, some down.
    const changes = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[8]?.textContent ?? ''));
    expect(changes.every((c) => /^[+-]?\d+\.\d$/.test(c))).toBe(true);
    expect(changes.some((c) => c.startsWith('+'))).toBe(true);
    expect(changes.some((c) => c.startsWith('-'))).toBe(true);
    await page.screenshot({ path: join(screenshotDir, 'rankings-page.png'), fullPage: true });
    await page.close();
  });

  it('HR downloads the XLSX ranking and it parses', async () => {
    const page = await context.newPage();
    await signIn(page, store.tokens.hr);
    await page.goto(`${server.url}/rankings?period=${store.period}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-xlsx')]);
    expect(download.suggestedFilename()).toBe(`callqa-rankings-${store.period}.xlsx`);
    const file = join(app.dir, 'ranking.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Rankings', 'KPIs', 'Per-check']);
    const sheet = wb.getWorksheet('Rankings')!;
    const header = (sheet.getRow(7).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['Rank', 'Agent ID', 'Name']);
    // One row per agent who took calls in the period, as the store says.
    const expected = (store.db.$client.prepare('SELECT DISTINCT agent_id AS id FROM calls WHERE date LIKE ? ORDER BY id').all(`${store.period}-%`) as { id: string }[]).map((r) => r.id);
    const agentIds = Array.from({ length: sheet.rowCount - 7 }, (_, i) => String(sheet.getRow(8 + i).getCell(2).value)).sort();
    expect(agentIds).toEqual(expected);
    const names = new Set(Array.from({ length: agentIds.length }, (_, i) => String(sheet.getRow(8 + i).getCell(3).value)));
    expect(names.has('王芳')).toBe(true);
    // HR has no transcripts and no audio.
    const call = await page.goto(`${server.url}/calls/${store.failedGreetingCall}`);
    expect(call?.status()).toBe(403);
    await page.close();
  });

  it("a coach gets no access to another team's call", async () => {
    const page = await context.newPage();
    await signIn(page, store.tokens.coachA);
    const res = await page.goto(`${server.url}/calls/${store.teamBCall}`);
    expect(res?.status()).toBe(403);
    await expect.poll(() => page.locator('#error-title').textContent()).toContain('403');
    expect(await page.locator('#transcript').count()).toBe(0);
    const audio = await page.evaluate(async (id) => (await fetch(`/api/v1/calls/${id}/audio`)).status, store.teamBCall);
    expect(audio).toBe(403);
    const json = await page.evaluate(async (id) => (await fetch(`/api/v1/calls/${id}`)).status, store.teamBCall);
    expect(json).toBe(403);
    await page.close();
  });
});
