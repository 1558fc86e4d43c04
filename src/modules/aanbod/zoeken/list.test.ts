import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { anonymous } from '../../../platform/actor.ts';
import { organisaties } from '../../organisaties/schema.ts';
import { aanbod, aanbodPeriodes } from '../schema.ts';
import { aanbodFilterSchema } from './filter.schema.ts';
import { zoekAanbod } from './queries.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe('aanbod list', () => {
  let t: T;
  const ids = {} as Record<'minor' | 'bijscholing' | 'gastdocent' | 'concept' | 'gearchiveerd', string>;
  let org: { id: string; slug: string };

  before(async () => {
    t = await createTestApp();
    [org] = (await t.db.select({ id: organisaties.id, slug: organisaties.slug }).from(organisaties).where(eq(organisaties.soort, 'hogeschool')).orderBy(organisaties.slug).limit(1)) as [typeof org];
    const add = async (v: Partial<typeof aanbod.$inferInsert>) =>
      (await t.db.insert(aanbod).values({ soort: 'onderwijs', status: 'gepubliceerd', gepubliceerdOp: new Date(), organisatieId: org.id, regioCode: 'noord', ...v }).returning({ id: aanbod.id }))[0]!.id;
    ids.minor = await add({
      titelNl: 'Minor Datagedreven werken bij de overheid',
      beschrijvingNl: 'Studenten onderzoeken vraagstukken over <data> & algoritmes.',
      themaCodes: ['data-en-ai'],
      niveaus: ['hbo-bachelor'],
      intakeDeadline: '2026-12-01',
      gepubliceerdOp: new Date('2026-01-03'),
    });
    await t.db.insert(aanbodPeriodes).values({ aanbodId: ids.minor, soort: 'semester', label: 'Semester 2, 2026-2027', van: '2027-02-01', tot: '2027-06-30' });
    ids.bijscholing = await add({ soort: 'bijscholing', titelNl: 'Cursus archivering voor ambtenaren', beschrijvingNl: 'Archiefwet in de praktijk.', themaCodes: ['informatiehuishouding'], regioCode: null, gepubliceerdOp: new Date('2026-01-02') });
    await t.db.insert(aanbodPeriodes).values({ aanbodId: ids.bijscholing, soort: 'periode', label: 'Maart 2027', van: '2027-03-01', tot: '2027-03-31' });
    ids.gastdocent = await add({ soort: 'gastdocent', organisatieId: null, titelEn: 'Guest lectures on cybersecurity', beschrijvingEn: 'Practical security.', themaCodes: ['cybersecurity'], regioCode: 'west', gepubliceerdOp: new Date('2026-01-01'), isDemo: true });
    ids.concept = await add({ titelNl: 'Concept minor archivering', status: 'concept', gepubliceerdOp: null });
    ids.gearchiveerd = await add({ titelNl: 'Oude minor archivering', status: 'gearchiveerd' });
  });
  after(() => t.close());

  const zoek = (query: Record<string, unknown>) => zoekAanbod(t.db, anonymous, aanbodFilterSchema.parse(query), 'nl');
  const idsVan = (r: { items: { id: string }[] }) => r.items.map((i) => i.id);

  it('lists only published aanbod, newest first, with periods', async () => {
    const r = await zoek({});
    assert.deepEqual(idsVan(r), [ids.minor, ids.bijscholing, ids.gastdocent]);
    assert.equal(r.total, 3);
    assert.deepEqual(r.items[0]!.periodes.map((p) => p.label), ['Semester 2, 2026-2027']);
  });

  it('searches with stemming, synonyms and typo tolerance', async () => {
    assert.deepEqual(idsVan(await zoek({ zoek: 'archiveren' })), [ids.bijscholing]);
    assert.deepEqual(idsVan(await zoek({ zoek: 'AI' })), [ids.minor]);
    const typo = await zoek({ zoek: 'algortimes' });
    assert.equal(typo.bedoeld, 'algoritmes');
    assert.deepEqual(idsVan(typo), [ids.minor]);
    assert.match(typo.items[0]!.snippet!, /&lt;data&gt; &amp; <mark>algoritmes<\/mark>/);
  });

  it('combines filters: soort, thema, regio (aanbod without regio is landelijk), periode, organisatie', async () => {
    assert.deepEqual(idsVan(await zoek({ soort: ['bijscholing', 'gastdocent'] })), [ids.bijscholing, ids.gastdocent]);
    assert.deepEqual(idsVan(await zoek({ regio: 'noord' })), [ids.minor, ids.bijscholing]);
    assert.deepEqual(idsVan(await zoek({ regio: 'noord', thema: 'data-en-ai', niveau: 'hbo-bachelor' })), [ids.minor]);
    assert.deepEqual(idsVan(await zoek({ periodeVan: '2027-04-01', periodeTot: '2027-04-30' })), [ids.minor, ids.gastdocent], 'no periods: always available');
    assert.deepEqual(idsVan(await zoek({ organisatie: org.slug })), [ids.minor, ids.bijscholing]);
    assert.deepEqual(idsVan(await zoek({ sort: 'deadline' }))[0], ids.minor);
  });

  it('renders the list page in both languages, with filters and an empty state', async () => {
    const nl = await t.fetch('/aanbod?soort=gastdocent');
    assert.equal(nl.res.status, 200);
    assert.match(nl.text, /Aanbod gevonden: 1\./);
    assert.match(nl.text, /lang="en">Guest lectures on cybersecurity/);
    assert.match(nl.text, /Voorbeeld \(demo-inhoud\)/);
    const en = await t.fetch('/en/aanbod?zoek=praktijk');
    assert.match(en.text, /1 offer found\./);
    assert.ok(en.text.includes(`href="/en/aanbod/${ids.bijscholing}"`));
    assert.match(en.text, /<mark>praktijk<\/mark>/);
    const none = await t.fetch('/aanbod?zoek=qqqxxxzzz');
    assert.match(none.text, /Geen aanbod gevonden/);
    const bad = await t.fetch('/aanbod?soort=kapper&periodeTot=2020-01-01&periodeVan=2021-01-01');
    assert.match(bad.text, /Deze soort aanbod bestaat niet/);
    assert.match(bad.text, /Het einde van de periode ligt voor het begin/);
  });
});
