import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { locales } from '../../../platform/i18n.ts';
import { decrypt, encrypt } from '../../../platform/secrets.ts';
import type { AppEnv } from '../../../web/context.ts';

/**
 * What the callback needs to check the provider's answer (state, nonce, PKCE verifier) and where to
 * go afterwards, kept in the browser between the redirect to the provider and the way back:
 * encrypted and authenticated with a key derived from APP_SECRET, so it can be neither read nor forged,
 * and short-lived. The login starts from scratch if it is lost.
 */
const purpose = 'oidc-flow';
const maxAgeSeconds = 10 * 60;

const flowSchema = z.object({
  provider: z.string(),
  state: z.string(),
  nonce: z.string(),
  verifier: z.string(),
  terug: z.string().optional(),
  locale: z.enum(locales),
  start: z.number(),
});
export type OidcFlow = z.infer<typeof flowSchema>;

const cookieName = (production: boolean) => (production ? '__Host-ip_oidc' : 'ip_oidc');

/** Only a path on this site: '/x', never '//host' or '/\host' (browsers treat both as another site). */
export function safeReturnPath(value: string | undefined): string | undefined {
  if (!value || value.length > 500) return undefined;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined;
  // No backslashes or control characters (a newline in a Location header, a tab browsers drop).
  if (value.includes('\\') || [...value].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)) return undefined;
  return value;
}

export function saveFlow(c: Context<AppEnv>, flow: Omit<OidcFlow, 'start'>): void {
  const { config } = c.var.deps;
  const sealed = encrypt(config.appSecret, purpose, JSON.stringify({ ...flow, start: Date.now() }));
  setCookie(c, cookieName(config.isProduction), sealed, {
    path: '/',
    httpOnly: true,
    // Lax: the cookie comes along on the top-level redirect back from the provider.
    sameSite: 'Lax',
    secure: config.isProduction,
    maxAge: maxAgeSeconds,
  });
}

/** The flow of this browser, if present, intact and not expired. The cookie is removed either way: single use. */
export function takeFlow(c: Context<AppEnv>): OidcFlow | undefined {
  const { config } = c.var.deps;
  const name = cookieName(config.isProduction);
  const sealed = getCookie(c, name);
  if (sealed === undefined) return undefined;
  deleteCookie(c, name, { path: '/', secure: config.isProduction });
  try {
    const flow = flowSchema.parse(JSON.parse(decrypt(config.appSecret, purpose, sealed)));
    return Date.now() - flow.start <= maxAgeSeconds * 1000 ? flow : undefined;
  } catch {
    return undefined;
  }
}
