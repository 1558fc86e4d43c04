import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp } from '../../../tests/support/test-app.ts';
import { expandWithSynonyms, matchThemaCodes, normalize } from './synoniemen.ts';
import { importThemaSynoniemen } from './thema-synoniemen-import.ts';

describe('synonyms in search', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  before(async () => {
    t = await createTestApp();
    // The reference import will call this; calling it again must be harmless.
    await importThemaSynoniemen(t.db);
  });
  after(() => t.close());

  it('imports the default list idempotently', async () => {
    const again = await importThemaSynoniemen(t.db);
    assert.equal(again.toegevoegd, 0);
    assert.ok(again.ongewijzigd > 20);
    assert.deepEqual(again.onbekendeThemas, []);
  });

  it("'AI' finds 'kunstmatige intelligentie', 'IHH' finds 'informatiehuishouding'", async () => {
    const ai = await expandWithSynonyms(t.db, 'AI', 'nl');
    assert.ok(ai.includes('kunstmatige intelligentie'), ai.join(', '));
    assert.ok(ai.includes('Data en AI'));
    assert.ok(ai.includes('artificial intelligence'));
    assert.ok(!ai.some((x) => normalize(x) === 'ai'), 'the query itself is not an extra term');
    const ihh = await expandWithSynonyms(t.db, 'ihh', 'nl');
    assert.ok(ihh.includes('informatiehuishouding'), ihh.join(', '));
    assert.ok(ihh.includes('Informatiehuishouding en archivering'));
    assert.ok(ihh.includes('Information management and archiving'));
  });

  it('matches whole words and phrases of a longer query, never parts of words', async () => {
    const phrase = await expandWithSynonyms(t.db, 'Onderzoek naar Kunstmatige   Intelligentie bij het Rijk', 'nl');
    assert.ok(phrase.includes('AI'));
    assert.deepEqual(await expandWithSynonyms(t.db, 'mail aan de minister', 'nl'), []);
    assert.deepEqual(await expandWithSynonyms(t.db, '', 'nl'), []);
    assert.deepEqual(await expandWithSynonyms(t.db, '!!! %_', 'nl'), []);
    // A theme's own name counts as a synonym of itself.
    const byName = await matchThemaCodes(t.db, 'cybersecurity');
    assert.deepEqual(byName, ['cybersecurity']);
    assert.deepEqual(await matchThemaCodes(t.db, 'de Woo en de AVG'), ['open-overheid', 'privacy-ethiek-recht']);
  });

  it('puts the terms of the asked language first, without duplicates', async () => {
    const en = await expandWithSynonyms(t.db, 'IHH', 'en');
    assert.equal(en[0], 'Information management and archiving');
    const nl = await expandWithSynonyms(t.db, 'AI', 'nl');
    assert.equal(nl[0], 'Data en AI');
    const lowered = nl.map(normalize);
    assert.equal(new Set(lowered).size, lowered.length, 'machine learning (nl and en) appears once');
  });

  it('survives hostile and very long input', async () => {
    const long = `${'woord '.repeat(5000)}IHH`;
    assert.deepEqual(await expandWithSynonyms(t.db, long, 'nl'), [], 'only the first 40 words are looked at');
    assert.deepEqual(await expandWithSynonyms(t.db, "'; drop table themas; --", 'nl'), []);
  });
});
