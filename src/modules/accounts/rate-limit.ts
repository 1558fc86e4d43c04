import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { rateLimits } from './schema.ts';

/**
 * Fixed-window rate limits kept in the database, so that every instance counts together. A limit
 * is checked per IP address and per account (e-mail address); both must pass. The settings are
 * here, in one table, and listed in the closing note and docs/security.md.
 */
export const rateLimitSettings = {
  login: { perIp: { max: 30, windowSeconds: 15 * 60 }, perAccount: { max: 10, windowSeconds: 15 * 60 } },
  registratie: { perIp: { max: 10, windowSeconds: 60 * 60 }, perAccount: { max: 3, windowSeconds: 60 * 60 } },
  herstel: { perIp: { max: 10, windowSeconds: 60 * 60 }, perAccount: { max: 3, windowSeconds: 60 * 60 } },
  tweedeFactor: { perIp: { max: 30, windowSeconds: 15 * 60 }, perAccount: { max: 5, windowSeconds: 15 * 60 } },
  emailWijziging: { perIp: { max: 10, windowSeconds: 60 * 60 }, perAccount: { max: 5, windowSeconds: 60 * 60 } },
  uitnodiging: { perIp: { max: 60, windowSeconds: 60 * 60 }, perAccount: { max: 30, windowSeconds: 60 * 60 } },
} as const;
export type RateLimitAction = keyof typeof rateLimitSettings;

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

async function hit(db: Db, key: string, max: number, windowSeconds: number): Promise<RateLimitResult> {
  // One statement: start a new window when the old one is over, otherwise count on.
  const expired = sql`${rateLimits.vensterStart} < now() - make_interval(secs => ${windowSeconds})`;
  const [row] = await db
    .insert(rateLimits)
    .values({ sleutel: key, vensterStart: sql`now()`, aantal: 1 })
    .onConflictDoUpdate({
      target: rateLimits.sleutel,
      set: {
        aantal: sql`case when ${expired} then 1 else ${rateLimits.aantal} + 1 end`,
        vensterStart: sql`case when ${expired} then now() else ${rateLimits.vensterStart} end`,
      },
    })
    .returning({ aantal: rateLimits.aantal, vensterStart: rateLimits.vensterStart });
  if (row!.aantal <= max) return { allowed: true };
  const started = row!.vensterStart.getTime();
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((started + windowSeconds * 1000 - Date.now()) / 1000)) };
}

/** Counts one attempt for the IP and (if known) the account; refused when either is over its limit. */
export async function checkRateLimit(
  db: Db,
  action: RateLimitAction,
  keys: { ip: string; account?: string | undefined },
): Promise<RateLimitResult> {
  const settings = rateLimitSettings[action];
  const byIp = await hit(db, `${action}:ip:${keys.ip}`, settings.perIp.max, settings.perIp.windowSeconds);
  const byAccount = keys.account
    ? await hit(db, `${action}:account:${keys.account.toLowerCase()}`, settings.perAccount.max, settings.perAccount.windowSeconds)
    : ({ allowed: true } as const);
  if (!byIp.allowed) return byIp;
  return byAccount;
}

/** Clears the per-account counter, e.g. after a successful login. */
export async function resetRateLimit(db: Db, action: RateLimitAction, account: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.sleutel, `${action}:account:${account.toLowerCase()}`));
}
