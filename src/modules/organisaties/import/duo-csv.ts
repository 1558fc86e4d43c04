import { brinCodeSchema, rioCodeSchema } from '../identificatie.schema.ts';
import { leesCsv, type Kolom } from './csv.ts';
import { plaatsnaam } from './plaats.ts';
import { gecontroleerd, website } from './roo.ts';
import { RegisterImportError, type OrganisatieSoort, type ParsedRegisterFile } from './types.ts';

/**
 * Columns read from DUO's open data on institutions: 'Adressen hogescholen en universiteiten'
 * (with SOORT HO) and the mbo list of instellingen (without it: every row is an mbo-instelling).
 * The optional RIO columns come from DUO's RIO-based exports. See docs/imports.md.
 */
const kolommen = {
  instellingscode: { namen: ['INSTELLINGSCODE', 'BRIN NUMMER', 'BRINNUMMER'], verplicht: true },
  naam: { namen: ['INSTELLINGSNAAM'], verplicht: true },
  plaats: { namen: ['PLAATSNAAM'], verplicht: true },
  provincie: { namen: ['PROVINCIE'] },
  soortHo: { namen: ['SOORT HO'] },
  website: { namen: ['INTERNETADRES'] },
  aanbieder: { namen: ['ONDERWIJSAANBIEDERCODE', 'ONDERWIJSAANBIEDER CODE'] },
  bestuur: { namen: ['ONDERWIJSBESTUURCODE', 'ONDERWIJSBESTUUR CODE'] },
} satisfies Record<string, Kolom>;

const soorten: Record<string, OrganisatieSoort> = { hbo: 'hogeschool', wo: 'universiteit', mbo: 'mbo-instelling' };

export function leesDuoCsv(text: string, bestand: string): ParsedRegisterFile {
  const result: ParsedRegisterFile = { bestand, records: [], overgeslagen: [], waarschuwingen: [] };
  for (const { regel, waarden } of leesCsv(text, kolommen, bestand)) {
    const waar = `regel ${regel}`;
    const naam = waarden.naam;
    if (!naam) throw new RegisterImportError(waar, 'INSTELLINGSNAAM is empty', bestand);
    const brinCode = gecontroleerd(brinCodeSchema, waarden.instellingscode, 'INSTELLINGSCODE', waar, bestand);
    if (!brinCode) throw new RegisterImportError(waar, `INSTELLINGSCODE is empty (instelling '${naam}')`, bestand);
    const soortHo = waarden.soortHo?.toLowerCase() ?? 'mbo';
    const soort = soorten[soortHo];
    if (!soort) throw new RegisterImportError(waar, `SOORT HO '${waarden.soortHo}' is not 'hbo' or 'wo'`, bestand);
    if (!waarden.plaats) throw new RegisterImportError(waar, `PLAATSNAAM is empty (instelling '${naam}')`, bestand);
    result.records.push({
      bron: 'duo',
      bronId: brinCode,
      waar,
      naam,
      soort,
      type: null,
      brinCode,
      rioOnderwijsaanbiederCode: gecontroleerd(rioCodeSchema, waarden.aanbieder, 'ONDERWIJSAANBIEDERCODE', waar, bestand),
      rioOnderwijsbestuurCode: gecontroleerd(rioCodeSchema, waarden.bestuur, 'ONDERWIJSBESTUURCODE', waar, bestand),
      website: website(waarden.website, waar, result.waarschuwingen),
      plaats: plaatsnaam(waarden.plaats),
      provincie: waarden.provincie,
    });
  }
  return result;
}
