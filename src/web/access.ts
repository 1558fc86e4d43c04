import type { Context, MiddlewareHandler } from 'hono';
import { problem } from '../api/problem.ts';
import { isAccount, isBeheerder, isProgrammamanagement, mayWrite } from '../platform/actor.ts';
import type { AppEnv } from './context.ts';
import { renderErrorPage } from './error-page.tsx';
import { localizedPath } from './paths.ts';

/**
 * Who may use a route, declared on the route itself: `pages.get('/x', access('account'), handler)`.
 * The gate enforces what it can see without loading the resource (logged in, platform role, token
 * scope); resource levels ('lid', 'coordinator', 'verbinder') are then checked in the handler with
 * the module's `can(actor, action, resource)`. The authorization matrix test reads these
 * declarations from the route table: a route without one fails the test.
 *
 * - public: everyone
 * - account: anyone logged in (their own things)
 * - lid: a member of the organisatie in the path (or a beheerder)
 * - coordinator: a coordinator of the organisatie in the path (or a beheerder)
 * - verbinder: the verbinder of the regio the resource belongs to (or a beheerder)
 * - programmamanagement: programme management (or a beheerder)
 * - beheerder: beheerders only
 */
export const accessLevels = ['public', 'account', 'lid', 'coordinator', 'verbinder', 'programmamanagement', 'beheerder'] as const;
export type AccessLevel = (typeof accessLevels)[number];

export type AccessGate = MiddlewareHandler<AppEnv> & { accessLevel: AccessLevel; scope: 'read' | 'write' };

const isApiPath = (path: string) => path.startsWith('/api/');

/** Not logged in: pages go to the login page and come back; the API answers 401. */
export function refuseAnonymous(c: Context<AppEnv>): Response {
  if (isApiPath(c.req.path)) {
    return problem(c, 401, 'Authentication required: send a personal API token as Authorization: Bearer', {
      headers: { 'WWW-Authenticate': 'Bearer realm="i-partnerschap"' },
    });
  }
  const url = new URL(c.req.url);
  const back = c.req.method === 'GET' ? url.pathname + url.search : refererPath(c.req.header('referer'));
  return c.redirect(`${localizedPath(c.var.locale, '/inloggen')}?terug=${encodeURIComponent(back)}`, 303);
}

/** The path of the page a form was posted from, to return to after logging in; '/' when unknown or malformed. */
function refererPath(referer: string | undefined): string {
  if (!referer) return '/';
  try {
    return new URL(referer).pathname;
  } catch {
    return '/';
  }
}

export function refuseForbidden(c: Context<AppEnv>, detail = 'You are not allowed to do this'): Response | Promise<Response> {
  if (isApiPath(c.req.path)) return problem(c, 403, detail);
  return renderErrorPage(c, 403);
}

export function access(level: AccessLevel, options: { scope?: 'read' | 'write' } = {}): AccessGate {
  const scope = options.scope ?? 'read';
  const gate: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (level === 'public') return next();
    const actor = c.var.actor;
    if (!isAccount(actor)) return refuseAnonymous(c);
    if (scope === 'write' && !mayWrite(actor)) return refuseForbidden(c, "This token lacks the 'write' scope");
    if (level === 'beheerder' || level === 'programmamanagement') {
      const allowed = isBeheerder(actor) || (level === 'programmamanagement' && isProgrammamanagement(actor));
      if (!allowed) {
        // The role is held but needs the second factor first: send the person to set it up.
        if (actor.tweedeFactorVereist && !isApiPath(c.req.path)) {
          return c.redirect(`${localizedPath(c.var.locale, '/account/tweede-factor')}?vereist=1`, 303);
        }
        return refuseForbidden(c);
      }
    }
    return next();
  };
  return Object.assign(gate, { accessLevel: level, scope });
}

export function isAccessGate(handler: unknown): handler is AccessGate {
  return typeof handler === 'function' && 'accessLevel' in handler;
}
