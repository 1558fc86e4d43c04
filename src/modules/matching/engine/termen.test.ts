import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { afgeleideThemas, kiesTermen, woordenVan, type ZoekTerm } from './termen.ts';

const woord = (term: string, gewicht = 1): ZoekTerm => ({ term, gewicht, soort: 'woord' });

describe('choosing the search terms', () => {
  const stat = { documenten: 1000, gemiddeldeLengte: 40 };
  const df = new Map([['zeldzaam', 5], ['gewoon', 200], ['overal', 400], ['vaak', 280], ['titel', 50]]);
  const kies = (termen: ZoekTerm[], budget?: number) => kiesTermen(termen, stat, (t) => df.get(t) ?? 0, budget);

  it('drops terms in more than 30% of the documents and orders the rest by IDF times weight', () => {
    const gekozen = kies([woord('gewoon'), woord('overal'), woord('zeldzaam'), woord('titel', 2)]);
    assert.deepEqual(gekozen.map((t) => t.term), ['titel', 'zeldzaam', 'gewoon']);
    assert.ok(gekozen[1]!.idf > gekozen[0]!.idf, 'the rarer word has the higher IDF; the title word weighs double');
    assert.ok(gekozen.every((t) => t.idf > 0 && t.bekend));
  });

  it('keeps the postings read within the budget, rarest first; unknown terms cost nothing and stay', () => {
    const gekozen = kies([woord('gewoon'), woord('vaak'), woord('zeldzaam'), woord('nieuw')], 300);
    // zeldzaam (5) and gewoon (200) fit in 300 postings; vaak (280) would not.
    assert.deepEqual(gekozen.map((t) => [t.term, t.bekend]), [['nieuw', false], ['zeldzaam', true], ['gewoon', true]]);
  });

  it('takes nothing from an empty index', () => {
    assert.deepEqual(kiesTermen([woord('zeldzaam')], { documenten: 0, gemiddeldeLengte: 1 }, () => 0), []);
  });
});

describe('themes through their synonyms', () => {
  const frasen = new Map([
    ['data-en-ai', [['ai'], ['intelligentie', 'kunstmat']]],
    ['cybersecurity', [['cybersecurity']]],
  ]);

  it('names a theme when every stem of one of its names or synonyms is there', () => {
    assert.deepEqual(afgeleideThemas(new Set(['kunstmat', 'intelligentie', 'toezicht']), frasen), ['data-en-ai']);
    assert.deepEqual(afgeleideThemas(new Set(['intelligentie']), frasen), []);
    assert.deepEqual(afgeleideThemas(new Set(['ai', 'cybersecurity']), frasen, new Set(['cybersecurity'])), ['cybersecurity']);
  });

  it('splits a text into its words, first spelling kept', () => {
    assert.deepEqual([...woordenVan('AI en ai: e-ID, Woo-verzoeken!').entries()], [['ai', 'AI'], ['en', 'en'], ['id', 'ID'], ['woo', 'Woo'], ['verzoeken', 'verzoeken']]);
  });
});
