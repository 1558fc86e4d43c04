import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import type { AppEnv } from '../../web/context.ts';
import { recordAudit } from '../audit/index.ts';
import { issueEmailToken } from './email-tokens.ts';
import { sendAccountMail } from './mails.ts';
import { hashPassword } from './passwords.ts';
import { accounts, type Persoonstype } from './schema.ts';

export type Registratie = { naam: string; email: string; persoonstype: Persoonstype; wachtwoord: string };

/**
 * Registers an account and mails a verification link. For an address that has an account already,
 * the owner gets a mail saying so (with the way to reset the password) and the visitor sees the same
 * answer as for a new address: the form does not tell who has an account. The password is hashed in
 * both cases, so the two take as long.
 */
export async function register(c: Context<AppEnv>, input: Registratie): Promise<void> {
  const { db } = c.var.deps.database;
  const locale = c.var.locale;
  const wachtwoordHash = await hashPassword(input.wachtwoord);
  const result = await db.transaction(async (tx) => {
    const [made] = await tx
      .insert(accounts)
      .values({ email: input.email, naam: input.naam, persoonstype: input.persoonstype, wachtwoordHash, taal: locale })
      .onConflictDoNothing()
      .returning({ id: accounts.id });
    if (!made) return { kind: 'bestaat' as const };
    await recordAudit(tx, {
      actor: { kind: 'systeem' },
      actie: 'account.geregistreerd',
      objectType: 'account',
      objectId: made.id,
      betreftAccountId: made.id,
      na: { email: input.email, naam: input.naam, persoonstype: input.persoonstype, taal: locale },
      requestId: c.var.requestId,
    });
    const token = await issueEmailToken(tx, made.id, 'verificatie');
    return { kind: 'nieuw' as const, token };
  });
  if (result.kind === 'nieuw') {
    sendAccountMail(c, input.email, locale, 'verificatie', { naam: input.naam, pad: `/account/verifieren?token=${result.token}` });
  } else {
    const [existing] = await db.select({ taal: accounts.taal, naam: accounts.naam }).from(accounts).where(eq(accounts.email, input.email));
    const taal = existing?.taal ?? locale;
    sendAccountMail(c, input.email, taal, 'alGeregistreerd', { naam: existing?.naam ?? '', pad: '/wachtwoord-vergeten' });
  }
}

/** Sends a new verification link to an unverified account; silently nothing for any other address. */
export async function resendVerification(c: Context<AppEnv>, email: string): Promise<void> {
  const { db } = c.var.deps.database;
  const [account] = await db
    .select({ id: accounts.id, naam: accounts.naam, taal: accounts.taal, geverifieerd: accounts.emailGeverifieerdOp })
    .from(accounts)
    .where(eq(accounts.email, email))
    .limit(1);
  if (!account || account.geverifieerd) return;
  const token = await issueEmailToken(db, account.id, 'verificatie');
  sendAccountMail(c, email, account.taal, 'verificatie', { naam: account.naam, pad: `/account/verifieren?token=${token}` });
}
