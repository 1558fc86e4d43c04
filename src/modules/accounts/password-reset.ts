import { and, eq, isNull } from 'drizzle-orm';
import type { Context } from 'hono';
import type { Actor } from '../../platform/actor.ts';
import type { AppEnv } from '../../web/context.ts';
import { recordAudit } from '../audit/index.ts';
import { consumeEmailToken, issueEmailToken } from './email-tokens.ts';
import { sendAccountMail } from './mails.ts';
import { hashPassword } from './passwords.ts';
import { accounts } from './schema.ts';
import { endAllSessions } from './sessions.ts';

/** Mails a reset link when the address has an account; the visitor is told the same either way. */
export async function requestPasswordReset(c: Context<AppEnv>, email: string): Promise<void> {
  const { db } = c.var.deps.database;
  const [account] = await db
    .select({ id: accounts.id, naam: accounts.naam, taal: accounts.taal })
    .from(accounts)
    .where(and(eq(accounts.email, email), isNull(accounts.verwijderdOp)))
    .limit(1);
  if (!account) return;
  const token = await issueEmailToken(db, account.id, 'wachtwoord-herstel');
  sendAccountMail(c, email, account.taal, 'herstel', { naam: account.naam, pad: `/wachtwoord-herstellen?token=${token}` });
}

/**
 * Sets a new password with a reset token: the token is used up, every session ends (whoever had the
 * old password is logged out), the address counts as verified (the mail was read), and the owner is
 * told by mail.
 */
export async function resetPassword(c: Context<AppEnv>, token: string, wachtwoord: string): Promise<'ok' | 'onbekend' | 'verlopen' | 'gebruikt'> {
  const { db } = c.var.deps.database;
  const hash = await hashPassword(wachtwoord);
  const outcome = await db.transaction(async (tx) => {
    const check = await consumeEmailToken(tx, token, 'wachtwoord-herstel');
    if (!check.ok) return { result: check.reden } as const;
    const [before] = await tx.select().from(accounts).where(eq(accounts.id, check.accountId));
    if (!before || before.verwijderdOp || !before.email) return { result: 'onbekend' } as const;
    await tx
      .update(accounts)
      .set({ wachtwoordHash: hash, emailGeverifieerdOp: before.emailGeverifieerdOp ?? new Date(), updatedAt: new Date(), versie: before.versie + 1 })
      .where(eq(accounts.id, before.id));
    await endAllSessions(tx, before.id);
    await recordAudit(tx, {
      actor: { kind: 'systeem' },
      actie: 'account.wachtwoord-hersteld',
      objectType: 'account',
      objectId: before.id,
      betreftAccountId: before.id,
      voor: { wachtwoordHash: before.wachtwoordHash },
      na: { wachtwoordHash: hash },
      requestId: c.var.requestId,
    });
    return { result: 'ok', email: before.email, taal: before.taal, naam: before.naam } as const;
  });
  if (outcome.result === 'ok') sendAccountMail(c, outcome.email, outcome.taal, 'wachtwoordGewijzigd', { naam: outcome.naam });
  return outcome.result;
}

/** Changes the password of a logged-in person; their other sessions end. */
export async function changePassword(c: Context<AppEnv>, actor: Actor & { kind: 'account' }, wachtwoord: string): Promise<void> {
  const { db } = c.var.deps.database;
  const hash = await hashPassword(wachtwoord);
  const done = await db.transaction(async (tx) => {
    const [before] = await tx.select().from(accounts).where(eq(accounts.id, actor.accountId));
    if (!before) throw new Error('account disappeared');
    await tx.update(accounts).set({ wachtwoordHash: hash, updatedAt: new Date(), versie: before.versie + 1 }).where(eq(accounts.id, before.id));
    await endAllSessions(tx, before.id, c.var.session?.hash);
    await recordAudit(tx, {
      actor,
      actie: 'account.wachtwoord-gewijzigd',
      objectType: 'account',
      objectId: before.id,
      betreftAccountId: before.id,
      voor: { wachtwoordHash: before.wachtwoordHash },
      na: { wachtwoordHash: hash },
      requestId: c.var.requestId,
    });
    return before;
  });
  if (done.email) sendAccountMail(c, done.email, done.taal, 'wachtwoordGewijzigd', { naam: done.naam });
}
