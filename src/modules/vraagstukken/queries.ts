import { and, asc, count, desc, eq, inArray, ne, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { accounts } from '../accounts/schema.ts';
import { belangstellingen } from '../belangstellingen/schema.ts';
import { lidmaatschappen } from '../lidmaatschappen/schema.ts';
import { onderdelen, organisaties } from '../organisaties/schema.ts';
import { provincies, regios, samenwerkingsvormen, themas } from '../taxonomie/schema.ts';
import { zonderZoekvector } from './commands/regels.ts';
import { vraagstukBijlagen, vraagstukContactpersonen, vraagstukGebeurtenissen, vraagstukken, type VraagstukStatus } from './schema.ts';

/** Reads of vraagstukken for pages and the API. Who may see what is decided by policy.ts on the result. */

type Rij = Omit<typeof vraagstukken.$inferSelect, 'zoekvector'>;
type CodeNaam = { code: string; naamNl: string; naamEn: string };

export type VraagstukVolledig = Rij & {
  organisatie: { id: string; naam: string; slug: string };
  onderdeel: { id: string; naam: string; slug: string } | null;
  contactpersonen: { id: string; naam: string }[];
  bijlagen: { id: string; bestandsnaam: string; mediatype: string; grootte: number; toegevoegdOp: Date }[];
  themas: CodeNaam[];
  vormen: CodeNaam[];
  regio: { code: string; naam: string };
  geintroduceerdeIds: string[];
};

/** One vraagstuk with everything a page or the API shows (themes and forms in the order of the row). */
export async function vraagstukOphalen(db: Db, id: string): Promise<VraagstukVolledig | undefined> {
  const [rij] = await db
    .select({
      v: zonderZoekvector,
      organisatie: { id: organisaties.id, naam: organisaties.naam, slug: organisaties.slug },
      regio: { code: regios.code, naam: regios.naam },
    })
    .from(vraagstukken)
    .innerJoin(organisaties, eq(organisaties.id, vraagstukken.organisatieId))
    .innerJoin(regios, eq(regios.code, vraagstukken.regioCode))
    .where(eq(vraagstukken.id, id));
  if (!rij) return undefined;
  const v = rij.v;
  const [onderdeel, contactpersonen, bijlagen, th, vo, geintroduceerd] = await Promise.all([
    v.onderdeelId
      ? db.select({ id: onderdelen.id, naam: onderdelen.naam, slug: onderdelen.slug }).from(onderdelen).where(eq(onderdelen.id, v.onderdeelId)).then((r) => r[0] ?? null)
      : Promise.resolve(null),
    db
      .select({ id: accounts.id, naam: accounts.naam })
      .from(vraagstukContactpersonen)
      .innerJoin(accounts, eq(accounts.id, vraagstukContactpersonen.accountId))
      .where(eq(vraagstukContactpersonen.vraagstukId, id))
      .orderBy(asc(accounts.naam)),
    db
      .select({ id: vraagstukBijlagen.id, bestandsnaam: vraagstukBijlagen.bestandsnaam, mediatype: vraagstukBijlagen.mediatype, grootte: vraagstukBijlagen.grootte, toegevoegdOp: vraagstukBijlagen.toegevoegdOp })
      .from(vraagstukBijlagen)
      .where(eq(vraagstukBijlagen.vraagstukId, id))
      .orderBy(asc(vraagstukBijlagen.toegevoegdOp), asc(vraagstukBijlagen.bestandsnaam)),
    v.themaCodes.length > 0 ? db.select({ code: themas.code, naamNl: themas.naamNl, naamEn: themas.naamEn }).from(themas).where(inArray(themas.code, v.themaCodes)) : Promise.resolve([]),
    v.vormCodes.length > 0
      ? db.select({ code: samenwerkingsvormen.code, naamNl: samenwerkingsvormen.naamNl, naamEn: samenwerkingsvormen.naamEn }).from(samenwerkingsvormen).where(inArray(samenwerkingsvormen.code, v.vormCodes))
      : Promise.resolve([]),
    db
      .select({ id: belangstellingen.accountId })
      .from(belangstellingen)
      .where(and(eq(belangstellingen.vraagstukId, id), eq(belangstellingen.status, 'geaccepteerd'))),
  ]);
  const inVolgorde = (codes: string[], rows: CodeNaam[]) => codes.map((c) => rows.find((r) => r.code === c)).filter((r): r is CodeNaam => Boolean(r));
  return {
    ...v,
    organisatie: rij.organisatie,
    regio: rij.regio,
    onderdeel,
    contactpersonen,
    bijlagen,
    themas: inVolgorde(v.themaCodes, th),
    vormen: inVolgorde(v.vormCodes, vo),
    geintroduceerdeIds: geintroduceerd.map((g) => g.id),
  };
}

export type Gebeurtenis = { op: Date; soort: string; vanStatus: VraagstukStatus | null; naarStatus: VraagstukStatus | null; opmerking: string | null; actor: { id: string; naam: string } | null };

/** The visible history, oldest first. */
export async function gebeurtenissenVan(db: Db, id: string): Promise<Gebeurtenis[]> {
  const rows = await db
    .select({
      op: vraagstukGebeurtenissen.op,
      soort: vraagstukGebeurtenissen.soort,
      vanStatus: vraagstukGebeurtenissen.vanStatus,
      naarStatus: vraagstukGebeurtenissen.naarStatus,
      opmerking: vraagstukGebeurtenissen.opmerking,
      actorId: accounts.id,
      actorNaam: accounts.naam,
    })
    .from(vraagstukGebeurtenissen)
    .leftJoin(accounts, eq(accounts.id, vraagstukGebeurtenissen.actorId))
    .where(eq(vraagstukGebeurtenissen.vraagstukId, id))
    .orderBy(asc(vraagstukGebeurtenissen.op), asc(vraagstukGebeurtenissen.id));
  return rows.map(({ actorId, actorNaam, ...r }) => ({ ...r, actor: actorId && actorNaam !== null ? { id: actorId, naam: actorNaam } : null }));
}

export async function bijlageInhoud(db: Db, vraagstukId: string, bijlageId: string): Promise<{ bestandsnaam: string; mediatype: string; inhoud: Uint8Array } | undefined> {
  const [rij] = await db
    .select({ bestandsnaam: vraagstukBijlagen.bestandsnaam, mediatype: vraagstukBijlagen.mediatype, inhoud: vraagstukBijlagen.inhoud })
    .from(vraagstukBijlagen)
    .where(and(eq(vraagstukBijlagen.id, bijlageId), eq(vraagstukBijlagen.vraagstukId, vraagstukId)));
  return rij;
}

/** Interests shown to the owners: every one that was not withdrawn. */
export async function aantalBelangstellingen(db: Db, vraagstukId: string): Promise<number> {
  const [r] = await db
    .select({ n: count() })
    .from(belangstellingen)
    .where(and(eq(belangstellingen.vraagstukId, vraagstukId), ne(belangstellingen.status, 'ingetrokken')));
  return r?.n ?? 0;
}

export type OrganisatieKeuze = { id: string; naam: string; regioCode: string };

/**
 * The organisaties a form may offer: the rijksorganisaties the person is a member of, plus (on an
 * edit) the vraagstuk's own one, with the regio each lies in (the default regio of the vraagstuk).
 */
export async function organisatieKeuze(db: Db, accountId: string, ook?: string): Promise<OrganisatieKeuze[]> {
  const lid = db.select({ id: lidmaatschappen.organisatieId }).from(lidmaatschappen).where(eq(lidmaatschappen.accountId, accountId));
  return db
    .select({ id: organisaties.id, naam: organisaties.naam, regioCode: provincies.regioCode })
    .from(organisaties)
    .innerJoin(provincies, eq(provincies.naam, organisaties.provincie))
    .where(and(eq(organisaties.soort, 'rijksorganisatie'), or(inArray(organisaties.id, lid), ...(ook ? [eq(organisaties.id, ook)] : []))))
    .orderBy(asc(organisaties.naam));
}

/** The onderdelen and the members of these organisaties, for the onderdeel select and the contact people. */
export async function keuzesVoor(db: Db, organisatieIds: string[]) {
  if (organisatieIds.length === 0) return { onderdelen: [], leden: [] };
  const [o, l] = await Promise.all([
    db
      .select({ id: onderdelen.id, naam: onderdelen.naam, organisatieId: onderdelen.organisatieId })
      .from(onderdelen)
      .where(inArray(onderdelen.organisatieId, organisatieIds))
      .orderBy(asc(onderdelen.naam)),
    db
      .select({ id: accounts.id, naam: accounts.naam, organisatieId: lidmaatschappen.organisatieId })
      .from(lidmaatschappen)
      .innerJoin(accounts, eq(accounts.id, lidmaatschappen.accountId))
      .where(inArray(lidmaatschappen.organisatieId, organisatieIds))
      .orderBy(asc(accounts.naam)),
  ]);
  return { onderdelen: o, leden: l };
}

export type VraagstukRegel = {
  id: string;
  titelNl: string | null;
  titelEn: string | null;
  status: VraagstukStatus;
  organisatieNaam: string;
  regioCode: string;
  deadline: string | null;
  ingediendOp: Date | null;
  updatedAt: Date;
};

const regelVelden = {
  id: vraagstukken.id,
  titelNl: vraagstukken.titelNl,
  titelEn: vraagstukken.titelEn,
  status: vraagstukken.status,
  organisatieNaam: organisaties.naam,
  regioCode: vraagstukken.regioCode,
  deadline: vraagstukken.deadline,
  ingediendOp: vraagstukken.ingediendOp,
  updatedAt: vraagstukken.updatedAt,
};

/** The vraagstukken of these organisaties, last changed first, a page at a time. */
export async function vraagstukkenVanOrganisaties(db: Db, organisatieIds: string[], page: number, pageSize: number): Promise<{ items: VraagstukRegel[]; total: number }> {
  if (organisatieIds.length === 0) return { items: [], total: 0 };
  const where = inArray(vraagstukken.organisatieId, organisatieIds);
  const [items, [totaal]] = await Promise.all([
    db
      .select(regelVelden)
      .from(vraagstukken)
      .innerJoin(organisaties, eq(organisaties.id, vraagstukken.organisatieId))
      .where(where)
      .orderBy(desc(vraagstukken.updatedAt), asc(vraagstukken.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(vraagstukken).where(where),
  ]);
  return { items, total: totaal?.n ?? 0 };
}

/**
 * A verbinder's queue: submitted vraagstukken of their regio's (a beheerder: all regio's), the
 * longest waiting first; and the returned ones that wait for their owner.
 */
export async function beoordelingsWachtrij(db: Db, regioCodes: string[] | 'alle', status: 'ingediend' | 'teruggestuurd'): Promise<VraagstukRegel[]> {
  if (regioCodes !== 'alle' && regioCodes.length === 0) return [];
  return db
    .select(regelVelden)
    .from(vraagstukken)
    .innerJoin(organisaties, eq(organisaties.id, vraagstukken.organisatieId))
    .where(and(eq(vraagstukken.status, status), ...(regioCodes === 'alle' ? [] : [inArray(vraagstukken.regioCode, regioCodes)])))
    .orderBy(status === 'ingediend' ? asc(vraagstukken.ingediendOp) : asc(vraagstukken.updatedAt), asc(vraagstukken.id))
    .limit(500);
}
