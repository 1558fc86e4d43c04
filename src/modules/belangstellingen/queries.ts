import { and, desc, eq, exists, inArray, ne, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { isAccount, type Actor } from '../../platform/actor.ts';
import { accounts } from '../accounts/schema.ts';
import { aanbod, type AanbodSoort, type AanbodStatus } from '../aanbod/schema.ts';
import { laadVraagstukKern, type VraagstukKern } from '../vraagstukken/index.ts';
import { vraagstukContactpersonen, vraagstukken } from '../vraagstukken/schema.ts';
import { koppelbareAanbodStatussen, lopendeStatussen } from './policy.ts';
import { belangstellingen } from './schema.ts';

export { mayReadBelangstelling } from './policy.ts';

/**
 * Reads of belangstellingen. The pages and the API decide who may read with policy.ts; these
 * queries only fetch. Names of people come from their account; a deleted account is marked so
 * that the page can say 'verwijderde gebruiker' instead of an empty name.
 */
export type Persoon = { id: string; naam: string; email: string | null; verwijderd: boolean };
export type GekoppeldAanbod = { id: string; titelNl: string | null; titelEn: string | null; soort: AanbodSoort; status: AanbodStatus };
export type BelangstellingRij = typeof belangstellingen.$inferSelect;

export type BelangstellingVolledig = BelangstellingRij & { persoon: Persoon; aanbod: GekoppeldAanbod | null; vraagstuk: VraagstukKern };

const persoonVelden = { id: accounts.id, naam: accounts.naam, email: accounts.email, verwijderdOp: accounts.verwijderdOp };
const aanbodVelden = { id: aanbod.id, titelNl: aanbod.titelNl, titelEn: aanbod.titelEn, soort: aanbod.soort, status: aanbod.status };

const alsPersoon = (p: { id: string; naam: string; email: string | null; verwijderdOp: Date | null }): Persoon => ({
  id: p.id,
  naam: p.naam,
  email: p.verwijderdOp ? null : p.email,
  verwijderd: p.verwijderdOp !== null,
});

/** One belangstelling with the person, the linked aanbod and what a policy check on its vraagstuk needs. */
export async function belangstellingOphalen(db: Db, id: string): Promise<BelangstellingVolledig | undefined> {
  const [row] = await db
    .select({ b: belangstellingen, persoon: persoonVelden, aanbod: aanbodVelden })
    .from(belangstellingen)
    .innerJoin(accounts, eq(accounts.id, belangstellingen.accountId))
    .leftJoin(aanbod, eq(aanbod.id, belangstellingen.aanbodId))
    .where(eq(belangstellingen.id, id));
  if (!row) return undefined;
  const vraagstuk = await laadVraagstukKern(db, row.b.vraagstukId);
  if (!vraagstuk) return undefined;
  return { ...row.b, persoon: alsPersoon(row.persoon), aanbod: row.aanbod, vraagstuk };
}

export type BelangstellingVoorVraagstuk = BelangstellingRij & { persoon: Persoon; aanbod: GekoppeldAanbod | null };

/** Every interest in one vraagstuk, the newest first (withdrawn ones too: the owner saw them). */
export async function belangstellingenVoorVraagstuk(db: Db, vraagstukId: string): Promise<BelangstellingVoorVraagstuk[]> {
  const rows = await db
    .select({ b: belangstellingen, persoon: persoonVelden, aanbod: aanbodVelden })
    .from(belangstellingen)
    .innerJoin(accounts, eq(accounts.id, belangstellingen.accountId))
    .leftJoin(aanbod, eq(aanbod.id, belangstellingen.aanbodId))
    .where(eq(belangstellingen.vraagstukId, vraagstukId))
    .orderBy(desc(belangstellingen.createdAt), desc(belangstellingen.id));
  return rows.map((r) => ({ ...r.b, persoon: alsPersoon(r.persoon), aanbod: r.aanbod }));
}

export type VraagstukKop = { id: string; titelNl: string | null; titelEn: string | null };
export type MijnBelangstelling = BelangstellingRij & { vraagstuk: VraagstukKop; aanbod: GekoppeldAanbod | null };

const vraagstukVelden = { id: vraagstukken.id, titelNl: vraagstukken.titelNl, titelEn: vraagstukken.titelEn };

/** What one person signalled, the newest first. */
export async function belangstellingenVan(db: Db, accountId: string): Promise<MijnBelangstelling[]> {
  const rows = await db
    .select({ b: belangstellingen, vraagstuk: vraagstukVelden, aanbod: aanbodVelden })
    .from(belangstellingen)
    .innerJoin(vraagstukken, eq(vraagstukken.id, belangstellingen.vraagstukId))
    .leftJoin(aanbod, eq(aanbod.id, belangstellingen.aanbodId))
    .where(eq(belangstellingen.accountId, accountId))
    .orderBy(desc(belangstellingen.createdAt), desc(belangstellingen.id));
  return rows.map((r) => ({ ...r.b, vraagstuk: r.vraagstuk, aanbod: r.aanbod }));
}

export type BelangstellingVoorEigenaar = BelangstellingRij & { persoon: Persoon; vraagstuk: VraagstukKop };

/**
 * Interests awaiting an answer (open, in gesprek) for the vraagstukken this person owns: as a
 * coordinator of the organisatie, or as a member who made it or is one of its contact people
 * (isEigenaar without the beheerder, who owns everything and would see the whole platform here).
 */
export async function belangstellingenVoorEigenaar(db: Db, actor: Actor): Promise<BelangstellingVoorEigenaar[]> {
  if (!isAccount(actor)) return [];
  const coordinatorVan = actor.lidmaatschappen.filter((l) => l.rol === 'coordinator').map((l) => l.organisatieId);
  const lidVan = actor.lidmaatschappen.map((l) => l.organisatieId);
  if (lidVan.length === 0) return [];
  const eigen: SQL[] = [];
  if (coordinatorVan.length > 0) eigen.push(inArray(vraagstukken.organisatieId, coordinatorVan));
  eigen.push(
    and(
      inArray(vraagstukken.organisatieId, lidVan),
      or(
        eq(vraagstukken.aangemaaktDoor, actor.accountId),
        exists(
          db
            .select({ x: vraagstukContactpersonen.accountId })
            .from(vraagstukContactpersonen)
            .where(and(eq(vraagstukContactpersonen.vraagstukId, vraagstukken.id), eq(vraagstukContactpersonen.accountId, actor.accountId))),
        ),
      ),
    )!,
  );
  const rows = await db
    .select({ b: belangstellingen, persoon: persoonVelden, vraagstuk: vraagstukVelden })
    .from(belangstellingen)
    .innerJoin(vraagstukken, eq(vraagstukken.id, belangstellingen.vraagstukId))
    .innerJoin(accounts, eq(accounts.id, belangstellingen.accountId))
    .where(and(inArray(belangstellingen.status, [...lopendeStatussen]), or(...eigen)))
    .orderBy(desc(belangstellingen.createdAt), desc(belangstellingen.id));
  return rows.map((r) => ({ ...r.b, persoon: alsPersoon(r.persoon), vraagstuk: r.vraagstuk }));
}

/** The person's live interest in a vraagstuk (not withdrawn), if any. */
export async function levendeBelangstelling(db: Db, vraagstukId: string, accountId: string): Promise<{ id: string } | undefined> {
  const [row] = await db
    .select({ id: belangstellingen.id })
    .from(belangstellingen)
    .where(and(eq(belangstellingen.vraagstukId, vraagstukId), eq(belangstellingen.accountId, accountId), ne(belangstellingen.status, 'ingetrokken')));
  return row;
}

/**
 * The aanbod a person may link to an interest (policy.ts mayLinkAanbod): their own, or of an
 * organisatie they coordinate; published or concept. The aanbod module's `eigenAanbod` answers the
 * same question; this local copy keeps the form working while that module is built.
 */
export async function koppelbaarAanbod(db: Db, actor: Actor): Promise<GekoppeldAanbod[]> {
  if (!isAccount(actor)) return [];
  const coordinatorVan = actor.lidmaatschappen.filter((l) => l.rol === 'coordinator').map((l) => l.organisatieId);
  const van = coordinatorVan.length > 0 ? or(eq(aanbod.aangemaaktDoor, actor.accountId), inArray(aanbod.organisatieId, coordinatorVan)) : eq(aanbod.aangemaaktDoor, actor.accountId);
  return db
    .select(aanbodVelden)
    .from(aanbod)
    .where(and(van, inArray(aanbod.status, [...koppelbareAanbodStatussen])))
    .orderBy(aanbod.titelNl, aanbod.titelEn, aanbod.id);
}
