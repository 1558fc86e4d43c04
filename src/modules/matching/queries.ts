// STUB (helper A replaces): stored suggestions, ready to show.
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Suggestie } from './engine/rangschik.ts';
import type { KandidaatSoort } from './schema.ts';

export type KandidaatWeergave = {
  soort: KandidaatSoort | 'vraagstuk';
  id: string;
  titel: string;
  /** The organisatie (and onderdeel) it belongs to, or the kind of aanbod. */
  ondertitel: string | null;
  /** Path of its page without locale prefix: '/aanbod/<id>', '/organisaties/<slug>/onderdelen/<slug>', '/personen/<id>', '/vraagstukken/<id>'. */
  pad: string;
  regioCode: string | null;
};
export type SuggestieWeergave = Suggestie & { rang: number; berekendOp: Date; kandidaat: KandidaatWeergave };

/** A vraagstuk's stored suggestions (limiet per kind, default 10); computed and stored first when there are none yet and it is open. */
export async function suggestiesVoorVraagstuk(
  _db: Db,
  _vraagstukId: string,
  _opties: { soorten?: readonly KandidaatSoort[]; limiet?: number } = {},
): Promise<{ berekendOp: Date | null; suggesties: SuggestieWeergave[] }> {
  throw new Error('not yet');
}

/** The vraagstukken stored for an aanbod item that this actor may see (default 10); computed first when there are none. */
export async function suggestiesVoorAanbod(
  _db: Db,
  _aanbodId: string,
  _actor: Actor,
  _opties: { limiet?: number } = {},
): Promise<{ berekendOp: Date | null; suggesties: SuggestieWeergave[] }> {
  throw new Error('not yet');
}

/** The stored suggestion for one pair (either direction), for the koppeling's snapshot. */
export async function opgeslagenSuggestie(_db: Db, _vraagstukId: string, _soort: KandidaatSoort, _kandidaatId: string): Promise<Suggestie | undefined> {
  throw new Error('not yet');
}
