import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createAccount } from '../../../tests/support/accounts.ts';
import { createTestApp } from '../../../tests/support/test-app.ts';
import { synoniemToevoegen } from './synoniem-toevoegen.ts';
import { importThemaSynoniemen } from './thema-synoniemen-import.ts';

/** The organisation search widens a query that names a theme with the theme's synonyms. */
describe('synonyms in the organisation search', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  before(async () => {
    t = await createTestApp();
    await importThemaSynoniemen(t.db);
  });
  after(() => t.close());

  const names = async (zoek: string) => {
    const res = await t.app.request(`/api/v1/organisaties?zoek=${encodeURIComponent(zoek)}&pageSize=100`);
    return ((await res.json()) as { data: { naam: string }[] }).data.map((o) => o.naam);
  };

  it("'IHH' finds the Nationaal Archief once 'archief' is a synonym of informatiehuishouding", async () => {
    assert.ok(!(await names('IHH')).includes('Nationaal Archief'));
    const b = await createAccount(t.db, t.config, { platformrollen: [{ rol: 'beheerder' }] });
    await synoniemToevoegen(
      t.db,
      { actor: { kind: 'account', accountId: b.id, naam: 'B', email: b.email, persoonstype: null, platformrollen: [{ rol: 'beheerder', regioCode: null }], lidmaatschappen: [], via: 'sessie', scopes: ['read', 'write'], tweedeFactorAan: true, tweedeFactorVereist: false } },
      { themaCode: 'informatiehuishouding', taal: 'nl', term: 'archief' },
    );
    assert.ok((await names('IHH')).includes('Nationaal Archief'), 'found at once: the synonym cache was dropped');
    assert.ok((await names('ihh')).includes('Nationaal Archief'), 'case-insensitive');
    assert.deepEqual(await names('zzzqqq'), []);
  });
});
