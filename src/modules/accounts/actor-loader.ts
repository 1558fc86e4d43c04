import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { AccountActor } from '../../platform/actor.ts';
import { lidmaatschappen } from '../lidmaatschappen/schema.ts';
import { accounts, platformrollen } from './schema.ts';

/** Roles that may only be used with a second factor (issue 3: verbinder and beheerder). */
const needSecondFactor = new Set(['beheerder', 'verbinder']);

/**
 * The actor for an account, or undefined when it does not exist (any more). `tweedeFactorGebruikt`
 * says whether this session passed the second factor (for tokens: whether the person has one on).
 */
export async function loadAccountActor(
  db: Db,
  accountId: string,
  context: { via: 'sessie' | 'token'; scopes?: readonly ('read' | 'write')[]; tweedeFactorGebruikt: boolean },
): Promise<AccountActor | undefined> {
  const [account] = await db
    .select({
      id: accounts.id,
      naam: accounts.naam,
      email: accounts.email,
      persoonstype: accounts.persoonstype,
      totpAanSinds: accounts.totpAanSinds,
    })
    .from(accounts)
    .where(and(eq(accounts.id, accountId), isNull(accounts.verwijderdOp)))
    .limit(1);
  if (!account || !account.email) return undefined;
  const [rollen, leden] = await Promise.all([
    db.select({ rol: platformrollen.rol, regioCode: platformrollen.regioCode }).from(platformrollen).where(eq(platformrollen.accountId, accountId)),
    db
      .select({ organisatieId: lidmaatschappen.organisatieId, rol: lidmaatschappen.rol })
      .from(lidmaatschappen)
      .where(eq(lidmaatschappen.accountId, accountId)),
  ]);
  const secondFactorOk = account.totpAanSinds !== null && context.tweedeFactorGebruikt;
  const effective = rollen.filter((r) => !needSecondFactor.has(r.rol) || secondFactorOk);
  return {
    kind: 'account',
    accountId: account.id,
    naam: account.naam,
    email: account.email,
    persoonstype: account.persoonstype,
    platformrollen: effective,
    lidmaatschappen: leden,
    via: context.via,
    scopes: context.scopes ?? ['read', 'write'],
    tweedeFactorAan: account.totpAanSinds !== null,
    tweedeFactorVereist: effective.length < rollen.length,
  };
}
