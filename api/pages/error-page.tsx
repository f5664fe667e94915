/** HTML answers for refused or failed page requests. */
import type { Context } from 'hono';
import type { AppEnv } from '../context.ts';
import type { ApiError } from '../errors.ts';
import { withoutServerPaths } from '../safe-message.ts';
import { translator } from './i18n.ts';
import { Layout } from './layout.tsx';

export function renderPageError(c: Context<AppEnv>, err: Pick<ApiError, 'status' | 'message'>): Response | Promise<Response> {
  const lang = c.get('lang') ?? 'zh';
  const t = translator(lang);
  const title = err.status === 403 ? t('forbidden') : err.status === 404 ? t('notFound') : t('error');
  const user = c.get('user') ?? null;
  return c.html(
    <Layout t={t} lang={lang} title={title} user={user} path={c.req.path} nonce={c.get('secureHeadersNonce')}>
      <section class="card">
        <h1 id="error-title">{err.status} · {title}</h1>
        <p>{withoutServerPaths(err.message)}</p>
        <p><a href="/">←</a></p>
      </section>
    </Layout>,
    err.status as 400,
  );
}
