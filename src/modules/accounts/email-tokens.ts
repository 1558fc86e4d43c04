import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { hashToken, randomToken } from '../../platform/secrets.ts';
import { emailTokens, type emailTokenDoelen } from './schema.ts';

type Doel = (typeof emailTokenDoelen)[number];

/** How long a mailed link works: long enough to find the mail, short enough to limit a leaked link. */
export const emailTokenTtlMs: Record<Doel, number> = {
  verificatie: 24 * 3_600_000,
  'wachtwoord-herstel': 3_600_000,
  'email-wijziging': 24 * 3_600_000,
};

/** A new single-use token for a mailed link; earlier unused tokens of the same purpose stop working. */
export async function issueEmailToken(db: Db, accountId: string, doel: Doel, nieuwEmail?: string): Promise<string> {
  const token = randomToken();
  await db
    .update(emailTokens)
    .set({ gebruiktOp: new Date() })
    .where(and(eq(emailTokens.accountId, accountId), eq(emailTokens.doel, doel), isNull(emailTokens.gebruiktOp)));
  await db.insert(emailTokens).values({
    tokenHash: hashToken(token),
    accountId,
    doel,
    nieuwEmail: nieuwEmail ?? null,
    verlooptOp: new Date(Date.now() + emailTokenTtlMs[doel]),
  });
  return token;
}

export type TokenCheck =
  | { ok: true; accountId: string; nieuwEmail: string | null }
  | { ok: false; reden: 'onbekend' | 'verlopen' | 'gebruikt' };

/** Looks a token up without using it (to show the form that will use it). */
export async function checkEmailToken(db: Db, token: string | undefined, doel: Doel): Promise<TokenCheck> {
  if (!token || token.length > 100) return { ok: false, reden: 'onbekend' };
  const [row] = await db
    .select()
    .from(emailTokens)
    .where(and(eq(emailTokens.tokenHash, hashToken(token)), eq(emailTokens.doel, doel)))
    .limit(1);
  if (!row) return { ok: false, reden: 'onbekend' };
  if (row.gebruiktOp) return { ok: false, reden: 'gebruikt' };
  if (row.verlooptOp.getTime() <= Date.now()) return { ok: false, reden: 'verlopen' };
  return { ok: true, accountId: row.accountId, nieuwEmail: row.nieuwEmail };
}

/** Uses a token: only one request can win (the update is conditional on it being unused). */
export async function consumeEmailToken(db: Db, token: string | undefined, doel: Doel): Promise<TokenCheck> {
  const check = await checkEmailToken(db, token, doel);
  if (!check.ok) return check;
  const used = await db
    .update(emailTokens)
    .set({ gebruiktOp: new Date() })
    .where(and(eq(emailTokens.tokenHash, hashToken(token!)), isNull(emailTokens.gebruiktOp)))
    .returning({ accountId: emailTokens.accountId });
  return used.length === 1 ? check : { ok: false, reden: 'gebruikt' };
}
