import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db } from './client.ts';

/**
 * Full-text search shared by the vraagstukken and aanbod lists (and their API), in two steps:
 *
 * 1. `zoekCorrectie` (one small query): typo tolerance. Every query word that occurs in no vraagstuk
 *    or aanbod item (not as typed, not as a prefix, not by its Dutch or English stem) is replaced by
 *    the most similar known word of marktplaats_zoekwoorden (pg_trgm `%`), and the page says
 *    "Bedoelde u: ...". The corrected words then use the ordinary full-text index.
 * 2. `tekstZoekSql`: one tsquery that ORs the ways a row may match, so that a single GIN index scan
 *    on the tsvector column serves them all:
 *    - Dutch websearch_to_tsquery (stemming: 'onderzoeken' finds 'onderzoek'; "...", -word, or);
 *    - English websearch_to_tsquery, for text written in English;
 *    - prefix of the last word, while typing ('informatiehuis' finds 'informatiehuishouding');
 *    - the synonyms of a theme the query names ('AI' also looks for 'kunstmatige intelligentie'),
 *      given by the caller (taxonomie's expandWithSynonyms);
 *    - rows tagged with a theme the query names ('kunstmatige intelligentie' finds a vraagstuk with
 *      the theme Data en AI whose text never says so), given by the caller (matchThemaCodes);
 *    plus word similarity of the query to the title columns (pg_trgm `<%`, its own GIN index),
 *    which also catches spelling variants in titles. Rank: ts_rank_cd with the titles (weight A)
 *    weighing most, plus the title similarity.
 * Snippets: ts_headline with two control characters as markers, which the caller's text can never
 * contain (they are removed first), over the text with & < > already replaced by entities (the
 * parser of ts_headline would drop anything that looks like a tag); `snippetHtml` then turns the
 * markers into <mark> tags, so the only markup in a snippet is <mark>.
 */

const START = '\u0002';
const STOP = '\u0003';

/** Whole words of a query, lower case, letters and digits only: safe inside to_tsquery. */
export function woordenVan(zoek: string): string[] {
  return zoek
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 1);
}

/** The query without tsquery syntax: quotes, a leading '-' and ' or ' make it "advanced". */
function isEenvoudig(zoek: string): boolean {
  return !/["]|(^|\s)-|\sor\s/i.test(zoek);
}

export type Correctie = { zoek: string; bedoeld: string | null };

/**
 * Typo tolerance: see the file comment. `bekend` are words never to correct (names and synonyms of
 * themes, which need not occur in any text). Words shorter than 4 letters are left alone: trigrams
 * say little about them.
 */
export async function zoekCorrectie(db: Db, zoek: string, bekend: ReadonlySet<string> = new Set()): Promise<Correctie> {
  const kandidaten = [...new Set(woordenVan(zoek))].filter((w) => w.length >= 4 && w.length <= 40 && /^\p{L}+$/u.test(w) && !bekend.has(w)).slice(0, 8);
  if (kandidaten.length === 0) return { zoek, bedoeld: null };
  const rows = await db
    .select({ woord: sql<string>`q.w`, suggestie: sql<string | null>`s.suggestie` })
    .from(
      sql`unnest(array[${sql.join(
        kandidaten.map((w) => sql`${w}::text`),
        sql`, `,
      )}]) as q(w)
        cross join lateral (select
          coalesce(array_length(ts_lexize('dutch_stem', q.w), 1), 0) = 0
          or exists (select 1 from marktplaats_zoekwoorden z where z.woord like q.w || '%'
            or z.woord like (ts_lexize('dutch_stem', q.w))[1] || '%'
            or z.woord like (ts_lexize('english_stem', q.w))[1] || '%') as bekend) as b
        cross join lateral (select case when b.bekend then null else (
          select z.woord from marktplaats_zoekwoorden z where z.woord % q.w
          order by similarity(z.woord, q.w) desc, z.woord limit 1) end as suggestie) as s`,
    );
  const vervang = new Map(rows.filter((r) => r.suggestie && r.suggestie !== r.woord).map((r) => [r.woord, r.suggestie!]));
  if (vervang.size === 0) return { zoek, bedoeld: null };
  // Replace whole words only, keeping the rest of the query (quotes, -, or) as typed.
  const gecorrigeerd = zoek.replace(/[\p{L}\p{N}]+/gu, (w) => vervang.get(w.normalize('NFKC').toLowerCase()) ?? w);
  return { zoek: gecorrigeerd, bedoeld: gecorrigeerd };
}

export type TekstZoekSql = {
  /** Condition for the WHERE clause. */
  where: SQL;
  /** The same condition over another text-search vector (e.g. only the public part of a row). */
  whereOver: (vector: SQL) => SQL;
  /** Higher is better. */
  rank: SQL<number>;
  /** A snippet of `tekst` (raw text in the database) with marker characters; pass it through snippetHtml. */
  headline: (tekst: SQL, config: 'dutch' | 'english') => SQL<string | null>;
};

/** The search SQL for a (corrected) query over a tsvector column and title columns. */
export function tekstZoekSql(opties: {
  zoek: string;
  synoniemen?: readonly string[];
  vector: AnyColumn | SQL;
  titels: readonly (AnyColumn | SQL)[];
  /** Themes the query names (by name or synonym): rows tagged with one match even without the words. */
  themas?: { codes: readonly string[]; kolom: AnyColumn | SQL };
}): TekstZoekSql {
  const { zoek, vector } = opties;
  const delen: SQL[] = [sql`websearch_to_tsquery('dutch', ${zoek})`, sql`websearch_to_tsquery('english', ${zoek})`];
  const woorden = woordenVan(zoek).slice(0, 12);
  // Prefix of the last word, only while it is being typed (no space after it) in a plain query.
  if (woorden.length > 0 && isEenvoudig(zoek) && /[\p{L}\p{N}]$/u.test(zoek.trim()) && (woorden.at(-1)?.length ?? 0) >= 3) {
    const tekst = woorden.map((w, i) => (i === woorden.length - 1 ? `${w}:*` : w)).join(' & ');
    delen.push(sql`to_tsquery('dutch', ${tekst})`);
  }
  for (const term of (opties.synoniemen ?? []).slice(0, 10)) {
    delen.push(sql`websearch_to_tsquery('dutch', ${term})`, sql`websearch_to_tsquery('english', ${term})`);
  }
  const tsquery = sql`(${sql.join(delen, sql` || `)})`;
  const trigram = zoek.length >= 5 && isEenvoudig(zoek) ? opties.titels.map((t) => sql`${zoek} <% ${t}`) : [];
  const themaCodes = opties.themas?.codes.slice(0, 10) ?? [];
  const themaMatch = opties.themas && themaCodes.length > 0 ? sql`${opties.themas.kolom} && array[${sql.join(themaCodes.map((c) => sql`${c}`), sql`, `)}]::text[]` : undefined;
  const whereOver = (v: AnyColumn | SQL) => sql`(${sql.join([sql`${v} @@ ${tsquery}`, ...trigram, ...(themaMatch ? [themaMatch] : [])], sql` or `)})`;
  const where = whereOver(vector);
  const gelijkenis = opties.titels.length > 0 ? sql`greatest(${sql.join(opties.titels.map((t) => sql`coalesce(word_similarity(${zoek}, ${t}), 0)`), sql`, `)}, 0)` : sql`0`;
  // Weights in the order {D, C, B, A}: a word in a title counts ten times one in the context.
  // A row tagged with a theme the query names ranks as if the theme's name were in its text.
  const themaRank = themaMatch ? sql` + case when ${themaMatch} then 0.3 else 0 end` : sql``;
  const rank = sql<number>`(ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', ${vector}, ${tsquery}) + 0.5 * ${gelijkenis}${themaRank})`;
  const opties_ = `StartSel="${START}", StopSel="${STOP}", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
  const headline = (tekst: SQL, config: 'dutch' | 'english') =>
    sql<string | null>`ts_headline(${sql.raw(`'${config}'`)}::regconfig,
      replace(replace(replace(translate(${tekst}, ${START + STOP}, ''), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'),
      ${tsquery}, ${opties_})`;
  return { where, whereOver, rank, headline };
}

// & < > are escaped in SQL before ts_headline (whose parser would otherwise drop anything that
// looks like a tag); what is left to escape here are quotes, and < > defensively.
const escapes: Record<string, string> = { '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A headline with markers as HTML: escaped text, then the markers as <mark> (balanced). */
export function snippetHtml(headline: string | null | undefined): string | null {
  if (!headline) return null;
  let open = false;
  let out = '';
  for (const ch of headline) {
    if (ch === START) {
      if (!open) out += '<mark>';
      open = true;
    } else if (ch === STOP) {
      if (open) out += '</mark>';
      open = false;
    } else out += escapes[ch] ?? ch;
  }
  return open ? `${out}</mark>` : out;
}

/**
 * Counting every match of a broad search costs more than finding the page of results (a common
 * word matches tens of thousands of rows). Lists count up to this many and then say "more than".
 */
export const TEL_TOT = 1000;

/** A count made over a subquery with `limit TEL_TOT + 1`, as the total a list shows. */
export function begrensdeTelling(total: number): { total: number; totaalIsMinimum: boolean } {
  return total > TEL_TOT ? { total: TEL_TOT, totaalIsMinimum: true } : { total, totaalIsMinimum: false };
}
