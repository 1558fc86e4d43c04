import { and, asc, count, desc, eq, ilike, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias, union } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { cachedPerDatabase } from '../../platform/cache.ts';
import { zoekwoorden } from '../../db/schema.ts';
import { expandWithSynonyms, provincies, regios } from '../taxonomie/index.ts';
import type { OrganisatieFilter } from './organisatie.schema.ts';
import { organisatieDomeinen, organisaties } from './schema.ts';

const parent = alias(organisaties, 'bovenliggende');

const columns = {
  id: organisaties.id,
  slug: organisaties.slug,
  naam: organisaties.naam,
  afkorting: organisaties.afkorting,
  soort: organisaties.soort,
  type: organisaties.type,
  provincie: organisaties.provincie,
  steden: organisaties.steden,
  beschrijvingNl: organisaties.beschrijvingNl,
  beschrijvingEn: organisaties.beschrijvingEn,
  beschrijvingIsDemo: organisaties.beschrijvingIsDemo,
  oin: organisaties.oin,
  brinCode: organisaties.brinCode,
  rioOnderwijsaanbiederCode: organisaties.rioOnderwijsaanbiederCode,
  rioOnderwijsbestuurCode: organisaties.rioOnderwijsbestuurCode,
  website: organisaties.website,
  versie: organisaties.versie,
  // The type only, never the bytes: lists would otherwise carry every logo.
  logoType: organisaties.logoType,
  samengevoegdIn: organisaties.samengevoegdIn,
  regioCode: regios.code,
  regioNaam: regios.naam,
  bovenliggendeId: parent.id,
  bovenliggendeNaam: parent.naam,
  bovenliggendeSlug: parent.slug,
};

export type OrganisatieRow = {
  id: string;
  slug: string;
  naam: string;
  afkorting: string | null;
  soort: (typeof organisaties.$inferSelect)['soort'];
  type: (typeof organisaties.$inferSelect)['type'];
  provincie: string;
  steden: string[];
  beschrijvingNl: string | null;
  beschrijvingEn: string | null;
  beschrijvingIsDemo: boolean;
  oin: string | null;
  brinCode: string | null;
  rioOnderwijsaanbiederCode: string | null;
  rioOnderwijsbestuurCode: string | null;
  website: string | null;
  versie: number;
  logoType: string | null;
  samengevoegdIn: string | null;
  regioCode: string;
  regioNaam: string;
  bovenliggendeId: string | null;
  bovenliggendeNaam: string | null;
  bovenliggendeSlug: string | null;
};

/** Organisations with their regio (through the provincie) and their parent organisation. */
function selectRows<Extra extends Record<string, SQL.Aliased | SQL>>(db: Db, extra?: Extra) {
  return db
    .select({ ...columns, ...(extra as Extra) })
    .from(organisaties)
    .innerJoin(provincies, eq(provincies.naam, organisaties.provincie))
    .innerJoin(regios, eq(regios.code, provincies.regioCode))
    .leftJoin(parent, eq(parent.id, organisaties.bovenliggendeId));
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (m) => `\\${m}`);
}

/**
 * Search combines four signals, each served by an index:
 * - Dutch full-text search (stemming: 'ministeries' finds 'ministerie');
 * - compound parts: Dutch glues words together ('Hanzehogeschool'), so every stemmed query word,
 *   less its last letter, is also looked for inside the name ('hogescholen' -> 'hogescho');
 * - a plain substring of name or abbreviation (prefixes while typing: 'belas');
 * - typo tolerance: each query word that occurs in no name is replaced by the known words that
 *   resemble it ('belastingdinst' -> 'belastingdienst'), looked up in the small zoekwoorden table.
 * - theme synonyms: a query that names a theme ('IHH') also searches the theme's other names and
 *   synonyms ('informatiehuishouding', 'archivering'), each as full text (taxonomie's expandWithSynonyms).
 * The signals are a UNION of id sets rather than one OR: with an OR the planner scans the table.
 */
async function searchCondition(db: Db, zoek: string): Promise<{ where: SQL; rank: SQL<number> }> {
  const query = sql`websearch_to_tsquery('dutch', ${zoek})`;
  const words = [...new Set(zoek.toLowerCase().split(/[^\p{L}]+/u))].filter((w) => w.length >= 3).slice(0, 8);
  const [stems, similar, synoniemen] = await Promise.all([
    db.select({ stem: sql<string>`stem` }).from(sql`unnest(tsvector_to_array(to_tsvector('dutch', ${zoek}))) as stem`),
    words.length === 0
      ? Promise.resolve([])
      : db
          .select({ word: sql<string>`q.w`, woord: sql<string>`z.woord` })
          .from(
            sql`unnest(array[${sql.join(words.map((w) => sql`${w}::text`), sql`, `)}]) as q(w)
              cross join lateral (select ${zoekwoorden.woord} as woord from ${zoekwoorden}
                where ${zoekwoorden.woord} % q.w order by similarity(${zoekwoorden.woord}, q.w) desc limit 3) as z
              where not exists (select 1 from ${zoekwoorden} known where known.woord = q.w)`,
          ),
    expandWithSynonyms(db, zoek),
  ]);
  const contains = (part: string) => ilike(organisaties.naam, `%${escapeLike(part)}%`);
  const partTexts = stems
    .map((r) => r.stem)
    .filter((stem) => stem.length >= 4)
    .map((stem) => (stem.length >= 6 ? stem.slice(0, -1) : stem));
  const parts = partTexts.map(contains);
  const corrected = words
    .map((w) => similar.filter((s) => s.word === w).map((s) => contains(s.woord)))
    .filter((alternatives) => alternatives.length > 0)
    .map((alternatives) => or(...alternatives)!);

  const ids = (condition: SQL | undefined) => db.select({ id: organisaties.id }).from(organisaties).where(condition);
  // The plain substring arm is left out when the compound parts already imply it (every part is a
  // piece of the query): one pass over the names fewer.
  const lowered = zoek.toLowerCase();
  const partsImplySubstring = partTexts.length > 0 && partTexts.every((part) => lowered.includes(part));
  const arms = [
    ids(sql`${organisaties.zoekvector} @@ ${query}`),
    ids(ilike(organisaties.afkorting, `%${escapeLike(zoek)}%`)),
    ...(partsImplySubstring ? [] : [ids(contains(zoek))]),
    ...(parts.length > 0 ? [ids(and(...parts))] : []),
    ...(corrected.length > 0 ? [ids(and(...corrected))] : []),
    ...synoniemen.slice(0, 10).map((term) => ids(sql`${organisaties.zoekvector} @@ plainto_tsquery('dutch', ${term})`)),
  ];
  const [first, second, ...rest] = arms;
  const rank = sql<number>`(ts_rank(${organisaties.zoekvector}, ${query}) + word_similarity(${zoek}, ${organisaties.naam}))`;
  return { where: inArray(organisaties.id, union(first!, second!, ...rest)), rank };
}

export async function listOrganisaties(
  db: Db,
  filter: OrganisatieFilter,
): Promise<{ items: OrganisatieRow[]; total: number }> {
  // A duplicate merged into another organisatie is only a pointer for old links.
  const conditions: SQL[] = [isNull(organisaties.samengevoegdIn)];
  let rank: SQL<number> | undefined;
  if (filter.zoek) {
    const search = await searchCondition(db, filter.zoek);
    conditions.push(search.where);
    rank = search.rank;
  }
  if (filter.soort) conditions.push(eq(organisaties.soort, filter.soort));
  if (filter.regio) {
    // Through the provincie, without a join: the count below then needs no join at all.
    const inRegio = db.select({ naam: provincies.naam }).from(provincies).where(eq(provincies.regioCode, filter.regio));
    conditions.push(inArray(organisaties.provincie, inRegio));
  }
  const where = conditions.length ? and(...conditions) : undefined;

  const sort = filter.sort ?? (rank ? 'relevantie' : 'naam');
  const orderBy =
    sort === '-naam'
      ? [desc(organisaties.naam), asc(organisaties.id)]
      : sort === 'relevantie' && rank
        ? [desc(rank), asc(organisaties.naam), asc(organisaties.id)]
        : [asc(organisaties.naam), asc(organisaties.id)];

  const countAll = async () => (await db.select({ n: count() }).from(organisaties).where(where))[0]?.n ?? 0;
  const page = <Extra extends Record<string, SQL>>(extra?: Extra) =>
    selectRows(db, extra)
      .where(where)
      .orderBy(...orderBy)
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize);

  if (!rank) {
    // Without a search the count is a cheap index or table count; run it beside the page.
    const [items, total] = await Promise.all([page(), countAll()]);
    return { items, total };
  }
  // With a search, count in the same pass (a window over the matches) instead of searching twice;
  // only a page past the end, which has no row to carry the count, needs a count of its own.
  const rows = await page({ total: sql<number>`cast(count(*) over () as integer)` });
  const total = rows[0]?.total ?? (filter.page > 1 ? await countAll() : 0);
  return { items: rows.map(({ total: _total, ...row }) => row), total };
}

async function getOne(db: Db, where: SQL): Promise<OrganisatieRow | undefined> {
  const [row] = await selectRows(db).where(where).limit(1);
  return row;
}

export const getOrganisatieById = (db: Db, id: string) => getOne(db, eq(organisaties.id, id));
export const getOrganisatieBySlug = (db: Db, slug: string) => getOne(db, eq(organisaties.slug, slug));

/** Organisations that sit under this one (agencies of a ministry), by name. */
export function listOnderliggende(db: Db, id: string) {
  return db
    .select({ id: organisaties.id, slug: organisaties.slug, naam: organisaties.naam })
    .from(organisaties)
    .where(and(eq(organisaties.bovenliggendeId, id), isNull(organisaties.samengevoegdIn)))
    .orderBy(asc(organisaties.naam));
}

/** The e-mail domains of an organisatie, sorted. */
export async function listDomeinen(db: Db, organisatieId: string): Promise<string[]> {
  const rows = await db
    .select({ domein: organisatieDomeinen.domein })
    .from(organisatieDomeinen)
    .where(eq(organisatieDomeinen.organisatieId, organisatieId))
    .orderBy(asc(organisatieDomeinen.domein));
  return rows.map((r) => r.domein);
}

/** The ministries, for the "bovenliggende organisatie" choice (an organisatie is never its own parent). */
export function listMinisteries(db: Db, exceptId: string) {
  return db
    .select({ id: organisaties.id, naam: organisaties.naam })
    .from(organisaties)
    .where(and(eq(organisaties.type, 'ministerie'), ne(organisaties.id, exceptId), isNull(organisaties.samengevoegdIn)))
    .orderBy(asc(organisaties.naam));
}

/** Number of organisations per soort, for the home page; at most 30 seconds old. */
export const countPerSoort = cachedPerDatabase(30_000, (db: Db) =>
  db
    .select({ soort: organisaties.soort, aantal: count() })
    .from(organisaties)
    .where(isNull(organisaties.samengevoegdIn))
    .groupBy(organisaties.soort)
    .orderBy(asc(organisaties.soort)),
);
