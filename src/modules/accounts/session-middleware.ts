import { and, eq, gt, isNull } from 'drizzle-orm';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { Context } from 'hono';
import { anonymous } from '../../platform/actor.ts';
import { hashToken } from '../../platform/secrets.ts';
import type { AppEnv } from '../../web/context.ts';
import { problem } from '../../api/problem.ts';
import { loadAccountActor } from './actor-loader.ts';
import { apiTokens } from './schema.ts';
import { createSession, endSession, findSession, sessionCookieName, type SessionSettings } from './sessions.ts';

export const sessionSettings = (c: Context<AppEnv>): SessionSettings => ({
  idleMs: c.var.deps.config.sessionIdleMs,
  absoluteMs: c.var.deps.config.sessionAbsoluteMs,
});

/** Pages: the session cookie becomes `c.var.session` and `c.var.actor`. A stale or forged cookie is dropped. */
export const sessionMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  const { config, database } = c.var.deps;
  c.set('actor', anonymous);
  c.set('session', undefined);
  const name = sessionCookieName(config.isProduction);
  const token = getCookie(c, name);
  if (token) {
    const row = token.length <= 100 ? await findSession(database.db, token, sessionSettings(c)) : undefined;
    if (!row) {
      deleteCookie(c, name, { path: '/', secure: config.isProduction });
    } else {
      c.set('session', { hash: row.tokenHash, accountId: row.accountId, status: row.status });
      if (row.status === 'actief') {
        const actor = await loadAccountActor(database.db, row.accountId, {
          via: 'sessie',
          tweedeFactorGebruikt: row.tweedeFactorOp !== null,
        });
        if (actor) c.set('actor', actor);
      }
    }
  }
  await next();
});

/**
 * Logs a person in: a new session (a new id: rotation at login, against session fixation) in the
 * given state, and the cookie that carries it. Ends the session the request came with, if any.
 */
export async function startSession(
  c: Context<AppEnv>,
  accountId: string,
  status: 'actief' | 'tweede-factor',
  methode: string,
  options: { tweedeFactor?: boolean } = {},
): Promise<string> {
  const { config, database } = c.var.deps;
  if (c.var.session) await endSession(database.db, c.var.session.hash);
  const { token, hash } = await createSession(
    database.db,
    {
      accountId,
      status,
      methode,
      apparaat: describeDevice(c.req.header('user-agent')),
      tweedeFactorOp: options.tweedeFactor ? new Date() : undefined,
    },
    sessionSettings(c),
  );
  setCookie(c, sessionCookieName(config.isProduction), token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: config.isProduction,
    maxAge: Math.floor(config.sessionAbsoluteMs / 1000),
  });
  c.set('session', { hash, accountId, status });
  return hash;
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  const { config } = c.var.deps;
  deleteCookie(c, sessionCookieName(config.isProduction), { path: '/', secure: config.isProduction });
  c.set('session', undefined);
  c.set('actor', anonymous);
}

export const apiTokenPrefix = 'ipt_';

/**
 * API: `Authorization: Bearer ipt_...` becomes `c.var.actor`, limited to the token's scopes. No header
 * means anonymous (the open, read-only part of the API); a wrong, expired or revoked token is a 401.
 */
export const bearerMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  c.set('actor', anonymous);
  c.set('session', undefined);
  const header = c.req.header('authorization');
  if (header === undefined) return next();
  const match = /^Bearer\s+(ipt_[A-Za-z0-9_-]{20,100})\s*$/i.exec(header);
  const refuse = () =>
    problem(c, 401, 'The bearer token is missing, malformed, expired or revoked', {
      headers: { 'WWW-Authenticate': 'Bearer realm="i-partnerschap", error="invalid_token"' },
    });
  if (!match) return refuse();
  const { db } = c.var.deps.database;
  const [token] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, hashToken(match[1]!)), isNull(apiTokens.ingetrokkenOp), gt(apiTokens.verlooptOp, new Date())))
    .limit(1);
  if (!token) return refuse();
  const actor = await loadAccountActor(db, token.accountId, { via: 'token', scopes: token.scopes, tweedeFactorGebruikt: true });
  if (!actor) return refuse();
  if (!token.laatstGebruiktOp || Date.now() - token.laatstGebruiktOp.getTime() > 3_600_000) {
    await db.update(apiTokens).set({ laatstGebruiktOp: new Date() }).where(eq(apiTokens.id, token.id));
  }
  c.set('actor', actor);
  return next();
});

/** A browser and system name for the list of sessions ("Firefox op Linux"), not the full user agent. */
function describeDevice(userAgent: string | undefined): string | undefined {
  if (!userAgent) return undefined;
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : 'Browser';
  const system = /Windows/.test(userAgent)
    ? 'Windows'
    : /Android/.test(userAgent)
      ? 'Android'
      : /iPhone|iPad/.test(userAgent)
        ? 'iOS'
        : /Mac OS X/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : '';
  return system ? `${browser} / ${system}` : browser;
}
