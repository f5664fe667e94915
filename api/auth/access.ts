/**
 * The one role × route table. Every route of the app — API and pages — is listed here with
 * the roles that may call it; the guard refuses any request whose route is not listed, and
 * the tests iterate this table for every role.
 *
 * `scope` narrows a coach to their own teams: `call` and `agent` look up the team of the
 * call's agent (or the agent) named by the path parameter; `list` routes filter their rows
 * by the user's teams in the handler (see `visibleTeams`).
 */
import type { Role } from '../context.ts';

export type Method = 'GET' | 'POST';
export type Scope = 'call' | 'agent' | 'list';

export interface AccessRule {
  method: Method;
  /** Path with `{param}` placeholders, as in the OpenAPI document. */
  path: string;
  /** Who may call it; `public` needs no sign-in. */
  roles: readonly Role[] | 'public';
  scope?: Scope;
  /** `page` answers HTML (redirect to sign-in when signed out); `api` answers JSON. */
  kind: 'api' | 'page';
}

const ALL: readonly Role[] = ['admin', 'qa', 'coach', 'hr'];
const STAFF: readonly Role[] = ['admin', 'qa', 'coach'];
const REPORTS: readonly Role[] = ['admin', 'qa', 'hr'];
const OPS: readonly Role[] = ['admin', 'qa'];
/** Who may dispute an automatic result: coaches (for their teams) and admins. */
const DISPUTERS: readonly Role[] = ['admin', 'coach'];

const api = (method: Method, path: string, roles: AccessRule['roles'], scope?: Scope): AccessRule =>
  ({ method, path: `/api/v1${path}`, roles, scope, kind: 'api' });
const page = (method: Method, path: string, roles: AccessRule['roles'], scope?: Scope): AccessRule =>
  ({ method, path, roles, scope, kind: 'page' });
/**
 * A route served twice, as JSON under /api/v1 and as a page at the same path: one rule for
 * both, so the page can never admit a role its API refuses (or the reverse).
 */
const apiAndPage = (method: Method, path: string, roles: AccessRule['roles'], scope?: Scope): AccessRule[] =>
  [api(method, path, roles, scope), page(method, path, roles, scope)];

export const ACCESS: readonly AccessRule[] = [
  api('GET', '/openapi.json', 'public'),
  api('GET', '/me', ALL),
  page('GET', '/', ALL),
  page('GET', '/signin', 'public'),
  page('POST', '/signin', 'public'),
  page('POST', '/signout', 'public'),
  // Nightly runs and the night on the job queue (issue 13).
  ...apiAndPage('GET', '/runs', OPS),
  api('POST', '/runs', OPS),
  api('GET', '/runs/{runId}', OPS),
  ...apiAndPage('GET', '/calls', STAFF, 'list'),
  ...apiAndPage('GET', '/calls/{callId}', STAFF, 'call'),
  // HR sees no transcripts and hears no audio.
  api('GET', '/calls/{callId}/audio', STAFF, 'call'),
  api('GET', '/calls/{callId}/notes', STAFF, 'call'),
  ...apiAndPage('POST', '/calls/{callId}/notes', STAFF, 'call'),
  api('GET', '/calls/{callId}/corrections', STAFF, 'call'),
  ...apiAndPage('POST', '/calls/{callId}/corrections', STAFF, 'call'),
  ...apiAndPage('GET', '/agents', ALL, 'list'),
  ...apiAndPage('GET', '/agents/{agentId}', STAFF, 'agent'),
  ...apiAndPage('GET', '/rankings', REPORTS),
  ...apiAndPage('GET', '/kpis', REPORTS),
  // Customer quotes are transcript text: not for HR.
  api('GET', '/voc', OPS),
  api('GET', '/scorecards', ALL),
  api('GET', '/audit', OPS),
  // Human evaluations and calibration: analysts (qa, admin) evaluate; a coach reads their teams' evaluations; HR none.
  api('GET', '/calls/{callId}/evaluations', STAFF, 'call'),
  api('POST', '/calls/{callId}/evaluations', OPS),
  page('GET', '/calls/{callId}/evaluation', OPS),
  page('POST', '/calls/{callId}/evaluation', OPS),
  api('GET', '/reports/calibration', OPS),
  page('GET', '/calibration', OPS),
  api('GET', '/calibration-sessions', OPS),
  api('POST', '/calibration-sessions', OPS),
  page('POST', '/calibration/sessions', OPS),
  api('GET', '/calibration-sessions/{id}', OPS),
  page('GET', '/calibration/sessions/{id}', OPS),
  // HR sees the review work as counts only (no call, comment or reason); so do analysts and admins.
  api('GET', '/reports/review-counts', REPORTS),
  // Review queue and claims (analysts); disputes: a coach opens them for their teams' calls, analysts decide; HR none.
  api('GET', '/review-queue', OPS),
  page('GET', '/review', OPS),
  api('POST', '/review-queue/{callId}/claim', OPS, 'call'),
  page('POST', '/review/{callId}/claim', OPS, 'call'),
  api('POST', '/review-queue/{callId}/release', OPS, 'call'),
  page('POST', '/review/{callId}/release', OPS, 'call'),
  api('GET', '/calls/{callId}/disputes', STAFF, 'call'),
  ...apiAndPage('POST', '/calls/{callId}/disputes', DISPUTERS, 'call'),
  ...apiAndPage('GET', '/disputes', STAFF, 'list'),
  ...apiAndPage('POST', '/disputes/{id}/accept', OPS),
  ...apiAndPage('POST', '/disputes/{id}/reject', OPS),
  // Customer surveys: analysts import; everyone reads the survey view (a coach their teams; HR without comments).
  ...apiAndPage('POST', '/surveys/import', OPS),
  api('GET', '/reports/surveys', ALL, 'list'),
  page('GET', '/surveys', ALL, 'list'),
];

export interface MatchedRule {
  rule: AccessRule;
  params: Record<string, string>;
}

const compiled = ACCESS.map((rule) => {
  const names: string[] = [];
  const source = rule.path
    .split('/')
    .map((part) => {
      const m = part.match(/^\{(\w+)\}$/);
      if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(m[1]);
      return '([^/]+)';
    })
    .join('/');
  return { rule, names, re: new RegExp(`^${source}/?$`) };
});

/** The rule for a request, with decoded path parameters; null when no route is listed. */
export function matchRule(method: string, path: string): MatchedRule | null {
  const m = method === 'HEAD' ? 'GET' : method;
  for (const { rule, names, re } of compiled) {
    if (rule.method !== m) continue;
    const hit = re.exec(path);
    if (!hit) continue;
    const params: Record<string, string> = {};
    names.forEach((n, i) => {
      params[n] = safeDecode(hit[i + 1]);
    });
    return { rule, params };
  }
  return null;
}

export function allows(rule: AccessRule, role: Role): boolean {
  return rule.roles === 'public' || rule.roles.includes(role);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
