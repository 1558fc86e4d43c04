import { and, asc, count, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/client.ts';
import { aanbod } from '../../aanbod/schema.ts';
import { accounts } from '../../accounts/schema.ts';
import { belangstellingen } from '../../belangstellingen/schema.ts';
import { suggesties, type KandidaatSoort, type OpgeslagenSignaal } from '../../matching/schema.ts';
import { onderdelen, organisaties } from '../../organisaties/schema.ts';
import { vraagstukken, type VraagstukStatus } from '../../vraagstukken/schema.ts';
import { koppelingen, type KoppelingStatus } from '../schema.ts';

/**
 * The verbinder's workbench, per regio (the vraagstuk's regio_code): what waits for a human.
 * Every list is ordered so that what waits longest comes first (except the new suggestions: best
 * first), and returns one page plus the total, so the page can show a short table with a count.
 * The tables are joined here directly (schema files), not through the other modules' queries: the
 * werkbank needs a handful of columns from five tables in one query per section.
 */

export type Pagina = { limiet: number; offset: number };
export type Lijst<T> = { items: T[]; totaal: number };

/** Statuses in which a vraagstuk is still looking for a match: in review, published, in talks. */
export const werkbankStatussen = ['ingediend', 'gepubliceerd', 'in-gesprek'] as const satisfies readonly VraagstukStatus[];
const openStatussen = ['gepubliceerd', 'in-gesprek'] as const satisfies readonly VraagstukStatus[];
const levendeBelangstelling = ['open', 'in-gesprek', 'geaccepteerd'] as const;
const levend = ['voorgesteld', 'geintroduceerd', 'geaccepteerd'] as const;

export type VraagstukVerwijzing = { id: string; titelNl: string | null; titelEn: string | null; organisatieNaam: string };

export type KandidaatVerwijzing = {
  soort: KandidaatSoort;
  id: string;
  titelNl: string | null;
  titelEn: string | null;
  /** The organisatie the candidate belongs to, when there is one. */
  organisatieNaam: string | null;
  /** Page path without locale prefix; null when the candidate has no page the verbinder can open (a private profile). */
  pad: string | null;
};

const vraagstukOrganisatie = alias(organisaties, 'vraagstuk_organisatie');
const kandidaatOrganisatie = alias(organisaties, 'kandidaat_organisatie');
const onderdeelOrganisatie = alias(organisaties, 'onderdeel_organisatie');

const vraagstukKolommen = {
  vraagstukId: vraagstukken.id,
  vraagstukTitelNl: vraagstukken.titelNl,
  vraagstukTitelEn: vraagstukken.titelEn,
  vraagstukOrganisatie: vraagstukOrganisatie.naam,
};

const kandidaatKolommen = {
  aanbodTitelNl: aanbod.titelNl,
  aanbodTitelEn: aanbod.titelEn,
  aanbodOrganisatie: kandidaatOrganisatie.naam,
  onderdeelNaam: onderdelen.naam,
  onderdeelSlug: onderdelen.slug,
  onderdeelOrganisatie: onderdeelOrganisatie.naam,
  onderdeelOrganisatieSlug: onderdeelOrganisatie.slug,
  persoonNaam: accounts.naam,
  persoonOpenbaar: sql<boolean>`(${accounts.profielOpenbaar} and ${accounts.verwijderdOp} is null)`,
};

type KandidaatRij = {
  aanbodTitelNl: string | null;
  aanbodTitelEn: string | null;
  aanbodOrganisatie: string | null;
  onderdeelNaam: string | null;
  onderdeelSlug: string | null;
  onderdeelOrganisatie: string | null;
  onderdeelOrganisatieSlug: string | null;
  persoonNaam: string | null;
  persoonOpenbaar: boolean | null;
};

function kandidaatVan(soort: KandidaatSoort, id: string, r: KandidaatRij): KandidaatVerwijzing {
  switch (soort) {
    case 'aanbod':
      return { soort, id, titelNl: r.aanbodTitelNl, titelEn: r.aanbodTitelEn, organisatieNaam: r.aanbodOrganisatie, pad: `/aanbod/${id}` };
    case 'onderdeel':
      return {
        soort,
        id,
        titelNl: r.onderdeelNaam,
        titelEn: r.onderdeelNaam,
        organisatieNaam: r.onderdeelOrganisatie,
        pad: r.onderdeelOrganisatieSlug && r.onderdeelSlug ? `/organisaties/${r.onderdeelOrganisatieSlug}/onderdelen/${r.onderdeelSlug}` : null,
      };
    case 'persoon':
      return { soort, id, titelNl: r.persoonNaam, titelEn: r.persoonNaam, organisatieNaam: null, pad: r.persoonOpenbaar ? `/personen/${id}` : null };
  }
}

const vraagstukVan = (r: { vraagstukId: string; vraagstukTitelNl: string | null; vraagstukTitelEn: string | null; vraagstukOrganisatie: string }): VraagstukVerwijzing => ({
  id: r.vraagstukId,
  titelNl: r.vraagstukTitelNl,
  titelEn: r.vraagstukTitelEn,
  organisatieNaam: r.vraagstukOrganisatie,
});

// ---------------------------------------------------------------------------------------------
// 1. Vraagstukken that need attention: no suggestions, or nobody interested yet.

export type AandachtVraagstuk = VraagstukVerwijzing & {
  status: VraagstukStatus;
  /** Since when it waits: submitted (or published, or created). */
  sinds: Date;
  suggesties: number;
  /** A live belangstelling or a live koppeling exists. */
  belangstelling: boolean;
};

export async function vraagstukkenZonderAandacht(db: Db, regioCode: string, pagina: Pagina): Promise<Lijst<AandachtVraagstuk>> {
  const aantalSuggesties = sql<number>`(select count(*)::int from ${suggesties} where ${suggesties.richting} = 'vraagstuk' and ${suggesties.vraagstukId} = ${vraagstukken.id})`;
  const heeftBelangstelling = sql<boolean>`(exists (select 1 from ${belangstellingen} where ${belangstellingen.vraagstukId} = ${vraagstukken.id} and ${inArray(belangstellingen.status, [...levendeBelangstelling])})
    or exists (select 1 from ${koppelingen} where ${koppelingen.vraagstukId} = ${vraagstukken.id} and ${inArray(koppelingen.status, [...levend])}))`;
  const where = and(eq(vraagstukken.regioCode, regioCode), inArray(vraagstukken.status, [...werkbankStatussen]), sql`(${aantalSuggesties} = 0 or not ${heeftBelangstelling})`);
  const sinds = sql<Date>`coalesce(${vraagstukken.ingediendOp}, ${vraagstukken.gepubliceerdOp}, ${vraagstukken.createdAt})`;
  const [[totaal], rijen] = await Promise.all([
    db.select({ n: count() }).from(vraagstukken).where(where),
    db
      .select({ ...vraagstukKolommen, status: vraagstukken.status, sinds: sql<Date>`${sinds}`.mapWith(vraagstukken.createdAt), suggesties: aantalSuggesties, belangstelling: heeftBelangstelling })
      .from(vraagstukken)
      .innerJoin(vraagstukOrganisatie, eq(vraagstukOrganisatie.id, vraagstukken.organisatieId))
      .where(where)
      .orderBy(asc(sinds), asc(vraagstukken.id))
      .limit(pagina.limiet)
      .offset(pagina.offset),
  ]);
  return {
    totaal: totaal?.n ?? 0,
    items: rijen.map((r) => ({ ...vraagstukVan(r), status: r.status, sinds: r.sinds, suggesties: Number(r.suggesties), belangstelling: Boolean(r.belangstelling) })),
  };
}

// ---------------------------------------------------------------------------------------------
// Koppelingen of the regio in one status (sections 2, 3 and 4).

export type WerkbankKoppeling = {
  id: string;
  status: KoppelingStatus;
  vraagstuk: VraagstukVerwijzing;
  kandidaat: KandidaatVerwijzing;
  score: number | null;
  signalen: OpgeslagenSignaal[] | null;
  aangemaaktOp: Date;
  geintroduceerdOp: Date | null;
  laatsteWijziging: Date;
  /** Which sides have not answered yet (only meaningful once introduced). */
  wachtOp: ('vraagzijde' | 'aanbodzijde')[];
};

function koppelingenQuery(db: Db, where: SQL | undefined) {
  return db
    .select({
      id: koppelingen.id,
      status: koppelingen.status,
      kandidaatSoort: koppelingen.kandidaatSoort,
      kandidaatId: sql<string>`coalesce(${koppelingen.aanbodId}, ${koppelingen.onderdeelId}, ${koppelingen.persoonId})`,
      score: koppelingen.score,
      signalen: koppelingen.signalen,
      aangemaaktOp: koppelingen.createdAt,
      geintroduceerdOp: koppelingen.geintroduceerdOp,
      laatsteWijziging: koppelingen.updatedAt,
      besluitVraagzijde: koppelingen.besluitVraagzijde,
      besluitAanbodzijde: koppelingen.besluitAanbodzijde,
      ...vraagstukKolommen,
      ...kandidaatKolommen,
    })
    .from(koppelingen)
    .innerJoin(vraagstukken, eq(vraagstukken.id, koppelingen.vraagstukId))
    .innerJoin(vraagstukOrganisatie, eq(vraagstukOrganisatie.id, vraagstukken.organisatieId))
    .leftJoin(aanbod, eq(aanbod.id, koppelingen.aanbodId))
    .leftJoin(kandidaatOrganisatie, eq(kandidaatOrganisatie.id, aanbod.organisatieId))
    .leftJoin(onderdelen, eq(onderdelen.id, koppelingen.onderdeelId))
    .leftJoin(onderdeelOrganisatie, eq(onderdeelOrganisatie.id, onderdelen.organisatieId))
    .leftJoin(accounts, eq(accounts.id, koppelingen.persoonId))
    .where(where)
    .$dynamic();
}

type KoppelingRij = Awaited<ReturnType<typeof koppelingenQuery>>[number];

const koppelingVan = (r: KoppelingRij): WerkbankKoppeling => ({
  id: r.id,
  status: r.status,
  vraagstuk: vraagstukVan(r),
  kandidaat: kandidaatVan(r.kandidaatSoort, r.kandidaatId, r),
  score: r.score,
  signalen: r.signalen,
  aangemaaktOp: r.aangemaaktOp,
  geintroduceerdOp: r.geintroduceerdOp,
  laatsteWijziging: r.laatsteWijziging,
  wachtOp: [...(r.besluitVraagzijde ? [] : (['vraagzijde'] as const)), ...(r.besluitAanbodzijde ? [] : (['aanbodzijde'] as const))],
});

async function koppelingenLijst(db: Db, where: SQL | undefined, volgorde: SQL[], pagina: Pagina): Promise<Lijst<WerkbankKoppeling>> {
  const [[totaal], rijen] = await Promise.all([
    db.select({ n: count() }).from(koppelingen).innerJoin(vraagstukken, eq(vraagstukken.id, koppelingen.vraagstukId)).where(where),
    koppelingenQuery(db, where)
      .orderBy(...volgorde, asc(koppelingen.id))
      .limit(pagina.limiet)
      .offset(pagina.offset),
  ]);
  return { totaal: totaal?.n ?? 0, items: rijen.map(koppelingVan) };
}

/** 2a. Koppelingen a verbinder proposed and still has to review and introduce (or withdraw), oldest first. */
export function voorgesteldeKoppelingen(db: Db, regioCode: string, pagina: Pagina): Promise<Lijst<WerkbankKoppeling>> {
  return koppelingenLijst(db, and(eq(vraagstukken.regioCode, regioCode), eq(koppelingen.status, 'voorgesteld')), [asc(koppelingen.createdAt)], pagina);
}

/** The moment before which an unchanged introduction counts as stalled. */
export const stagnatieGrens = (nu: Date, dagen: number): Date => new Date(nu.getTime() - dagen * 86_400_000);

/** 3. Introductions that wait for an answer and do not stall yet, oldest first. */
export function wachtendeIntroducties(db: Db, regioCode: string, grens: Date, pagina: Pagina): Promise<Lijst<WerkbankKoppeling>> {
  return koppelingenLijst(
    db,
    and(eq(vraagstukken.regioCode, regioCode), eq(koppelingen.status, 'geintroduceerd'), gte(koppelingen.updatedAt, grens)),
    [asc(koppelingen.updatedAt)],
    pagina,
  );
}

/** 4. Introductions without any change since `grens` (stagnatieDagen ago), longest silent first. */
export function stagnerendeIntroducties(db: Db, regioCode: string, grens: Date, pagina: Pagina): Promise<Lijst<WerkbankKoppeling>> {
  return koppelingenLijst(db, and(eq(vraagstukken.regioCode, regioCode), eq(koppelingen.status, 'geintroduceerd'), lt(koppelingen.updatedAt, grens)), [asc(koppelingen.updatedAt)], pagina);
}

// ---------------------------------------------------------------------------------------------
// 2b. New suggestions: the engine's best stored matches that nobody has acted on yet.

export type NieuweSuggestie = {
  vraagstuk: VraagstukVerwijzing;
  kandidaat: KandidaatVerwijzing;
  score: number;
  signalen: OpgeslagenSignaal[];
  berekendOp: Date;
};

/**
 * Stored suggestions with a score of at least `drempel` for the regio's open vraagstukken that have
 * no live koppeling yet, leaving out pairs that ever had a koppeling (a declined or withdrawn one is
 * not new). At most `perVraagstuk` per vraagstuk, so one well-described vraagstuk does not fill the
 * list; best first.
 */
export async function nieuweSuggesties(db: Db, regioCode: string, opties: { drempel: number; perVraagstuk: number }, pagina: Pagina): Promise<Lijst<NieuweSuggestie>> {
  const paarHeeftKoppeling = sql`exists (select 1 from ${koppelingen} k where k.vraagstuk_id = ${suggesties.vraagstukId} and k.kandidaat_soort = ${suggesties.kandidaatSoort}
    and coalesce(k.aanbod_id, k.onderdeel_id, k.persoon_id) = ${suggesties.kandidaatId})`;
  const vraagstukHeeftKoppeling = sql`exists (select 1 from ${koppelingen} k where k.vraagstuk_id = ${suggesties.vraagstukId} and k.status in ('voorgesteld', 'geintroduceerd', 'geaccepteerd'))`;
  const kandidaten = db
    .select({
      vraagstukId: suggesties.vraagstukId,
      kandidaatSoort: suggesties.kandidaatSoort,
      kandidaatId: suggesties.kandidaatId,
      score: suggesties.score,
      signalen: suggesties.signalen,
      berekendOp: suggesties.berekendOp,
      nr: sql<number>`row_number() over (partition by ${suggesties.vraagstukId} order by ${suggesties.score} desc, ${suggesties.kandidaatId})`.as('nr'),
    })
    .from(suggesties)
    .innerJoin(vraagstukken, eq(vraagstukken.id, suggesties.vraagstukId))
    .where(
      and(
        eq(suggesties.richting, 'vraagstuk'),
        eq(vraagstukken.regioCode, regioCode),
        inArray(vraagstukken.status, [...openStatussen]),
        sql`${suggesties.score} >= ${opties.drempel}`,
        sql`not ${paarHeeftKoppeling}`,
        sql`not ${vraagstukHeeftKoppeling}`,
      ),
    )
    .as('kandidaten');
  const binnenLimiet = sql`${kandidaten.nr} <= ${opties.perVraagstuk}`;
  const [[totaal], rijen] = await Promise.all([
    db.select({ n: count() }).from(kandidaten).where(binnenLimiet),
    db
      .select({
        kandidaatSoort: kandidaten.kandidaatSoort,
        kandidaatId: kandidaten.kandidaatId,
        score: kandidaten.score,
        signalen: kandidaten.signalen,
        berekendOp: kandidaten.berekendOp,
        ...vraagstukKolommen,
        ...kandidaatKolommen,
      })
      .from(kandidaten)
      .innerJoin(vraagstukken, eq(vraagstukken.id, kandidaten.vraagstukId))
      .innerJoin(vraagstukOrganisatie, eq(vraagstukOrganisatie.id, vraagstukken.organisatieId))
      .leftJoin(aanbod, and(eq(kandidaten.kandidaatSoort, 'aanbod'), eq(aanbod.id, kandidaten.kandidaatId)))
      .leftJoin(kandidaatOrganisatie, eq(kandidaatOrganisatie.id, aanbod.organisatieId))
      .leftJoin(onderdelen, and(eq(kandidaten.kandidaatSoort, 'onderdeel'), eq(onderdelen.id, kandidaten.kandidaatId)))
      .leftJoin(onderdeelOrganisatie, eq(onderdeelOrganisatie.id, onderdelen.organisatieId))
      .leftJoin(accounts, and(eq(kandidaten.kandidaatSoort, 'persoon'), eq(accounts.id, kandidaten.kandidaatId)))
      .where(binnenLimiet)
      .orderBy(desc(kandidaten.score), asc(kandidaten.vraagstukId), asc(kandidaten.kandidaatId))
      .limit(pagina.limiet)
      .offset(pagina.offset),
  ]);
  return {
    totaal: totaal?.n ?? 0,
    items: rijen.map((r) => ({ vraagstuk: vraagstukVan(r), kandidaat: kandidaatVan(r.kandidaatSoort, r.kandidaatId, r), score: r.score, signalen: r.signalen, berekendOp: r.berekendOp })),
  };
}
