import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { aanbod } from '../../aanbod/schema.ts';
import { vraagstukken } from '../../vraagstukken/schema.ts';
import type { Suggestie } from '../engine/rangschik.ts';
import { kandidaatSoorten, suggesties, type KandidaatSoort, type SuggestieRichting } from '../schema.ts';

/** A vraagstuk gets suggestions from submission (the verbinder reviews it with them) until it is closed. */
export const suggereerbareVraagstukStatussen = ['ingediend', 'gepubliceerd', 'in-gesprek'] as const;

// The first key of the advisory locks that serialise two recomputations of one item's list.
const SLOT_NAAMRUIMTE = 7_272_006;

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** The stored rows of one item's list (optionally only some kinds, richting 'vraagstuk'). */
export function lijstVan(richting: SuggestieRichting, itemId: string, soorten?: readonly KandidaatSoort[]): SQL {
  if (richting === 'aanbod') {
    return and(eq(suggesties.richting, 'aanbod'), eq(suggesties.kandidaatSoort, 'aanbod'), eq(suggesties.kandidaatId, itemId))!;
  }
  const condities = [eq(suggesties.richting, 'vraagstuk'), eq(suggesties.vraagstukId, itemId)];
  if (soorten && soorten.length < kandidaatSoorten.length) condities.push(inArray(suggesties.kandidaatSoort, [...soorten]));
  return and(...condities)!;
}

/**
 * May the item have suggestions, checked inside the storing transaction with FOR SHARE: a status
 * change that commits first is seen, and one that comes later waits until the list is stored (and
 * its trigger then deletes what no longer applies). Without the lock, a list computed just before an
 * aanbod item is unpublished could be stored just after, and stay until the next run.
 */
async function magSuggestiesHebben(tx: Tx, richting: SuggestieRichting, itemId: string): Promise<boolean> {
  if (richting === 'vraagstuk') {
    const [v] = await tx.select({ status: vraagstukken.status }).from(vraagstukken).where(eq(vraagstukken.id, itemId)).for('share');
    return v !== undefined && (suggereerbareVraagstukStatussen as readonly string[]).includes(v.status);
  }
  const [a] = await tx.select({ status: aanbod.status }).from(aanbod).where(eq(aanbod.id, itemId)).for('share');
  return a?.status === 'gepubliceerd';
}

/**
 * Replaces one item's stored list with `lijst` (the engine's output, best first) in one transaction:
 * delete, then insert with rang 1..n per kind. An item that may not have suggestions (any more) gets
 * its rows deleted and nothing stored. Two recomputations of the same item (the job and an
 * on-demand one) wait for each other on an advisory lock, so that the second deletes what the
 * first inserted instead of colliding with it. Returns the rows stored.
 */
export async function vervangLijst(
  db: Db,
  richting: SuggestieRichting,
  itemId: string,
  lijst: readonly Suggestie[],
  soorten?: readonly KandidaatSoort[],
): Promise<Suggestie[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SLOT_NAAMRUIMTE}, hashtext(${`${richting}:${itemId}`}))`);
    // The row lock before the delete: the other order deadlocks with an unpublishing update, whose
    // trigger deletes the same suggestion rows while holding the item's row.
    const mag = await magSuggestiesHebben(tx, richting, itemId);
    await tx.delete(suggesties).where(lijstVan(richting, itemId, mag ? soorten : undefined));
    if (!mag) return [];
    const rang = new Map<KandidaatSoort, number>();
    const gezien = new Set<string>();
    const rijen: (typeof suggesties.$inferInsert)[] = [];
    const bewaard: Suggestie[] = [];
    for (const s of lijst) {
      if (s.richting !== richting) continue;
      if (richting === 'vraagstuk' ? s.vraagstukId !== itemId : s.kandidaatId !== itemId) continue;
      if (soorten && !soorten.includes(s.kandidaatSoort)) continue;
      const sleutel = `${s.vraagstukId}:${s.kandidaatSoort}:${s.kandidaatId}`;
      if (gezien.has(sleutel)) continue;
      gezien.add(sleutel);
      const r = (rang.get(s.kandidaatSoort) ?? 0) + 1;
      rang.set(s.kandidaatSoort, r);
      rijen.push({ richting, vraagstukId: s.vraagstukId, kandidaatSoort: s.kandidaatSoort, kandidaatId: s.kandidaatId, score: s.score, rang: r, signalen: s.signalen });
      bewaard.push(s);
    }
    if (rijen.length > 0) await tx.insert(suggesties).values(rijen);
    return bewaard;
  });
}

/** Deletes one item's stored list (an item that is closed, unpublished or gone). */
export async function verwijderLijst(db: Db, richting: SuggestieRichting, itemId: string): Promise<void> {
  await db.delete(suggesties).where(lijstVan(richting, itemId));
}
