/**
 * The pages through `app.request`: sign-in sets an HttpOnly cookie that then opens the pages;
 * labels follow ?lang= and Accept-Language; the call page carries the seek targets the
 * client script uses; forms post through the same checks as the API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formBody, setupHarness, type Harness } from '../../fixtures/support/api/harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await setupHarness();
});
afterAll(() => h?.cleanup());

async function signIn(token: string): Promise<string> {
  const res = await h.app.request('/signin', formBody({ token, next: '/agents' }));
  expect(res.status).toBe(303);
  expect(res.headers.get('location')).toBe('/agents');
  const cookie = res.headers.get('set-cookie')!;
  expect(cookie).toMatch(/callqa_session=/);
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Lax/i);
  return cookie.split(';')[0];
}

describe('sign-in', () => {
  it('refuses an unknown token with the form again', async () => {
    const res = await h.app.request('/signin', formBody({ token: 'cqa_wrong', next: '/agents' }));
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('令牌无效');
  });

  it('does not follow a next= to another site', async () => {
    const res = await h.app.request('/signin', formBody({ token: h.store.tokens.qa, next: '//evil.example/x' }));
    expect(res.headers.get('location')).toBe('/');
  });

  it('refuses a form post from another origin', async () => {
    const res = await h.app.request('/signin', { ...formBody({ token: h.store.tokens.qa }), headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://evil.example' } });
    expect(res.status).toBe(403);
  });

  it('opens the pages with the cookie and signs out', async () => {
    const cookie = await signIn(h.store.tokens.coachA);
    const page = await h.app.request('/agents', { headers: { cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('王芳');
    expect(html).not.toContain('刘洋'); // team B agent
    const out = await h.app.request('/signout', { ...formBody({}), headers: { ...formBody({}).headers as Record<string, string>, cookie } });
    expect(out.headers.get('set-cookie')).toMatch(/callqa_session=;/);
  });
});

describe('pages', () => {
  const get = (path: string, who: 'qa' | 'coachA' | 'hr' = 'qa', headers: Record<string, string> = {}) =>
    h.request(who, path, { headers });

  it('labels in Chinese or English by ?lang= and Accept-Language', async () => {
    const zh = await (await get('/agents', 'qa', { 'accept-language': 'zh-CN' })).text();
    expect(zh).toContain('星级');
    const en = await (await get('/agents', 'qa', { 'accept-language': 'en-US,en;q=0.9' })).text();
    expect(en).toContain('Stars');
    const forced = await get('/agents?lang=en', 'qa', { 'accept-language': 'zh-CN' });
    expect(await forced.text()).toContain('Stars');
    expect(forced.headers.get('set-cookie')).toMatch(/lang=en/);
  });

  it('sends the style sheet unescaped (quotes and child selectors intact)', async () => {
    const html = await (await get('/agents')).text();
    expect(html).toContain('font-family: "Liberation Sans"');
    expect(html).toContain('.grid > section.card');
  });

  it('shows tiers and stars on the agents page', async () => {
    const html = await (await get('/agents?period=2026-11')).text();
    expect(html).toMatch(/data-tier="top"/);
    expect(html).toMatch(/data-tier="bottom"/);
    expect(html).toMatch(/data-stars="\d"/);
  });

  it('draws the trend chart and lists weakest checks and recent calls on the agent page', async () => {
    const html = await (await get('/agents/a1?period=2026-11')).text();
    expect(html).toContain('class="trend-chart"');
    expect((html.match(/<circle /g) ?? []).length).toBeGreaterThanOrEqual(6); // one per day
    expect(html).toContain('id="weakest-checks"');
    expect(html).toContain(`/calls/c-a1-1120-1`);
  });

  it('puts the audio, seekable evidence, transcript, sentiment curve and forms on the call page', async () => {
    const html = await (await get(`/calls/${h.store.failedGreetingCall}`, 'coachA')).text();
    expect(html).toContain(`<audio id="player" controls="" preload="metadata" src="/api/v1/calls/${h.store.failedGreetingCall}/audio"`);
    expect(html).toMatch(/<tr data-check="greeting" data-outcome="fail">/);
    expect(html).toMatch(/class="seek evidence fail" data-seek="\d+\.\d\d" data-check="greeting"/);
    expect(html).toContain('class="sentiment-curve"');
    expect(html).toContain('喂，你好，有什么事');
    expect(html).toContain(`action="/calls/${h.store.failedGreetingCall}/corrections"`);
  });

  it('adds a note and a correction from the forms', async () => {
    const id = h.store.failedGreetingCall;
    const note = await h.request('coachA', `/calls/${id}/notes`, formBody({ body: '下次先报品牌' }));
    expect(note.status).toBe(303);
    const bad = await h.request('coachA', `/calls/${id}/corrections`, formBody({ checkId: 'greeting', outcome: 'pass', reason: '' }));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('reason');
    const ok = await h.request('coachA', `/calls/${id}/corrections`, formBody({ checkId: 'greeting', outcome: 'pass', reason: '录音里有品牌和姓氏' }));
    expect(ok.status).toBe(303);
    const html = await (await get(`/calls/${id}`, 'coachA')).text();
    expect(html).toContain('下次先报品牌');
    expect(html).toMatch(/<tr data-check="greeting" data-outcome="pass">/);
    expect(html).toContain('check.override');
  });

  it('shows KPIs against targets and the ranking with download links to HR', async () => {
    const kpis = await (await get('/kpis?period=2026-11', 'hr')).text();
    expect(kpis).toMatch(/data-kpi="service_level" data-met="(true|false)"/);
    expect(kpis).toContain('≥ 85.0%');
    const ranking = await (await get('/rankings?period=2026-11', 'hr')).text();
    expect(ranking).toContain('href="/api/v1/rankings?period=2026-11&amp;format=xlsx"');
  });

  it("refuses HR the call page and a coach another team's call, as HTML", async () => {
    const hr = await get(`/calls/${h.store.failedGreetingCall}`, 'hr');
    expect(hr.status).toBe(403);
    expect(hr.headers.get('content-type')).toMatch(/text\/html/);
    const coach = await get(`/calls/${h.store.teamBCall}`, 'coachA');
    expect(coach.status).toBe(403);
    expect(await coach.text()).toContain('id="error-title"');
  });
});
