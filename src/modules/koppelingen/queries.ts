import { and, asc, count, desc, eq, exists, inArray, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { isAccount, isBeheerder, type AccountActor, type Actor } from '../../platform/actor.ts';
import { accounts } from '../accounts/schema.ts';
import { aanbod, type AanbodSoort } from '../aanbod/schema.ts';
import { gebeurtenissenOver } from '../gebeurtenissen/index.ts';
import { domeinGebeurtenissen } from '../gebeurtenissen/schema.ts';
import type { KandidaatSoort } from '../matching/schema.ts';
import { onderdeelContactpersonen, onderdelen, organisaties } from '../organisaties/schema.ts';
import type { VraagstukResource } from '../vraagstukken/index.ts';
import { vraagstukContactpersonen, vraagstukken } from '../vraagstukken/schema.ts';
import type { KandidaatZijde, KoppelingResource } from './policy.ts';
import { koppelingGebeurtenissen, koppelingen, type KoppelingStatus } from './schema.ts';

/**
 * Reads of koppelingen, with what the pages show and what policy.ts needs: the vraagstuk's deciding
 * fields, the candidate and its side, and the names of the people who acted. The pages and the API
 * decide who may read with policy.ts; these queries only fetch. A list is loaded in a fixed number of
 * queries (koppelingenLaden), whatever its length.
 */
export type Persoon = { id: string; naam: string; verwijderd: boolean };
export type KoppelingRij = typeof koppelingen.$inferSelect;

export type KoppelingVraagstuk = VraagstukResource & { id: string; titelNl: string | null; titelEn: string | null; organisatieNaam: string };

export type Kandidaat = {
  soort: KandidaatSoort;
  id: string;
  /** Aanbod has a title per language; an onderdeel or a person has a name. */
  titelNl: string | null;
  titelEn: string | null;
  naam: string | null;
  /** The kind of aanbod, for the label. */
  aanbodSoort: AanbodSoort | null;
  /** The organisatie (of the aanbod or the onderdeel), or null. */
  organisatieId: string | null;
  organisatieNaam: string | null;
  /** The page path (without locale prefix) when the candidate's page is public; null otherwise. */
  pad: string | null;
  verwijderd: boolean;
};

export type KoppelingVolledig = KoppelingRij &
  KoppelingResource & {
    vraagstuk: KoppelingVraagstuk;
    kandidaat: Kandidaat;
    /** The people who proposed, introduced and decided (by account id). */
    personen: Record<string, Persoon>;
  };

const vraagOrganisatie = alias(organisaties, 'vraag_organisatie');
const kandidaatOrganisatie = alias(organisaties, 'kandidaat_organisatie');
const onderdeelOrganisatie = alias(organisaties, 'onderdeel_organisatie');
const persoon = alias(accounts, 'kandidaat_persoon');

const alsPersoon = (p: { id: string; naam: string; verwijderdOp: Date | null }): Persoon => ({ id: p.id, naam: p.naam, verwijderd: p.verwijderdOp !== null });

/** The koppelingen with these ids, in this order (unknown ids are left out). */
export async function koppelingenLaden(db: Db, ids: readonly string[]): Promise<KoppelingVolledig[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      k: koppelingen,
      v: {
        id: vraagstukken.id,
        titelNl: vraagstukken.titelNl,
        titelEn: vraagstukken.titelEn,
        organisatieId: vraagstukken.organisatieId,
        regioCode: vraagstukken.regioCode,
        status: vraagstukken.status,
        vertrouwelijkheid: vraagstukken.vertrouwelijkheid,
        aangemaaktDoor: vraagstukken.aangemaaktDoor,
        organisatieNaam: vraagOrganisatie.naam,
      },
      a: { titelNl: aanbod.titelNl, titelEn: aanbod.titelEn, soort: aanbod.soort, status: aanbod.status, aangemaaktDoor: aanbod.aangemaaktDoor, organisatieId: aanbod.organisatieId },
      aOrg: { naam: kandidaatOrganisatie.naam },
      o: { naam: onderdelen.naam, slug: onderdelen.slug, organisatieId: onderdelen.organisatieId },
      oOrg: { naam: onderdeelOrganisatie.naam, slug: onderdeelOrganisatie.slug },
      p: { naam: persoon.naam, verwijderdOp: persoon.verwijderdOp, profielOpenbaar: persoon.profielOpenbaar },
    })
    .from(koppelingen)
    .innerJoin(vraagstukken, eq(vraagstukken.id, koppelingen.vraagstukId))
    .innerJoin(vraagOrganisatie, eq(vraagOrganisatie.id, vraagstukken.organisatieId))
    .leftJoin(aanbod, eq(aanbod.id, koppelingen.aanbodId))
    .leftJoin(kandidaatOrganisatie, eq(kandidaatOrganisatie.id, aanbod.organisatieId))
    .leftJoin(onderdelen, eq(onderdelen.id, koppelingen.onderdeelId))
    .leftJoin(onderdeelOrganisatie, eq(onderdeelOrganisatie.id, onderdelen.organisatieId))
    .leftJoin(persoon, eq(persoon.id, koppelingen.persoonId))
    .where(inArray(koppelingen.id, [...ids]));
  if (rows.length === 0) return [];

  const vraagstukIds = [...new Set(rows.map((r) => r.v.id))];
  const onderdeelIds = [...new Set(rows.flatMap((r) => (r.k.onderdeelId ? [r.k.onderdeelId] : [])))];
  const [vContacten, oContacten] = await Promise.all([
    db.select().from(vraagstukContactpersonen).where(inArray(vraagstukContactpersonen.vraagstukId, vraagstukIds)),
    onderdeelIds.length > 0 ? db.select().from(onderdeelContactpersonen).where(inArray(onderdeelContactpersonen.onderdeelId, onderdeelIds)) : Promise.resolve([]),
  ]);
  const persoonIds = new Set<string>();
  for (const { k, a } of rows) {
    for (const id of [k.voorgesteldDoor, k.geintroduceerdDoor, k.besluitVraagzijdeDoor, k.besluitAanbodzijdeDoor, a?.aangemaaktDoor ?? null]) if (id) persoonIds.add(id);
  }
  const namen =
    persoonIds.size > 0
      ? await db.select({ id: accounts.id, naam: accounts.naam, verwijderdOp: accounts.verwijderdOp }).from(accounts).where(inArray(accounts.id, [...persoonIds]))
      : [];
  const personen = Object.fromEntries(namen.map((n) => [n.id, alsPersoon(n)]));

  const volledig = new Map<string, KoppelingVolledig>();
  for (const { k, v, a, aOrg, o, oOrg, p } of rows) {
    const { organisatieNaam, ...vraagstukVelden } = v;
    const vraagstuk: KoppelingVraagstuk = {
      ...vraagstukVelden,
      organisatieNaam,
      contactpersoonIds: vContacten.filter((c) => c.vraagstukId === v.id).map((c) => c.accountId),
    };
    let kandidaatZijde: KandidaatZijde;
    let kandidaat: Kandidaat;
    const basis = { soort: k.kandidaatSoort, titelNl: null, titelEn: null, naam: null, aanbodSoort: null, organisatieId: null, organisatieNaam: null, pad: null, verwijderd: false };
    if (k.kandidaatSoort === 'aanbod' && a) {
      kandidaatZijde = { soort: 'aanbod', aangemaaktDoor: a.aangemaaktDoor, organisatieId: a.organisatieId };
      // Aanbod without an organisatie (a student, a guest lecturer) is offered by its owner.
      const eigenaar = a.aangemaaktDoor ? personen[a.aangemaaktDoor] : undefined;
      kandidaat = {
        ...basis,
        id: k.aanbodId!,
        titelNl: a.titelNl,
        titelEn: a.titelEn,
        aanbodSoort: a.soort,
        organisatieId: a.organisatieId,
        organisatieNaam: aOrg?.naam ?? (eigenaar && !eigenaar.verwijderd ? eigenaar.naam : null),
        pad: a.status === 'gepubliceerd' ? `/aanbod/${k.aanbodId}` : null,
      };
    } else if (k.kandidaatSoort === 'onderdeel' && o) {
      kandidaatZijde = {
        soort: 'onderdeel',
        organisatieId: o.organisatieId,
        contactpersoonIds: oContacten.filter((c) => c.onderdeelId === k.onderdeelId).map((c) => c.accountId),
      };
      kandidaat = {
        ...basis,
        id: k.onderdeelId!,
        naam: o.naam,
        organisatieId: o.organisatieId,
        organisatieNaam: oOrg?.naam ?? null,
        pad: oOrg ? `/organisaties/${oOrg.slug}/onderdelen/${o.slug}` : null,
      };
    } else {
      kandidaatZijde = { soort: 'persoon', persoonId: k.persoonId! };
      const verwijderd = !p || p.verwijderdOp !== null;
      kandidaat = { ...basis, id: k.persoonId!, naam: verwijderd ? null : p.naam, verwijderd, pad: !verwijderd && p.profielOpenbaar ? `/personen/${k.persoonId}` : null };
    }
    volledig.set(k.id, { ...k, vraagstuk, kandidaatZijde, kandidaat, personen });
  }
  return ids.flatMap((id) => volledig.get(id) ?? []);
}

export async function koppelingOphalen(db: Db, id: string): Promise<KoppelingVolledig | undefined> {
  return (await koppelingenLaden(db, [id]))[0];
}

/** Every koppeling of one vraagstuk, the newest first (closed ones too: they are its history). */
export async function koppelingenVoorVraagstuk(db: Db, vraagstukId: string): Promise<KoppelingVolledig[]> {
  const rows = await db
    .select({ id: koppelingen.id })
    .from(koppelingen)
    .where(eq(koppelingen.vraagstukId, vraagstukId))
    .orderBy(desc(koppelingen.createdAt), desc(koppelingen.id));
  return koppelingenLaden(
    db,
    rows.map((r) => r.id),
  );
}

/**
 * The condition "the actor is on a side of this koppeling" in SQL (the same as policy.ts zijdenVan):
 * the vraagstuk's owners; the aanbod's owner or a coordinator of its organisatie; an onderdeel's
 * contact person or a coordinator of its organisatie; the person. Platform roles play no part.
 */
function zijdeVoorwaarde(db: Db, actor: AccountActor): SQL {
  const me = actor.accountId;
  const coordinatorVan = actor.lidmaatschappen.filter((l) => l.rol === 'coordinator').map((l) => l.organisatieId);
  const lidVan = actor.lidmaatschappen.map((l) => l.organisatieId);
  const contactVanVraagstuk = exists(
    db
      .select({ x: vraagstukContactpersonen.accountId })
      .from(vraagstukContactpersonen)
      .where(and(eq(vraagstukContactpersonen.vraagstukId, koppelingen.vraagstukId), eq(vraagstukContactpersonen.accountId, me))),
  );
  const vanAanbod = exists(
    db
      .select({ x: aanbod.id })
      .from(aanbod)
      .where(and(eq(aanbod.id, koppelingen.aanbodId), coordinatorVan.length > 0 ? or(eq(aanbod.aangemaaktDoor, me), inArray(aanbod.organisatieId, coordinatorVan)) : eq(aanbod.aangemaaktDoor, me))),
  );
  const contactVanOnderdeel = exists(
    db
      .select({ x: onderdeelContactpersonen.accountId })
      .from(onderdeelContactpersonen)
      .where(and(eq(onderdeelContactpersonen.onderdeelId, koppelingen.onderdeelId), eq(onderdeelContactpersonen.accountId, me))),
  );
  const delen: SQL[] = [eq(koppelingen.persoonId, me), vanAanbod, contactVanOnderdeel];
  if (lidVan.length > 0) delen.push(and(inArray(vraagstukken.organisatieId, lidVan), or(eq(vraagstukken.aangemaaktDoor, me), contactVanVraagstuk))!);
  if (coordinatorVan.length > 0) {
    delen.push(inArray(vraagstukken.organisatieId, coordinatorVan));
    delen.push(exists(db.select({ x: onderdelen.id }).from(onderdelen).where(and(eq(onderdelen.id, koppelingen.onderdeelId), inArray(onderdelen.organisatieId, coordinatorVan)))));
  }
  return or(...delen)!;
}

/** The koppelingen a person is part of: on a side, or as the one who proposed it. Newest change first. */
export async function mijnKoppelingen(db: Db, actor: Actor): Promise<KoppelingVolledig[]> {
  if (!isAccount(actor)) return [];
  const rows = await db
    .select({ id: koppelingen.id })
    .from(koppelingen)
    .innerJoin(vraagstukken, eq(vraagstukken.id, koppelingen.vraagstukId))
    .where(or(zijdeVoorwaarde(db, actor), eq(koppelingen.voorgesteldDoor, actor.accountId)))
    .orderBy(desc(koppelingen.updatedAt), desc(koppelingen.id))
    .limit(500);
  return koppelingenLaden(
    db,
    rows.map((r) => r.id),
  );
}

export type KoppelingFilter = { status?: KoppelingStatus | undefined; vraagstuk?: string | undefined; page: number; pageSize: number };

/**
 * The koppelingen an API client sees, paginated: where they are on a side or proposed it; a
 * verbinder also those of the vraagstukken in their regio(s); a beheerder all. Newest change first.
 */
export async function koppelingenVoorActor(db: Db, actor: Actor, filter: KoppelingFilter): Promise<{ items: KoppelingVolledig[]; total: number }> {
  if (!isAccount(actor)) return { items: [], total: 0 };
  const regios = actor.platformrollen.flatMap((r) => (r.rol === 'verbinder' && r.regioCode ? [r.regioCode] : []));
  const wie = isBeheerder(actor)
    ? undefined
    : or(zijdeVoorwaarde(db, actor), eq(koppelingen.voorgesteldDoor, actor.accountId), ...(regios.length > 0 ? [inArray(vraagstukken.regioCode, regios)] : []));
  const where = and(wie, filter.status ? eq(koppelingen.status, filter.status) : undefined, filter.vraagstuk ? eq(koppelingen.vraagstukId, filter.vraagstuk) : undefined);
  const [rows, [totaal]] = await Promise.all([
    db
      .select({ id: koppelingen.id })
      .from(koppelingen)
      .innerJoin(vraagstukken, eq(vraagstukken.id, koppelingen.vraagstukId))
      .where(where)
      .orderBy(desc(koppelingen.updatedAt), desc(koppelingen.id))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db.select({ n: count() }).from(koppelingen).innerJoin(vraagstukken, eq(vraagstukken.id, koppelingen.vraagstukId)).where(where),
  ]);
  return {
    items: await koppelingenLaden(
      db,
      rows.map((r) => r.id),
    ),
    total: totaal?.n ?? 0,
  };
}

export type KoppelingGebeurtenis = { id: number; op: Date; soort: string; opmerking: string | null; actor: Persoon | null };

/** A koppeling's history, oldest first, with the name of who took each step. */
export async function koppelingGebeurtenissenVan(db: Db, koppelingId: string): Promise<KoppelingGebeurtenis[]> {
  const rows = await db
    .select({ g: koppelingGebeurtenissen, actor: { id: accounts.id, naam: accounts.naam, verwijderdOp: accounts.verwijderdOp } })
    .from(koppelingGebeurtenissen)
    .leftJoin(accounts, eq(accounts.id, koppelingGebeurtenissen.actorId))
    .where(eq(koppelingGebeurtenissen.koppelingId, koppelingId))
    .orderBy(asc(koppelingGebeurtenissen.op), asc(koppelingGebeurtenissen.id));
  return rows.map((r) => ({ id: r.g.id, op: r.g.op, soort: r.g.soort, opmerking: r.g.opmerking, actor: r.actor ? alsPersoon(r.actor) : null }));
}

export type SamenwerkingConcept = { op: Date; gegevens: Record<string, unknown> };

/** The 'samenwerking-concept' event an accepted koppeling stored, if any. */
export async function samenwerkingConceptVan(db: Db, koppelingId: string): Promise<SamenwerkingConcept | null> {
  const gebeurtenis = (await gebeurtenissenOver(db, koppelingId)).find((g) => g.soort === 'samenwerking-concept');
  return gebeurtenis ? { op: gebeurtenis.op, gegevens: gebeurtenis.gegevens } : null;
}

/** The same for a page of koppelingen, in one query (by koppeling id). */
export async function samenwerkingConceptenVan(db: Db, koppelingIds: readonly string[]): Promise<Map<string, SamenwerkingConcept>> {
  if (koppelingIds.length === 0) return new Map();
  const rows = await db
    .select({ onderwerpId: domeinGebeurtenissen.onderwerpId, op: domeinGebeurtenissen.op, gegevens: domeinGebeurtenissen.gegevens })
    .from(domeinGebeurtenissen)
    .where(and(eq(domeinGebeurtenissen.soort, 'samenwerking-concept'), inArray(domeinGebeurtenissen.onderwerpId, [...koppelingIds])))
    .orderBy(asc(domeinGebeurtenissen.id));
  const uit = new Map<string, SamenwerkingConcept>();
  for (const r of rows) if (!uit.has(r.onderwerpId)) uit.set(r.onderwerpId, { op: r.op, gegevens: r.gegevens });
  return uit;
}
