import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { Gewichten } from '../configuratie.ts';
import { suggesties } from '../schema.ts';
import { bijwerkenVoorAanbod, bijwerkenVoorVraagstuk } from './item.ts';

/**
 * At most this many items of the other direction are recomputed per changed item. A vraagstuk's
 * change can move it into (or out of) the lists of the aanbod items it suits; recomputing those
 * keeps both directions in step without recomputing everything. 20 new top ones plus the ones whose
 * stored list held it stay well under this bound in practice.
 */
export const MAX_BUREN = 50;

export type WachtrijResultaat = {
  /** Items taken from the queue and recomputed. */
  vraagstukken: number;
  aanbod: number;
  /** Items of the other direction recomputed because a queued item changed. */
  buurVraagstukken: number;
  buurAanbod: number;
  /** Items that failed (queued ones are put back for the next run; neighbours are left as they were). */
  mislukt: number;
  /** The first failure, for the log. */
  fout?: unknown;
};

type Genomen = { soort: 'vraagstuk' | 'aanbod'; document_id: string };

/**
 * Takes up to `max` items from matching_wachtrij (oldest first) and recomputes them. Taking deletes
 * them in the same statement, and FOR UPDATE SKIP LOCKED lets two workers (two instances on one
 * PostgreSQL server) each take other rows. An item that changes again while it is being computed is
 * queued again by its trigger, so nothing is lost. Then the neighbours (see MAX_BUREN): for a
 * vraagstuk, the aanbod items whose stored list holds it and those in its new list; for an aanbod
 * item, the vraagstukken whose stored list holds it and those in its new list (only their aanbod
 * part is recomputed).
 */
export async function wachtrijVerwerken(db: Db, opties: { max?: number; gewichten?: Gewichten } = {}): Promise<WachtrijResultaat> {
  const max = Math.max(1, Math.floor(opties.max ?? 50));
  const gewichten = opties.gewichten ? { gewichten: opties.gewichten } : {};
  const genomen = rijenVan<Genomen>(
    await db.execute(sql`
      delete from matching_wachtrij
      where (soort, document_id) in (
        select soort, document_id from matching_wachtrij order by sinds limit ${max} for update skip locked)
      returning soort, document_id`),
  );
  const resultaat: WachtrijResultaat = { vraagstukken: 0, aanbod: 0, buurVraagstukken: 0, buurAanbod: 0, mislukt: 0 };
  const mislukt: Genomen[] = [];
  const gedaanVraagstukken = new Set(genomen.filter((g) => g.soort === 'vraagstuk').map((g) => g.document_id));
  const gedaanAanbod = new Set(genomen.filter((g) => g.soort === 'aanbod').map((g) => g.document_id));
  const buurAanbod = new Set<string>();
  const buurVraagstukken = new Set<string>();

  for (const item of genomen) {
    try {
      if (item.soort === 'vraagstuk') {
        const voorheen = await aanbodDatVraagstukToont(db, item.document_id);
        const nieuw = await bijwerkenVoorVraagstuk(db, item.document_id, gewichten);
        const buren = [...nieuw.filter((s) => s.kandidaatSoort === 'aanbod').map((s) => s.kandidaatId), ...voorheen];
        voegToe(buurAanbod, buren, gedaanAanbod);
        resultaat.vraagstukken++;
      } else {
        const voorheen = await vraagstukkenDieAanbodTonen(db, item.document_id);
        const nieuw = await bijwerkenVoorAanbod(db, item.document_id, gewichten);
        voegToe(buurVraagstukken, [...nieuw.map((s) => s.vraagstukId), ...voorheen], gedaanVraagstukken);
        resultaat.aanbod++;
      }
    } catch (error) {
      mislukt.push(item);
      resultaat.mislukt++;
      resultaat.fout ??= error;
      if (mislukt.length === genomen.length) {
        await terugzetten(db, mislukt);
        throw error;
      }
    }
  }
  // A neighbour that fails is left alone: its own list is still valid, and its next change recomputes it.
  const poging = async (werk: () => Promise<unknown>): Promise<boolean> => {
    try {
      await werk();
      return true;
    } catch (error) {
      resultaat.mislukt++;
      resultaat.fout ??= error;
      return false;
    }
  };
  for (const id of buurAanbod) {
    if (await poging(() => bijwerkenVoorAanbod(db, id, gewichten))) resultaat.buurAanbod++;
  }
  for (const id of buurVraagstukken) {
    if (await poging(() => bijwerkenVoorVraagstuk(db, id, { soorten: ['aanbod'], ...gewichten }))) resultaat.buurVraagstukken++;
  }
  await terugzetten(db, mislukt);
  return resultaat;
}

/** The aanbod items whose stored list holds this vraagstuk, best placed first. */
async function aanbodDatVraagstukToont(db: Db, vraagstukId: string): Promise<string[]> {
  const rijen = await db
    .select({ id: suggesties.kandidaatId })
    .from(suggesties)
    .where(and(eq(suggesties.vraagstukId, vraagstukId), eq(suggesties.richting, 'aanbod')))
    .orderBy(asc(suggesties.rang))
    .limit(MAX_BUREN);
  return rijen.map((r) => r.id);
}

/** The vraagstukken whose stored list holds this aanbod item, best placed first. */
async function vraagstukkenDieAanbodTonen(db: Db, aanbodId: string): Promise<string[]> {
  const rijen = await db
    .select({ id: suggesties.vraagstukId })
    .from(suggesties)
    .where(and(eq(suggesties.kandidaatSoort, 'aanbod'), eq(suggesties.kandidaatId, aanbodId), eq(suggesties.richting, 'vraagstuk')))
    .orderBy(asc(suggesties.rang))
    .limit(MAX_BUREN);
  return rijen.map((r) => r.id);
}

/** Adds up to MAX_BUREN of `ids` (in order, without duplicates) that are not queued items themselves. */
function voegToe(doel: Set<string>, ids: readonly string[], uitgezonderd: ReadonlySet<string>) {
  let n = 0;
  for (const id of new Set(ids)) {
    if (n >= MAX_BUREN) break;
    n++;
    if (!uitgezonderd.has(id)) doel.add(id);
  }
}

/** Puts failed items back (with a fresh timestamp, behind the rest) for the next run. */
async function terugzetten(db: Db, items: readonly Genomen[]) {
  for (const item of items) {
    await db.execute(sql`insert into matching_wachtrij (soort, document_id) values (${item.soort}, ${item.document_id}) on conflict do nothing`);
  }
}

/** node-postgres and PGlite both put the rows of db.execute in `rows`. */
export function rijenVan<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
