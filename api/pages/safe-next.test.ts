/** After sign-in only same-site paths are followed; every other `next` goes to `/`, never a 500. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formBody, setupHarness, type Harness } from '../../fixtures/support/api/harness.ts';
import { safeNext } from './safe-next.ts';

const HOSTILE = [
  '/%09/evil.com', // a tab browsers drop: //evil.com
  '/\t/evil.com',
  '//evil.com',
  '/\\evil.com',
  '/%5Cevil.com',
  '/%2F/evil.com',
  'https://evil.com',
  'evil.com',
  '/agents%0d%0aSet-Cookie:%20x=1',
  '/agents\r\nSet-Cookie: x=1',
  '/agents\nx',
  '/%E0%A4%A',
  '',
];

describe('safeNext', () => {
  it.each(HOSTILE)('sends %j to /', (next) => {
    expect(safeNext(next)).toBe('/');
  });
  it.each(['/', '/agents?period=2026-11', '/calls/c-a1-1120-1#checks', '/calls/q%2Fx', '/agents?team=信用卡一组'])('follows %j', (next) => {
    expect(safeNext(next)).toBe(next);
  });
});

describe('sign-in with a hostile next', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await setupHarness();
  }, 120_000);
  afterAll(() => h?.cleanup());

  it.each(HOSTILE)('redirects %j to / after signing in', async (next) => {
    const res = await h.app.request('/signin', formBody({ token: h.store.tokens.qa, next }));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
  });

  it('renders the form with next=/ for a hostile query', async () => {
    for (const next of ['/%09/evil.com', '//evil.com', '%0d%0a']) {
      const res = await h.app.request(`/signin?next=${encodeURIComponent(next)}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toMatch(/name="next" value="\/"/);
    }
  });

  it('keeps a same-site next', async () => {
    const res = await h.app.request('/signin', formBody({ token: h.store.tokens.qa, next: '/agents?team=信用卡一组' }));
    expect(res.status).toBe(303);
    expect(decodeURI(res.headers.get('location')!)).toBe('/agents?team=信用卡一组');
  });
});
