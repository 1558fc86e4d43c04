import { and, arrayOverlaps, asc, count, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { TEL_TOT, begrensdeTelling, snippetHtml, tekstZoekSql, zoekCorrectie } from '../../../db/tekst-zoeken.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { Locale } from '../../../platform/i18n.ts';
import { organisaties } from '../../organisaties/schema.ts';
import { expandWithSynonyms, matchThemaCodes, themaWoorden } from '../../taxonomie/index.ts';
import { regios } from '../../taxonomie/schema.ts';
import { aanbod, aanbodPeriodes, type AanbodSoort } from '../schema.ts';
import type { AanbodFilter } from './filter.schema.ts';

/** One published aanbod item in a list. */
export type AanbodLijstItem = {
  id: string;
  soort: AanbodSoort;
  titelNl: string | null;
  titelEn: string | null;
  samenvattingNl: string | null;
  samenvattingEn: string | null;
  organisatie: { id: string; naam: string; slug: string } | null;
  regio: { code: string; naam: string } | null;
  themaCodes: string[];
  vormCodes: string[];
  niveaus: string[];
  opleiding: string | null;
  intakeDeadline: string | null;
  periodes: { label: string; van: string; tot: string }[];
  gepubliceerdOp: Date | null;
  isDemo: boolean;
  /** When searching: a highlighted piece of the text, HTML-escaped with only <mark> tags. */
  snippet: string | null;
};

export type AanbodZoekResultaat = {
  items: AanbodLijstItem[];
  /** Counted up to TEL_TOT; then totaalIsMinimum is true ("more than 1,000"). */
  total: number;
  totaalIsMinimum: boolean;
  bedoeld: string | null;
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;


/** The filter conditions (all but the text search). Only published aanbod is ever listed. */
export function aanbodCondities(filter: Partial<AanbodFilter>): SQL[] {
  const c: SQL[] = [eq(aanbod.status, 'gepubliceerd')];
  if (filter.soort?.length) c.push(inArray(aanbod.soort, filter.soort));
  if (filter.thema?.length) c.push(arrayOverlaps(aanbod.themaCodes, filter.thema));
  if (filter.vorm?.length) c.push(arrayOverlaps(aanbod.vormCodes, filter.vorm));
  if (filter.niveau?.length) c.push(arrayOverlaps(aanbod.niveaus, filter.niveau));
  // Aanbod without a regio has no regio preference (landelijk): it is in every regio's list.
  if (filter.regio) c.push(or(eq(aanbod.regioCode, filter.regio), isNull(aanbod.regioCode))!);
  if (filter.organisatie) {
    c.push(
      uuidPattern.test(filter.organisatie)
        ? eq(aanbod.organisatieId, filter.organisatie)
        : inArray(aanbod.organisatieId, sql`(select ${organisaties.id} from ${organisaties} where ${organisaties.slug} = ${filter.organisatie})`),
    );
  }
  if (filter.periodeVan || filter.periodeTot) {
    // One of its periods overlaps the asked one; aanbod without periods (a research line, a guest
    // lecturer) is available any time.
    const overlap = [
      sql`p.aanbod_id = ${aanbod.id}`,
      ...(filter.periodeTot ? [sql`p.van <= ${filter.periodeTot}::date`] : []),
      ...(filter.periodeVan ? [sql`p.tot >= ${filter.periodeVan}::date`] : []),
    ];
    c.push(sql`(exists (select 1 from ${aanbodPeriodes} p where ${sql.join(overlap, sql` and `)})
      or not exists (select 1 from ${aanbodPeriodes} p where p.aanbod_id = ${aanbod.id}))`);
  }
  return c;
}

/** The aanbod list: filters and search in SQL, then the snippets and periods of the page's rows. */
export async function zoekAanbod(db: Db, actor: Actor, filter: AanbodFilter, locale: Locale): Promise<AanbodZoekResultaat> {
  // Published aanbod is public: the actor does not change the list (concepts are on the owner's pages).
  void actor;
  const conditions: SQL[] = aanbodCondities(filter);
  let zoeken: ReturnType<typeof tekstZoekSql> | undefined;
  let bedoeld: string | null = null;
  if (filter.zoek) {
    const correctie = await zoekCorrectie(db, filter.zoek, await themaWoorden(db));
    bedoeld = correctie.bedoeld;
    const [synoniemen, themaCodes] = await Promise.all([expandWithSynonyms(db, correctie.zoek, locale), matchThemaCodes(db, correctie.zoek)]);
    zoeken = tekstZoekSql({
      zoek: correctie.zoek,
      synoniemen,
      vector: aanbod.zoekvector,
      titels: [aanbod.titelNl, aanbod.titelEn],
      themas: { codes: themaCodes, kolom: aanbod.themaCodes },
    });
    conditions.push(zoeken.where);
  }
  const where = and(...conditions);
  const sort = filter.sort ?? (zoeken ? 'relevantie' : 'nieuwste');
  const nieuwste = [sql`${aanbod.gepubliceerdOp} desc nulls last`, asc(aanbod.id)];
  const orderBy =
    sort === 'relevantie' && zoeken
      ? [desc(zoeken.rank), ...nieuwste]
      : sort === 'deadline'
        ? [sql`${aanbod.intakeDeadline} asc nulls last`, ...nieuwste]
        : nieuwste;

  const [rows, [counted]] = await Promise.all([
    db
      .select({
        id: aanbod.id,
        soort: aanbod.soort,
        titelNl: aanbod.titelNl,
        titelEn: aanbod.titelEn,
        samenvattingNl: sql<string | null>`left(${aanbod.beschrijvingNl}, 300)`,
        samenvattingEn: sql<string | null>`left(${aanbod.beschrijvingEn}, 300)`,
        organisatieId: organisaties.id,
        organisatieNaam: organisaties.naam,
        organisatieSlug: organisaties.slug,
        regioCode: regios.code,
        regioNaam: regios.naam,
        themaCodes: aanbod.themaCodes,
        vormCodes: aanbod.vormCodes,
        niveaus: aanbod.niveaus,
        opleiding: aanbod.opleiding,
        intakeDeadline: aanbod.intakeDeadline,
        gepubliceerdOp: aanbod.gepubliceerdOp,
        isDemo: aanbod.isDemo,
      })
      .from(aanbod)
      .leftJoin(organisaties, eq(organisaties.id, aanbod.organisatieId))
      .leftJoin(regios, eq(regios.code, aanbod.regioCode))
      .where(where)
      .orderBy(...orderBy)
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db.select({ n: count() }).from(db.select({ een: sql`1` }).from(aanbod).where(where).limit(TEL_TOT + 1).as('gevonden')),
  ]);

  const ids = rows.map((r) => r.id);
  const snippets = new Map<string, string | null>();
  const periodes = new Map<string, AanbodLijstItem['periodes']>();
  if (ids.length > 0) {
    const engels = sql`(${locale === 'en'} and ${aanbod.beschrijvingEn} is not null or ${aanbod.beschrijvingNl} is null)`;
    const [found, perRows] = await Promise.all([
      zoeken
        ? db
            .select({
              id: aanbod.id,
              headline: sql<string | null>`case when ${engels}
                then ${zoeken.headline(sql`concat_ws(' ', ${aanbod.beschrijvingEn}, ${aanbod.geschikteVragenEn})`, 'english')}
                else ${zoeken.headline(sql`concat_ws(' ', ${aanbod.beschrijvingNl}, ${aanbod.geschikteVragenNl})`, 'dutch')} end`,
            })
            .from(aanbod)
            .where(inArray(aanbod.id, ids))
        : Promise.resolve([]),
      db
        .select({ aanbodId: aanbodPeriodes.aanbodId, label: aanbodPeriodes.label, van: aanbodPeriodes.van, tot: aanbodPeriodes.tot })
        .from(aanbodPeriodes)
        .where(inArray(aanbodPeriodes.aanbodId, ids))
        .orderBy(asc(aanbodPeriodes.van), asc(aanbodPeriodes.id)),
    ]);
    for (const f of found) snippets.set(f.id, snippetHtml(f.headline));
    for (const { aanbodId, ...p } of perRows) periodes.set(aanbodId, [...(periodes.get(aanbodId) ?? []), p]);
  }
  return {
    items: rows.map(({ organisatieId, organisatieNaam, organisatieSlug, regioCode, regioNaam, ...r }) => ({
      ...r,
      organisatie: organisatieId && organisatieNaam && organisatieSlug ? { id: organisatieId, naam: organisatieNaam, slug: organisatieSlug } : null,
      regio: regioCode && regioNaam ? { code: regioCode, naam: regioNaam } : null,
      periodes: periodes.get(r.id) ?? [],
      snippet: snippets.get(r.id) ?? null,
    })),
    ...begrensdeTelling(counted?.n ?? 0),
    bedoeld,
  };
}
