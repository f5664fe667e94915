/** The sign-in page: paste a token; the server opens a web session (HttpOnly cookie, never the token). */
import type { T } from './i18n.ts';

export function SignInForm({ t, next, error }: { t: T; next: string; error?: string }) {
  return (
    <section class="card signin">
      <h1>{t('signIn')}</h1>
      {error && <div class="error" role="alert">{error}</div>}
      <form class="stack" method="post" action="/signin">
        <label for="token">{t('token')}</label>
        <input type="password" id="token" name="token" autocomplete="current-password" required />
        <span class="muted small">{t('tokenHelp')}</span>
        <input type="hidden" name="next" value={next} />
        <button type="submit" class="primary" id="signin-submit">{t('signIn')}</button>
      </form>
    </section>
  );
}
