import type { Db } from '../../db/client.ts';
import type { Locale } from '../../platform/i18n.ts';
import { listSynoniemen, listThemas } from './queries.ts';

/**
 * Synonyms in search. A query that names a theme, by its name or by one of its synonyms in either
 * language ('AI', 'IHH', 'Woo'), also searches for the theme's other names: the names in Dutch and
 * English and all its synonyms. Matching is on whole words or phrases of the query, case-insensitive
 * and ignoring punctuation ('e-ID' = 'e id'), never on parts of words: 'ai' in 'mail' is no match.
 */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

/** Every run of 1 to 6 consecutive words of the query (a synonym is rarely longer). */
function phrasesOf(zoek: string): Set<string> {
  const words = normalize(zoek).split(' ').filter(Boolean).slice(0, 40);
  const phrases = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 6 && i + n <= words.length; n++) phrases.add(words.slice(i, i + n).join(' '));
  }
  return phrases;
}

type ThemaTermen = { code: string; termen: { taal: Locale; term: string }[] };

async function themaTermen(db: Db): Promise<ThemaTermen[]> {
  const [themas, synoniemen] = await Promise.all([listThemas(db), listSynoniemen(db)]);
  return themas.map((t) => ({
    code: t.code,
    termen: [
      { taal: 'nl' as const, term: t.naamNl },
      { taal: 'en' as const, term: t.naamEn },
      ...synoniemen.filter((s) => s.themaCode === t.code).map((s) => ({ taal: s.taal, term: s.term })),
    ],
  }));
}

/** The codes of the themes that the query names (by name or synonym, either language). */
export async function matchThemaCodes(db: Db, zoek: string): Promise<string[]> {
  const phrases = phrasesOf(zoek);
  if (phrases.size === 0) return [];
  return (await themaTermen(db)).filter((t) => t.termen.some((x) => phrases.has(normalize(x.term)))).map((t) => t.code);
}

/**
 * The extra search terms for a query: the names (nl and en) and synonyms of every theme the query
 * names, without the words already in the query; terms in `locale` first. Each term is a phrase
 * ('kunstmatige intelligentie'): search it as a phrase or with all its words, OR-ed with the query.
 */
export async function expandWithSynonyms(db: Db, zoek: string, locale: Locale = 'nl'): Promise<string[]> {
  const phrases = phrasesOf(zoek);
  if (phrases.size === 0) return [];
  const matched = (await themaTermen(db)).filter((t) => t.termen.some((x) => phrases.has(normalize(x.term))));
  const seen = new Set<string>();
  const terms = matched
    .flatMap((t) => t.termen)
    .sort((a, b) => Number(b.taal === locale) - Number(a.taal === locale));
  const extra: string[] = [];
  for (const { term } of terms) {
    const key = normalize(term);
    if (!key || phrases.has(key) || seen.has(key)) continue;
    seen.add(key);
    extra.push(term);
  }
  return extra;
}

/**
 * Every word of every theme name and synonym (lower case): words a search must never "correct" as
 * typos, since they need not occur in any text (they find rows through the theme instead).
 */
export async function themaWoorden(db: Db): Promise<Set<string>> {
  const woorden = new Set<string>();
  for (const { termen } of await themaTermen(db)) {
    for (const { term } of termen) for (const w of term.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) woorden.add(w);
  }
  return woorden;
}
