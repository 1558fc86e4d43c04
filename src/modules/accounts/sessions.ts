import { and, eq, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { hashToken, randomToken } from '../../platform/secrets.ts';
import { sessies } from './schema.ts';

export type SessionSettings = { idleMs: number; absoluteMs: number };
export type SessionRow = typeof sessies.$inferSelect;

export function sessionCookieName(production: boolean): string {
  // __Host- binds the cookie to this exact host and path / and requires Secure: production only.
  return production ? '__Host-ip_sessie' : 'ip_sessie';
}

/** Starts a new session (a new token every time: the session id rotates at login). */
export async function createSession(
  db: Db,
  input: {
    accountId: string;
    status: 'actief' | 'tweede-factor';
    methode: string;
    apparaat?: string | undefined;
    tweedeFactorOp?: Date | undefined;
  },
  settings: SessionSettings,
): Promise<{ token: string; hash: string }> {
  const token = randomToken();
  const hash = hashToken(token);
  const now = Date.now();
  await db.insert(sessies).values({
    tokenHash: hash,
    accountId: input.accountId,
    status: input.status,
    methode: input.methode,
    tweedeFactorOp: input.tweedeFactorOp ?? null,
    verlooptOp: new Date(now + settings.absoluteMs),
    apparaat: input.apparaat?.slice(0, 200) ?? null,
  });
  return { token, hash };
}

/**
 * The session behind a cookie token, if it is still valid: not past its absolute expiry and used
 * within the idle timeout. The last-active time is written at most once a minute.
 */
export async function findSession(db: Db, token: string, settings: SessionSettings): Promise<SessionRow | undefined> {
  const hash = hashToken(token);
  const [row] = await db.select().from(sessies).where(eq(sessies.tokenHash, hash)).limit(1);
  if (!row) return undefined;
  const now = Date.now();
  if (row.verlooptOp.getTime() <= now || row.laatstActiefOp.getTime() + settings.idleMs <= now) {
    await db.delete(sessies).where(eq(sessies.tokenHash, hash));
    return undefined;
  }
  if (now - row.laatstActiefOp.getTime() > 60_000) {
    await db.update(sessies).set({ laatstActiefOp: new Date(now) }).where(eq(sessies.tokenHash, hash));
  }
  return row;
}

export async function endSession(db: Db, hash: string): Promise<void> {
  await db.delete(sessies).where(eq(sessies.tokenHash, hash));
}

/** "Log out everywhere": every session of the account, optionally except the current one. */
export async function endAllSessions(db: Db, accountId: string, except?: string): Promise<number> {
  const rows = await db
    .delete(sessies)
    .where(and(eq(sessies.accountId, accountId), except ? sql`${sessies.tokenHash} <> ${except}` : undefined))
    .returning({ hash: sessies.tokenHash });
  return rows.length;
}

export async function listSessions(db: Db, accountId: string): Promise<SessionRow[]> {
  return db.select().from(sessies).where(eq(sessies.accountId, accountId)).orderBy(sql`${sessies.laatstActiefOp} desc`);
}

/** Removes expired sessions; run now and then (start-up, and when sessions are listed). */
export async function purgeExpiredSessions(db: Db, settings: SessionSettings): Promise<void> {
  await db
    .delete(sessies)
    .where(
      or(lt(sessies.verlooptOp, new Date()), lt(sessies.laatstActiefOp, new Date(Date.now() - settings.idleMs))),
    );
}
