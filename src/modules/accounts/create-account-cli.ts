import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { lidmaatschappen } from '../lidmaatschappen/schema.ts';
import { organisaties } from '../organisaties/schema.ts';
import { encrypt } from '../../platform/secrets.ts';
import { recordAudit } from '../audit/index.ts';
import { hashPassword, passwordProblem } from './passwords.ts';
import { accounts, platformrollen, platformRollen, type PlatformRol } from './schema.ts';

/**
 * `npm run cli -- account-aanmaken`: the way to make the first beheerder of a new installation (and
 * the accounts of end-to-end tests). The account is verified at once; a beheerder or verbinder must
 * get a TOTP secret, because those roles only count with a second factor.
 */
export type CliAccountInput = {
  email: string;
  naam: string;
  wachtwoord?: string | undefined;
  rol?: string | undefined;
  regio?: string | undefined;
  totpGeheim?: string | undefined;
  /** The slug of an organisatie the account becomes coordinator of (its first coordinator, say). */
  coordinatorVan?: string | undefined;
};

export async function createAccountFromCli(db: Db, appSecret: string, input: CliAccountInput) {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Error(`Not an e-mail address: ${input.email}`);
  if (input.rol && !(platformRollen as readonly string[]).includes(input.rol)) {
    throw new Error(`Unknown role '${input.rol}'; choose one of ${platformRollen.join(', ')}`);
  }
  if (input.rol === 'verbinder' && !input.regio) throw new Error('A verbinder needs --regio');
  if (input.totpGeheim && !/^[A-Z2-7]{16,64}$/.test(input.totpGeheim)) throw new Error('--totp-geheim must be base32 (A-Z, 2-7)');
  const wachtwoord = input.wachtwoord ?? randomBytes(18).toString('base64url');
  const problem = passwordProblem(wachtwoord, [email, input.naam]);
  if (problem) throw new Error(`The password is refused (${problem.split('.').pop()})`);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(accounts)
      .values({
        email,
        naam: input.naam,
        wachtwoordHash: await hashPassword(wachtwoord),
        emailGeverifieerdOp: new Date(),
        totpGeheim: input.totpGeheim ? encrypt(appSecret, 'totp', input.totpGeheim) : null,
        totpAanSinds: input.totpGeheim ? new Date() : null,
      })
      .onConflictDoNothing()
      .returning({ id: accounts.id });
    if (!row) throw new Error(`An account with ${email} exists already`);
    await recordAudit(tx, {
      actor: { kind: 'systeem' },
      actie: 'account.aangemaakt',
      objectType: 'account',
      objectId: row.id,
      betreftAccountId: row.id,
      na: { email, naam: input.naam, bron: 'cli' },
    });
    if (input.rol) {
      const rol = input.rol as PlatformRol;
      await tx.insert(platformrollen).values({ accountId: row.id, rol, regioCode: input.regio ?? null });
      await recordAudit(tx, {
        actor: { kind: 'systeem' },
        actie: 'platformrol.toegekend',
        objectType: 'account',
        objectId: row.id,
        betreftAccountId: row.id,
        na: { rol, regio: input.regio ?? null },
      });
    }
    if (input.coordinatorVan) {
      const [org] = await tx.select({ id: organisaties.id }).from(organisaties).where(eq(organisaties.slug, input.coordinatorVan)).limit(1);
      if (!org) throw new Error(`No organisatie with slug '${input.coordinatorVan}'`);
      const [lid] = await tx
        .insert(lidmaatschappen)
        .values({ accountId: row.id, organisatieId: org.id, rol: 'coordinator', bron: 'beheer' })
        .returning({ id: lidmaatschappen.id });
      await recordAudit(tx, {
        actor: { kind: 'systeem' },
        actie: 'lidmaatschap.aangemaakt',
        objectType: 'lidmaatschap',
        objectId: lid!.id,
        betreftAccountId: row.id,
        na: { organisatieId: org.id, rol: 'coordinator', bron: 'cli' },
      });
    }
    return { id: row.id, email, generatedPassword: input.wachtwoord ? undefined : wachtwoord };
  });
}
