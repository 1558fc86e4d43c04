// STUB (helper A replaces): keeping stored suggestions up to date.
import type { Db } from '../../../db/client.ts';

/** Recomputes and replaces a vraagstuk's suggestions (richting 'vraagstuk'); returns how many are stored. */
export async function suggestiesBijwerkenVoorVraagstuk(_db: Db, _vraagstukId: string): Promise<number> {
  throw new Error('not yet');
}
/** Recomputes and replaces an aanbod item's suggested vraagstukken (richting 'aanbod'). */
export async function suggestiesBijwerkenVoorAanbod(_db: Db, _aanbodId: string): Promise<number> {
  throw new Error('not yet');
}
/** Works through matching_wachtrij (and the items whose lists the changes touch). */
export async function wachtrijVerwerken(_db: Db, _opties: { max?: number } = {}): Promise<{ vraagstukken: number; aanbod: number }> {
  throw new Error('not yet');
}
/** Recomputes every open vraagstuk's and published aanbod item's suggestions. */
export async function alleSuggestiesHerberekenen(_db: Db, _opties: { opVoortgang?: (klaar: number, totaal: number) => void } = {}): Promise<{ vraagstukken: number; aanbod: number; ms: number }> {
  throw new Error('not yet');
}
