// STUB (helper A replaces): the engine, both directions.
import type { Db } from '../../../db/client.ts';
import type { Gewichten } from '../configuratie.ts';
import type { KandidaatSoort, OpgeslagenSignaal, SuggestieRichting } from '../schema.ts';

/** One ranked candidate. For richting 'aanbod', kandidaatSoort is 'aanbod', kandidaatId the aanbod item, and vraagstukId the suggested vraagstuk. */
export type Suggestie = {
  richting: SuggestieRichting;
  vraagstukId: string;
  kandidaatSoort: KandidaatSoort;
  kandidaatId: string;
  /** 0..1: the weighted mean of the signals. */
  score: number;
  /** Every signal, most contributing first. */
  signalen: OpgeslagenSignaal[];
};

export type RangschikOpties = {
  soorten?: readonly KandidaatSoort[];
  limiet?: number;
  gewichten?: Gewichten;
  /** 'Today' for the timing and freshness signals (default: now); the evaluation fixes it. */
  peildatum?: Date;
};

/** The best candidates of each kind for a vraagstuk (limiet per kind, default 20), best first; [] when it does not exist. */
export async function rangschikVoorVraagstuk(_db: Db, _vraagstukId: string, _opties: RangschikOpties = {}): Promise<Suggestie[]> {
  throw new Error('not yet');
}

/** The best open vraagstukken for an aanbod item (default 20), best first; [] when it does not exist. */
export async function rangschikVoorAanbod(_db: Db, _aanbodId: string, _opties: Omit<RangschikOpties, 'soorten'> = {}): Promise<Suggestie[]> {
  throw new Error('not yet');
}
