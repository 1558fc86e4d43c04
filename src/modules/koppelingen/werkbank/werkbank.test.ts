import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, ne } from 'drizzle-orm';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { eersteOrganisatie, voegVraagstukToe } from '../../../../tests/support/marktplaats.ts';
import { createAccount, getAs, loginAs, type Browserish } from '../../../../tests/support/accounts.ts';
import { aanbod } from '../../aanbod/schema.ts';
import { belangstellingen } from '../../belangstellingen/schema.ts';
import { suggesties, type OpgeslagenSignaal } from '../../matching/schema.ts';
import { onderdelen, organisaties } from '../../organisaties/schema.ts';
import { regios } from '../../taxonomie/schema.ts';
import { vraagstukken } from '../../vraagstukken/schema.ts';
import { koppelingen } from '../schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

/**
 * The werkbank's sections, on rows written straight into the tables (koppelingen and suggesties
 * too), so that this test does not depend on the engine or the koppeling commands.
 */
describe('verbinder werkbank', () => {
  let t: T;
  let regio: string;
  let andereRegio: string;
  let verbinder: Browserish;
  let verbinderElders: Browserish;
  let beheerder: Browserish;
  let docent: Browserish;
  const v: Record<string, string> = {};
  const k: Record<string, string> = {};
  let aanbodX: string;
  let aanbodY: string;
  let aanbodZ: string;
  let lectoraat: string;

  const dagen = (n: number) => new Date(Date.now() - n * 86_400_000);
  const signaal = (naam: string, waarde: number): OpgeslagenSignaal => ({
    signaal: naam,
    waarde,
    gewicht: 0.22,
    bijdrage: waarde * 0.22,
    uitleg: naam === 'regio' ? { sleutel: 'matching.uitleg.regioZelfde', params: { regio: 'Oost' } } : null,
  });

  before(async () => {
    t = await createTestApp();
    const ministerie = await eersteOrganisatie(t.db, 'rijksorganisatie');
    const hogeschool = await eersteOrganisatie(t.db, 'hogeschool');
    regio = ministerie.regio;
    andereRegio = (await t.db.select({ code: regios.code }).from(regios).where(ne(regios.code, regio)).limit(1))[0]!.code;
    const ambtenaar = await createAccount(t.db, t.config, { persoonstype: 'ambtenaar', lidmaatschappen: [{ organisatieId: ministerie.id, rol: 'lid' }] });
    const docentAccount = await createAccount(t.db, t.config, { naam: 'Dirk Docent', persoonstype: 'docent', lidmaatschappen: [{ organisatieId: hogeschool.id, rol: 'lid' }] });
    verbinder = await loginAs(t.db, t.config, (await createAccount(t.db, t.config, { platformrollen: [{ rol: 'verbinder', regioCode: regio }] })).id);
    verbinderElders = await loginAs(t.db, t.config, (await createAccount(t.db, t.config, { platformrollen: [{ rol: 'verbinder', regioCode: andereRegio }] })).id);
    beheerder = await loginAs(t.db, t.config, (await createAccount(t.db, t.config, { platformrollen: [{ rol: 'beheerder' }] })).id);
    docent = await loginAs(t.db, t.config, docentAccount.id);

    const item = async (titelNl: string) =>
      (await t.db.insert(aanbod).values({ soort: 'onderwijs', organisatieId: hogeschool.id, aangemaaktDoor: docentAccount.id, titelNl, beschrijvingNl: 'Een minor.', status: 'gepubliceerd', gepubliceerdOp: new Date() }).returning({ id: aanbod.id }))[0]!.id;
    aanbodX = await item('Minor Data en Overheid');
    aanbodY = await item('Keuzevak Archiefwetenschap');
    aanbodZ = await item('Onderzoekslijn Digitale Identiteit');
    lectoraat = (await t.db.insert(onderdelen).values({ organisatieId: hogeschool.id, soort: 'lectoraat', naam: 'Lectoraat Werkbanktest', slug: 'lectoraat-werkbanktest' }).returning({ id: onderdelen.id }))[0]!.id;

    const vraagstuk = (titelNl: string, extra: Parameters<typeof voegVraagstukToe>[2] = {}) =>
      voegVraagstukToe(t.db, ministerie.id, { aangemaaktDoor: ambtenaar.id, titelNl, regioCode: regio, ...extra });
    // Oldest first in the attention list: A waits longest.
    v.A = await vraagstuk('Vraagstuk zonder alles', { ingediendOp: dagen(30), gepubliceerdOp: dagen(29) });
    v.B = await vraagstuk('Vraagstuk met suggesties maar zonder belangstelling', { ingediendOp: dagen(10) });
    v.C = await vraagstuk('Vraagstuk met suggesties en belangstelling', { ingediendOp: dagen(20) });
    v.D = await vraagstuk('Vraagstuk in een andere regio', { regioCode: andereRegio });
    v.E = await vraagstuk('Concept in de regio', { status: 'concept', gepubliceerdOp: null });
    v.F = await vraagstuk('Vraagstuk met een voorgestelde koppeling');
    v.G = await vraagstuk('Vraagstuk met een verse introductie');
    v.H = await vraagstuk('Vraagstuk met een stilgevallen introductie');
    v.I = await vraagstuk('Vraagstuk met een afgewezen koppeling');

    const sug = (vraagstukId: string, kandidaatSoort: 'aanbod' | 'onderdeel', kandidaatId: string, score: number, rang: number) => ({
      richting: 'vraagstuk' as const,
      vraagstukId,
      kandidaatSoort,
      kandidaatId,
      score,
      rang,
      signalen: [signaal('regio', 1), signaal('thema', score)],
    });
    await t.db.insert(suggesties).values([
      sug(v.B, 'aanbod', aanbodX, 0.81, 1),
      sug(v.B, 'aanbod', aanbodY, 0.42, 2),
      sug(v.B, 'onderdeel', lectoraat, 0.66, 1),
      sug(v.C, 'aanbod', aanbodZ, 0.9, 1),
      sug(v.D, 'aanbod', aanbodX, 0.95, 1),
      sug(v.F, 'aanbod', aanbodY, 0.88, 1),
      sug(v.I, 'aanbod', aanbodX, 0.93, 1),
      sug(v.I, 'aanbod', aanbodZ, 0.71, 2),
    ]);
    await t.db.insert(belangstellingen).values({ vraagstukId: v.C, accountId: docentAccount.id, motivatie: 'Past bij ons.' });

    const koppeling = async (vraagstukId: string, waarden: Partial<typeof koppelingen.$inferInsert>) =>
      (await t.db.insert(koppelingen).values({ vraagstukId, kandidaatSoort: 'aanbod', aanbodId: aanbodX, bron: 'verbinder', ...waarden }).returning({ id: koppelingen.id }))[0]!.id;
    k.F = await koppeling(v.F, { status: 'voorgesteld', score: 0.88, signalen: [signaal('regio', 1)], createdAt: dagen(3), updatedAt: dagen(3) });
    k.G = await koppeling(v.G, { status: 'geintroduceerd', geintroduceerdOp: dagen(2), updatedAt: dagen(1), besluitVraagzijde: 'geaccepteerd', besluitVraagzijdeOp: dagen(1) });
    k.H = await koppeling(v.H, { kandidaatSoort: 'onderdeel', aanbodId: null, onderdeelId: lectoraat, status: 'geintroduceerd', geintroduceerdOp: dagen(20), updatedAt: dagen(20) });
    k.I = await koppeling(v.I, { status: 'afgewezen', besluitAanbodzijde: 'afgewezen', afgeslotenOp: dagen(5) });
    k.D = await koppeling(v.D, { status: 'voorgesteld' });
  });
  after(() => t.close());

  /** The rows of one table on the page, by its caption id. */
  const tabel = (html: string, id: string) => {
    const start = html.indexOf(`id="${id}"`);
    if (start < 0) return '';
    return html.slice(start, html.indexOf('</table>', start));
  };
  const volgorde = (html: string, ...titels: string[]) => titels.map((titel) => html.indexOf(titel));

  it('shows the verbinder their regio in four sections with the right rows', async () => {
    const { res, text } = await t.fetch('/verbinder/werkbank', getAs(verbinder));
    assert.equal(res.status, 200);
    assert.match(text, /<h1[^>]*>Werkbank<\/h1>/);
    assert.ok(text.includes('href="/verbinder/vraagstukken"'), 'links to the review queue');

    const aandacht = tabel(text, 'tabel-aandacht');
    assert.ok(text.includes('Vraagstukken zonder suggesties of belangstelling (5)'), 'A, G, H: no suggestions; B, I: nobody interested (a declined koppeling is not interest)');
    for (const titel of ['Vraagstuk zonder alles', 'Vraagstuk met suggesties maar zonder belangstelling', 'verse introductie', 'stilgevallen introductie', 'afgewezen koppeling']) {
      assert.ok(aandacht.includes(titel), titel);
    }
    for (const titel of ['Vraagstuk met suggesties en belangstelling', 'andere regio', 'Concept in de regio', 'voorgestelde koppeling']) assert.ok(!aandacht.includes(titel), titel);
    const [a, b] = volgorde(aandacht, 'Vraagstuk zonder alles', 'Vraagstuk met suggesties maar zonder belangstelling');
    assert.ok(a! < b!, 'oldest first');
    assert.ok(aandacht.includes(`href="/vraagstukken/${v.A}/suggesties"`));

    const voorgesteld = tabel(text, 'tabel-voorgesteld');
    assert.ok(text.includes('Voorgestelde koppelingen (1)'));
    assert.ok(voorgesteld.includes('Vraagstuk met een voorgestelde koppeling'));
    assert.ok(voorgesteld.includes(`href="/koppelingen/${k.F}/introduceren"`));
    assert.ok(voorgesteld.includes('88% (sterke match)'));
    assert.ok(voorgesteld.includes('<li>Zelfde regio: Oost</li>'), 'the reasons of the snapshot');
    assert.ok(!voorgesteld.includes('andere regio'));

    const nieuw = tabel(text, 'tabel-suggesties');
    const introduceren = (vraagstuk: string, soort: string, kandidaat: string) => `href="/koppelingen/nieuw?vraagstuk=${vraagstuk}&amp;soort=${soort}&amp;kandidaat=${kandidaat}"`;
    assert.ok(text.includes('Nieuwe suggesties (4)'), 'C-Z, B-X, I-Z, B-lectoraat; not B-Y (low), F (live koppeling), I-X (declined), D (other regio)');
    assert.ok(nieuw.includes(introduceren(v.C!, 'aanbod', aanbodZ)), 'interest alone is no koppeling');
    assert.ok(nieuw.includes(introduceren(v.B!, 'aanbod', aanbodX)));
    assert.ok(nieuw.includes(introduceren(v.B!, 'onderdeel', lectoraat)));
    assert.ok(nieuw.includes(introduceren(v.I!, 'aanbod', aanbodZ)));
    assert.ok(!nieuw.includes(aanbodY), 'below the threshold, or the pair has a live koppeling');
    assert.ok(!nieuw.includes(introduceren(v.I!, 'aanbod', aanbodX)), 'a declined pair is not new');
    assert.ok(nieuw.includes('Lectoraat Werkbanktest'));
    assert.ok(nieuw.includes('81% (sterke match)'));
    assert.ok(nieuw.includes('<li>Zelfde regio: Oost</li>'), 'the explanation lines');
    const [eerste, tweede] = volgorde(nieuw, introduceren(v.I!, 'aanbod', aanbodZ), introduceren(v.B!, 'onderdeel', lectoraat));
    assert.ok(eerste! > 0 && eerste! < tweede!, 'best first (0.71 before 0.66)');

    const wachtend = tabel(text, 'tabel-wachtend');
    assert.ok(text.includes('Introducties die op antwoord wachten (1)'));
    assert.ok(wachtend.includes('Vraagstuk met een verse introductie'));
    assert.ok(wachtend.includes('de aanbodzijde') && !wachtend.includes('de vraagzijde'), 'only the aanbod side still has to answer');
    assert.ok(wachtend.includes(`href="/koppelingen/${k.G}"`));

    const stil = tabel(text, 'tabel-stagnerend');
    assert.ok(text.includes('Stilgevallen introducties (1)'));
    assert.ok(stil.includes('Vraagstuk met een stilgevallen introductie'));
    assert.ok(stil.includes('20 dagen'));
    assert.ok(stil.includes('de vraagzijde, de aanbodzijde'));
    assert.ok(!stil.includes('verse introductie'));
  });

  it('counts suggestions and interest per vraagstuk in the attention list', async () => {
    const { text } = await t.fetch('/verbinder/werkbank?sectie=aandacht', getAs(verbinder));
    const aandacht = tabel(text, 'tabel-aandacht');
    const rij = (titel: string) => aandacht.slice(aandacht.indexOf(titel), aandacht.indexOf('</tr>', aandacht.indexOf(titel)));
    assert.match(rij('Vraagstuk met suggesties maar zonder belangstelling'), /<td class="utrecht-table__cell">3<\/td>\s*<td class="utrecht-table__cell">Nee<\/td>/);
    assert.match(rij('Vraagstuk met een verse introductie'), /<td class="utrecht-table__cell">0<\/td>\s*<td class="utrecht-table__cell">Ja<\/td>/);
    assert.match(text, /<h1[^>]*>Vraagstukken zonder suggesties of belangstelling \(5\)<\/h1>/, 'one section on its own');
    assert.ok(!text.includes('tabel-voorgesteld'));
    assert.ok(text.includes('Terug naar de werkbank'));
  });

  it('shows "toon alle" when a section has more rows than fit', async () => {
    const { text } = await t.fetch('/verbinder/werkbank', getAs(verbinder));
    assert.ok(!text.includes('sectie=aandacht'), 'five rows fit');
    const [org] = await t.db.select({ id: organisaties.id }).from(organisaties).where(eq(organisaties.soort, 'rijksorganisatie')).limit(1);
    const extra = await voegVraagstukToe(t.db, org!.id, { titelNl: 'Nog een vraagstuk', regioCode: regio });
    const meer = await t.fetch('/verbinder/werkbank', getAs(verbinder));
    assert.ok(meer.text.includes(`?regio=${regio}&amp;sectie=aandacht`));
    assert.ok(meer.text.includes('Toon alle 6 vraagstukken zonder suggesties of belangstelling'));
    await t.db.delete(vraagstukken).where(eq(vraagstukken.id, extra));
  });

  it('gives a verbinder only their own regio, and a beheerder any regio', async () => {
    const elders = await t.fetch('/verbinder/werkbank', getAs(verbinderElders));
    assert.equal(elders.res.status, 200);
    assert.ok(!elders.text.includes('Vraagstuk zonder alles'), "another regio's vraagstukken are not shown");
    assert.ok(tabel(elders.text, 'tabel-voorgesteld').includes('Vraagstuk in een andere regio'), 'their own regio is');
    assert.equal((await t.app.request(`/verbinder/werkbank?regio=${regio}`, getAs(verbinderElders))).status, 404, 'not their regio');

    const beheer = await t.fetch(`/verbinder/werkbank?regio=${regio}`, getAs(beheerder));
    assert.equal(beheer.res.status, 200);
    assert.ok(beheer.text.includes('Vraagstuk zonder alles'));
    assert.match(beheer.text, /<select[^>]*name="regio"/, 'a beheerder chooses the regio');
    assert.match(beheer.text, new RegExp(`<option value="${regio}" selected="">`));
    assert.equal((await t.app.request('/verbinder/werkbank?regio=bestaat-niet', getAs(beheerder))).status, 404);
    assert.equal((await t.app.request('/verbinder/werkbank?sectie=%3Cscript%3E&page=-4', getAs(beheerder))).status, 200, 'junk parameters are ignored');
  });

  it('refuses people who are not verbinder or beheerder, and sends anonymous visitors to log in', async () => {
    assert.equal((await t.app.request('/verbinder/werkbank', getAs(docent))).status, 403);
    const anoniem = await t.app.request('/verbinder/werkbank');
    assert.equal(anoniem.status, 303);
    assert.match(anoniem.headers.get('location') ?? '', /^\/inloggen\?terug=/);
  });

  it('renders in English', async () => {
    const { res, text } = await t.fetch('/en/verbinder/werkbank', getAs(verbinder));
    assert.equal(res.status, 200);
    assert.ok(text.includes('Stalled introductions (1)'));
    assert.ok(text.includes('20 days'));
    assert.ok(text.includes('href="/en/verbinder/vraagstukken"'));
  });
});
