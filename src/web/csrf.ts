import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './context.ts';
import { renderErrorPage } from './error-page.tsx';

/**
 * CSRF protection for the HTML forms: a signed double-submit token. The cookie holds a random value
 * with its HMAC; every unsafe request must send the same token in the `_csrf` form field (or the
 * X-CSRF-Token header for enhanced scripts). A forged or missing token is refused with 403.
 * The API does not use cookies, so it does not need this.
 */
export const csrfFieldName = '_csrf';
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sign(secret: string, value: string): string {
  return createHmac('sha256', secret).update(value).digest('base64url');
}

export function issueToken(secret: string): string {
  const value = randomBytes(18).toString('base64url');
  return `${value}.${sign(secret, value)}`;
}

export function isValidToken(secret: string, token: string | undefined): token is string {
  if (!token) return false;
  const [value, mac] = token.split('.');
  if (!value || !mac) return false;
  const expected = Buffer.from(sign(secret, value));
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

function tokensMatch(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function csrfCookieName(production: boolean): string {
  // __Host- cookies are bound to the exact host and path / and must be Secure: production only.
  return production ? '__Host-ip_csrf' : 'ip_csrf';
}

export const csrf = createMiddleware<AppEnv>(async (c, next) => {
  const { config } = c.var.deps;
  const cookieName = csrfCookieName(config.isProduction);
  let token = getCookie(c, cookieName);
  if (!isValidToken(config.appSecret, token)) {
    token = issueToken(config.appSecret);
    setCookie(c, cookieName, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'Lax',
      secure: config.isProduction,
    });
    if (unsafeMethods.has(c.req.method)) return renderErrorPage(c, 403);
  }
  c.set('csrfToken', token);
  if (unsafeMethods.has(c.req.method)) {
    let sent = c.req.header('x-csrf-token');
    if (!sent) {
      const type = c.req.header('content-type') ?? '';
      if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
        const body = await c.req.parseBody();
        const field = body[csrfFieldName];
        sent = typeof field === 'string' ? field : undefined;
      }
    }
    if (!sent || !tokensMatch(sent, token)) return renderErrorPage(c, 403);
  }
  await next();
});
