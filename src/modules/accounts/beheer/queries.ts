import { and, asc, count, desc, eq, ilike, isNull, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { lidmaatschappen } from '../../lidmaatschappen/index.ts';
import { organisaties } from '../../organisaties/index.ts';
import { regios } from '../../taxonomie/index.ts';
import { accounts, platformrollen } from '../schema.ts';
import type { accountSorteringen } from './beheer.schema.ts';

/** Reads for the beheer pages. Never the password hash or the TOTP secret. */

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

export async function searchAccounts(
  db: Db,
  filter: { zoek?: string | undefined; sort?: (typeof accountSorteringen)[number] | undefined; page: number; pageSize: number },
) {
  const conditions: SQL[] = [isNull(accounts.verwijderdOp)];
  if (filter.zoek) {
    const pattern = `%${escapeLike(filter.zoek)}%`;
    conditions.push(or(ilike(accounts.naam, pattern), ilike(accounts.email, pattern))!);
  }
  const where = and(...conditions);
  const orderBy = {
    naam: [asc(accounts.naam), asc(accounts.id)],
    '-naam': [desc(accounts.naam), asc(accounts.id)],
    email: [asc(accounts.email), asc(accounts.id)],
    '-aangemaakt': [desc(accounts.createdAt), asc(accounts.id)],
  }[filter.sort ?? 'naam'];
  const [items, totals] = await Promise.all([
    db
      .select({ id: accounts.id, naam: accounts.naam, email: accounts.email, persoonstype: accounts.persoonstype, createdAt: accounts.createdAt })
      .from(accounts)
      .where(where)
      .orderBy(...orderBy)
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db.select({ n: count() }).from(accounts).where(where),
  ]);
  return { items, total: totals[0]?.n ?? 0 };
}

export async function getAccountDetail(db: Db, accountId: string) {
  const [account] = await db
    .select({
      id: accounts.id,
      naam: accounts.naam,
      email: accounts.email,
      emailGeverifieerdOp: accounts.emailGeverifieerdOp,
      persoonstype: accounts.persoonstype,
      taal: accounts.taal,
      tweedeFactorAan: accounts.totpAanSinds,
      verwijderdOp: accounts.verwijderdOp,
      createdAt: accounts.createdAt,
    })
    .from(accounts)
    .where(eq(accounts.id, accountId))
    .limit(1);
  if (!account) return undefined;
  const [rollen, leden] = await Promise.all([
    db
      .select({ id: platformrollen.id, rol: platformrollen.rol, regioCode: platformrollen.regioCode, regioNaam: regios.naam, createdAt: platformrollen.createdAt })
      .from(platformrollen)
      .leftJoin(regios, eq(regios.code, platformrollen.regioCode))
      .where(eq(platformrollen.accountId, accountId))
      .orderBy(asc(platformrollen.rol), asc(regios.naam)),
    db
      .select({ slug: organisaties.slug, naam: organisaties.naam, rol: lidmaatschappen.rol, sinds: lidmaatschappen.createdAt })
      .from(lidmaatschappen)
      .innerJoin(organisaties, eq(organisaties.id, lidmaatschappen.organisatieId))
      .where(eq(lidmaatschappen.accountId, accountId))
      .orderBy(asc(organisaties.naam)),
  ]);
  return { ...account, tweedeFactorAan: account.tweedeFactorAan !== null, rollen, leden };
}

export async function findRol(db: Db, accountId: string, id: string) {
  const [row] = await db
    .select({ id: platformrollen.id, rol: platformrollen.rol, regioCode: platformrollen.regioCode })
    .from(platformrollen)
    .where(and(eq(platformrollen.id, id), eq(platformrollen.accountId, accountId)))
    .limit(1);
  return row;
}
