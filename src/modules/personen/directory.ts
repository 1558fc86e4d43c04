import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { accounts } from '../accounts/schema.ts';
import { organisaties } from '../organisaties/schema.ts';
import { provincies, themas } from '../taxonomie/schema.ts';
import type { PersoonFilter } from './profiel.schema.ts';
import { affiliaties, profielen, profielThemas } from './schema.ts';

/**
 * The people directory: public profiles only. "Public" is the person's consent
 * (accounts.profiel_openbaar) on an account that is not deleted; every query here starts from it,
 * so a private profile can never be listed, counted or found.
 */
export const isPubliek = and(eq(accounts.profielOpenbaar, true), isNull(accounts.verwijderdOp))!;

export type PersoonRij = {
  id: string;
  naam: string;
  persoonstype: (typeof accounts.$inferSelect)['persoonstype'];
  expertiseNl: string | null;
  expertiseEn: string | null;
  trefwoorden: string[];
  organisaties: { id: string; naam: string; slug: string; soort: (typeof organisaties.$inferSelect)['soort'] }[];
  themas: { code: string; naamNl: string; naamEn: string }[];
};

/**
 * Everything a search looks in, as one text-search document: the profile's own vector (Dutch over
 * expertise_nl and the keywords, English over expertise_en), the name (stemmed and as typed, for
 * prefixes) and the names of the profile's themes. Computed per row: the directory holds only the
 * people who chose to be in it, a few thousand at most, so a scan of them is cheap.
 */
const themaNamen = sql`coalesce((select string_agg(${themas.naamNl} || ' ' || ${themas.naamEn}, ' ')
  from ${profielThemas} inner join ${themas} on ${themas.code} = ${profielThemas.themaCode}
  where ${profielThemas.accountId} = ${accounts.id}), '')`;
const document = sql`(coalesce(${profielen.zoekvector}, ''::tsvector)
  || to_tsvector('dutch', ${accounts.naam} || ' ' || ${themaNamen})
  || to_tsvector('simple', ${accounts.naam}))`;
// The raw lexemes of the profile (for parts of compound words: 'beveilig' inside 'informatiebeveilig').
const lexemes = sql`tsvector_to_array(coalesce(${profielen.zoekvector}, ''::tsvector) || to_tsvector('dutch', ${themaNamen}))`;

/** Whole words of a term, safe to put in a tsquery: letters and digits only. */
function wordsOf(term: string): string[] {
  return [...new Set(term.toLowerCase().split(/[^\p{L}\p{N}]+/u))].filter((w) => w.length >= 2).slice(0, 8);
}

/**
 * One search term as a condition and a rank. Four ways to match, any of them will do:
 * - Dutch full text (stemming: 'beveiligingen' finds 'beveiliging'), websearch syntax ("...", -, or);
 * - English full text, for expertise written in English;
 * - prefixes of every word, while typing ('inform' finds 'informatiehuishouding');
 * - parts of compound words: every Dutch stem of the term inside a lexeme of the profile
 *   ('beveiliging' finds 'informatiebeveiliging').
 */
function termCondition(term: string): { where: SQL; rank: SQL } {
  const nl = sql`websearch_to_tsquery('dutch', ${term})`;
  const en = sql`websearch_to_tsquery('english', ${term})`;
  const words = wordsOf(term);
  const prefix = words.length > 0 ? sql`to_tsquery('simple', ${words.map((w) => `${w}:*`).join(' & ')})` : undefined;
  const stems = sql`tsvector_to_array(to_tsvector('dutch', ${term}))`;
  const parts = sql`(exists (select 1 from unnest(${stems}) s where length(s) >= 4)
    and not exists (select 1 from unnest(${stems}) s where length(s) >= 4
      and not exists (select 1 from unnest(${lexemes}) l where strpos(l, s) > 0)))`;
  const arms = [sql`${document} @@ ${nl}`, sql`${document} @@ ${en}`, ...(prefix ? [sql`${document} @@ ${prefix}`] : []), parts];
  const rank = sql`(ts_rank(${document}, ${nl}) + ts_rank(${document}, ${en})
    ${prefix ? sql`+ 0.5 * ts_rank(${document}, ${prefix})` : sql``}
    + word_similarity(${term}, ${accounts.naam}))`;
  return { where: sql`(${sql.join(arms, sql` or `)})`, rank };
}

/**
 * The search: the visitor's words, OR any extra term (synonyms of a theme, from the taxonomy:
 * 'AI' also looks for 'kunstmatige intelligentie'). The extra terms come from the caller.
 */
export function searchCondition(zoek: string, extraTermen: string[] = []): { where: SQL; rank: SQL<number> } {
  const terms = [...new Set([zoek, ...extraTermen].map((t) => t.trim()).filter(Boolean))].slice(0, 10);
  const parts = terms.map(termCondition);
  return {
    where: sql`(${sql.join(
      parts.map((p) => p.where),
      sql` or `,
    )})`,
    rank: sql<number>`(${sql.join(
      parts.map((p) => p.rank),
      sql` + `,
    )})`,
  };
}

export function filterConditions(filter: Pick<PersoonFilter, 'soort' | 'regio' | 'thema' | 'persoonstype'>): SQL[] {
  const conditions: SQL[] = [];
  if (filter.persoonstype) conditions.push(eq(accounts.persoonstype, filter.persoonstype));
  if (filter.thema) {
    conditions.push(
      sql`exists (select 1 from ${profielThemas} where ${profielThemas.accountId} = ${accounts.id} and ${profielThemas.themaCode} = ${filter.thema})`,
    );
  }
  if (filter.soort || filter.regio) {
    // One affiliation must satisfy both: "at a hogeschool in the north", not one of each.
    const org = [
      sql`${affiliaties.accountId} = ${accounts.id}`,
      ...(filter.soort ? [sql`${organisaties.soort} = ${filter.soort}`] : []),
      ...(filter.regio ? [sql`${provincies.regioCode} = ${filter.regio}`] : []),
    ];
    conditions.push(sql`exists (select 1 from ${affiliaties}
      inner join ${organisaties} on ${organisaties.id} = ${affiliaties.organisatieId}
      inner join ${provincies} on ${provincies.naam} = ${organisaties.provincie}
      where ${sql.join(org, sql` and `)})`);
  }
  return conditions;
}

export async function listPubliekeProfielen(
  db: Db,
  filter: PersoonFilter,
  extraTermen: string[] = [],
): Promise<{ items: PersoonRij[]; total: number }> {
  const conditions: SQL[] = [isPubliek, ...filterConditions(filter)];
  let rank: SQL<number> | undefined;
  if (filter.zoek) {
    const search = searchCondition(filter.zoek, extraTermen);
    conditions.push(search.where);
    rank = search.rank;
  }
  const where = and(...conditions);
  const sort = filter.sort ?? (rank ? 'relevantie' : 'naam');
  const orderBy =
    sort === '-naam'
      ? [desc(accounts.naam), asc(accounts.id)]
      : sort === 'relevantie' && rank
        ? [desc(rank), asc(accounts.naam), asc(accounts.id)]
        : [asc(accounts.naam), asc(accounts.id)];

  const base = () => db.select({ n: count() }).from(accounts).leftJoin(profielen, eq(profielen.accountId, accounts.id)).where(where);
  const [rows, [counted]] = await Promise.all([
    db
      .select({
        id: accounts.id,
        naam: accounts.naam,
        persoonstype: accounts.persoonstype,
        expertiseNl: profielen.expertiseNl,
        expertiseEn: profielen.expertiseEn,
        trefwoorden: profielen.trefwoorden,
      })
      .from(accounts)
      .leftJoin(profielen, eq(profielen.accountId, accounts.id))
      .where(where)
      .orderBy(...orderBy)
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    base(),
  ]);
  const details = await detailsOf(db, rows.map((r) => r.id));
  return {
    items: rows.map((r) => ({ ...r, trefwoorden: r.trefwoorden ?? [], ...(details.get(r.id) ?? { organisaties: [], themas: [] }) })),
    total: counted?.n ?? 0,
  };
}

/** The organisations and themes of a page of people, in two queries rather than two per person. */
async function detailsOf(db: Db, ids: string[]): Promise<Map<string, Pick<PersoonRij, 'organisaties' | 'themas'>>> {
  const out = new Map<string, Pick<PersoonRij, 'organisaties' | 'themas'>>();
  if (ids.length === 0) return out;
  for (const id of ids) out.set(id, { organisaties: [], themas: [] });
  const [orgs, ths] = await Promise.all([
    db
      .selectDistinct({ accountId: affiliaties.accountId, id: organisaties.id, naam: organisaties.naam, slug: organisaties.slug, soort: organisaties.soort })
      .from(affiliaties)
      .innerJoin(organisaties, eq(organisaties.id, affiliaties.organisatieId))
      .where(inArray(affiliaties.accountId, ids))
      .orderBy(affiliaties.accountId, asc(organisaties.naam), organisaties.id, organisaties.slug, organisaties.soort),
    db
      .select({ accountId: profielThemas.accountId, code: themas.code, naamNl: themas.naamNl, naamEn: themas.naamEn })
      .from(profielThemas)
      .innerJoin(themas, eq(themas.code, profielThemas.themaCode))
      .where(inArray(profielThemas.accountId, ids))
      .orderBy(asc(themas.volgorde), asc(themas.code)),
  ]);
  for (const { accountId, ...org } of orgs) out.get(accountId)?.organisaties.push(org);
  for (const { accountId, ...thema } of ths) out.get(accountId)?.themas.push(thema);
  return out;
}
