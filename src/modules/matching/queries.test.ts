import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase } from '../../../tests/support/test-db.ts';
import type { Database, Db } from '../../db/client.ts';
import { anonymous } from '../../platform/actor.ts';
import { opgeslagenSuggestie, suggestiesVoorAanbod, suggestiesVoorVraagstuk } from './queries.ts';
import { accounts } from '../accounts/schema.ts';
import { suggesties } from './schema.ts';
import { statistiekVerversen } from './suggesties/bijwerken.ts';
import { archiefAanbod, archiefLectoraat, archiefLector, archiefVraagstuk, matchingOrganisaties, testActor, zetAanbodStatus, type MatchingTestData } from './suggesties/test-data.ts';

/** Reading stored suggestions for the pages and the API; computed on demand when none are stored. */
describe('suggestion queries', () => {
  let database: Database;
  let db: Db;
  let t: MatchingTestData;
  let vraagstukId: string;
  let partnersVraagstukId: string;
  let aanbodId: string;
  let onderdeel: { id: string; slug: string };
  let persoonId: string;

  before(async () => {
    database = await createTestDatabase();
    db = database.db;
    t = await matchingOrganisaties(db);
    vraagstukId = await archiefVraagstuk(db, t);
    partnersVraagstukId = await archiefVraagstuk(db, t, { titelNl: 'Bewaartermijnen van chatberichten', vertrouwelijkheid: 'partners' });
    aanbodId = await archiefAanbod(db, t);
    [onderdeel, persoonId] = await Promise.all([archiefLectoraat(db, t), archiefLector(db, t)]);
    await statistiekVerversen(db);
  });
  after(async () => {
    await database?.close();
  });

  it('computes and stores a vraagstuk list on demand, and shows each candidate with its page', async () => {
    const opgeslagen = () => db.select().from(suggesties).where(and(eq(suggesties.richting, 'vraagstuk'), eq(suggesties.vraagstukId, vraagstukId)));
    assert.equal((await opgeslagen()).length, 0, 'nothing stored yet (the queue was not worked through)');
    const lijst = await suggestiesVoorVraagstuk(db, vraagstukId);
    assert.ok(lijst.berekendOp instanceof Date);
    const s = lijst.suggesties.find((x) => x.kandidaatId === aanbodId);
    assert.ok(s, 'the aanbod item is suggested');
    assert.deepEqual(s.kandidaat, {
      soort: 'aanbod',
      id: aanbodId,
      titel: 'Minor archivering en informatiebeheer',
      ondertitel: t.hogeschool.naam,
      pad: `/aanbod/${aanbodId}`,
      regioCode: t.hogeschool.regio,
    });
    assert.equal(s.rang, 1);
    assert.ok((await opgeslagen()).length > 0, 'stored on demand');
    const o = lijst.suggesties.find((x) => x.kandidaatId === onderdeel.id);
    assert.deepEqual(o?.kandidaat, {
      soort: 'onderdeel',
      id: onderdeel.id,
      titel: 'Lectoraat Digitale Archivering',
      ondertitel: t.hogeschool.naam,
      pad: `/organisaties/${t.hogeschool.slug}/onderdelen/${onderdeel.slug}`,
      regioCode: t.hogeschool.regio,
    });
    const p = lijst.suggesties.find((x) => x.kandidaatId === persoonId);
    assert.deepEqual(p?.kandidaat, { soort: 'persoon', id: persoonId, titel: 'Lies Lector', ondertitel: t.hogeschool.naam, pad: `/personen/${persoonId}`, regioCode: t.hogeschool.regio });
    // Kinds in a fixed order, ranks from 1 in each.
    assert.deepEqual([...new Set(lijst.suggesties.map((x) => x.kandidaatSoort))], ['aanbod', 'onderdeel', 'persoon']);

    const alleenPersonen = await suggestiesVoorVraagstuk(db, vraagstukId, { soorten: ['persoon'], limiet: 1 });
    assert.deepEqual(alleenPersonen.suggesties.map((x) => [x.kandidaatSoort, x.rang]), [['persoon', 1]]);
  });

  it('a profile that is made private is skipped at once', async () => {
    await db.update(accounts).set({ profielOpenbaar: false }).where(eq(accounts.id, persoonId));
    assert.equal((await suggestiesVoorVraagstuk(db, vraagstukId)).suggesties.some((x) => x.kandidaatId === persoonId), false);
  });

  it('the stored suggestion of one pair is there for the koppeling snapshot', async () => {
    const s = await opgeslagenSuggestie(db, vraagstukId, 'aanbod', aanbodId);
    assert.ok(s && s.score > 0 && s.signalen.length > 0);
    assert.equal(s.richting, 'vraagstuk');
    assert.equal(await opgeslagenSuggestie(db, vraagstukId, 'onderdeel', aanbodId), undefined);
  });

  it('an aanbod item sees only the vraagstukken the viewer may see', async () => {
    const partner = testActor({ lidmaatschappen: [{ organisatieId: t.hogeschool.id, rol: 'lid' }] });
    const voorPartner = await suggestiesVoorAanbod(db, aanbodId, partner);
    const ids = voorPartner.suggesties.map((s) => s.vraagstukId);
    assert.ok(ids.includes(vraagstukId) && ids.includes(partnersVraagstukId), 'a partner sees both');
    const v = voorPartner.suggesties.find((s) => s.vraagstukId === vraagstukId)!;
    assert.deepEqual(v.kandidaat, { soort: 'vraagstuk', id: vraagstukId, titel: 'Archivering van chatberichten en e-mail', ondertitel: t.rijk.naam, pad: `/vraagstukken/${vraagstukId}`, regioCode: t.rijk.regio });

    const buitenstaander = await suggestiesVoorAanbod(db, aanbodId, testActor());
    assert.ok(!buitenstaander.suggesties.some((s) => s.vraagstukId === partnersVraagstukId), 'not a partner: the partners-only vraagstuk is left out');
    assert.deepEqual(buitenstaander.suggesties.map((s) => s.rang), buitenstaander.suggesties.map((_, i) => i + 1), 'ranks without gaps');
    assert.ok(!(await suggestiesVoorAanbod(db, aanbodId, anonymous)).suggesties.some((s) => s.vraagstukId === partnersVraagstukId));
  });

  it('an unpublished aanbod item is no longer suggested, nor gets suggestions', async () => {
    await zetAanbodStatus(db, aanbodId, 'concept');
    assert.equal((await suggestiesVoorVraagstuk(db, vraagstukId)).suggesties.some((s) => s.kandidaatId === aanbodId), false);
    assert.deepEqual(await suggestiesVoorAanbod(db, aanbodId, anonymous), { berekendOp: null, suggesties: [] });
  });

  it('ids that name nothing give empty lists, not errors', async () => {
    assert.deepEqual(await suggestiesVoorVraagstuk(db, 'geen-uuid'), { berekendOp: null, suggesties: [] });
    assert.deepEqual(await suggestiesVoorVraagstuk(db, '00000000-0000-4000-8000-000000000000'), { berekendOp: null, suggesties: [] });
    assert.deepEqual(await suggestiesVoorAanbod(db, 'x', anonymous), { berekendOp: null, suggesties: [] });
    assert.equal(await opgeslagenSuggestie(db, 'x', 'aanbod', aanbodId), undefined);
  });
});
