import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { aanbod } from '../../aanbod/schema.ts';
import { vraagstukken } from '../../vraagstukken/schema.ts';
import type { Gewichten } from '../configuratie.ts';
import { rangschikVoorAanbod, rangschikVoorVraagstuk, type Suggestie } from '../engine/rangschik.ts';
import type { KandidaatSoort } from '../schema.ts';
import { suggereerbareVraagstukStatussen, verwijderLijst, vervangLijst } from './opslaan.ts';

/** How many suggestions are stored per kind (the pages show fewer; the API and the workbench may page). */
export const OPGESLAGEN_PER_SOORT = 20;

export type BijwerkOpties = {
  /** Only these kinds of a vraagstuk's list (the others stay as stored). */
  soorten?: readonly KandidaatSoort[];
  /** The configured weights, read once by a caller that recomputes many items. */
  gewichten?: Gewichten;
};

/**
 * Ranks and stores one vraagstuk's candidates (richting 'vraagstuk'). A vraagstuk that is not
 * submitted, published or in gesprek (any more) has its rows deleted, and is not ranked at all.
 */
export async function bijwerkenVoorVraagstuk(db: Db, vraagstukId: string, opties: BijwerkOpties = {}): Promise<Suggestie[]> {
  const [v] = await db.select({ status: vraagstukken.status }).from(vraagstukken).where(eq(vraagstukken.id, vraagstukId));
  if (!v || !(suggereerbareVraagstukStatussen as readonly string[]).includes(v.status)) {
    await verwijderLijst(db, 'vraagstuk', vraagstukId);
    return [];
  }
  const lijst = await rangschikVoorVraagstuk(db, vraagstukId, {
    limiet: OPGESLAGEN_PER_SOORT,
    ...(opties.soorten ? { soorten: opties.soorten } : {}),
    ...(opties.gewichten ? { gewichten: opties.gewichten } : {}),
  });
  return vervangLijst(db, 'vraagstuk', vraagstukId, lijst, opties.soorten);
}

/** Ranks and stores the vraagstukken for one aanbod item (richting 'aanbod'); an unpublished item's rows are deleted. */
export async function bijwerkenVoorAanbod(db: Db, aanbodId: string, opties: Pick<BijwerkOpties, 'gewichten'> = {}): Promise<Suggestie[]> {
  const [a] = await db.select({ status: aanbod.status }).from(aanbod).where(eq(aanbod.id, aanbodId));
  if (a?.status !== 'gepubliceerd') {
    await verwijderLijst(db, 'aanbod', aanbodId);
    return [];
  }
  const lijst = await rangschikVoorAanbod(db, aanbodId, { limiet: OPGESLAGEN_PER_SOORT, ...(opties.gewichten ? { gewichten: opties.gewichten } : {}) });
  return vervangLijst(db, 'aanbod', aanbodId, lijst);
}
