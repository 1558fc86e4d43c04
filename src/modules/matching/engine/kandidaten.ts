// Phase 2's input: the features of the source and of the shortlisted candidates, one set-based query
// per kind (never a query per candidate).
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { periodeLabel } from './signalen.ts';
import { getal, json, rijen, tekstLijst, uuidLijst } from './sql.ts';
import type { EerdereSamenwerking, OnderwijsKant, Periode, Sector, VraagKant } from './typen.ts';

/** A candidate with the trigram similarity of its title to the source's title (null: not comparable). */
export type Met<T> = T & { trigram: number | null };

const sectorVanOrganisatie = (soort: string): Sector | null => (soort === 'hogeschool' ? 'hbo' : soort === 'universiteit' ? 'wo' : soort === 'mbo-instelling' ? 'mbo' : null);
const uniek = <T>(xs: readonly T[]): T[] => [...new Set(xs)];
const trigram = (kolom: SQL, titel: string | null): SQL => (titel ? sql`similarity(coalesce(${kolom}, ''), ${titel})::float8` : sql`null::float8`);

type Lexeem = { t: string; w: number; n: number };
/** The source document's own terms with their weight class (A 3, B 2, C/D 1) and count, from its tsvector. */
const lexemenVan = (kolom: SQL): SQL =>
  sql`coalesce((select json_agg(json_build_object('t', u.lexeme, 'w', (select max(case x when 'A' then 3 when 'B' then 2 else 1 end) from unnest(u.weights) x), 'n', coalesce(array_length(u.positions, 1), 1))) from unnest(${kolom}) u), '[]')`;

// ---------------------------------------------------------------------------------------------
// vraagstukken

type VraagRij = {
  id: string;
  organisatie_id: string;
  organisatie_naam: string;
  onderdeel_id: string | null;
  titel: string;
  thema_codes: string[];
  vorm_codes: string[];
  niveaus: string[];
  regio_code: string;
  landelijk: boolean;
  vroegste_start: string | null;
  deadline: string | null;
  aantal_studenten: unknown;
  aantal_teams: unknown;
  vertrouwelijkheid: VraagKant['vertrouwelijkheid'];
  status: string;
  bijgewerkt: unknown;
  trigram: unknown;
};

const vraagKolommen = (titel: string | null) => sql`v.id::text as id, v.organisatie_id::text as organisatie_id, o.naam as organisatie_naam, v.onderdeel_id::text as onderdeel_id,
  coalesce(nullif(v.titel_nl, ''), v.titel_en, '') as titel, v.thema_codes, v.vorm_codes, v.niveaus, v.regio_code, v.landelijk,
  v.vroegste_start::text as vroegste_start, v.deadline::text as deadline, v.aantal_studenten, v.aantal_teams, v.vertrouwelijkheid, v.status,
  (extract(epoch from greatest(v.gepubliceerd_op, v.updated_at)) * 1000)::float8 as bijgewerkt,
  ${trigram(sql`coalesce(nullif(v.titel_nl, ''), v.titel_en)`, titel)} as trigram`;

function vraagKant(r: VraagRij): Met<VraagKant> {
  return {
    id: r.id,
    organisatieId: r.organisatie_id,
    organisatieNaam: r.organisatie_naam,
    onderdeelId: r.onderdeel_id,
    titel: r.titel,
    themas: new Map(tekstLijst(r.thema_codes).map((c) => [c, 1])),
    vormCodes: tekstLijst(r.vorm_codes),
    niveaus: tekstLijst(r.niveaus),
    regioCode: r.regio_code,
    landelijk: r.landelijk,
    vroegsteStart: r.vroegste_start,
    deadline: r.deadline,
    aantalStudenten: getal(r.aantal_studenten),
    aantalTeams: getal(r.aantal_teams),
    vertrouwelijkheid: r.vertrouwelijkheid,
    bijgewerkt: getal(r.bijgewerkt),
    trigram: getal(r.trigram),
  };
}

export type VraagBron = {
  vraag: VraagKant;
  status: string;
  lexemen: Lexeem[];
  /** The terms of the public summary (title and context): all that a na-introductie explanation may show. */
  publiek: Set<string>;
  tekst: string;
};

/** The vraagstuk to rank for: its features, terms (from its full text) and text. */
export async function laadVraagBron(db: Db, id: string): Promise<VraagBron | undefined> {
  const [r] = await rijen<VraagRij & { lexemen: unknown; publiek: string[]; tekst: string }>(
    db,
    sql`select ${vraagKolommen(null)}, ${lexemenVan(sql`v.zoekvector`)} as lexemen,
          tsvector_to_array(to_tsvector('dutch', coalesce(v.titel_nl, '') || ' ' || coalesce(v.context_nl, '')) || to_tsvector('english', coalesce(v.titel_en, '') || ' ' || coalesce(v.context_en, ''))) as publiek,
          concat_ws(' ', v.titel_nl, v.context_nl, v.vraag_nl, v.resultaat_nl, v.titel_en, v.context_en, v.vraag_en, v.resultaat_en) as tekst
        from vraagstukken v join organisaties o on o.id = v.organisatie_id where v.id = ${id}::uuid`,
  );
  if (!r) return undefined;
  return { vraag: vraagKant(r), status: r.status, lexemen: json<Lexeem[]>(r.lexemen, []), publiek: new Set(tekstLijst(r.publiek)), tekst: r.tekst ?? '' };
}

/** Open vraagstukken (gepubliceerd, in-gesprek) as candidates of an aanbod item. */
export async function laadVraagstukken(db: Db, ids: readonly string[], titel: string | null): Promise<Met<VraagKant>[]> {
  if (ids.length === 0) return [];
  const r = await rijen<VraagRij>(
    db,
    sql`select ${vraagKolommen(titel)} from vraagstukken v join organisaties o on o.id = v.organisatie_id
        where v.id in ${uuidLijst(ids)} and v.status in ('gepubliceerd', 'in-gesprek')`,
  );
  return r.map(vraagKant);
}

// ---------------------------------------------------------------------------------------------
// aanbod

type AanbodRij = {
  id: string;
  soort: string;
  organisatie_id: string | null;
  organisatie_naam: string | null;
  organisatie_soort: string | null;
  onderdeel_id: string | null;
  titel: string;
  thema_codes: string[];
  vorm_codes: string[];
  niveaus: string[];
  regio_code: string | null;
  opdrachtsoort: string | null;
  aantal_studenten: unknown;
  aantal_teams: unknown;
  intake_deadline: string | null;
  bijgewerkt: unknown;
  eigenaar: unknown;
  periodes: unknown;
  trigram: unknown;
};

const aanbodKolommen = (titel: string | null) => sql`a.id::text as id, a.soort, a.organisatie_id::text as organisatie_id, o.naam as organisatie_naam, o.soort as organisatie_soort,
  a.onderdeel_id::text as onderdeel_id, coalesce(nullif(a.titel_nl, ''), a.titel_en, '') as titel, a.thema_codes, a.vorm_codes, a.niveaus, a.regio_code,
  a.opdrachtsoort, a.aantal_studenten, a.aantal_teams, a.intake_deadline::text as intake_deadline,
  (extract(epoch from greatest(a.gepubliceerd_op, a.updated_at)) * 1000)::float8 as bijgewerkt,
  coalesce((select json_agg(json_build_object('id', g.id::text, 'naam', g.naam, 'soort', g.soort)) from organisaties g
    where g.id in (select l.organisatie_id from lidmaatschappen l where l.account_id = a.aangemaakt_door
                   union select f.organisatie_id from affiliaties f where f.account_id = a.aangemaakt_door)), '[]') as eigenaar,
  coalesce((select json_agg(json_build_object('van', p.van::text, 'tot', p.tot::text, 'label', p.label) order by p.van) from aanbod_periodes p where p.aanbod_id = a.id), '[]') as periodes,
  ${trigram(sql`coalesce(nullif(a.titel_nl, ''), a.titel_en)`, titel)} as trigram`;

/** Forms implied by the kind when none are stated: a gastdocent gives guest lectures, students seek their opdrachtsoort. */
function vormenVan(r: AanbodRij): string[] {
  const vormen = tekstLijst(r.vorm_codes);
  if (vormen.length > 0) return vormen;
  if (r.soort === 'gastdocent') return ['gastcollege'];
  if (r.soort === 'bijscholing') return ['bijscholing'];
  if (r.soort === 'studenten' && r.opdrachtsoort) return [r.opdrachtsoort];
  return [];
}

function aanbodKant(r: AanbodRij): Met<OnderwijsKant> {
  const eigenaar = json<{ id: string; naam: string; soort: string }[]>(r.eigenaar, []);
  const organisaties = r.organisatie_id ? [{ id: r.organisatie_id, naam: r.organisatie_naam ?? '', soort: r.organisatie_soort ?? '' }] : eigenaar;
  return {
    soort: 'aanbod',
    id: r.id,
    titel: r.titel,
    organisaties: organisaties.map(({ id, naam }) => ({ id, naam })),
    onderdeelIds: r.onderdeel_id ? [r.onderdeel_id] : [],
    themas: new Map(tekstLijst(r.thema_codes).map((c) => [c, 1])),
    vormCodes: vormenVan(r),
    niveaus: tekstLijst(r.niveaus),
    sectoren: uniek(organisaties.map((o) => sectorVanOrganisatie(o.soort)).filter((s): s is Sector => s !== null)),
    regioCodes: r.regio_code ? [r.regio_code] : [],
    landelijk: r.regio_code === null,
    periodes: json<{ van: string; tot: string; label: string }[]>(r.periodes, []).map((p) => ({ van: p.van, tot: p.tot, label: { nl: p.label, en: p.label } })),
    intakeDeadline: r.intake_deadline,
    aantalStudenten: getal(r.aantal_studenten),
    aantalTeams: getal(r.aantal_teams),
    binnenPartners: r.organisatie_id !== null || eigenaar.length > 0,
    lidVan: [],
    ambtenaar: false,
    bijgewerkt: getal(r.bijgewerkt),
    trigram: getal(r.trigram),
  };
}

export type AanbodBron = { aanbod: OnderwijsKant; status: string; lexemen: Lexeem[]; tekst: string };

/** The aanbod item to rank vraagstukken for: its features, terms and text. */
export async function laadAanbodBron(db: Db, id: string): Promise<AanbodBron | undefined> {
  const [r] = await rijen<AanbodRij & { status: string; lexemen: unknown; tekst: string }>(
    db,
    sql`select ${aanbodKolommen(null)}, a.status, ${lexemenVan(sql`a.zoekvector`)} as lexemen,
          concat_ws(' ', a.titel_nl, a.beschrijving_nl, a.geschikte_vragen_nl, a.opleiding, a.vakgebied, a.titel_en, a.beschrijving_en, a.geschikte_vragen_en) as tekst
        from aanbod a left join organisaties o on o.id = a.organisatie_id where a.id = ${id}::uuid`,
  );
  if (!r) return undefined;
  return { aanbod: aanbodKant(r), status: r.status, lexemen: json<Lexeem[]>(r.lexemen, []), tekst: r.tekst ?? '' };
}

export async function laadAanbod(db: Db, ids: readonly string[], titel: string | null): Promise<Met<OnderwijsKant>[]> {
  if (ids.length === 0) return [];
  const r = await rijen<AanbodRij>(
    db,
    sql`select ${aanbodKolommen(titel)} from aanbod a left join organisaties o on o.id = a.organisatie_id
        where a.id in ${uuidLijst(ids)} and a.status = 'gepubliceerd'`,
  );
  return r.map(aanbodKant);
}

// ---------------------------------------------------------------------------------------------
// onderdelen

export async function laadOnderdelen(db: Db, ids: readonly string[], titel: string | null): Promise<Met<OnderwijsKant>[]> {
  if (ids.length === 0) return [];
  const r = await rijen<{ id: string; titel: string; organisatie_id: string; organisatie_naam: string; organisatie_soort: string; regio_code: string | null; bijgewerkt: unknown; themas: string[]; trigram: unknown }>(
    db,
    sql`select d.id::text as id, d.naam as titel, d.organisatie_id::text as organisatie_id, o.naam as organisatie_naam, o.soort as organisatie_soort, p.regio_code,
          (extract(epoch from d.updated_at) * 1000)::float8 as bijgewerkt,
          coalesce((select array_agg(t.thema_code) from onderdeel_themas t where t.onderdeel_id = d.id), '{}') as themas,
          ${trigram(sql`d.naam`, titel)} as trigram
        from onderdelen d join organisaties o on o.id = d.organisatie_id left join provincies p on p.naam = o.provincie
        where d.id in ${uuidLijst(ids)}`,
  );
  return r.map((x) => {
    const sector = sectorVanOrganisatie(x.organisatie_soort);
    return {
      soort: 'onderdeel' as const,
      id: x.id,
      titel: x.titel,
      organisaties: [{ id: x.organisatie_id, naam: x.organisatie_naam }],
      onderdeelIds: [x.id],
      themas: new Map(tekstLijst(x.themas).map((c) => [c, 1])),
      vormCodes: [],
      niveaus: [],
      sectoren: sector ? [sector] : [],
      regioCodes: x.regio_code ? [x.regio_code] : [],
      landelijk: false,
      periodes: [],
      intakeDeadline: null,
      aantalStudenten: null,
      aantalTeams: null,
      binnenPartners: true,
      lidVan: [],
      ambtenaar: false,
      bijgewerkt: getal(x.bijgewerkt),
      trigram: getal(x.trigram),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// personen

type PersoonOrganisatie = { id: string; naam: string; soort: string; regio: string | null; onderdeel: string | null; lid: boolean };

export async function laadPersonen(db: Db, ids: readonly string[]): Promise<Met<OnderwijsKant>[]> {
  if (ids.length === 0) return [];
  const r = await rijen<{ id: string; titel: string; persoonstype: string | null; bijgewerkt: unknown; themas: string[]; organisaties: unknown; beschikbaar: unknown }>(
    db,
    sql`select pr.account_id::text as id, a.naam as titel, a.persoonstype, (extract(epoch from pr.updated_at) * 1000)::float8 as bijgewerkt,
          coalesce((select array_agg(t.thema_code) from profiel_themas t where t.account_id = pr.account_id), '{}') as themas,
          coalesce((select json_agg(json_build_object('id', g.id::text, 'naam', g.naam, 'soort', g.soort, 'regio', p.regio_code, 'onderdeel', f.onderdeel_id::text, 'lid', f.lid))
            from (select organisatie_id, onderdeel_id, false as lid from affiliaties where account_id = pr.account_id
                  union all select organisatie_id, null, true from lidmaatschappen where account_id = pr.account_id) f
            join organisaties g on g.id = f.organisatie_id left join provincies p on p.naam = g.provincie), '[]') as organisaties,
          coalesce((select json_agg(json_build_object('van', b.van::text, 'tot', b.tot::text) order by b.van) from beschikbaarheden b where b.account_id = pr.account_id), '[]') as beschikbaar
        from profielen pr join accounts a on a.id = pr.account_id
        where pr.account_id in ${uuidLijst(ids)} and a.profiel_openbaar and a.verwijderd_op is null`,
  );
  return r.map((x) => {
    const orgs = json<PersoonOrganisatie[]>(x.organisaties, []);
    const onderwijs = orgs.filter((o) => sectorVanOrganisatie(o.soort) !== null);
    const periodes: Periode[] = json<{ van: string; tot: string }[]>(x.beschikbaar, []).map((b) => ({ van: b.van, tot: b.tot, label: periodeLabel(b.van, b.tot) }));
    return {
      soort: 'persoon' as const,
      id: x.id,
      titel: x.titel,
      organisaties: uniek(orgs.map((o) => o.id)).map((id) => ({ id, naam: orgs.find((o) => o.id === id)!.naam })),
      onderdeelIds: uniek(orgs.map((o) => o.onderdeel).filter((o): o is string => !!o)),
      themas: new Map(tekstLijst(x.themas).map((c) => [c, 1])),
      vormCodes: [],
      niveaus: [],
      sectoren: uniek(onderwijs.map((o) => sectorVanOrganisatie(o.soort)!)),
      regioCodes: uniek(orgs.map((o) => o.regio).filter((r): r is string => !!r)),
      landelijk: false,
      periodes,
      intakeDeadline: null,
      aantalStudenten: null,
      aantalTeams: null,
      binnenPartners: orgs.length > 0,
      lidVan: uniek(orgs.map((o) => o.id)),
      ambtenaar: x.persoonstype === 'ambtenaar',
      bijgewerkt: getal(x.bijgewerkt),
      trigram: null,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// eerdere samenwerking

/**
 * Accepted koppelingen and accepted belangstellingen, as pairs of the two sides' organisaties and
 * onderdelen (a person counts through their affiliations): those of the vraagstuk's organisatie, or
 * those of the aanbod item's organisaties.
 */
export async function laadEerdereSamenwerking(db: Db, filter: { vraagOrganisatieId: string } | { onderwijsOrganisatieIds: readonly string[] }): Promise<EerdereSamenwerking[]> {
  if ('onderwijsOrganisatieIds' in filter && filter.onderwijsOrganisatieIds.length === 0) return [];
  const vraagFilter = 'vraagOrganisatieId' in filter ? sql`and v.organisatie_id = ${filter.vraagOrganisatieId}::uuid` : sql``;
  const onderwijsFilter = 'onderwijsOrganisatieIds' in filter ? sql`where x.oo in ${uuidLijst(filter.onderwijsOrganisatieIds)}` : sql``;
  const r = await rijen<{ vo: string; vd: string | null; oo: string; od: string | null }>(
    db,
    sql`with s as (
          select v.organisatie_id as vo, v.onderdeel_id as vd, coalesce(a.organisatie_id, d.organisatie_id) as oo, coalesce(a.onderdeel_id, d.id) as od,
            case when k.persoon_id is not null then k.persoon_id when a.organisatie_id is null then a.aangemaakt_door end as p
          from koppelingen k join vraagstukken v on v.id = k.vraagstuk_id
          left join aanbod a on a.id = k.aanbod_id left join onderdelen d on d.id = k.onderdeel_id
          where k.status = 'geaccepteerd' ${vraagFilter}
          union all
          select v.organisatie_id, v.onderdeel_id, a.organisatie_id, a.onderdeel_id, case when a.organisatie_id is null then b.account_id end
          from belangstellingen b join vraagstukken v on v.id = b.vraagstuk_id left join aanbod a on a.id = b.aanbod_id
          where b.status = 'geaccepteerd' ${vraagFilter})
        select distinct x.vo::text as vo, x.vd::text as vd, x.oo::text as oo, x.od::text as od from (
          select vo, vd, oo, od from s where oo is not null
          union all
          select s.vo, s.vd, f.organisatie_id, f.onderdeel_id from s join affiliaties f on f.account_id = s.p) x
        ${onderwijsFilter}`,
  );
  return r.map((x) => ({ vraagOrganisatieId: x.vo, vraagOnderdeelId: x.vd, onderwijsOrganisatieId: x.oo, onderwijsOnderdeelId: x.od }));
}
