import { and, eq, isNull } from 'drizzle-orm';
import type { Context } from 'hono';
import type { AccountActor } from '../../platform/actor.ts';
import type { AppEnv } from '../../web/context.ts';
import { recordAudit } from '../audit/index.ts';
import { consumeEmailToken, issueEmailToken } from './email-tokens.ts';
import { sendAccountMail } from './mails.ts';
import { accounts } from './schema.ts';

/**
 * Asks to change the address: a confirmation link goes to the NEW address (proving it is theirs) and
 * a notice to the old one. When the new address has an account already, its owner gets a notice and
 * the requester sees the same answer: this form does not reveal who has an account either.
 */
export async function requestEmailChange(c: Context<AppEnv>, actor: AccountActor, nieuwEmail: string): Promise<void> {
  const { db } = c.var.deps.database;
  const [taken] = await db.select({ id: accounts.id, taal: accounts.taal }).from(accounts).where(eq(accounts.email, nieuwEmail)).limit(1);
  const [me] = await db.select({ taal: accounts.taal, naam: accounts.naam }).from(accounts).where(eq(accounts.id, actor.accountId));
  const taal = me?.taal ?? c.var.locale;
  if (taken) {
    if (taken.id !== actor.accountId) sendAccountMail(c, nieuwEmail, taken.taal, 'emailAlInGebruik', {});
    return;
  }
  const token = await issueEmailToken(db, actor.accountId, 'email-wijziging', nieuwEmail);
  sendAccountMail(c, nieuwEmail, taal, 'emailBevestigen', { naam: me?.naam ?? '', pad: `/account/email-bevestigen?token=${token}` });
  sendAccountMail(c, actor.email, taal, 'emailWijzigingAangevraagd', { naam: me?.naam ?? '', nieuw: nieuwEmail });
}

/** Confirms the change with the token from the mail to the new address. */
export async function confirmEmailChange(c: Context<AppEnv>, token: string | undefined): Promise<'ok' | 'onbekend' | 'verlopen' | 'gebruikt' | 'bezet'> {
  const { db } = c.var.deps.database;
  return db.transaction(async (tx) => {
    const check = await consumeEmailToken(tx, token, 'email-wijziging');
    if (!check.ok) return check.reden;
    const nieuw = check.nieuwEmail!;
    const [taken] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, nieuw)).limit(1);
    if (taken) return 'bezet';
    const [before] = await tx
      .select()
      .from(accounts)
      .where(and(eq(accounts.id, check.accountId), isNull(accounts.verwijderdOp)));
    if (!before) return 'onbekend';
    const now = new Date();
    await tx
      .update(accounts)
      .set({ email: nieuw, emailGeverifieerdOp: now, updatedAt: now, versie: before.versie + 1 })
      .where(eq(accounts.id, before.id));
    await recordAudit(tx, {
      actor: c.var.actor.kind === 'account' ? c.var.actor : { kind: 'systeem' },
      actie: 'account.email-gewijzigd',
      objectType: 'account',
      objectId: before.id,
      betreftAccountId: before.id,
      voor: { email: before.email },
      na: { email: nieuw },
      requestId: c.var.requestId,
    });
    return 'ok';
  });
}
