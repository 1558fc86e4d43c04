import type { Db } from '../../db/client.ts';
import type { Locale } from '../../platform/i18n.ts';
import { expandWithSynonyms } from '../taxonomie/index.ts';

/**
 * Extra search terms for a directory search: the names and synonyms of the themes the query names
 * ('AI' -> 'kunstmatige intelligentie'), OR-ed with the query by searchCondition in directory.ts.
 * The taxonomy module owns the synonyms; this is the one place they plug in.
 */
export function zoekTermenVoor(db: Db, zoek: string, locale: Locale): Promise<string[]> {
  return expandWithSynonyms(db, zoek, locale);
}
