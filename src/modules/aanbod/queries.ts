import { and, asc, count, desc, eq, inArray, ne, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { anonymous, type Actor } from '../../platform/actor.ts';
import { accounts } from '../accounts/schema.ts';
import { lidmaatschappen } from '../lidmaatschappen/schema.ts';
import { onderdelen, organisaties } from '../organisaties/schema.ts';
import { provincies, regios, samenwerkingsvormen, themas } from '../taxonomie/schema.ts';
import { rijKolommen, type AanbodRij } from './commands/aanbod-regels.ts';
import { mayEditAanbod } from './policy.ts';
import { aanbod, aanbodPeriodes, type AanbodSoort, type AanbodStatus } from './schema.ts';

type Naam = { code: string; naamNl: string; naamEn: string };

export type AanbodVolledig = AanbodRij & {
  organisatie: { id: string; naam: string; slug: string } | null;
  onderdeel: { id: string; naam: string; slug: string } | null;
  /** The owner: null unless their profile is public or the viewer may edit the item (personal data). */
  eigenaar: { id: string; naam: string; profielOpenbaar: boolean } | null;
  periodes: { soort: (typeof aanbodPeriodes.$inferSelect)['soort']; label: string; van: string; tot: string }[];
  themas: Naam[];
  vormen: Naam[];
  regio: { code: string; naam: string } | null;
};

/**
 * One aanbod item with everything its page and the API show. The caller checks maySeeAanbod. The
 * owner's name is personal data: shown only when they made their profile public, or to those who
 * may edit the item (`viewer`; without one, as for an anonymous visitor).
 */
export async function aanbodOphalen(db: Db, id: string, viewer: Actor = anonymous): Promise<AanbodVolledig | undefined> {
  const [row] = await db
    .select({
      ...rijKolommen,
      org: { id: organisaties.id, naam: organisaties.naam, slug: organisaties.slug },
      ond: { id: onderdelen.id, naam: onderdelen.naam, slug: onderdelen.slug },
      eig: { id: accounts.id, naam: accounts.naam, profielOpenbaar: accounts.profielOpenbaar },
      reg: { code: regios.code, naam: regios.naam },
    })
    .from(aanbod)
    .leftJoin(organisaties, eq(organisaties.id, aanbod.organisatieId))
    .leftJoin(onderdelen, eq(onderdelen.id, aanbod.onderdeelId))
    .leftJoin(accounts, eq(accounts.id, aanbod.aangemaaktDoor))
    .leftJoin(regios, eq(regios.code, aanbod.regioCode))
    .where(eq(aanbod.id, id));
  if (!row) return undefined;
  const { org, ond, eig, reg, ...rij } = row;
  const [periodes, themaRijen, vormRijen] = await Promise.all([
    db
      .select({ soort: aanbodPeriodes.soort, label: aanbodPeriodes.label, van: aanbodPeriodes.van, tot: aanbodPeriodes.tot })
      .from(aanbodPeriodes)
      .where(eq(aanbodPeriodes.aanbodId, id))
      .orderBy(asc(aanbodPeriodes.van), asc(aanbodPeriodes.tot)),
    rij.themaCodes.length
      ? db.select({ code: themas.code, naamNl: themas.naamNl, naamEn: themas.naamEn }).from(themas).where(inArray(themas.code, rij.themaCodes)).orderBy(asc(themas.volgorde), asc(themas.code))
      : [],
    rij.vormCodes.length
      ? db
          .select({ code: samenwerkingsvormen.code, naamNl: samenwerkingsvormen.naamNl, naamEn: samenwerkingsvormen.naamEn })
          .from(samenwerkingsvormen)
          .where(inArray(samenwerkingsvormen.code, rij.vormCodes))
          .orderBy(asc(samenwerkingsvormen.volgorde), asc(samenwerkingsvormen.code))
      : [],
  ]);
  const naamZichtbaar = eig ? eig.profielOpenbaar || mayEditAanbod(viewer, rij) : false;
  return {
    ...rij,
    organisatie: org,
    onderdeel: ond,
    eigenaar: eig && naamZichtbaar ? eig : null,
    periodes,
    themas: themaRijen,
    vormen: vormRijen,
    regio: reg,
  };
}

/** What the person may manage: what they posted, and what belongs to an organisatie they coordinate. */
async function beheerbaarDoor(db: Db, accountId: string): Promise<SQL> {
  const coordineert = await db
    .select({ id: lidmaatschappen.organisatieId })
    .from(lidmaatschappen)
    .where(and(eq(lidmaatschappen.accountId, accountId), eq(lidmaatschappen.rol, 'coordinator')));
  const ids = coordineert.map((r) => r.id);
  return ids.length ? or(eq(aanbod.aangemaaktDoor, accountId), inArray(aanbod.organisatieId, ids))! : eq(aanbod.aangemaaktDoor, accountId);
}

export type EigenAanbodItem = { id: string; titelNl: string | null; titelEn: string | null; soort: AanbodSoort; status: AanbodStatus };

/**
 * The aanbod a person may link to a belangstelling: theirs, or of an organisatie they coordinate.
 * Archived items are left out: they are no longer on offer.
 */
export async function eigenAanbod(db: Db, accountId: string): Promise<EigenAanbodItem[]> {
  return db
    .select({ id: aanbod.id, titelNl: aanbod.titelNl, titelEn: aanbod.titelEn, soort: aanbod.soort, status: aanbod.status })
    .from(aanbod)
    .where(and(await beheerbaarDoor(db, accountId), ne(aanbod.status, 'gearchiveerd')))
    .orderBy(desc(aanbod.createdAt), asc(aanbod.id));
}

export type MijnAanbodItem = EigenAanbodItem & { organisatieNaam: string | null; eigen: boolean; updatedAt: Date; createdAt: Date };

/** /account/aanbod: everything the person manages, in every status, newest first, a page at a time. */
export async function mijnAanbod(db: Db, accountId: string, page: { page: number; pageSize: number }): Promise<{ items: MijnAanbodItem[]; total: number }> {
  const where = await beheerbaarDoor(db, accountId);
  const [[totaal], rows] = await Promise.all([
    db.select({ n: count() }).from(aanbod).where(where),
    db
      .select({
        id: aanbod.id,
        titelNl: aanbod.titelNl,
        titelEn: aanbod.titelEn,
        soort: aanbod.soort,
        status: aanbod.status,
        organisatieNaam: organisaties.naam,
        aangemaaktDoor: aanbod.aangemaaktDoor,
        updatedAt: aanbod.updatedAt,
        createdAt: aanbod.createdAt,
      })
      .from(aanbod)
      .leftJoin(organisaties, eq(organisaties.id, aanbod.organisatieId))
      .where(where)
      .orderBy(desc(aanbod.createdAt), asc(aanbod.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
  ]);
  return { total: totaal?.n ?? 0, items: rows.map(({ aangemaaktDoor, ...r }) => ({ ...r, eigen: aangemaaktDoor === accountId })) };
}

export type OrganisatieKeuze = { id: string; naam: string; soort: string; regioCode: string };
export type OnderdeelKeuze = { id: string; naam: string; organisatieId: string };

/**
 * What the form offers: the organisaties the person is a member of (and the item's own, when a
 * coordinator or beheerder edits someone else's), with their regio for the default, and their onderdelen.
 */
export async function formKeuzes(db: Db, accountId: string, ookOrganisatieId?: string | null): Promise<{ organisaties: OrganisatieKeuze[]; onderdelen: OnderdeelKeuze[] }> {
  const lid = await db.select({ id: lidmaatschappen.organisatieId }).from(lidmaatschappen).where(eq(lidmaatschappen.accountId, accountId));
  const ids = [...new Set([...lid.map((l) => l.id), ...(ookOrganisatieId ? [ookOrganisatieId] : [])])];
  if (ids.length === 0) return { organisaties: [], onderdelen: [] };
  const [orgs, units] = await Promise.all([
    db
      .select({ id: organisaties.id, naam: organisaties.naam, soort: organisaties.soort, regioCode: provincies.regioCode })
      .from(organisaties)
      .innerJoin(provincies, eq(provincies.naam, organisaties.provincie))
      .where(inArray(organisaties.id, ids))
      .orderBy(asc(organisaties.naam)),
    db
      .select({ id: onderdelen.id, naam: onderdelen.naam, organisatieId: onderdelen.organisatieId })
      .from(onderdelen)
      .where(inArray(onderdelen.organisatieId, ids))
      .orderBy(asc(onderdelen.naam)),
  ]);
  return { organisaties: orgs, onderdelen: units };
}
