import { and, asc, count, desc, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import { alias, union } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { cachedPerDatabase } from '../../platform/cache.ts';
import { provincies, regios } from '../taxonomie/index.ts';
import type { OrganisatieFilter } from './organisatie.schema.ts';
import { organisaties } from './schema.ts';

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
  regioCode: string;
  regioNaam: string;
  bovenliggendeId: string | null;
  bovenliggendeNaam: string | null;
  bovenliggendeSlug: string | null;
};

/** Organisations with their regio (through the provincie) and their parent organisation. */
function selectRows(db: Db) {
  return db
    .select(columns)
    .from(organisaties)
    .innerJoin(provincies, eq(provincies.naam, organisaties.provincie))
    .innerJoin(regios, eq(regios.code, provincies.regioCode))
    .leftJoin(parent, eq(parent.id, organisaties.bovenliggendeId));
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (m) => `\\${m}`);
}

/**
 * Search combines four signals, each served by its own GIN index:
 * - Dutch full-text search (stemming: 'ministeries' finds 'ministerie');
 * - compound parts: Dutch glues words together ('Hanzehogeschool'), so every stemmed query word,
 *   less its last letter, is also looked for inside the name ('hogescholen' -> 'hogescho');
 * - a plain substring of name or abbreviation (prefixes while typing: 'belas');
 * - trigram word similarity (typos: 'belastingdinst' finds 'Belastingdienst').
 * The signals are a UNION of id sets rather than one OR: with an OR the planner scans the whole
 * table and computes similarity for every row; a union lets each arm use its index.
 */
async function searchCondition(db: Db, zoek: string): Promise<{ where: SQL; rank: SQL<number> }> {
  const query = sql`websearch_to_tsquery('dutch', ${zoek})`;
  const stems = await db
    .select({ stem: sql<string>`stem` })
    .from(sql`unnest(tsvector_to_array(to_tsvector('dutch', ${zoek}))) as stem`);
  const parts = stems
    .map((r) => r.stem)
    .filter((stem) => stem.length >= 4)
    .map((stem) => ilike(organisaties.naam, `%${escapeLike(stem.length >= 6 ? stem.slice(0, -1) : stem)}%`));
  const ids = (condition: SQL | undefined) => db.select({ id: organisaties.id }).from(organisaties).where(condition);
  const arms = [
    ids(sql`${organisaties.zoekvector} @@ ${query}`),
    ids(ilike(organisaties.naam, `%${escapeLike(zoek)}%`)),
    ids(ilike(organisaties.afkorting, `%${escapeLike(zoek)}%`)),
    ids(sql`${zoek} <% ${organisaties.naam}`),
  ] as const;
  const matching = parts.length > 0 ? union(...arms, ids(and(...parts))) : union(...arms);
  const rank = sql<number>`(ts_rank(${organisaties.zoekvector}, ${query}) + word_similarity(${zoek}, ${organisaties.naam}))`;
  return { where: inArray(organisaties.id, matching), rank };
}

export async function listOrganisaties(
  db: Db,
  filter: OrganisatieFilter,
): Promise<{ items: OrganisatieRow[]; total: number }> {
  const conditions: SQL[] = [];
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

  const [items, totals] = await Promise.all([
    selectRows(db)
      .where(where)
      .orderBy(...orderBy)
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db.select({ n: count() }).from(organisaties).where(where),
  ]);
  return { items, total: totals[0]?.n ?? 0 };
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
    .where(eq(organisaties.bovenliggendeId, id))
    .orderBy(asc(organisaties.naam));
}

/** Number of organisations per soort, for the home page; at most 30 seconds old. */
export const countPerSoort = cachedPerDatabase(30_000, (db: Db) =>
  db
    .select({ soort: organisaties.soort, aantal: count() })
    .from(organisaties)
    .groupBy(organisaties.soort)
    .orderBy(asc(organisaties.soort)),
);
