import { asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { provincies, regios, samenwerkingsvormen, themas, themaSynoniemen } from './schema.ts';

export type RegioMetProvincies = { code: string; naam: string; provincies: { naam: string; hoofdstad: string }[] };

/**
 * The taxonomy is read on almost every page and changes a few times a year: reads are kept for
 * 30 seconds, per database. A write through this module drops the kept reads of that database at
 * once (`invalidateTaxonomie`), so the person who made the change sees it on the next page; other
 * server instances see it within the 30 seconds.
 */
const ttlMs = 30_000;
const caches: WeakMap<object, unknown>[] = [];

function cached<T>(load: (db: Db) => PromiseLike<T>): (db: Db) => Promise<T> {
  const entries = new WeakMap<object, { until: number; value: Promise<T> }>();
  caches.push(entries as WeakMap<object, unknown>);
  return (db) => {
    const now = Date.now();
    const hit = entries.get(db);
    if (hit && hit.until > now) return hit.value;
    // Drizzle queries are lazy thenables that run again on every then(): settle it once, here.
    const value = Promise.resolve(load(db));
    entries.set(db, { until: now + ttlMs, value });
    value.catch(() => entries.delete(db));
    return value;
  };
}

/** Forgets every kept taxonomy read of this database; call it after the write's transaction committed. */
export function invalidateTaxonomie(db: Db): void {
  for (const entries of caches) entries.delete(db);
}

export const listRegios = cached(async (db: Db): Promise<RegioMetProvincies[]> => {
  const rows = await db
    .select({ code: regios.code, naam: regios.naam, provincie: provincies.naam, hoofdstad: provincies.hoofdstad })
    .from(regios)
    .leftJoin(provincies, eq(provincies.regioCode, regios.code))
    .orderBy(asc(regios.volgorde), asc(regios.code), asc(provincies.naam));
  const byCode = new Map<string, RegioMetProvincies>();
  for (const row of rows) {
    let regio = byCode.get(row.code);
    if (!regio) {
      regio = { code: row.code, naam: row.naam, provincies: [] };
      byCode.set(row.code, regio);
    }
    if (row.provincie && row.hoofdstad) regio.provincies.push({ naam: row.provincie, hoofdstad: row.hoofdstad });
  }
  return [...byCode.values()];
});

export const listThemas = cached((db: Db) => db.select().from(themas).orderBy(asc(themas.volgorde), asc(themas.code)));

export const listSamenwerkingsvormen = cached((db: Db) =>
  db.select().from(samenwerkingsvormen).orderBy(asc(samenwerkingsvormen.volgorde), asc(samenwerkingsvormen.code)),
);

export type Synoniem = { id: string; themaCode: string; taal: 'nl' | 'en'; term: string };

/** Every synonym, by theme and term: a few hundred rows at most, read by search on every query. */
export const listSynoniemen = cached(
  (db: Db): PromiseLike<Synoniem[]> =>
    db
      .select({ id: themaSynoniemen.id, themaCode: themaSynoniemen.themaCode, taal: themaSynoniemen.taal, term: themaSynoniemen.term })
      .from(themaSynoniemen)
      .orderBy(asc(themaSynoniemen.themaCode), asc(themaSynoniemen.taal), asc(sql`lower(${themaSynoniemen.term})`)),
);

/** Provincies with their regio and versie, for the mapping table. */
export const listProvincies = (db: Db) =>
  db.select().from(provincies).orderBy(asc(provincies.naam));

export type ThemaMetSynoniemen = typeof themas.$inferSelect & { synoniemen: Synoniem[] };

/** One theme with its synonyms, fresh from the database (edit pages and the API must see the current versie). */
export async function getThema(db: Db, code: string): Promise<ThemaMetSynoniemen | undefined> {
  const [thema] = await db.select().from(themas).where(eq(themas.code, code)).limit(1);
  if (!thema) return undefined;
  const synoniemen = await db
    .select({ id: themaSynoniemen.id, themaCode: themaSynoniemen.themaCode, taal: themaSynoniemen.taal, term: themaSynoniemen.term })
    .from(themaSynoniemen)
    .where(eq(themaSynoniemen.themaCode, code))
    .orderBy(asc(themaSynoniemen.taal), asc(sql`lower(${themaSynoniemen.term})`));
  return { ...thema, synoniemen };
}

export async function getSamenwerkingsvorm(db: Db, code: string) {
  const [row] = await db.select().from(samenwerkingsvormen).where(eq(samenwerkingsvormen.code, code)).limit(1);
  return row;
}

export async function getProvincie(db: Db, naam: string) {
  const [row] = await db.select().from(provincies).where(eq(provincies.naam, naam)).limit(1);
  return row;
}

export async function getRegio(db: Db, code: string): Promise<RegioMetProvincies | undefined> {
  const [regio] = await db.select().from(regios).where(eq(regios.code, code)).limit(1);
  if (!regio) return undefined;
  const rows = await db
    .select({ naam: provincies.naam, hoofdstad: provincies.hoofdstad })
    .from(provincies)
    .where(eq(provincies.regioCode, code))
    .orderBy(asc(provincies.naam));
  return { code: regio.code, naam: regio.naam, provincies: rows };
}

/** Number of synonyms per theme, for the beheer list. */
export async function countSynoniemenPerThema(db: Db): Promise<Map<string, number>> {
  const rows = await db.select({ code: themaSynoniemen.themaCode, n: count() }).from(themaSynoniemen).groupBy(themaSynoniemen.themaCode);
  return new Map(rows.map((r) => [r.code, r.n]));
}

/** The theme that already has this term in this language (case-insensitive), if any. */
export async function findSynoniem(db: Db, taal: 'nl' | 'en', term: string) {
  const [row] = await db
    .select({ id: themaSynoniemen.id, themaCode: themaSynoniemen.themaCode, naamNl: themas.naamNl, naamEn: themas.naamEn })
    .from(themaSynoniemen)
    .innerJoin(themas, eq(themas.code, themaSynoniemen.themaCode))
    .where(sql`${themaSynoniemen.taal} = ${taal} and lower(${themaSynoniemen.term}) = lower(${term})`)
    .limit(1);
  return row;
}
