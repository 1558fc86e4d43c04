import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { voegVraagstukToe } from '../../../../tests/support/marktplaats.ts';
import { createTestDatabase } from '../../../../tests/support/test-db.ts';
import type { Db } from '../../../db/client.ts';
import { anonymous, type Actor } from '../../../platform/actor.ts';
import { organisaties } from '../../organisaties/schema.ts';
import type { vraagstukken } from '../schema.ts';
import { vraagstukFilterSchema } from './filter.schema.ts';
import { zoekVraagstukken } from './queries.ts';

/** Rows straight into the table: the lists do not depend on the commands of the vraagstukken pages. */
const voegToe = (db: Db, organisatieId: string, v: Partial<typeof vraagstukken.$inferInsert>) => voegVraagstukToe(db, organisatieId, { titelNl: 'Vraagstuk', vraagNl: 'Een vraag.', ...v });

const partner: Actor = {
  kind: 'account',
  accountId: '00000000-0000-4000-8000-000000000001',
  naam: 'Partner',
  email: 'p@example.org',
  persoonstype: 'docent',
  platformrollen: [],
  lidmaatschappen: [{ organisatieId: '00000000-0000-4000-8000-000000000002', rol: 'lid' }],
  via: 'sessie',
  scopes: ['read', 'write'],
  tweedeFactorAan: false,
  tweedeFactorVereist: false,
};

describe('zoekVraagstukken', () => {
  let t: { db: Db; close(): Promise<void> };
  const ids = {} as Record<'onderzoek' | 'ai' | 'engels' | 'partners' | 'concept' | 'gesloten' | 'introductie', string>;
  let org: { id: string; slug: string };
  let org2: { id: string; slug: string };

  before(async () => {
    const database = await createTestDatabase();
    t = { db: database.db, close: () => database.close() };
    [org, org2] = await t.db.select({ id: organisaties.id, slug: organisaties.slug }).from(organisaties).where(eq(organisaties.soort, 'rijksorganisatie')).orderBy(organisaties.slug).limit(2) as [typeof org, typeof org];
    const dag = (n: number) => new Date(Date.UTC(2026, 0, n));
    ids.onderzoek = await voegToe(t.db, org.id, {
      titelNl: 'Onderzoek naar de informatiehuishouding van de inspectie',
      contextNl: 'De inspectie bewaart dossiers in <oude> systemen & wil weten hoe het beter kan.',
      vraagNl: 'Hoe richten wij de archivering in?',
      themaCodes: ['informatiehuishouding'],
      niveaus: ['hbo-bachelor'],
      vroegsteStart: '2026-09-01',
      deadline: '2026-10-01',
      duurWeken: 10,
      gepubliceerdOp: dag(3),
    });
    ids.ai = await voegToe(t.db, org.id, {
      titelNl: 'Kunstmatige intelligentie bij het beoordelen van aanvragen',
      contextNl: 'Wij willen weten of kunstmatige intelligentie helpt.',
      themaCodes: ['data-en-ai'],
      vormCodes: ['afstudeeropdracht'],
      niveaus: ['wo-master'],
      regioCode: 'noord',
      deadline: '2026-03-01',
      gepubliceerdOp: dag(5),
    });
    ids.engels = await voegToe(t.db, org2.id, {
      titelNl: null,
      titelEn: 'Accessibility of government websites',
      vraagNl: null,
      vraagEn: 'How do we test the accessibility of forms?',
      themaCodes: ['digitale-inclusie'],
      status: 'in-gesprek',
      gepubliceerdOp: dag(4),
    });
    ids.partners = await voegToe(t.db, org.id, { titelNl: 'Geheim onderzoek voor partners', vertrouwelijkheid: 'partners', gepubliceerdOp: dag(6) });
    ids.concept = await voegToe(t.db, org.id, { titelNl: 'Concept onderzoek', status: 'concept', gepubliceerdOp: null });
    ids.gesloten = await voegToe(t.db, org.id, { titelNl: 'Afgerond onderzoek', status: 'gesloten', sluitreden: 'afgerond', gepubliceerdOp: dag(1) });
    ids.introductie = await voegToe(t.db, org2.id, {
      titelNl: 'Cybersecurity van sensoren',
      contextNl: 'Sensoren in het veld.',
      vraagNl: 'Welke geheime kwetsbaarheid zit in onze sensoren?',
      vertrouwelijkheid: 'na-introductie',
      gepubliceerdOp: dag(2),
    });
  });
  after(() => t.close());

  const zoek = (query: Record<string, unknown>, actor: Actor = anonymous, locale: 'nl' | 'en' = 'nl') =>
    zoekVraagstukken(t.db, actor, vraagstukFilterSchema.parse(query), locale);
  const idsVan = (r: { items: { id: string }[] }) => r.items.map((i) => i.id);

  it('lists open, visible vraagstukken, newest first, without concepts, partners-only or closed ones', async () => {
    const r = await zoek({});
    assert.deepEqual(idsVan(r), [ids.ai, ids.engels, ids.onderzoek, ids.introductie]);
    assert.equal(r.total, 4);
    assert.deepEqual(idsVan(await zoek({ status: 'alle' })), [ids.ai, ids.engels, ids.onderzoek, ids.introductie, ids.gesloten]);
    assert.ok(idsVan(await zoek({}, partner)).includes(ids.partners), 'partners see partners-only vraagstukken');
    assert.ok(!idsVan(await zoek({ status: 'alle' }, partner)).includes(ids.concept), 'a concept is never listed');
  });

  it("finds by an inflected Dutch word, highlighting it: 'onderzoeken' finds 'onderzoek'", async () => {
    const r = await zoek({ zoek: 'onderzoeken' });
    assert.deepEqual(idsVan(r), [ids.onderzoek]);
    assert.equal(r.bedoeld, null);
    const snippet = r.items[0]!.snippet!;
    assert.match(snippet, /&lt;oude&gt; systemen &amp; wil/, 'the text is escaped');
    assert.doesNotMatch(snippet.replace(/<\/?mark>/g, ''), /[<>]/, 'only <mark> is markup');
  });

  it('highlights the matched words', async () => {
    const r = await zoek({ zoek: 'dossiers' });
    assert.deepEqual(idsVan(r), [ids.onderzoek]);
    assert.match(r.items[0]!.snippet!, /<mark>dossiers<\/mark>/);
  });

  it("finds by a theme synonym: 'AI' finds 'kunstmatige intelligentie'", async () => {
    assert.deepEqual(idsVan(await zoek({ zoek: 'AI' })), [ids.ai]);
  });

  it('corrects a typo and says so', async () => {
    const r = await zoek({ zoek: 'informatiehuishoudng' });
    assert.deepEqual(idsVan(r), [ids.onderzoek]);
    assert.equal(r.bedoeld, 'informatiehuishouding');
  });

  it('finds English text, and prefixes while typing', async () => {
    assert.deepEqual(idsVan(await zoek({ zoek: 'websites' })), [ids.engels]);
    assert.deepEqual(idsVan(await zoek({ zoek: 'informatiehuis' })), [ids.onderzoek]);
  });

  it('never matches or shows the question of a na-introductie vraagstuk in a snippet', async () => {
    const r = await zoek({ zoek: 'sensoren' });
    assert.deepEqual(idsVan(r), [ids.introductie]);
    assert.doesNotMatch(r.items[0]!.snippet!, /kwetsbaarheid/);
    // A word only in the hidden question does not find it: the list would reveal the question.
    assert.deepEqual(idsVan(await zoek({ zoek: 'kwetsbaarheid' })), []);
  });

  it('combines filters', async () => {
    assert.deepEqual(idsVan(await zoek({ thema: ['data-en-ai', 'informatiehuishouding'] })), [ids.ai, ids.onderzoek]);
    assert.deepEqual(idsVan(await zoek({ thema: 'data-en-ai', regio: 'west' })), []);
    assert.deepEqual(idsVan(await zoek({ thema: 'data-en-ai', regio: 'noord', niveau: 'wo-master', vorm: 'afstudeeropdracht' })), [ids.ai]);
    assert.deepEqual(idsVan(await zoek({ organisatie: org2.slug })), [ids.engels, ids.introductie]);
    assert.deepEqual(idsVan(await zoek({ organisatie: org2.id, status: 'in-gesprek' })), [ids.engels]);
    // Window of 'onderzoek': 2026-09-01 .. 2026-10-01 + 10 weeks.
    assert.ok(idsVan(await zoek({ periodeVan: '2026-12-01', periodeTot: '2027-01-01' })).includes(ids.onderzoek));
    assert.ok(!idsVan(await zoek({ periodeVan: '2027-01-01', periodeTot: '2027-02-01' })).includes(ids.onderzoek));
    assert.ok(!idsVan(await zoek({ periodeVan: '2026-01-01', periodeTot: '2026-08-01' })).includes(ids.onderzoek));
  });

  it('sorts by deadline and pages with a total', async () => {
    assert.deepEqual(idsVan(await zoek({ sort: 'deadline' })).slice(0, 2), [ids.ai, ids.onderzoek]);
    const p1 = await zoek({ pageSize: 3 });
    const p2 = await zoek({ pageSize: 3, page: 2 });
    assert.equal(p1.items.length, 3);
    assert.equal(p2.items.length, 1);
    assert.equal(p2.total, 4);
  });
});
