// Keeping stored suggestions up to date: one item, the queue the triggers fill, or everything.
import type { Db } from '../../../db/client.ts';
import { bijwerkenVoorAanbod, bijwerkenVoorVraagstuk } from './item.ts';

export { alleSuggestiesHerberekenen, type HerberekenOpties, type HerberekenResultaat } from './alles.ts';
export { statistiekBewaker, statistiekVerversen } from './statistiek.ts';
export { wachtrijVerwerken, type WachtrijResultaat } from './wachtrij.ts';

/** Recomputes and replaces a vraagstuk's suggestions (richting 'vraagstuk'); returns how many are stored. */
export async function suggestiesBijwerkenVoorVraagstuk(db: Db, vraagstukId: string): Promise<number> {
  return (await bijwerkenVoorVraagstuk(db, vraagstukId)).length;
}

/** Recomputes and replaces an aanbod item's suggested vraagstukken (richting 'aanbod'); returns how many are stored. */
export async function suggestiesBijwerkenVoorAanbod(db: Db, aanbodId: string): Promise<number> {
  return (await bijwerkenVoorAanbod(db, aanbodId)).length;
}
