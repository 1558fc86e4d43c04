import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { verifyAgainstNothing, verifyPassword } from './passwords.ts';
import { accounts, platformrollen } from './schema.ts';

export type LoginCheck =
  | { kind: 'ok'; accountId: string; tweedeFactorAan: boolean; tweedeFactorVereist: boolean }
  | { kind: 'onjuist' }
  | { kind: 'onbevestigd'; accountId: string };

/**
 * Checks an e-mail address and password. An unknown address, an account without a password (single
 * sign-on only) and a wrong password give the same answer after the same work: no account enumeration.
 * Only with the right password does the person learn more (that the address still needs verifying).
 */
export async function checkLogin(db: Db, email: string, wachtwoord: string): Promise<LoginCheck> {
  const [account] = await db
    .select({
      id: accounts.id,
      hash: accounts.wachtwoordHash,
      geverifieerd: accounts.emailGeverifieerdOp,
      totp: accounts.totpAanSinds,
    })
    .from(accounts)
    .where(and(eq(accounts.email, email), isNull(accounts.verwijderdOp)))
    .limit(1);
  if (!account?.hash) {
    await verifyAgainstNothing(wachtwoord);
    return { kind: 'onjuist' };
  }
  if (!(await verifyPassword(account.hash, wachtwoord))) return { kind: 'onjuist' };
  if (!account.geverifieerd) return { kind: 'onbevestigd', accountId: account.id };
  const privileged = await db
    .select({ rol: platformrollen.rol })
    .from(platformrollen)
    .where(and(eq(platformrollen.accountId, account.id), inArray(platformrollen.rol, ['beheerder', 'verbinder'])))
    .limit(1);
  return {
    kind: 'ok',
    accountId: account.id,
    tweedeFactorAan: account.totp !== null,
    tweedeFactorVereist: privileged.length > 0 && account.totp === null,
  };
}
