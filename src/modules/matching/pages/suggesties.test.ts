import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq, ne } from 'drizzle-orm';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { eersteOrganisatie, voegVraagstukToe } from '../../../../tests/support/marktplaats.ts';
import { createAccount, getAs, loginAs, postForm, type Browserish } from '../../../../tests/support/accounts.ts';
import { aanbod } from '../../aanbod/schema.ts';
import { koppelingen } from '../../koppelingen/schema.ts';
import { regios } from '../../taxonomie/schema.ts';
import { suggesties } from '../schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

/**
 * The suggestion pages on the real engine: a vraagstuk and an aanbod item about the same thing
 * (text, themes, form, level) must find each other; who may see the lists, and what they can do.
 */
describe('suggestion pages', () => {
  let t: T;
  let eigenaar: Browserish;
  let verbinder: Browserish;
  let verbinderElders: Browserish;
  let beheerder: Browserish;
  let docent: Browserish;
  let vreemde: Browserish;
  let vraagstuk: string;
  let concept: string;
  let minor: string;
  let conceptAanbod: string;
  let ministerieId: string;
  let regio: string;
  let eigenaarId: string;
  let tekstVraagstuk: Parameters<typeof voegVraagstukToe>[2];

  before(async () => {
    t = await createTestApp();
    const ministerie = await eersteOrganisatie(t.db, 'rijksorganisatie');
    const hogeschool = await eersteOrganisatie(t.db, 'hogeschool');
    const andereRegio = (await t.db.select({ code: regios.code }).from(regios).where(ne(regios.code, ministerie.regio)).limit(1))[0]!.code;
    const ambtenaar = await createAccount(t.db, t.config, { naam: 'Olga Eigenaar', persoonstype: 'ambtenaar', lidmaatschappen: [{ organisatieId: ministerie.id, rol: 'lid' }] });
    const docentAccount = await createAccount(t.db, t.config, { naam: 'Dirk Docent', persoonstype: 'docent', lidmaatschappen: [{ organisatieId: hogeschool.id, rol: 'lid' }] });
    eigenaar = await loginAs(t.db, t.config, ambtenaar.id);
    docent = await loginAs(t.db, t.config, docentAccount.id);
    vreemde = await loginAs(t.db, t.config, (await createAccount(t.db, t.config, { persoonstype: 'student' })).id);
    verbinder = await loginAs(t.db, t.config, (await createAccount(t.db, t.config, { platformrollen: [{ rol: 'verbinder', regioCode: ministerie.regio }] })).id);
    verbinderElders = await loginAs(t.db, t.config, (await createAccount(t.db, t.config, { platformrollen: [{ rol: 'verbinder', regioCode: andereRegio }] })).id);
    beheerder = await loginAs(t.db, t.config, (await createAccount(t.db, t.config, { platformrollen: [{ rol: 'beheerder' }] })).id);

    ministerieId = ministerie.id;
    regio = ministerie.regio;
    eigenaarId = ambtenaar.id;
    const tekst = {
      titelNl: 'Archivering van e-mail bij de rijksoverheid',
      contextNl: 'Ministeries bewaren e-mail van topfunctionarissen volgens het Capstone-principe.',
      vraagNl: 'Hoe kunnen wij e-mailarchivering en informatiehuishouding met metadata en machine learning verbeteren?',
    };
    tekstVraagstuk = { ...tekst, themaCodes: ['informatiehuishouding', 'data-en-ai'], vormCodes: ['onderwijsmodule'], niveaus: ['hbo-bachelor'] };
    vraagstuk = await voegVraagstukToe(t.db, ministerie.id, {
      ...tekst,
      aangemaaktDoor: ambtenaar.id,
      regioCode: ministerie.regio,
      themaCodes: ['informatiehuishouding', 'data-en-ai'],
      vormCodes: ['onderwijsmodule', 'praktijkopdracht'],
      niveaus: ['hbo-bachelor'],
    });
    concept = await voegVraagstukToe(t.db, ministerie.id, { titelNl: 'Nog een concept', aangemaaktDoor: ambtenaar.id, regioCode: ministerie.regio, status: 'concept', gepubliceerdOp: null });
    const item = async (titelNl: string, status: 'gepubliceerd' | 'concept') =>
      (
        await t.db
          .insert(aanbod)
          .values({
            soort: 'onderwijs',
            organisatieId: hogeschool.id,
            aangemaaktDoor: docentAccount.id,
            titelNl,
            beschrijvingNl: 'Studenten onderzoeken e-mailarchivering, informatiehuishouding en metadata met machine learning voor ministeries.',
            themaCodes: ['informatiehuishouding', 'data-en-ai'],
            vormCodes: ['onderwijsmodule'],
            niveaus: ['hbo-bachelor'],
            status,
            gepubliceerdOp: status === 'gepubliceerd' ? new Date() : null,
          })
          .returning({ id: aanbod.id })
      )[0]!.id;
    minor = await item('Minor Informatiehuishouding en e-mailarchivering', 'gepubliceerd');
    conceptAanbod = await item('Minor in voorbereiding', 'concept');
  });
  after(() => t.close());

  const pagina = (id: string) => `/vraagstukken/${id}/suggesties`;

  it('shows the owner the ranked aanbod with reasons, breakdown and a "Voorstellen" link', async () => {
    const { res, text } = await t.fetch(pagina(vraagstuk), getAs(eigenaar));
    assert.equal(res.status, 200);
    assert.ok(text.includes('Minor Informatiehuishouding en e-mailarchivering'), 'the matching aanbod is suggested');
    assert.ok(text.includes(`href="/aanbod/${minor}"`));
    assert.match(text, /\d+% \((sterke|goede|redelijke|zwakke) match\)/, 'a percentage with words');
    assert.ok(text.includes('Volledige scoreopbouw'));
    assert.match(text, /<th class="utrecht-table__header-cell" scope="col">Bijdrage<\/th>/);
    assert.ok(text.includes("Gemeenschappelijke thema&#39;s") || text.includes("Gemeenschappelijke thema's"), 'an explanation line');
    assert.ok(text.includes(`href="/koppelingen/nieuw?vraagstuk=${vraagstuk}&amp;soort=aanbod&amp;kandidaat=${minor}"`));
    assert.ok(text.includes('>Voorstellen<'));
    assert.ok(!text.includes('>Introduceren<'));
    assert.ok(text.includes('Berekend op'));
    assert.ok(text.includes(`action="/vraagstukken/${vraagstuk}/suggesties/herberekenen"`));
    assert.ok(text.includes('aria-current="page"'), 'the current tab is marked');
    assert.ok(!text.includes('Minor in voorbereiding'), 'a concept is never suggested');
  });

  it('gives the verbinder of the regio and a beheerder "Introduceren"; others get 404', async () => {
    for (const who of [verbinder, beheerder]) {
      const { res, text } = await t.fetch(pagina(vraagstuk), getAs(who));
      assert.equal(res.status, 200);
      assert.ok(text.includes('>Introduceren<'));
    }
    for (const who of [verbinderElders, docent, vreemde]) assert.equal((await t.app.request(pagina(vraagstuk), getAs(who))).status, 404);
    assert.equal((await t.app.request('/vraagstukken/geen-uuid/suggesties', getAs(beheerder))).status, 404);
    const anoniem = await t.app.request(pagina(vraagstuk));
    assert.equal(anoniem.status, 303);
    assert.match(anoniem.headers.get('location') ?? '', /^\/inloggen\?terug=/);
  });

  it('shows the tabs for onderdelen and personen, with an explained empty state', async () => {
    const { res, text } = await t.fetch(`${pagina(vraagstuk)}?soort=persoon`, getAs(eigenaar));
    assert.equal(res.status, 200);
    assert.ok(text.includes('Passende personen'));
    assert.match(text, /Personen \(\d+\)/);
    const junk = await t.fetch(`${pagina(vraagstuk)}?soort=%3Cscript%3E`, getAs(eigenaar));
    assert.equal(junk.res.status, 200, 'an unknown kind shows aanbod');
    assert.ok(junk.text.includes('Passend aanbod'));
    const ingediend = await voegVraagstukToe(t.db, ministerieId, { ...tekstVraagstuk, aangemaaktDoor: eigenaarId, regioCode: regio, status: 'ingediend', gepubliceerdOp: null, ingediendOp: new Date() });
    const review = await t.fetch(pagina(ingediend), getAs(verbinder));
    assert.equal(review.res.status, 200);
    assert.ok(review.text.includes('Minor Informatiehuishouding en e-mailarchivering'), 'suggestions help the review');
    assert.ok(review.text.includes('nog niet gepubliceerd'));
    assert.ok(!review.text.includes('>Introduceren<'), 'no koppeling before publication');
    const leeg = await t.fetch(pagina(concept), getAs(eigenaar));
    assert.equal(leeg.res.status, 200);
    assert.ok(leeg.text.includes('Voor dit vraagstuk worden (nog) geen suggesties gemaakt.'));
    assert.ok(!leeg.text.includes('/herberekenen'), 'nothing to recompute for a concept');
  });

  it('shows a live koppeling instead of the action', async () => {
    const [k] = await t.db.insert(koppelingen).values({ vraagstukId: vraagstuk, kandidaatSoort: 'aanbod', aanbodId: minor, bron: 'vraagzijde', status: 'geintroduceerd' }).returning({ id: koppelingen.id });
    try {
      const { text } = await t.fetch(pagina(vraagstuk), getAs(eigenaar));
      assert.ok(text.includes('Er is al een koppeling (geïntroduceerd).'));
      assert.ok(text.includes(`href="/koppelingen/${k!.id}"`));
      assert.ok(!text.includes(`kandidaat=${minor}"`));
    } finally {
      await t.db.delete(koppelingen).where(eq(koppelingen.id, k!.id));
    }
  });

  it('recomputes on request, for those who may see the list only', async () => {
    await t.db.delete(suggesties).where(eq(suggesties.vraagstukId, vraagstuk));
    const res = await t.app.request(`${pagina(vraagstuk)}/herberekenen`, postForm(eigenaar, { soort: 'onderdeel' }));
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), `${pagina(vraagstuk)}?soort=onderdeel`);
    assert.match(res.headers.get('set-cookie') ?? '', /ip_melding=werkbank\.suggesties\.herberekend/);
    const opgeslagen = await t.db.select({ id: suggesties.kandidaatId }).from(suggesties).where(and(eq(suggesties.vraagstukId, vraagstuk), eq(suggesties.richting, 'vraagstuk')));
    assert.ok(opgeslagen.some((s) => s.id === minor), 'stored again');
    assert.equal((await t.app.request(`${pagina(vraagstuk)}/herberekenen`, postForm(vreemde, {}))).status, 404);
    assert.equal((await t.app.request(`${pagina(vraagstuk)}/herberekenen`, postForm(eigenaar, { _csrf: 'fout' }))).status, 403, 'the CSRF check applies');
  });

  it('lists the vraagstukken that fit an aanbod item for its editor and verbinders', async () => {
    const url = `/aanbod/${minor}/suggesties`;
    const { res, text } = await t.fetch(url, getAs(docent));
    assert.equal(res.status, 200);
    assert.ok(text.includes('Archivering van e-mail bij de rijksoverheid'));
    assert.ok(text.includes(`href="/vraagstukken/${vraagstuk}"`));
    assert.ok(text.includes(`href="/koppelingen/nieuw?vraagstuk=${vraagstuk}&amp;soort=aanbod&amp;kandidaat=${minor}"`));
    assert.ok(text.includes('>Voorstellen<'));
    const v = await t.fetch(url, getAs(verbinder));
    assert.equal(v.res.status, 200);
    assert.ok(v.text.includes('>Introduceren<'), 'the verbinder of the vraagstuk’s regio introduces');
    const e = await t.fetch(url, getAs(verbinderElders));
    assert.equal(e.res.status, 200, 'any verbinder may look');
    assert.ok(!e.text.includes('>Introduceren<') && !e.text.includes('>Voorstellen<'), 'but only acts in their own regio');
    for (const who of [eigenaar, vreemde]) assert.equal((await t.app.request(url, getAs(who))).status, 404);
    assert.equal((await t.app.request(`/aanbod/${conceptAanbod}/suggesties`, getAs(verbinder))).status, 404, 'a verbinder cannot see a concept');
    const concept = await t.fetch(`/aanbod/${conceptAanbod}/suggesties`, getAs(docent));
    assert.equal(concept.res.status, 200);
    assert.ok(concept.text.includes('Dit aanbod is niet gepubliceerd.'));
    const post = await t.app.request(`${url}/herberekenen`, postForm(docent, {}));
    assert.equal(post.status, 303);
    assert.equal(post.headers.get('location'), url);
    assert.equal((await t.app.request(`${url}/herberekenen`, postForm(vreemde, {}))).status, 404);
  });

  it('shows a docent the vraagstukken that fit their aanbod, or how to offer something', async () => {
    const { res, text } = await t.fetch('/account/passende-vraagstukken', getAs(docent));
    assert.equal(res.status, 200);
    assert.ok(text.includes('Minor Informatiehuishouding en e-mailarchivering'));
    assert.ok(text.includes('Archivering van e-mail bij de rijksoverheid'));
    assert.ok(text.includes(`href="/aanbod/${minor}/suggesties"`));
    assert.ok(!text.includes('Minor in voorbereiding'), 'only published aanbod');
    const leeg = await t.fetch('/account/passende-vraagstukken', getAs(vreemde));
    assert.equal(leeg.res.status, 200);
    assert.ok(leeg.text.includes('U heeft geen gepubliceerd aanbod.'));
    assert.ok(leeg.text.includes('href="/aanbod/nieuw"'));
  });

  it('links to the pages from the vraagstuk, the aanbod item and the account', async () => {
    const detail = await t.fetch(`/vraagstukken/${vraagstuk}`, getAs(eigenaar));
    assert.ok(detail.text.includes(`href="/vraagstukken/${vraagstuk}/suggesties"`));
    const publiek = await t.fetch(`/vraagstukken/${vraagstuk}`, getAs(vreemde));
    assert.ok(!publiek.text.includes('/suggesties'));
    const item = await t.fetch(`/aanbod/${minor}`, getAs(docent));
    assert.ok(item.text.includes(`href="/aanbod/${minor}/suggesties"`));
    const account = await t.fetch('/account', getAs(docent));
    assert.ok(account.text.includes('href="/account/passende-vraagstukken"'));
    assert.ok(account.text.includes('href="/account/koppelingen"'));
    assert.ok(!account.text.includes('/verbinder/werkbank'));
    assert.ok((await t.fetch('/account', getAs(verbinder))).text.includes('href="/verbinder/werkbank"'));
  });

  it('renders in English', async () => {
    const { res, text } = await t.fetch(`/en${pagina(vraagstuk)}`, getAs(verbinder));
    assert.equal(res.status, 200);
    assert.ok(text.includes('Full score breakdown'));
    assert.ok(text.includes('>Introduce<'));
    assert.ok(text.includes(`href="/en/aanbod/${minor}"`));
    const passend = await t.fetch('/en/account/passende-vraagstukken', getAs(docent));
    assert.ok(passend.text.includes('Vraagstukken that fit your aanbod'));
  });
});
