import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import type { AppEnv } from '../../web/context.ts';
import { recordAudit } from '../audit/index.ts';
import { consumeEmailToken } from './email-tokens.ts';
import { accounts } from './schema.ts';

/** Marks the address verified with the token from the verification mail. */
export async function verifyEmail(c: Context<AppEnv>, token: string | undefined): Promise<'ok' | 'onbekend' | 'verlopen' | 'gebruikt'> {
  const { db } = c.var.deps.database;
  return db.transaction(async (tx) => {
    const check = await consumeEmailToken(tx, token, 'verificatie');
    if (!check.ok) return check.reden;
    const now = new Date();
    await tx.update(accounts).set({ emailGeverifieerdOp: now, updatedAt: now }).where(eq(accounts.id, check.accountId));
    await recordAudit(tx, {
      actor: { kind: 'systeem' },
      actie: 'account.email-geverifieerd',
      objectType: 'account',
      objectId: check.accountId,
      betreftAccountId: check.accountId,
      voor: { emailGeverifieerdOp: null },
      na: { emailGeverifieerdOp: now },
      requestId: c.var.requestId,
    });
    return 'ok';
  });
}
