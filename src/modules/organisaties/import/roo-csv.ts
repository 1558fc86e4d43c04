import { leesCsv, type Kolom } from './csv.ts';
import { isOvergeslagen, rooRecord } from './roo.ts';
import type { ParentRef, ParsedRegisterFile } from './types.ts';

/**
 * Columns read from a CSV export of the Register van Overheidsorganisaties. Each column lists the
 * header names accepted for it (compared without case, spaces or punctuation); see docs/imports.md.
 */
const kolommen = {
  systeemId: { namen: ['systeemId', 'systemId', 'Systeem ID', 'ID'], verplicht: true },
  naam: { namen: ['Naam'], verplicht: true },
  type: { namen: ['Type', 'Types', 'Type organisatie', 'Soort organisatie'], verplicht: true },
  afkorting: { namen: ['Afkorting'] },
  oin: { namen: ['OIN', 'Organisatie-identificatienummer'] },
  bovenliggend: { namen: ['Relatie met ministerie', 'relatieMetMinisterie', 'Bovenliggende organisatie', 'Valt onder'] },
  plaats: { namen: ['Bezoekadres woonplaats', 'Woonplaats', 'Plaats', 'Vestigingsplaats'] },
  provincie: { namen: ['Provincie', 'Bezoekadres provincie'] },
  website: { namen: ['Website', 'Internetadres', 'URL'] },
  eindDatum: { namen: ['Einddatum', 'eindDatum'] },
} satisfies Record<string, Kolom>;

export function leesRooCsv(text: string, bestand: string): ParsedRegisterFile {
  const result: ParsedRegisterFile = { bestand, records: [], overgeslagen: [], waarschuwingen: [] };
  for (const { regel, waarden } of leesCsv(text, kolommen, bestand)) {
    // The parent column holds the parent's systeemId or its name.
    const ouder = waarden.bovenliggend;
    const parent: ParentRef | undefined = !ouder ? undefined : /^[0-9]+$/.test(ouder) ? { bronId: ouder } : { naam: ouder };
    const record = rooRecord(
      {
        ...waarden,
        types: waarden.type ? waarden.type.split('|').map((t) => t.trim()).filter(Boolean) : [],
        parent,
      },
      `regel ${regel}`,
      bestand,
      result.waarschuwingen,
    );
    if (isOvergeslagen(record)) result.overgeslagen.push(record);
    else result.records.push(record);
  }
  return result;
}
