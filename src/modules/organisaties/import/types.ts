import type { organisatieSoorten, rijksorganisatieTypes } from '../schema.ts';

export type RegisterBron = 'roo' | 'duo';
export type OrganisatieSoort = (typeof organisatieSoorten)[number];
export type RijksorganisatieType = (typeof rijksorganisatieTypes)[number];

/** A reference to a parent organisatie, as the register names it. */
export type ParentRef = { bronId?: string; tooi?: string; naam?: string };

/** One organisatie read from a register file, already validated field by field. */
export type RegisterRecord = {
  bron: RegisterBron;
  /** The register's own key: ROO systeemId, DUO instellingscode. */
  bronId: string;
  /** Where in the file the record is: 'regel 12' (CSV) or an element path with 1-based indexes (XML). */
  waar: string;
  naam: string;
  afkorting?: string;
  soort: OrganisatieSoort;
  type: RijksorganisatieType | null;
  oin?: string;
  brinCode?: string;
  rioOnderwijsaanbiederCode?: string;
  rioOnderwijsbestuurCode?: string;
  website?: string;
  plaats?: string;
  /** The provincie as the file writes it: a name, an old name ('Friesland') or a TOOI URI. */
  provincie?: string;
  /** ROO's TOOI URI of this organisatie, which relatieMetMinisterie refers to. */
  tooi?: string;
  parent?: ParentRef;
};

/** A record the file holds but the platform does not take in (a gemeente, an opgeheven organisatie). */
export type Overgeslagen = { waar: string; naam: string; reden: string };

export type ParsedRegisterFile = {
  bestand: string;
  records: RegisterRecord[];
  overgeslagen: Overgeslagen[];
  /** Problems that do not stop the import, such as a website that is no URL (it is left out). */
  waarschuwingen: string[];
};

/**
 * A file the importer refuses as a whole: nothing of it is written. The message names the place
 * at fault (line number or element path) so that the file can be fixed.
 */
export class RegisterImportError extends Error {
  constructor(
    readonly waar: string | undefined,
    detail: string,
    readonly bestand?: string,
  ) {
    super([bestand, waar, detail].filter(Boolean).join(': '));
  }
}
