import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../src/db/client.ts';
import { accounts, platformrollen, sessies } from '../../src/modules/accounts/index.ts';
import { lidmaatschappen } from '../../src/modules/lidmaatschappen/index.ts';
import { hashPassword } from '../../src/modules/accounts/passwords.ts';
import { createSession } from '../../src/modules/accounts/sessions.ts';
import type { Config } from '../../src/platform/config.ts';
import { encrypt } from '../../src/platform/secrets.ts';
import { issueToken } from '../../src/web/csrf.ts';

/**
 * Test helpers for people: make an account straight in the database, log it in without the login
 * form, and post forms with a valid CSRF token. The login flow itself is tested through its pages.
 */
export type TestAccount = { id: string; email: string; wachtwoord: string; totpGeheim?: string };

export const testPassword = 'paarse-olifant-fietst-87';

export async function createAccount(
  db: Db,
  config: Config,
  options: {
    email?: string;
    naam?: string;
    persoonstype?: (typeof accounts.$inferInsert)['persoonstype'];
    wachtwoord?: string;
    geverifieerd?: boolean;
    platformrollen?: { rol: 'beheerder' | 'verbinder' | 'programmamanagement'; regioCode?: string }[];
    lidmaatschappen?: { organisatieId: string; rol: 'coordinator' | 'lid' }[];
    /** A base32 TOTP secret: turns the second factor on (implied for beheerder and verbinder). */
    totpGeheim?: string;
  } = {},
): Promise<TestAccount> {
  const email = (options.email ?? `persoon-${randomBytes(4).toString('hex')}@example.org`).toLowerCase();
  const wachtwoord = options.wachtwoord ?? testPassword;
  const needsTotp = options.platformrollen?.some((r) => r.rol === 'beheerder' || r.rol === 'verbinder');
  const totpGeheim = options.totpGeheim ?? (needsTotp ? 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' : undefined);
  const [row] = await db
    .insert(accounts)
    .values({
      email,
      naam: options.naam ?? 'Test Persoon',
      persoonstype: options.persoonstype ?? 'anders',
      wachtwoordHash: await hashPassword(wachtwoord),
      emailGeverifieerdOp: options.geverifieerd === false ? null : new Date(),
      totpGeheim: totpGeheim ? encrypt(config.appSecret, 'totp', totpGeheim) : null,
      totpAanSinds: totpGeheim ? new Date() : null,
    })
    .returning({ id: accounts.id });
  const id = row!.id;
  for (const r of options.platformrollen ?? []) {
    await db.insert(platformrollen).values({ accountId: id, rol: r.rol, regioCode: r.regioCode ?? null });
  }
  for (const l of options.lidmaatschappen ?? []) {
    await db.insert(lidmaatschappen).values({ accountId: id, organisatieId: l.organisatieId, rol: l.rol, bron: 'beheer' });
  }
  return { id, email, wachtwoord, ...(totpGeheim ? { totpGeheim } : {}) };
}

export type Browserish = { cookie: string; csrf: string };

/** A logged-in session (second factor passed) and a CSRF token, as a Cookie header and form token. */
export async function loginAs(db: Db, config: Config, accountId: string): Promise<Browserish> {
  const { token, hash } = await createSession(
    db,
    { accountId, status: 'actief', methode: 'test' },
    { idleMs: config.sessionIdleMs, absoluteMs: config.sessionAbsoluteMs },
  );
  await db.update(sessies).set({ tweedeFactorOp: new Date() }).where(eq(sessies.tokenHash, hash));
  const csrf = issueToken(config.appSecret);
  return { cookie: `ip_sessie=${token}; ip_csrf=${csrf}`, csrf };
}

/** An anonymous visitor with a CSRF cookie, to post forms. */
export function anonymousVisitor(config: Config): Browserish {
  const csrf = issueToken(config.appSecret);
  return { cookie: `ip_csrf=${csrf}`, csrf };
}

/** Request options for posting a form as this visitor. */
export function postForm(who: Browserish, fields: Record<string, string>): RequestInit {
  return {
    method: 'POST',
    headers: { cookie: who.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: who.csrf, ...fields }).toString(),
  };
}

/** Request options for a GET as this visitor. */
export function getAs(who: Browserish): RequestInit {
  return { headers: { cookie: who.cookie } };
}
