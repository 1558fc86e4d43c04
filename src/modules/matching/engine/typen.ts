// The shapes the engine's phases hand to each other. Both directions use the same two sides: the
// vraagstuk side and the education side (an aanbod item, an onderdeel or a person).
import type { KandidaatSoort } from '../schema.ts';

/** 'YYYY-MM-DD', compared as strings. */
export type Datum = string;

/** A name in both languages, so that an explanation renders in either without another query. */
export type Naam = { nl: string; en: string };

export type Uitleg = { sleutel: string; params: Record<string, string | number> } | null;
export type SignaalUitkomst = { waarde: number; uitleg: Uitleg };

/** Why a candidate may not be suggested at all (hard constraints). */
export type Uitsluiting = 'vorm' | 'periode' | 'intake' | 'partners' | 'eigen-organisatie';

/** Themes with a strength: 1 when tagged, less when only inferred from the text through the synonyms. */
export type ThemaGewichten = Map<string, number>;

export type Periode = { van: Datum; tot: Datum; label: Naam };

export type Sector = 'mbo' | 'hbo' | 'wo';

/** The vraagstuk side of a pair. */
export type VraagKant = {
  id: string;
  organisatieId: string;
  organisatieNaam: string;
  onderdeelId: string | null;
  titel: string;
  themas: ThemaGewichten;
  vormCodes: string[];
  niveaus: string[];
  regioCode: string;
  landelijk: boolean;
  vroegsteStart: Datum | null;
  deadline: Datum | null;
  aantalStudenten: number | null;
  aantalTeams: number | null;
  vertrouwelijkheid: 'openbaar' | 'partners' | 'na-introductie';
  /** Published or last changed (ms since 1970), for freshness when it is the candidate. */
  bijgewerkt: number | null;
};

/** The education side of a pair: an aanbod item, an onderdeel or a person. */
export type OnderwijsKant = {
  soort: KandidaatSoort;
  id: string;
  titel: string;
  /** Organisaties it belongs to (an aanbod item's, an onderdeel's, a person's affiliations and memberships). */
  organisaties: { id: string; naam: string }[];
  onderdeelIds: string[];
  themas: ThemaGewichten;
  /** Forms it offers; implied by the kind when not stated (a gastdocent gives a gastcollege). */
  vormCodes: string[];
  niveaus: string[];
  /** Sectors of its education organisaties (for the level when no level is stated). */
  sectoren: Sector[];
  regioCodes: string[];
  /** An aanbod item without regio: open to every regio. */
  landelijk: boolean;
  periodes: Periode[];
  intakeDeadline: Datum | null;
  aantalStudenten: number | null;
  aantalTeams: number | null;
  /** Belongs to a partner organisatie (may see a 'partners' vraagstuk). */
  binnenPartners: boolean;
  /** A person who is a civil servant or a member of the vraagstuk's own organisatie is no candidate. */
  lidVan: string[];
  ambtenaar: boolean;
  bijgewerkt: number | null;
};

/** An accepted koppeling or belangstelling: the two sides that worked together before. */
export type EerdereSamenwerking = {
  vraagOrganisatieId: string;
  vraagOnderdeelId: string | null;
  onderwijsOrganisatieId: string | null;
  onderwijsOnderdeelId: string | null;
};
