import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { getAs, loginAs, postForm, type Browserish } from '../../../../tests/support/accounts.ts';
import { koppelingFixtures, type Fixtures } from '../test-fixtures.ts';
import { suggesties } from '../../matching/schema.ts';
import { koppelingen } from '../schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe('koppeling pages', () => {
  let t: T;
  let f: Fixtures;
  const who: Record<string, Browserish> = {};
  let id: string;

  before(async () => {
    t = await createTestApp();
    f = await koppelingFixtures(t);
    for (const [naam, accountId] of Object.entries(f.ids)) who[naam] = await loginAs(t.db, t.config, accountId);
  });
  after(() => t.close());

  const nieuw = (kandidaat = f.minor, soort = 'aanbod', vraagstuk = f.vraagstuk) => `/koppelingen/nieuw?${new URLSearchParams({ vraagstuk, soort, kandidaat })}`;
  const rij = async (koppelingId: string) => (await t.db.select().from(koppelingen).where(eq(koppelingen.id, koppelingId)))[0]!;

  it('shows the propose form with both parties and the choice for a verbinder; refuses others', async () => {
    const { res, text } = await t.fetch(nieuw(), getAs(who.verbinder!));
    assert.equal(res.status, 200);
    assert.ok(text.includes('Chatberichten archiveren'));
    assert.ok(text.includes(`href="/aanbod/${f.minor}"`));
    assert.match(text, /value="introduceren" checked=""/, 'direct introduction is the default');
    assert.ok(text.includes('Voorstellen ter beoordeling'));
    assert.ok(text.includes('zonder suggestie van het platform'), 'no stored suggestion: says there is no explanation');
    assert.ok(text.includes('name="_csrf"'));
    const en = await t.fetch(`/en${nieuw()}`, getAs(who.verbinder!));
    assert.equal(en.res.status, 200);
    assert.ok(en.text.includes('Propose a koppeling'));

    const docent = await t.fetch(nieuw(), getAs(who.docent!));
    assert.equal(docent.res.status, 200, 'the owner of the aanbod proposes it');
    assert.ok(!docent.text.includes('name="keuze"'), 'a side does not choose: its proposal is an introduction');
    assert.equal((await t.app.request(nieuw(), getAs(who.vreemde!))).status, 403, 'neither a side nor the verbinder');
    assert.equal((await t.app.request(nieuw(f.conceptAanbod), getAs(who.docent!))).status, 404, 'concept aanbod is no candidate');
    assert.equal((await t.app.request(nieuw(f.minor, 'aanbod', f.concept), getAs(who.docent!))).status, 404, 'a concept vraagstuk does not exist for others');
    assert.equal((await t.app.request(nieuw('niet-een-uuid'), getAs(who.verbinder!))).status, 404);
    assert.equal((await t.app.request('/koppelingen/nieuw', getAs(who.verbinder!))).status, 404);
    assert.equal((await t.app.request(nieuw())).status, 303, 'anonymous visitors log in first');
  });

  it('refuses bad input, keeps it, and writes nothing; then introduces', async () => {
    const velden = { vraagstukId: f.vraagstuk, kandidaatSoort: 'aanbod', kandidaatId: f.minor };
    const leeg = await t.fetch('/koppelingen/nieuw', postForm(who.verbinder!, { ...velden, keuze: 'introduceren', toelichting: '' }));
    assert.equal(leeg.res.status, 400);
    assert.ok(leeg.text.includes('href="#koppeling-toelichting"'));
    assert.ok(leeg.text.includes('Schrijf een toelichting voor beide partijen'));
    assert.match(leeg.text, /value="introduceren" checked=""/, 'the choice is kept');
    const lang = await t.fetch('/koppelingen/nieuw', postForm(who.verbinder!, { ...velden, keuze: 'voorstellen', toelichting: 'x'.repeat(2001) }));
    assert.equal(lang.res.status, 400);
    assert.ok(lang.text.includes('hooguit 2000 tekens'));
    assert.match(lang.text, /value="voorstellen" checked=""/);
    const geenKeuze = await t.fetch('/koppelingen/nieuw', postForm(who.verbinder!, { ...velden, toelichting: 'Goed idee.' }));
    assert.equal(geenKeuze.res.status, 400);
    assert.ok(geenKeuze.text.includes('href="#koppeling-keuze-0"'));
    assert.ok(geenKeuze.text.includes('Goed idee.'), 'the message is kept');
    assert.equal(await t.db.$count(koppelingen), 0, 'nothing stored');

    const ok = await t.app.request('/koppelingen/nieuw', postForm(who.verbinder!, { ...velden, keuze: 'introduceren', toelichting: 'Uw minor zoekt zo een casus.\n\nStart in februari.' }));
    assert.equal(ok.status, 303);
    const [row] = await t.db.select().from(koppelingen);
    id = row!.id;
    assert.equal(ok.headers.get('location'), `/koppelingen/${id}`);
    assert.equal(row!.status, 'geintroduceerd');
    const nogmaals = await t.fetch(nieuw(), getAs(who.verbinder!));
    assert.ok(nogmaals.text.includes('Er is al een lopende of geaccepteerde koppeling'));
    assert.ok(nogmaals.text.includes(`href="/koppelingen/${id}"`));
    assert.equal((await t.app.request('/koppelingen/nieuw', postForm(who.verbinder!, { ...velden, keuze: 'introduceren', toelichting: 'Nog eens' }))).status, 409);
  });

  it('shows the koppeling to both sides and the verbinder, with what each may do; 404 for others', async () => {
    const docent = await t.fetch(`/koppelingen/${id}`, getAs(who.docent!));
    assert.equal(docent.res.status, 200);
    assert.ok(docent.text.includes('Geïntroduceerd'));
    assert.ok(docent.text.includes('Wacht op uw besluit.'));
    assert.ok(docent.text.includes('Start in februari.'));
    assert.ok(docent.text.includes(`/koppelingen/${id}/accepteren`));
    assert.ok(docent.text.includes(`/koppelingen/${id}/afwijzen`));
    assert.ok(!docent.text.includes(`/koppelingen/${id}/introduceren`));
    assert.ok(!docent.text.includes(`/koppelingen/${id}/intrekken`));
    assert.ok(docent.text.includes('<th class="utrecht-table__header-cell" scope="row">'), 'the decisions table has row headers');
    const verbinder = await t.fetch(`/koppelingen/${id}`, getAs(who.verbinder!));
    assert.ok(verbinder.text.includes(`/koppelingen/${id}/intrekken`));
    assert.ok(!verbinder.text.includes(`/koppelingen/${id}/accepteren`), 'a verbinder is no side');
    assert.equal((await t.app.request(`/koppelingen/${id}`, getAs(who.vreemde!))).status, 404);
    assert.equal((await t.app.request(`/koppelingen/${id}/accepteren`, getAs(who.vreemde!))).status, 404);
    assert.equal((await t.app.request(`/koppelingen/${id}/accepteren`, getAs(who.verbinder!))).status, 403);
    assert.equal((await t.app.request('/koppelingen/00000000-0000-4000-8000-000000000000', getAs(who.docent!))).status, 404);
    const en = await t.fetch(`/en/koppelingen/${id}`, getAs(who.docent!));
    assert.ok(en.text.includes('Waiting for your decision.'));
  });

  it('lists my koppelingen with the ones waiting for me first, and the koppelingen of a vraagstuk', async () => {
    const mijn = await t.fetch('/account/koppelingen', getAs(who.docent!));
    assert.equal(mijn.res.status, 200);
    assert.ok(mijn.text.includes('Wacht op uw besluit (1)'));
    assert.ok(mijn.text.includes(`href="/koppelingen/${id}"`));
    const leeg = await t.fetch('/account/koppelingen', getAs(who.vreemde!));
    assert.ok(leeg.text.includes('U heeft nog geen koppelingen.'));
    const voor = await t.fetch(`/vraagstukken/${f.vraagstuk}/koppelingen`, getAs(who.ambtenaar!));
    assert.equal(voor.res.status, 200);
    assert.ok(voor.text.includes('Minor Informatiebeheer'));
    assert.equal((await t.app.request(`/vraagstukken/${f.vraagstuk}/koppelingen`, getAs(who.verbinder!))).status, 200);
    assert.equal((await t.app.request(`/vraagstukken/${f.vraagstuk}/koppelingen`, getAs(who.docent!))).status, 404, 'not an owner');
    assert.equal((await t.app.request(`/vraagstukken/${f.concept}/koppelingen`, getAs(who.vreemde!))).status, 404);
  });

  it('decides with the confirm forms: a reason is required to decline, a stale form writes nothing, both accept', async () => {
    const form = await t.fetch(`/koppelingen/${id}/afwijzen`, getAs(who.docent!));
    assert.equal(form.res.status, 200);
    assert.ok(form.text.includes('name="versie" value="1"'), 'the form carries the version it shows');
    const zonderReden = await t.fetch(`/koppelingen/${id}/afwijzen`, postForm(who.docent!, { versie: '1', reden: '' }));
    assert.equal(zonderReden.res.status, 400);
    assert.ok(zonderReden.text.includes('href="#actie-reden"'));
    assert.ok(zonderReden.text.includes('Geef een reden op.'));
    await t.db.update(koppelingen).set({ versie: 2 }).where(eq(koppelingen.id, id));
    const oud = await t.fetch(`/koppelingen/${id}/accepteren`, postForm(who.docent!, { versie: '1', reden: 'Graag!' }));
    assert.equal(oud.res.status, 409);
    assert.ok(oud.text.includes('Iemand anders heeft deze koppeling intussen gewijzigd'));
    assert.ok(oud.text.includes('Graag!'), 'the text is kept');
    assert.equal((await rij(id)).besluitAanbodzijde, null);

    const ja = await t.app.request(`/koppelingen/${id}/accepteren`, postForm(who.docent!, { versie: '2', reden: 'Graag!' }));
    assert.equal(ja.status, 303);
    assert.equal(ja.headers.get('location'), `/koppelingen/${id}`);
    const weer = await t.fetch(`/koppelingen/${id}/accepteren`, getAs(who.docent!));
    assert.ok(weer.text.includes('Dit kan niet meer'), 'the aanbodzijde decided');
    assert.equal((await t.app.request(`/koppelingen/${id}/accepteren`, postForm(who.ambtenaar!, { versie: '3' }))).status, 303);
    const klaar = await t.fetch(`/koppelingen/${id}`, getAs(who.ambtenaar!));
    assert.ok(klaar.text.includes('Beide partijen hebben de koppeling geaccepteerd.'));
    assert.ok(klaar.text.includes('Concept-samenwerking vastgelegd op'));
    assert.ok(klaar.text.includes('Semester 2, 2026-2027'));
    assert.ok(klaar.text.includes('Dirk Docent'));
    assert.ok(klaar.text.includes('Door beide partijen geaccepteerd'), 'the history');
  });

  it('lets the verbinder introduce a proposal and withdraw another; the explanation comes from the stored suggestion', async () => {
    await t.db.insert(suggesties).values({
      richting: 'vraagstuk',
      vraagstukId: f.vraagstuk,
      kandidaatSoort: 'onderdeel',
      kandidaatId: f.lectoraat,
      score: 0.64,
      rang: 1,
      signalen: [
        { signaal: 'thema', waarde: 1, gewicht: 0.22, bijdrage: 0.4, uitleg: { sleutel: 'matching.uitleg.thema', params: { 'themas.nl': 'Informatiehuishouding', 'themas.en': 'Information management' } } },
        { signaal: 'regio', waarde: 0, gewicht: 0.08, bijdrage: 0, uitleg: null },
      ],
    });
    const form = await t.fetch(nieuw(f.lectoraat, 'onderdeel'), getAs(who.verbinder!));
    assert.ok(form.text.includes('64% (goede match)'), 'the score in words');
    assert.ok(form.text.includes('Gemeenschappelijke thema&#39;s: Informatiehuishouding') || form.text.includes("Gemeenschappelijke thema's: Informatiehuishouding"));
    assert.ok(form.text.includes('Volledige scoreopbouw'), 'the breakdown for the verbinder');
    const velden = { vraagstukId: f.vraagstuk, kandidaatSoort: 'onderdeel', kandidaatId: f.lectoraat, keuze: 'voorstellen', toelichting: '' };
    assert.equal((await t.app.request('/koppelingen/nieuw', postForm(who.verbinder!, velden))).status, 303);
    const [k] = await t.db.select().from(koppelingen).where(eq(koppelingen.onderdeelId, f.lectoraat));
    const intro = await t.fetch(`/koppelingen/${k!.id}/introduceren`, getAs(who.verbinder!));
    assert.equal(intro.res.status, 200);
    assert.ok(intro.text.includes('name="toelichting"'));
    const leeg = await t.fetch(`/koppelingen/${k!.id}/introduceren`, postForm(who.verbinder!, { versie: '1', toelichting: '' }));
    assert.equal(leeg.res.status, 400, 'an introduction needs a message');
    assert.equal((await t.app.request(`/koppelingen/${k!.id}/introduceren`, postForm(who.verbinder!, { versie: '1', toelichting: 'Graag kennismaken.' }))).status, 303);
    assert.equal((await rij(k!.id)).status, 'geintroduceerd');
    assert.equal((await t.app.request(`/koppelingen/${k!.id}/intrekken`, postForm(who.verbinder!, {}))).status, 409, 'without the version nothing happens');
    assert.equal((await t.app.request(`/koppelingen/${k!.id}/intrekken`, postForm(who.verbinder!, { versie: '2', reden: 'Toch niet.' }))).status, 303);
    const na = await t.fetch(`/koppelingen/${k!.id}`, getAs(who.lector!));
    assert.ok(na.text.includes('Ingetrokken'));
    assert.ok(na.text.includes('Toch niet.'));
    assert.equal(k!.score, 0.64, 'the snapshot');
    assert.ok(!na.text.includes('Volledige scoreopbouw'), 'the aanbodzijde sees the reasons, not the breakdown');
    const en = await t.fetch(`/en/koppelingen/${k!.id}`, getAs(who.verbinder!));
    assert.ok(en.text.includes('Information management'), 'the explanation in English');
    assert.ok(en.text.includes('Full score breakdown'));
  });
});
