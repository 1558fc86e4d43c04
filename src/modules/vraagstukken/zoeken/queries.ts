import { and, arrayOverlaps, asc, count, desc, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { TEL_TOT, begrensdeTelling, snippetHtml, tekstZoekSql, zoekCorrectie } from '../../../db/tekst-zoeken.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { Locale } from '../../../platform/i18n.ts';
import { organisaties } from '../../organisaties/schema.ts';
import { expandWithSynonyms, matchThemaCodes, themaWoorden } from '../../taxonomie/index.ts';
import { regios } from '../../taxonomie/schema.ts';
import { zichtbareStatussen } from '../lifecycle.ts';
import { isPartner } from '../policy.ts';
import { vraagstukken, type VraagstukStatus, type Vertrouwelijkheid } from '../schema.ts';
import type { VraagstukFilter } from './filter.schema.ts';

/** One vraagstuk in a list: summary fields only (what everyone who may see it at all may see). */
export type VraagstukLijstItem = {
  id: string;
  titelNl: string | null;
  titelEn: string | null;
  /** The start of the context, for the list when not searching. */
  samenvattingNl: string | null;
  samenvattingEn: string | null;
  organisatie: { id: string; naam: string; slug: string };
  regio: { code: string; naam: string };
  landelijk: boolean;
  themaCodes: string[];
  vormCodes: string[];
  niveaus: string[];
  vroegsteStart: string | null;
  deadline: string | null;
  duurWeken: number | null;
  vertrouwelijkheid: Vertrouwelijkheid;
  status: VraagstukStatus;
  gepubliceerdOp: Date | null;
  isDemo: boolean;
  /** When searching: a highlighted piece of the text, HTML-escaped with only <mark> tags. */
  snippet: string | null;
};

export type VraagstukZoekResultaat = {
  items: VraagstukLijstItem[];
  /** Counted up to TEL_TOT; then totaalIsMinimum is true ("more than 1,000"). */
  total: number;
  totaalIsMinimum: boolean;
  /** The corrected query when words were misspelt ("Bedoelde u: ..."); the results are for it. */
  bedoeld: string | null;
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;


/** Typo correction, then the synonyms of the (corrected) query. */
export async function zoekVoorbereiden(db: Db, zoek: string, locale: Locale) {
  const correctie = await zoekCorrectie(db, zoek, await themaWoorden(db));
  const [synoniemen, themaCodes] = await Promise.all([expandWithSynonyms(db, correctie.zoek, locale), matchThemaCodes(db, correctie.zoek)]);
  return { ...correctie, synoniemen, themaCodes };
}

/** The visibility rules of policy.ts `maySee` for people who are not owner or reviewer, as SQL. */
export function zichtbaarVoor(actor: Actor): SQL {
  const statussen = inArray(vraagstukken.status, [...zichtbareStatussen]);
  return isPartner(actor) ? statussen : and(statussen, ne(vraagstukken.vertrouwelijkheid, 'partners'))!;
}

/** The filter conditions (all but the text search), shared by the list, the count and the feeds. */
export function filterCondities(filter: Partial<VraagstukFilter>): SQL[] {
  const c: SQL[] = [];
  const status = filter.status ?? 'open';
  if (status === 'open') c.push(inArray(vraagstukken.status, ['gepubliceerd', 'in-gesprek']));
  else if (status !== 'alle') c.push(eq(vraagstukken.status, status));
  if (filter.thema?.length) c.push(arrayOverlaps(vraagstukken.themaCodes, filter.thema));
  if (filter.vorm?.length) c.push(arrayOverlaps(vraagstukken.vormCodes, filter.vorm));
  if (filter.niveau?.length) c.push(arrayOverlaps(vraagstukken.niveaus, filter.niveau));
  // A landelijk vraagstuk is open to partners in every regio, so it is in every regio's list.
  if (filter.regio) c.push(or(eq(vraagstukken.regioCode, filter.regio), eq(vraagstukken.landelijk, true))!);
  if (filter.organisatie) {
    c.push(
      uuidPattern.test(filter.organisatie)
        ? eq(vraagstukken.organisatieId, filter.organisatie)
        : inArray(vraagstukken.organisatieId, sql`(select ${organisaties.id} from ${organisaties} where ${organisaties.slug} = ${filter.organisatie})`),
    );
  }
  // The vraagstuk's window runs from the earliest start to the deadline plus the expected duration;
  // an open end (no start, no deadline) does not exclude it.
  if (filter.periodeTot) c.push(sql`(${vraagstukken.vroegsteStart} is null or ${vraagstukken.vroegsteStart} <= ${filter.periodeTot}::date)`);
  if (filter.periodeVan) {
    c.push(sql`(${vraagstukken.deadline} is null or ${vraagstukken.deadline} + coalesce(${vraagstukken.duurWeken}, 0) * 7 >= ${filter.periodeVan}::date)`);
  }
  return c;
}

/**
 * The vraagstukken list: visibility, filters and search all in SQL (counted and paged there), then
 * the snippets of the page's rows only.
 */
export async function zoekVraagstukken(db: Db, actor: Actor, filter: VraagstukFilter, locale: Locale): Promise<VraagstukZoekResultaat> {
  const conditions: SQL[] = [zichtbaarVoor(actor), ...filterCondities(filter)];
  let zoeken: ReturnType<typeof tekstZoekSql> | undefined;
  let bedoeld: string | null = null;
  if (filter.zoek) {
    const voorbereid = await zoekVoorbereiden(db, filter.zoek, locale);
    bedoeld = voorbereid.bedoeld;
    zoeken = tekstZoekSql({
      zoek: voorbereid.zoek,
      synoniemen: voorbereid.synoniemen,
      vector: vraagstukken.zoekvector,
      titels: [vraagstukken.titelNl, vraagstukken.titelEn],
      themas: { codes: voorbereid.themaCodes, kolom: vraagstukken.themaCodes },
    });
    conditions.push(zoeken.where);
    // The question and the desired result of a 'na-introductie' vraagstuk are details: the list
    // must not reveal them, not even by finding the row through a word that only they contain.
    // Such rows match on their summary (title, context, themes) only.
    const samenvatting = sql`(to_tsvector('dutch', coalesce(${vraagstukken.titelNl}, '') || ' ' || coalesce(${vraagstukken.contextNl}, ''))
      || to_tsvector('english', coalesce(${vraagstukken.titelEn}, '') || ' ' || coalesce(${vraagstukken.contextEn}, '')))`;
    conditions.push(sql`(${vraagstukken.vertrouwelijkheid} <> 'na-introductie' or ${zoeken.whereOver(samenvatting)})`);
  }
  const where = and(...conditions);
  const sort = filter.sort ?? (zoeken ? 'relevantie' : 'nieuwste');
  const nieuwste = [sql`${vraagstukken.gepubliceerdOp} desc nulls last`, asc(vraagstukken.id)];
  const orderBy =
    sort === 'relevantie' && zoeken
      ? [desc(zoeken.rank), ...nieuwste]
      : sort === 'deadline'
        ? [sql`${vraagstukken.deadline} asc nulls last`, ...nieuwste]
        : nieuwste;

  const [rows, [counted]] = await Promise.all([
    db
      .select({
        id: vraagstukken.id,
        titelNl: vraagstukken.titelNl,
        titelEn: vraagstukken.titelEn,
        samenvattingNl: sql<string | null>`left(${vraagstukken.contextNl}, 300)`,
        samenvattingEn: sql<string | null>`left(${vraagstukken.contextEn}, 300)`,
        organisatie: { id: organisaties.id, naam: organisaties.naam, slug: organisaties.slug },
        regio: { code: regios.code, naam: regios.naam },
        landelijk: vraagstukken.landelijk,
        themaCodes: vraagstukken.themaCodes,
        vormCodes: vraagstukken.vormCodes,
        niveaus: vraagstukken.niveaus,
        vroegsteStart: vraagstukken.vroegsteStart,
        deadline: vraagstukken.deadline,
        duurWeken: vraagstukken.duurWeken,
        vertrouwelijkheid: vraagstukken.vertrouwelijkheid,
        status: vraagstukken.status,
        gepubliceerdOp: vraagstukken.gepubliceerdOp,
        isDemo: vraagstukken.isDemo,
      })
      .from(vraagstukken)
      .innerJoin(organisaties, eq(organisaties.id, vraagstukken.organisatieId))
      .innerJoin(regios, eq(regios.code, vraagstukken.regioCode))
      .where(where)
      .orderBy(...orderBy)
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db.select({ n: count() }).from(db.select({ een: sql`1` }).from(vraagstukken).where(where).limit(TEL_TOT + 1).as('gevonden')),
  ]);

  const snippets = new Map<string, string | null>();
  if (zoeken && rows.length > 0) {
    // The question itself is a detail of a 'na-introductie' vraagstuk: the snippet never shows it.
    const tekst = (taal: 'nl' | 'en') =>
      sql`concat_ws(' ', ${taal === 'nl' ? vraagstukken.contextNl : vraagstukken.contextEn},
        case when ${vraagstukken.vertrouwelijkheid} <> 'na-introductie' then ${taal === 'nl' ? vraagstukken.vraagNl : vraagstukken.vraagEn} end)`;
    const engels = sql`(${locale === 'en'} and coalesce(${vraagstukken.contextEn}, ${vraagstukken.vraagEn}) is not null or coalesce(${vraagstukken.contextNl}, ${vraagstukken.vraagNl}) is null)`;
    const found = await db
      .select({ id: vraagstukken.id, headline: sql<string | null>`case when ${engels} then ${zoeken.headline(tekst('en'), 'english')} else ${zoeken.headline(tekst('nl'), 'dutch')} end` })
      .from(vraagstukken)
      .where(inArray(vraagstukken.id, rows.map((r) => r.id)));
    for (const f of found) snippets.set(f.id, snippetHtml(f.headline));
  }
  return {
    items: rows.map((r) => ({ ...r, snippet: snippets.get(r.id) ?? null })),
    ...begrensdeTelling(counted?.n ?? 0),
    bedoeld,
  };
}
