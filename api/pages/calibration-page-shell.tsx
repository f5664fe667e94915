/** Renders a page inside the app's layout: the review pages (evaluation form, calibration, runs, surveys) and pages/routes.tsx's own. */
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { AppEnv } from '../context.ts';
import { translator } from './i18n.ts';
import { Layout } from './layout.tsx';

export function reviewPage(c: Context<AppEnv>, title: string, body: Child, status = 200) {
  const lang = c.get('lang');
  const url = new URL(c.req.url);
  url.searchParams.delete('lang');
  return c.html(
    <Layout t={translator(lang)} lang={lang} title={title} user={c.get('user') ?? null} path={url.pathname + url.search} nonce={c.get('secureHeadersNonce')}>
      {body}
    </Layout>,
    status as 200,
  );
}
