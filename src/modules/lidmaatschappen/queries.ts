import { and, asc, count, desc, eq, gt, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { accounts } from '../accounts/index.ts';
import { organisaties } from '../organisaties/index.ts';
import { lidmaatschappen, lidmaatschapsverzoeken, uitnodigingen } from './schema.ts';

/** Reads of the lidmaatschappen module. Callers check the policy first; these only scope by organisatie or person. */

export type OrganisatieKop = { id: string; slug: string; naam: string };

export async function findOrganisatieBySlug(db: Db, slug: string): Promise<OrganisatieKop | undefined> {
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return undefined;
  const [row] = await db
    .select({ id: organisaties.id, slug: organisaties.slug, naam: organisaties.naam })
    .from(organisaties)
    // A merged duplicate takes no members any more: its people moved to the organisatie it was merged into.
    .where(and(eq(organisaties.slug, slug), isNull(organisaties.samengevoegdIn)))
    .limit(1);
  return row;
}

export const ledenSorteringen = ['naam', '-naam', 'sinds', '-sinds'] as const;
export type LedenSortering = (typeof ledenSorteringen)[number];

export type LidRij = {
  id: string;
  accountId: string;
  naam: string;
  email: string | null;
  persoonstype: string | null;
  rol: 'coordinator' | 'lid';
  sinds: Date;
};

// A function, not a constant: the tables are not initialised yet while the modules load in a cycle.
const lidKolommen = () => ({
  id: lidmaatschappen.id,
  accountId: lidmaatschappen.accountId,
  naam: accounts.naam,
  email: accounts.email,
  persoonstype: accounts.persoonstype,
  rol: lidmaatschappen.rol,
  sinds: lidmaatschappen.createdAt,
});

export async function listLeden(
  db: Db,
  organisatieId: string,
  options: { page: number; pageSize: number; sort: LedenSortering },
): Promise<{ items: LidRij[]; total: number }> {
  const where = eq(lidmaatschappen.organisatieId, organisatieId);
  const orderBy: SQL[] = {
    naam: [asc(accounts.naam), asc(lidmaatschappen.id)],
    '-naam': [desc(accounts.naam), asc(lidmaatschappen.id)],
    sinds: [asc(lidmaatschappen.createdAt), asc(lidmaatschappen.id)],
    '-sinds': [desc(lidmaatschappen.createdAt), asc(lidmaatschappen.id)],
  }[options.sort];
  const [items, totals] = await Promise.all([
    db
      .select(lidKolommen())
      .from(lidmaatschappen)
      .innerJoin(accounts, eq(accounts.id, lidmaatschappen.accountId))
      .where(where)
      .orderBy(...orderBy)
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db.select({ n: count() }).from(lidmaatschappen).where(where),
  ]);
  return { items, total: totals[0]?.n ?? 0 };
}

export async function findLid(db: Db, organisatieId: string, lidmaatschapId: string): Promise<LidRij | undefined> {
  const [row] = await db
    .select(lidKolommen())
    .from(lidmaatschappen)
    .innerJoin(accounts, eq(accounts.id, lidmaatschappen.accountId))
    .where(and(eq(lidmaatschappen.id, lidmaatschapId), eq(lidmaatschappen.organisatieId, organisatieId)))
    .limit(1);
  return row;
}

/** Invitations that can still be accepted: not accepted, not revoked, not expired. */
export function listOpenUitnodigingen(db: Db, organisatieId: string) {
  return db
    .select({ id: uitnodigingen.id, email: uitnodigingen.email, rol: uitnodigingen.rol, verlooptOp: uitnodigingen.verlooptOp })
    .from(uitnodigingen)
    .where(
      and(
        eq(uitnodigingen.organisatieId, organisatieId),
        isNull(uitnodigingen.geaccepteerdOp),
        isNull(uitnodigingen.ingetrokkenOp),
        gt(uitnodigingen.verlooptOp, new Date()),
      ),
    )
    .orderBy(asc(uitnodigingen.email), asc(uitnodigingen.id))
    .limit(200);
}

export function listOpenVerzoeken(db: Db, organisatieId: string) {
  return db
    .select({
      id: lidmaatschapsverzoeken.id,
      naam: accounts.naam,
      email: accounts.email,
      persoonstype: accounts.persoonstype,
      toelichting: lidmaatschapsverzoeken.toelichting,
      createdAt: lidmaatschapsverzoeken.createdAt,
    })
    .from(lidmaatschapsverzoeken)
    .innerJoin(accounts, eq(accounts.id, lidmaatschapsverzoeken.accountId))
    .where(and(eq(lidmaatschapsverzoeken.organisatieId, organisatieId), eq(lidmaatschapsverzoeken.status, 'open')))
    .orderBy(asc(lidmaatschapsverzoeken.createdAt), asc(lidmaatschapsverzoeken.id))
    .limit(200);
}

/** My memberships, by organisation name. */
export function listMijnLidmaatschappen(db: Db, accountId: string) {
  return db
    .select({
      id: lidmaatschappen.id,
      organisatieId: organisaties.id,
      slug: organisaties.slug,
      naam: organisaties.naam,
      rol: lidmaatschappen.rol,
      sinds: lidmaatschappen.createdAt,
    })
    .from(lidmaatschappen)
    .innerJoin(organisaties, eq(organisaties.id, lidmaatschappen.organisatieId))
    .where(eq(lidmaatschappen.accountId, accountId))
    .orderBy(asc(organisaties.naam), asc(lidmaatschappen.id));
}

/** My join requests, newest first: open ones to withdraw, decided ones to see the outcome. */
export function listMijnVerzoeken(db: Db, accountId: string) {
  return db
    .select({
      id: lidmaatschapsverzoeken.id,
      slug: organisaties.slug,
      naam: organisaties.naam,
      status: lidmaatschapsverzoeken.status,
      createdAt: lidmaatschapsverzoeken.createdAt,
      beslistOp: lidmaatschapsverzoeken.beslistOp,
    })
    .from(lidmaatschapsverzoeken)
    .innerJoin(organisaties, eq(organisaties.id, lidmaatschapsverzoeken.organisatieId))
    .where(eq(lidmaatschapsverzoeken.accountId, accountId))
    .orderBy(desc(lidmaatschapsverzoeken.createdAt), asc(lidmaatschapsverzoeken.id))
    .limit(50);
}

export async function findOpenVerzoek(db: Db, accountId: string, organisatieId: string) {
  const [row] = await db
    .select({ id: lidmaatschapsverzoeken.id })
    .from(lidmaatschapsverzoeken)
    .where(
      and(
        eq(lidmaatschapsverzoeken.accountId, accountId),
        eq(lidmaatschapsverzoeken.organisatieId, organisatieId),
        eq(lidmaatschapsverzoeken.status, 'open'),
      ),
    )
    .limit(1);
  return row;
}

/** Coordinators of an organisatie with their mail language: who hears about a join request. */
export function listCoordinatoren(db: Db, organisatieId: string) {
  return db
    .select({ email: accounts.email, taal: accounts.taal })
    .from(lidmaatschappen)
    .innerJoin(accounts, eq(accounts.id, lidmaatschappen.accountId))
    .where(and(eq(lidmaatschappen.organisatieId, organisatieId), eq(lidmaatschappen.rol, 'coordinator'), isNull(accounts.verwijderdOp)));
}

export async function findUitnodiging(db: Db, organisatieId: string, id: string) {
  const [row] = await db
    .select({ id: uitnodigingen.id, email: uitnodigingen.email })
    .from(uitnodigingen)
    .where(and(eq(uitnodigingen.id, id), eq(uitnodigingen.organisatieId, organisatieId)))
    .limit(1);
  return row;
}

/** The invitation behind a link token, with its organisatie (the token itself is never stored). */
export async function findUitnodigingByTokenHash(db: Db, tokenHash: string) {
  const [row] = await db
    .select({
      id: uitnodigingen.id,
      rol: uitnodigingen.rol,
      verlooptOp: uitnodigingen.verlooptOp,
      geaccepteerdOp: uitnodigingen.geaccepteerdOp,
      ingetrokkenOp: uitnodigingen.ingetrokkenOp,
      organisatieId: organisaties.id,
      organisatieNaam: organisaties.naam,
      organisatieSlug: organisaties.slug,
    })
    .from(uitnodigingen)
    .innerJoin(organisaties, eq(organisaties.id, uitnodigingen.organisatieId))
    .where(eq(uitnodigingen.tokenHash, tokenHash))
    .limit(1);
  return row;
}
