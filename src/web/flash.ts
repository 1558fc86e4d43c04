import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './context.ts';

/**
 * A one-time message after a redirect (post/redirect/get): "Your password has been changed."
 * The cookie holds an i18n key (and nothing personal); the layout shows it once, as a status
 * message that screen readers announce.
 */
const cookieName = 'ip_melding';
const keyPattern = /^[a-zA-Z0-9.-]{1,120}$/;

export function flash(c: Context<AppEnv>, key: string): void {
  if (!keyPattern.test(key)) throw new Error(`Not a message key: ${key}`);
  setCookie(c, cookieName, key, { path: '/', httpOnly: true, sameSite: 'Lax', secure: c.var.deps.config.isProduction, maxAge: 60 });
}

export const flashMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  const key = getCookie(c, cookieName);
  c.set('flash', key && keyPattern.test(key) ? key : undefined);
  if (key) deleteCookie(c, cookieName, { path: '/', secure: c.var.deps.config.isProduction });
  await next();
});
