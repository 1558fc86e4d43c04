import { CsvError, parse } from 'csv-parse/sync';
import { RegisterImportError } from './types.ts';

/** A CSV column the importer reads, with the header names the registers use for it. */
export type Kolom = { namen: readonly string[]; verplicht?: boolean };

export type CsvRij<K extends string> = { regel: number; waarden: Partial<Record<K, string>> };

// Header names differ in case, spaces and hyphens between exports ('SOORT HO', 'Soort_ho').
const normaal = (naam: string) => naam.toUpperCase().replace(/[^A-Z0-9]/g, '');

/**
 * Decodes the file: UTF-8 when it is valid UTF-8, otherwise Windows-1252, in which DUO wrote
 * its older files. A byte order mark is dropped.
 */
export function decodeer(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

/** DUO separates with ';', other exports with ','. The header line tells which. */
function scheidingsteken(text: string): ';' | ',' {
  const kop = text.slice(0, text.search(/\r?\n|$/));
  const buitenQuotes = kop.replace(/"[^"]*"/g, '');
  return (buitenQuotes.match(/;/g)?.length ?? 0) >= (buitenQuotes.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/**
 * Reads a CSV file into rows of the known columns, each with the line it ends on. A file without
 * a required column, with a row of the wrong number of fields or with a broken quote is refused
 * with the line at fault.
 */
export function leesCsv<K extends string>(text: string, kolommen: Record<K, Kolom>, bestand: string): CsvRij<K>[] {
  if (text.trim() === '') throw new RegisterImportError('regel 1', 'the file is empty', bestand);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: scheidingsteken(text),
      info: true,
      trim: true,
      skip_empty_lines: true,
      relax_quotes: false,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    if (error instanceof CsvError) {
      const regel = (error as CsvError & { lines?: number }).lines;
      throw new RegisterImportError(regel ? `regel ${regel}` : undefined, `not valid CSV: ${error.message}`, bestand);
    }
    throw error;
  }
  const [kop, ...rijen] = records;
  if (!kop) throw new RegisterImportError('regel 1', 'the file has no header line', bestand);

  const positie = {} as Record<K, number>;
  const koppen = kop.record.map(normaal);
  for (const [sleutel, kolom] of Object.entries(kolommen) as [K, Kolom][]) {
    const index = koppen.findIndex((k) => kolom.namen.some((naam) => normaal(naam) === k));
    if (index >= 0) positie[sleutel] = index;
    else if (kolom.verplicht) {
      throw new RegisterImportError(
        'regel 1',
        `missing required column '${kolom.namen[0]}' (accepted names: ${kolom.namen.join(', ')})`,
        bestand,
      );
    }
  }
  return rijen.map(({ record, info }) => {
    const waarden: Partial<Record<K, string>> = {};
    for (const [sleutel, index] of Object.entries(positie) as [K, number][]) {
      const waarde = record[index];
      if (waarde) waarden[sleutel] = waarde;
    }
    return { regel: info.lines, waarden };
  });
}
