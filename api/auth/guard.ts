/**
 * The guard in front of every route: finds the request's rule in the access table, signs the
 * user in from `Authorization: Bearer <token>` (unless the token expired) or the session cookie
 * (a web session, never the token: auth/sessions.ts), checks the role, and for
 * a coach checks that the call or agent named in the path is one of their teams'.
 * A route missing from the table is refused, so a new route cannot go out unguarded.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import type { AppEnv, User } from '../context.ts';
import { errorBody, forbidden, notFound, ApiError } from '../errors.ts';
import { teamOfAgent, teamOfCall } from '../queries/scope.ts';
import { activeUserById, lookUpToken } from '../queries/users.ts';
import { findSession } from './sessions.ts';
import { allows, matchRule, type MatchedRule } from './access.ts';

/** The cookie holding the web session id (not the API token). */
export const SESSION_COOKIE = 'callqa_session';

/** Renders a refusal on an HTML page route (the pages module supplies it). */
export type PageRefusal = (c: Context<AppEnv>, err: ApiError) => Response | Promise<Response>;

export function guard(pageRefusal: PageRefusal): MiddlewareHandler<AppEnv> {
  const refuse = (c: Context<AppEnv>, kind: 'api' | 'page', err: ApiError): Response | Promise<Response> =>
    kind === 'api' ? c.json(errorBody(err), err.status) : pageRefusal(c, err);
  return async (c, next) => {
    const matched = matchRule(c.req.method, c.req.path);
    if (!matched) return c.json({ error: 'not_found', message: `no route ${c.req.method} ${c.req.path}` }, 404);
    const { rule } = matched;
    if (rule.roles === 'public') return next();

    const signIn = await signedInUser(c);
    if (signIn.kind === 'expired_token' && rule.kind === 'api') {
      c.header('WWW-Authenticate', 'Bearer realm="callqa", error="invalid_token", error_description="token expired"');
      return c.json({ error: 'token_expired', message: `this token expired at ${signIn.expiredAt}: ask an admin for a new one (callqa users add)` }, 401);
    }
    const user = signIn.kind === 'user' ? signIn.user : null;
    if (!user) {
      if (signIn.kind === 'expired_session') deleteCookie(c, SESSION_COOKIE, { path: '/' });
      if (rule.kind === 'page') {
        const target = c.req.method === 'GET' ? c.req.path + (new URL(c.req.url).search || '') : '/';
        return c.redirect(`/signin?next=${encodeURIComponent(target)}`, 302);
      }
      c.header('WWW-Authenticate', 'Bearer realm="callqa"');
      const why = signIn.kind === 'expired_session' ? 'your web session expired; sign in again, or ' : '';
      return c.json({ error: 'unauthorized', message: `${why}sign in: send Authorization: Bearer <token>` }, 401);
    }
    c.set('user', user);
    if (!allows(rule, user.role)) {
      return refuse(c, rule.kind, forbidden(`role ${user.role} may not ${rule.method} ${rule.path}`));
    }
    const scopeError = await checkScope(c, matched, user);
    if (scopeError) return refuse(c, rule.kind, scopeError);
    return next();
  };
}

export type SignIn =
  | { kind: 'user'; user: User }
  | { kind: 'expired_token'; expiredAt: string }
  | { kind: 'expired_session' }
  | { kind: 'none' };

/**
 * Who sent the request: the holder of its Bearer token, else the user of its session cookie.
 * An expired token or session is told apart from none, so the answer can say so.
 */
export async function signedInUser(c: Context<AppEnv>): Promise<SignIn> {
  const sql = c.get('deps').sql;
  const bearer = c.req.header('authorization')?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (bearer) {
    const found = await lookUpToken(sql, bearer);
    if (found.kind === 'valid') return { kind: 'user', user: found.user };
    if (found.kind === 'expired') return { kind: 'expired_token', expiredAt: found.expiredAt };
    return { kind: 'none' };
  }
  const sessionId = getCookie(c, SESSION_COOKIE);
  if (!sessionId) return { kind: 'none' };
  const session = await findSession(sql, sessionId);
  if (session.kind === 'expired') return { kind: 'expired_session' };
  if (session.kind === 'unknown') return { kind: 'none' };
  const user = await activeUserById(sql, session.userId);
  return user ? { kind: 'user', user } : { kind: 'expired_session' };
}

/** Null when the user may see the thing named in the path; else the error to answer. */
async function checkScope(c: Context<AppEnv>, { rule, params }: MatchedRule, user: User): Promise<ApiError | null> {
  if (rule.scope !== 'call' && rule.scope !== 'agent') return null;
  const sql = c.get('deps').sql;
  const team = rule.scope === 'call' ? await teamOfCall(sql, params.callId) : await teamOfAgent(sql, params.agentId);
  if (team === undefined) return notFound(rule.scope === 'call' ? `call ${params.callId}` : `agent ${params.agentId}`);
  if (user.role !== 'coach') return null;
  if (team !== null && user.teams.includes(team)) return null;
  return forbidden(`${rule.scope} ${rule.scope === 'call' ? params.callId : params.agentId} is not in your teams (${user.teams.join(', ')})`);
}

/** Teams whose rows the user may list; null means every team. */
export function visibleTeams(user: User): string[] | null {
  return user.role === 'coach' ? user.teams : null;
}
