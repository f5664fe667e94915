/** The page frame: header with navigation for the user's role, language switch, styles. */
import type { Child } from 'hono/jsx';
import type { User } from '../context.ts';
import type { Lang, T } from './i18n.ts';

const STYLE = `
:root { --ink:#1f2933; --muted:#616e7c; --line:#d9e2ec; --bg:#f5f7fa; --accent:#1c64f2; --pass:#0e9f6e; --fail:#e02424; --na:#9aa5b1; }
* { box-sizing: border-box; }
body { margin:0; font-family: "Liberation Sans", "DejaVu Sans", Arial, "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color:var(--ink); background:var(--bg); font-size:14px; }
header { background:#102a43; color:#fff; display:flex; align-items:center; gap:20px; padding:10px 24px; }
header a { color:#d9e2ec; text-decoration:none; } header a:hover, header a.on { color:#fff; }
header .brand { font-weight:700; font-size:16px; color:#fff; margin-right:12px; }
header .who { margin-left:auto; display:flex; gap:12px; align-items:center; color:#bcccdc; }
header form { margin:0; } header button { background:none; border:1px solid #627d98; color:#d9e2ec; border-radius:4px; padding:2px 8px; cursor:pointer; }
main { max-width:1180px; margin:0 auto; padding:20px 24px 48px; }
h1 { font-size:22px; margin:4px 0 16px; } h2 { font-size:16px; margin:0 0 10px; }
section.card { background:#fff; border:1px solid var(--line); border-radius:8px; padding:16px; margin-bottom:16px; }
.grid { display:grid; grid-template-columns: 1fr 1fr; gap:16px; } .grid > section.card { margin-bottom:0; }
table { border-collapse:collapse; width:100%; } th, td { text-align:left; padding:6px 8px; border-bottom:1px solid var(--line); vertical-align:top; }
th { color:var(--muted); font-weight:600; font-size:12px; white-space:nowrap; } td.num, th.num { text-align:right; font-variant-numeric: tabular-nums; }
.badge { display:inline-block; border-radius:10px; padding:1px 8px; font-size:12px; font-weight:600; white-space:nowrap; }
.tier-top { background:#def7ec; color:#03543f; } .tier-middle { background:#e1effe; color:#1e429f; }
.tier-bottom { background:#fde8e8; color:#9b1c1c; } .tier-insufficient_data { background:#f4f5f7; color:#616e7c; }
.o-pass { background:#def7ec; color:#03543f; } .o-fail { background:#fde8e8; color:#9b1c1c; } .o-na { background:#f4f5f7; color:#616e7c; }
.stars { color:#f59e0b; letter-spacing:1px; white-space:nowrap; } .stars .off { color:#d9e2ec; }
.muted { color:var(--muted); } .small { font-size:12px; }
.meta { display:flex; flex-wrap:wrap; gap:6px 24px; } .meta div span { color:var(--muted); margin-right:6px; }
.score-big { font-size:32px; font-weight:700; } .score-big.fail { color:var(--fail); }
button.seek { border:1px solid var(--line); background:#f8fafc; border-radius:6px; padding:3px 8px; cursor:pointer; text-align:left; font:inherit; color:inherit; }
button.seek:hover { border-color:var(--accent); } button.seek.fail { border-color:#f8b4b4; background:#fff5f5; }
.turns { display:flex; flex-direction:column; gap:6px; max-height:420px; overflow:auto; }
.turn { max-width:80%; padding:6px 10px; border-radius:8px; } .turn .at { font-size:11px; color:var(--muted); cursor:pointer; }
.turn.agent { align-self:flex-start; background:#e1effe; } .turn.customer { align-self:flex-end; background:#f3f4f6; }
.turn.playing { outline:2px solid var(--accent); }
form.stack { display:flex; flex-direction:column; gap:8px; } textarea, select, input[type=text], input[type=password] { font:inherit; padding:6px; border:1px solid var(--line); border-radius:4px; }
button.primary { background:var(--accent); color:#fff; border:none; border-radius:4px; padding:6px 14px; cursor:pointer; font:inherit; align-self:flex-start; }
.error { background:#fde8e8; color:#9b1c1c; padding:8px 12px; border-radius:6px; margin-bottom:12px; }
.filters { display:flex; gap:8px; align-items:center; margin-bottom:12px; } .filters.wrap { flex-wrap:wrap; } .filters .filters { margin-bottom:0; } .filters a.button { border:1px solid var(--line); background:#fff; padding:5px 10px; border-radius:4px; text-decoration:none; color:var(--ink); }
audio { width:100%; } svg text { font-family:inherit; }
.signin { max-width:380px; margin:80px auto; }
.gap-top { margin-top:16px; } .gap-left { margin-left:6px; } .push-right { margin-left:auto; } .note { margin-bottom:8px; } .seekable { cursor:pointer; }
`;

export interface LayoutProps {
  t: T;
  lang: Lang;
  title: string;
  user?: User | null;
  /** Current path, to highlight the navigation entry and build the language switch. */
  path: string;
  /** CSP nonce of this response (middleware/security-headers.ts): inline <style> needs it. */
  nonce?: string;
  children?: Child;
}

export function Layout({ t, lang, title, user, path, nonce, children }: LayoutProps) {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const nav: { href: string; label: string; roles: string[] }[] = [
    { href: '/agents', label: t('agents'), roles: ['admin', 'qa', 'coach', 'hr'] },
    { href: '/rankings', label: t('rankings'), roles: ['admin', 'qa', 'hr'] },
    { href: '/kpis', label: t('kpis'), roles: ['admin', 'qa', 'hr'] },
    { href: '/calibration', label: t('calibration'), roles: ['admin', 'qa'] },
    { href: '/calls', label: t('callsSearch'), roles: ['admin', 'qa', 'coach'] },
    { href: '/review', label: t('reviewQueue'), roles: ['admin', 'qa'] },
    { href: '/disputes', label: t('disputes'), roles: ['admin', 'qa', 'coach'] },
    { href: '/runs', label: t('runs'), roles: ['admin', 'qa'] },
    { href: '/surveys', label: t('surveys'), roles: ['admin', 'qa', 'coach', 'hr'] },
  ];
  return (
    <html lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${t('appName')}`}</title>
        <style nonce={nonce} dangerouslySetInnerHTML={{ __html: STYLE }} />
      </head>
      <body>
        <header>
          <span class="brand">{t('appName')}</span>
          {user && nav.filter((n) => n.roles.includes(user.role)).map((n) => (
            <a href={n.href} class={path.startsWith(n.href) ? 'on' : ''}>{n.label}</a>
          ))}
          <span class="who">
            <a href={`${path}${path.includes('?') ? '&' : '?'}lang=${other}`} id="lang-switch">{t('language')}</a>
            {user && <span>{user.name} · {user.role}</span>}
            {user && (
              <form method="post" action="/signout"><button type="submit">{t('signOut')}</button></form>
            )}
          </span>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
