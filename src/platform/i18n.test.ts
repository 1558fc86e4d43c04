import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogueKeys, translator } from './i18n.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n catalogues', () => {
  it('have the same keys in Dutch and English', () => {
    const nl = catalogueKeys('nl');
    const en = catalogueKeys('en');
    assert.deepEqual(
      nl.filter((k) => !en.includes(k)),
      [],
      'keys missing in locales/en',
    );
    assert.deepEqual(
      en.filter((k) => !nl.includes(k)),
      [],
      'keys missing in locales/nl',
    );
  });

  it('use the same placeholders in both languages', () => {
    const nl = translator('nl');
    const en = translator('en');
    for (const key of catalogueKeys('nl')) {
      assert.deepEqual(placeholders(nl(key)), placeholders(en(key)), `placeholders differ for ${key}`);
    }
  });

  it('chooses plural forms and formats numbers per language', () => {
    assert.equal(translator('nl')('organisaties.list.count', { count: 1 }), '1 organisatie gevonden.');
    assert.equal(translator('nl')('organisaties.list.count', { count: 1200 }), '1.200 organisaties gevonden.');
    assert.equal(translator('en')('organisaties.list.count', { count: 1200 }), '1,200 organisations found.');
  });

  it('fails loudly on a missing key outside production', () => {
    assert.throws(() => translator('nl')('common.doesNotExist'), /Missing translation/);
  });
});
