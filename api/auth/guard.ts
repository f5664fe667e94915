/**
 * The guard in front of every route: finds the request's rule in the access table, signs the
 * user in from `Authorization: Bearer <token>` or the sign-in cookie, checks the role, and for
 * a coach checks that the call or agent named in the path is one of their teams'.
 * A route missing from the table is refused, so a new route cannot go out unguarded.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv, User } from '../context.ts';
import { errorBody, forbidden, notFound, ApiError } from '../errors.ts';
import { teamOfAgent, teamOfCall } from '../queries/scope.ts';
import { userByToken } from '../queries/users.ts';
import { allows, matchRule, type MatchedRule } from './access.ts';

export const SESSION_COOKIE = 'callqa_token';

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

    const user = signedInUser(c);
    if (!user) {
      if (rule.kind === 'page') {
        const target = c.req.method === 'GET' ? c.req.path + (new URL(c.req.url).search || '') : '/';
        return c.redirect(`/signin?next=${encodeURIComponent(target)}`, 302);
      }
      c.header('WWW-Authenticate', 'Bearer realm="callqa"');
      return c.json({ error: 'unauthorized', message: 'sign in: send Authorization: Bearer <token>' }, 401);
    }
    c.set('user', user);
    if (!allows(rule, user.role)) {
      return refuse(c, rule.kind, forbidden(`role ${user.role} may not ${rule.method} ${rule.path}`));
    }
    const scopeError = checkScope(c, matched, user);
    if (scopeError) return refuse(c, rule.kind, scopeError);
    return next();
  };
}

/** The user behind the request's Bearer token or session cookie, or null. */
export function signedInUser(c: Context<AppEnv>): User | null {
  const header = c.req.header('authorization');
  const bearer = header?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  const token = bearer ?? getCookie(c, SESSION_COOKIE);
  if (!token) return null;
  return userByToken(c.get('deps').db, token);
}

/** Null when the user may see the thing named in the path; else the error to answer. */
function checkScope(c: Context<AppEnv>, { rule, params }: MatchedRule, user: User): ApiError | null {
  if (rule.scope !== 'call' && rule.scope !== 'agent') return null;
  const db = c.get('deps').db;
  const team = rule.scope === 'call' ? teamOfCall(db, params.callId) : teamOfAgent(db, params.agentId);
  if (team === undefined) return notFound(rule.scope === 'call' ? `call ${params.callId}` : `agent ${params.agentId}`);
  if (user.role !== 'coach') return null;
  if (team !== null && user.teams.includes(team)) return null;
  return forbidden(`${rule.scope} ${rule.scope === 'call' ? params.callId : params.agentId} is not in your teams (${user.teams.join(', ')})`);
}

/** Teams whose rows the user may list; null means every team. */
export function visibleTeams(user: User): string[] | null {
  return user.role === 'coach' ? user.teams : null;
}
