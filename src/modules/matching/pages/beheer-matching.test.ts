import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, ne } from 'drizzle-orm';
import { createAccount, getAs, loginAs, postForm, type Browserish } from '../../../../tests/support/accounts.ts';
import { eersteOrganisatie, voegVraagstukToe } from '../../../../tests/support/marktplaats.ts';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { aanbod } from '../../aanbod/schema.ts';
import { provincies } from '../../taxonomie/schema.ts';
import { leesConfiguratie, signalen, standaardGewichten, type Gewichten } from '../configuratie.ts';
import { matchingConfiguratie } from '../schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

/** assert.match without printing the whole page when it fails. */
function bevat(text: string, patroon: RegExp, bericht?: string) {
  assert.ok(patroon.test(text), bericht ?? `the page matches ${patroon}`);
}

const alleen = (signaal: keyof Gewichten): Gewichten => ({ ...(Object.fromEntries(signalen.map((s) => [s, 0])) as Gewichten), [signaal]: 1 });
const velden = (g: Gewichten, extra: Record<string, string> = {}) => ({ ...Object.fromEntries(signalen.map((s) => [s, String(g[s])])), stagnatieDagen: '14', ...extra });

describe('/beheer/matching and /algoritme', () => {
  let t: T;
  let beheerder: Browserish;
  let docent: Browserish;
  let vraagstukId: string;

  before(async () => {
    t = await createTestApp();
    const ministerie = await eersteOrganisatie(t.db, 'rijksorganisatie', { type: 'ministerie' });
    const hogeschool = await eersteOrganisatie(t.db, 'hogeschool');
    const [elders] = await t.db.selectDistinct({ code: provincies.regioCode }).from(provincies).where(ne(provincies.regioCode, ministerie.regio)).limit(1);
    beheerder = await loginAs(t.db, t.config, (await createAccount(t.db, t.config, { naam: 'Bea Beheer', platformrollen: [{ rol: 'beheerder' }] })).id);
    docent = await loginAs(t.db, t.config, (await createAccount(t.db, t.config, { persoonstype: 'docent' })).id);
    vraagstukId = await voegVraagstukToe(t.db, ministerie.id, {
      titelNl: 'Toezicht op algoritmes bij de uitvoering',
      vraagNl: 'Hoe houden wij verantwoord toezicht op algoritmes en kunstmatige intelligentie?',
      themaCodes: ['data-en-ai'],
      regioCode: ministerie.regio,
    });
    const voeg = (titelNl: string, beschrijvingNl: string, regioCode: string) =>
      t.db.insert(aanbod).values({ soort: 'onderwijs', organisatieId: hogeschool.id, titelNl, beschrijvingNl, themaCodes: ['data-en-ai'], regioCode, status: 'gepubliceerd', gepubliceerdOp: new Date() });
    // The text favours the first, the regio the second: the preview must show them swap places.
    await voeg('Minor toezicht op algoritmes', 'Verantwoord toezicht op algoritmes en kunstmatige intelligentie bij de uitvoering.', elders!.code);
    await voeg('Datalab', 'Studenten werken met data.', ministerie.regio);
  });
  after(() => t.close());

  it('is for beheerders only', async () => {
    const anoniem = await t.app.request('/beheer/matching');
    assert.equal(anoniem.status, 303);
    bevat(anoniem.headers.get('location') ?? '', /^\/inloggen\?terug=/);
    assert.equal((await t.app.request('/beheer/matching', getAs(docent))).status, 403);
    const { res, text } = await t.fetch('/beheer/matching', getAs(beheerder));
    assert.equal(res.status, 200);
    for (const s of signalen) bevat(text, new RegExp(`name="${s}" value="${standaardGewichten[s]}"`));
    bevat(text, /name="stagnatieDagen" value="14"/);
    bevat(text, /name="versie" value="1"/);
    bevat(text, /<label class="utrecht-form-label" for="gewicht-tekst">Tekstovereenkomst<\/label>/);
    bevat(text, /Toezicht op algoritmes bij de uitvoering/, 'the open vraagstuk is in the select');
    bevat(text, /nog niet gewijzigd/);
  });

  it('re-renders invalid input with an error summary, keeping what was typed', async () => {
    const res = await t.app.request('/beheer/matching', postForm(beheerder, velden(standaardGewichten, { tekst: '1,5', stagnatieDagen: 'twee', actie: 'opslaan', versie: '1' })));
    assert.equal(res.status, 400);
    const text = await res.text();
    bevat(text, /ip-error-summary/);
    bevat(text, /href="#gewicht-tekst"/);
    bevat(text, /href="#stagnatieDagen"/);
    bevat(text, /name="tekst" value="1,5"/);
    assert.equal((await leesConfiguratie(t.db)).versie, 1, 'nothing saved');

    const zonderVraagstuk = await t.app.request('/beheer/matching', postForm(beheerder, velden(standaardGewichten, { actie: 'voorbeeld' })));
    assert.equal(zonderVraagstuk.status, 400);
    bevat(await zonderVraagstuk.text(), /href="#vraagstuk"[^>]*>Kies een vraagstuk/);
    const onbekend = await t.app.request('/beheer/matching', postForm(beheerder, velden(standaardGewichten, { actie: 'voorbeeld', vraagstukId: 'geen-uuid' })));
    assert.equal(onbekend.status, 400);
    bevat(await onbekend.text(), /href="#vraagstukId"/);
  });

  it('previews both rankings side by side with the change in words, and saves nothing', async () => {
    await t.db.update(matchingConfiguratie).set({ gewichten: alleen('tekst') }).where(eq(matchingConfiguratie.id, 1));
    const res = await t.app.request('/beheer/matching', postForm(beheerder, velden(alleen('regio'), { actie: 'voorbeeld', vraagstuk: vraagstukId, soort: 'aanbod', versie: '1' })));
    assert.equal(res.status, 200);
    const text = await res.text();
    bevat(text, /Voorbeeld: Toezicht op algoritmes bij de uitvoering/);
    const rij = (rang: number) => new RegExp(`<th class="utrecht-table__header-cell" scope="row">${rang}</th>(.*?)</tr>`, 's').exec(text)?.[1] ?? '';
    bevat(rij(1), /Minor toezicht op algoritmes.*Datalab.*↑ 1 plaats hoger/s, 'rank 1: text favourite now, regio favourite after');
    bevat(rij(2), /Datalab.*Minor toezicht op algoritmes.*↓ 1 plaats lager/s);
    bevat(text, /name="regio" value="1"/, 'the form keeps the new weights');
    const config = await leesConfiguratie(t.db);
    assert.equal(config.versie, 1);
    assert.deepEqual(config.gewichten, alleen('tekst'));
  });

  it('saves, shows the change in the history, and refuses a stale save with the input kept', async () => {
    await t.db.update(matchingConfiguratie).set({ gewichten: standaardGewichten }).where(eq(matchingConfiguratie.id, 1));
    const nieuw = { ...standaardGewichten, regio: 0.2 };
    const res = await t.app.request('/beheer/matching', postForm(beheerder, velden(nieuw, { actie: 'opslaan', versie: '1', stagnatieDagen: '21' })));
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/beheer/matching');
    const cookie = `${beheerder.cookie}; ${(res.headers.get('set-cookie') ?? '').split(';')[0]}`;
    const { text } = await t.fetch('/beheer/matching', { headers: { cookie } });
    bevat(text, /De gewichten zijn opgeslagen/);
    bevat(text, /Regio: 0,08 → 0,20/);
    bevat(text, /Dagen tot stilstand: 14 → 21/);
    bevat(text, /Bea Beheer/);
    assert.equal((await leesConfiguratie(t.db)).versie, 2);

    const oud = await t.app.request('/beheer/matching', postForm(beheerder, velden({ ...standaardGewichten, tekst: 0.9 }, { actie: 'opslaan', versie: '1' })));
    assert.equal(oud.status, 409);
    const oudText = await oud.text();
    bevat(oudText, /Iemand anders heeft de instellingen intussen gewijzigd/);
    bevat(oudText, /name="tekst" value="0.9"/);
    bevat(oudText, /name="versie" value="2"/, 'saving again overwrites deliberately');
    assert.equal((await leesConfiguratie(t.db)).gewichten.regio, 0.2);
  });

  it('publishes the live weights on /algoritme, without login, in Dutch and English', async () => {
    const { res, text } = await t.fetch('/algoritme');
    assert.equal(res.status, 200);
    for (const kop of ['Algemene informatie', 'Verantwoord gebruik', 'Werking', 'Metadata', 'Menselijke tussenkomst', 'Risicobeheer', 'Impacttoetsen']) bevat(text, new RegExp(kop));
    bevat(text, /<th class="utrecht-table__header-cell" scope="row">Regio<\/th>\s*<td[^>]*>[^<]*<\/td>\s*<td[^>]*>0,20<\/td>\s*<td[^>]*>17,9%<\/td>/);
    bevat(text, /nog niet uitgevoerd/);

    await t.db.update(matchingConfiguratie).set({ gewichten: alleen('thema'), bijgewerktOp: new Date('2027-03-04T10:00:00Z') }).where(eq(matchingConfiguratie.id, 1));
    const daarna = (await t.fetch('/algoritme')).text;
    bevat(daarna, /scope="row">Thema&#39;s<\/th>\s*<td[^>]*>[^<]*<\/td>\s*<td[^>]*>1,00<\/td>\s*<td[^>]*>100,0%<\/td>/);
    bevat(daarna, /laatst gewijzigd op 4 maart 2027/);
    bevat(daarna, /Thema&#39;s 100%/, 'the technical description names the live weights too');

    const en = (await t.fetch('/en/algoritme')).text;
    bevat(en, /<html lang="en"/);
    bevat(en, /Responsible use/);
    bevat(en, /last changed on 4 March 2027/);
    bevat((await t.fetch('/')).text, /href="\/algoritme"/, 'linked from the footer');
  });
});
