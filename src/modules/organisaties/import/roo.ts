import type { z } from '@hono/zod-openapi';
import { oinSchema, websiteSchema } from '../identificatie.schema.ts';
import { plaatsnaam } from './plaats.ts';
import { RegisterImportError, type Overgeslagen, type ParentRef, type RegisterRecord, type RijksorganisatieType } from './types.ts';

/**
 * ROO organisation types the platform takes in, mapped to its rijksorganisatie types. Other ROO
 * types (Gemeente, Provincie, Waterschap, Adviescollege, Hoog College van Staat,
 * Organisatieonderdeel, ...) are no partner organisatie of the I-Partnerschap and are skipped;
 * directies and other organisatieonderdelen will come in as onderdelen, not organisaties.
 */
const rooTypes: Record<string, RijksorganisatieType> = {
  ministerie: 'ministerie',
  agentschap: 'agentschap',
  'zelfstandig bestuursorgaan': 'zbo',
  zbo: 'zbo',
  inspectie: 'inspectie',
  uitvoeringsorganisatie: 'uitvoeringsorganisatie',
  dienst: 'dienst',
};

/** A field checked with its zod schema; a bad value refuses the file at this record. */
export function gecontroleerd<T>(
  schema: z.ZodType<T, string>,
  waarde: string | undefined,
  veld: string,
  waar: string,
  bestand: string,
): T | undefined {
  if (waarde === undefined || waarde.trim() === '') return undefined;
  const result = schema.safeParse(waarde);
  if (!result.success) throw new RegisterImportError(waar, `${veld}: ${result.error.issues[0]?.message ?? 'invalid'}`, bestand);
  return result.data;
}

/** A website that is no https URL is left out with a warning: it should not block an import. */
export function website(waarde: string | undefined, waar: string, waarschuwingen: string[]): string | undefined {
  if (!waarde?.trim()) return undefined;
  const result = websiteSchema.safeParse(waarde);
  if (result.success) return result.data;
  waarschuwingen.push(`${waar}: website left out: ${result.error.issues[0]?.message}`);
  return undefined;
}

export type RooVelden = {
  systeemId?: string;
  naam?: string;
  afkorting?: string;
  types: string[];
  oin?: string;
  website?: string;
  plaats?: string;
  provincie?: string;
  tooi?: string;
  eindDatum?: string;
  parent?: ParentRef;
};

/** One ROO organisatie, from the XML or the CSV export, as a record to import or a skipped one. */
export function rooRecord(
  velden: RooVelden,
  waar: string,
  bestand: string,
  waarschuwingen: string[],
  vandaag = new Date().toISOString().slice(0, 10),
): RegisterRecord | Overgeslagen {
  const naam = velden.naam?.trim();
  if (!naam) throw new RegisterImportError(waar, 'naam is missing', bestand);
  const systeemId = velden.systeemId?.trim();
  if (!systeemId) throw new RegisterImportError(waar, `systeemId is missing (organisatie '${naam}')`, bestand);
  if (!/^[0-9]{1,12}$/.test(systeemId)) {
    throw new RegisterImportError(waar, `systeemId '${systeemId}' is not a number (organisatie '${naam}')`, bestand);
  }
  if (velden.types.length === 0) throw new RegisterImportError(waar, `type is missing (organisatie '${naam}')`, bestand);
  // ISO dates compare as text; an end date in the past means the organisatie was dissolved.
  if (velden.eindDatum && velden.eindDatum.slice(0, 10) < vandaag) {
    return { waar, naam, reden: `opgeheven per ${velden.eindDatum.slice(0, 10)}` };
  }
  const type = velden.types.map((t) => rooTypes[t.trim().toLowerCase()]).find(Boolean);
  if (!type) return { waar, naam, reden: `type '${velden.types.join(', ')}' is geen partnerorganisatie` };
  return {
    bron: 'roo',
    bronId: systeemId,
    waar,
    naam,
    afkorting: velden.afkorting?.trim() || undefined,
    soort: 'rijksorganisatie',
    type,
    oin: gecontroleerd(oinSchema, velden.oin, 'OIN', waar, bestand),
    website: website(velden.website, waar, waarschuwingen),
    plaats: velden.plaats?.trim() ? plaatsnaam(velden.plaats) : undefined,
    provincie: velden.provincie?.trim() || undefined,
    tooi: velden.tooi?.trim() || undefined,
    parent: velden.parent,
  };
}

export function isOvergeslagen(r: RegisterRecord | Overgeslagen): r is Overgeslagen {
  return 'reden' in r;
}
