import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { accounts } from '../accounts/schema.ts';
import { lidmaatschappen } from '../lidmaatschappen/schema.ts';
import { themas } from '../taxonomie/schema.ts';
import { onderdeelContactpersonen, onderdelen, onderdeelThemas } from './schema.ts';

/** Reads of onderdelen. Public, except the member list a coordinator chooses contact people from. */

export type OnderdeelRow = typeof onderdelen.$inferSelect;
const kolommen = {
  id: onderdelen.id,
  organisatieId: onderdelen.organisatieId,
  bovenliggendId: onderdelen.bovenliggendId,
  soort: onderdelen.soort,
  naam: onderdelen.naam,
  slug: onderdelen.slug,
  beschrijvingNl: onderdelen.beschrijvingNl,
  beschrijvingEn: onderdelen.beschrijvingEn,
  versie: onderdelen.versie,
};
export type Onderdeel = { [K in keyof typeof kolommen]: OnderdeelRow[K] };

export function listOnderdelen(db: Db, organisatieId: string): Promise<Onderdeel[]> {
  return db.select(kolommen).from(onderdelen).where(eq(onderdelen.organisatieId, organisatieId)).orderBy(asc(onderdelen.naam), asc(onderdelen.id));
}

export async function getOnderdeelBySlug(db: Db, organisatieId: string, slug: string): Promise<Onderdeel | undefined> {
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return undefined;
  const [row] = await db.select(kolommen).from(onderdelen).where(and(eq(onderdelen.organisatieId, organisatieId), eq(onderdelen.slug, slug)));
  return row;
}

export async function getOnderdeelById(db: Db, id: string): Promise<Onderdeel | undefined> {
  const [row] = await db.select(kolommen).from(onderdelen).where(eq(onderdelen.id, id));
  return row;
}

export type OnderdeelBoom = Onderdeel & { kinderen: OnderdeelBoom[] };

/** The onderdelen as a tree, each level by name. A parent outside the list (cannot happen) makes a root. */
export function alsBoom(items: Onderdeel[]): OnderdeelBoom[] {
  const nodes = new Map(items.map((o) => [o.id, { ...o, kinderen: [] as OnderdeelBoom[] }]));
  const roots: OnderdeelBoom[] = [];
  for (const node of nodes.values()) {
    const parent = node.bovenliggendId ? nodes.get(node.bovenliggendId) : undefined;
    (parent ? parent.kinderen : roots).push(node);
  }
  return roots;
}

export async function themasVan(db: Db, onderdeelIds: string[]) {
  if (onderdeelIds.length === 0) return [];
  return db
    .select({ onderdeelId: onderdeelThemas.onderdeelId, code: themas.code, naamNl: themas.naamNl, naamEn: themas.naamEn })
    .from(onderdeelThemas)
    .innerJoin(themas, eq(themas.code, onderdeelThemas.themaCode))
    .where(inArray(onderdeelThemas.onderdeelId, onderdeelIds))
    .orderBy(asc(themas.volgorde), asc(themas.code));
}

/**
 * Contact people of onderdelen. Public readers get only those who made their profile public, and
 * only their name (`alleenOpenbaar`); a coordinator editing the onderdeel sees all of them.
 */
export async function contactpersonenVan(db: Db, onderdeelIds: string[], options: { alleenOpenbaar: boolean }) {
  if (onderdeelIds.length === 0) return [];
  const rows = await db
    .select({ onderdeelId: onderdeelContactpersonen.onderdeelId, accountId: accounts.id, naam: accounts.naam, openbaar: accounts.profielOpenbaar })
    .from(onderdeelContactpersonen)
    .innerJoin(accounts, eq(accounts.id, onderdeelContactpersonen.accountId))
    .where(inArray(onderdeelContactpersonen.onderdeelId, onderdeelIds))
    .orderBy(asc(accounts.naam));
  return options.alleenOpenbaar ? rows.filter((r) => r.openbaar) : rows;
}

/** The members of an organisatie, to choose contact people from (coordinators and beheerders only). */
export function ledenVoorKeuze(db: Db, organisatieId: string) {
  return db
    .select({ accountId: accounts.id, naam: accounts.naam })
    .from(lidmaatschappen)
    .innerJoin(accounts, eq(accounts.id, lidmaatschappen.accountId))
    .where(eq(lidmaatschappen.organisatieId, organisatieId))
    .orderBy(asc(accounts.naam));
}
