import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, count, eq, ne } from 'drizzle-orm';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { eersteOrganisatie, voegVraagstukToe } from '../../../../tests/support/marktplaats.ts';
import { createAccount, getAs, loginAs, postForm, type Browserish } from '../../../../tests/support/accounts.ts';
import { loadAccountActor } from '../../accounts/actor-loader.ts';
import { aanbod } from '../../aanbod/schema.ts';
import { auditLog } from '../../audit/index.ts';
import { organisaties } from '../../organisaties/schema.ts';
import { laadVraagstukKern, maySeeDetails } from '../../vraagstukken/index.ts';
import { vraagstukken } from '../../vraagstukken/schema.ts';
import { belangstellingen } from '../schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe('belangstelling pages', () => {
  let t: T;
  let ids: { docent: string; eigenaar: string };
  let docent: Browserish;
  let eigenaar: Browserish;
  let vreemde: Browserish;
  let verbinder: Browserish;
  let geheim: string; // a published na-introductie vraagstuk
  let open: string; // a published public vraagstuk
  let concept: string;
  let eigenAanbod: string;
  let anderAanbod: string;
  let belangstellingId: string;

  before(async () => {
    t = await createTestApp();
    const ministerie = await eersteOrganisatie(t.db, 'rijksorganisatie');
    const hogescholen = await t.db.select({ id: organisaties.id }).from(organisaties).where(eq(organisaties.soort, 'hogeschool')).orderBy(organisaties.slug).limit(2);
    const eigenaarAccount = await createAccount(t.db, t.config, { naam: 'Olga Eigenaar', persoonstype: 'ambtenaar', lidmaatschappen: [{ organisatieId: ministerie.id, rol: 'lid' }] });
    const docentAccount = await createAccount(t.db, t.config, { naam: 'Dirk Docent', email: 'dirk.docent@example.org', persoonstype: 'docent', lidmaatschappen: [{ organisatieId: hogescholen[0]!.id, rol: 'lid' }] });
    const vreemdeAccount = await createAccount(t.db, t.config, { naam: 'Vera Vreemd', persoonstype: 'docent', lidmaatschappen: [{ organisatieId: hogescholen[1]!.id, rol: 'lid' }] });
    const verbinderAccount = await createAccount(t.db, t.config, { platformrollen: [{ rol: 'verbinder', regioCode: ministerie.regio }] });
    ids = { docent: docentAccount.id, eigenaar: eigenaarAccount.id };
    docent = await loginAs(t.db, t.config, docentAccount.id);
    eigenaar = await loginAs(t.db, t.config, eigenaarAccount.id);
    vreemde = await loginAs(t.db, t.config, vreemdeAccount.id);
    verbinder = await loginAs(t.db, t.config, verbinderAccount.id);

    const vraagstuk = (titelNl: string, extra: Partial<typeof vraagstukken.$inferInsert>) =>
      voegVraagstukToe(t.db, ministerie.id, { aangemaaktDoor: eigenaarAccount.id, titelNl, vraagNl: 'Hoe dan?', regioCode: ministerie.regio, ...extra });
    geheim = await vraagstuk('Datagedreven handhaving', { vertrouwelijkheid: 'na-introductie' });
    open = await vraagstuk('Toegankelijke formulieren', {});
    concept = await vraagstuk('Nog niet klaar', { status: 'concept', gepubliceerdOp: null });
    const item = (titelNl: string, door: string, organisatieId: string) =>
      t.db
        .insert(aanbod)
        .values({ soort: 'onderwijs', organisatieId, aangemaaktDoor: door, titelNl, beschrijvingNl: 'Een minor.', status: 'gepubliceerd', gepubliceerdOp: new Date() })
        .returning({ id: aanbod.id })
        .then((r) => r[0]!.id);
    eigenAanbod = await item('Minor Data en Overheid', docentAccount.id, hogescholen[0]!.id);
    anderAanbod = await item('Minor van een ander', vreemdeAccount.id, hogescholen[1]!.id);
  });
  after(() => t.close());

  const aantal = async (vraagstukId: string) => (await t.db.select({ n: count() }).from(belangstellingen).where(eq(belangstellingen.vraagstukId, vraagstukId)))[0]!.n;
  const rij = async (id: string) => (await t.db.select().from(belangstellingen).where(eq(belangstellingen.id, id)))[0]!;

  it('shows the form with the vraagstuk and only the aanbod the person may link', async () => {
    const { res, text } = await t.fetch(`/vraagstukken/${geheim}/belangstelling`, getAs(docent));
    assert.equal(res.status, 200);
    assert.ok(text.includes('Datagedreven handhaving'));
    assert.ok(text.includes('Hooguit 2000 tekens'));
    assert.match(text, /<option value="" selected="">Geen aanbod<\/option>/);
    assert.ok(text.includes(`value="${eigenAanbod}"`));
    assert.ok(!text.includes(anderAanbod), "someone else's aanbod is not offered");
    const en = await t.fetch(`/en/vraagstukken/${geheim}/belangstelling`, getAs(docent));
    assert.equal(en.res.status, 200);
    assert.ok(en.text.includes('Signal interest'));
    assert.equal((await t.app.request(`/vraagstukken/${geheim}/belangstelling`)).status, 303, 'anonymous visitors log in first');
  });

  it('refuses bad input, keeps it, and writes nothing', async () => {
    const empty = await t.fetch(`/vraagstukken/${geheim}/belangstelling`, postForm(docent, {}));
    assert.equal(empty.res.status, 400);
    assert.ok(empty.text.includes('href="#belangstelling-motivatie"'));
    assert.ok(empty.text.includes('Schrijf kort waarom'));
    const lang = await t.fetch(`/vraagstukken/${geheim}/belangstelling`, postForm(docent, { motivatie: 'x'.repeat(2001), aanbodId: eigenAanbod }));
    assert.equal(lang.res.status, 400);
    assert.ok(lang.text.includes('hooguit 2000 tekens'));
    assert.match(lang.text, new RegExp(`<option value="${eigenAanbod}" selected="">`), 'the choice is kept');
    const ander = await t.fetch(`/vraagstukken/${geheim}/belangstelling`, postForm(docent, { motivatie: 'Past bij ons.', aanbodId: anderAanbod }));
    assert.equal(ander.res.status, 409);
    assert.ok(ander.text.includes('Kies uw eigen aanbod'));
    assert.ok(ander.text.includes('Past bij ons.'), 'the motivation is kept');
    assert.equal(await aantal(geheim), 0);
  });

  it('lets a docent signal interest linked to their own aanbod, once', async () => {
    const res = await t.app.request(`/vraagstukken/${geheim}/belangstelling`, postForm(docent, { motivatie: 'Past bij onze minor.\n\nWij starten in februari.', aanbodId: eigenAanbod }));
    assert.equal(res.status, 303);
    const [row] = await t.db.select().from(belangstellingen).where(eq(belangstellingen.vraagstukId, geheim));
    belangstellingId = row!.id;
    assert.equal(res.headers.get('location'), `/belangstellingen/${belangstellingId}`);
    assert.equal(row!.aanbodId, eigenAanbod);
    assert.equal(row!.status, 'open');
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.objectId, belangstellingId), eq(auditLog.actie, 'belangstelling.getoond')));
    assert.ok(audit, 'audited');

    const page = await t.fetch(`/belangstellingen/${belangstellingId}`, getAs(docent));
    assert.equal(page.res.status, 200);
    assert.ok(page.text.includes('Wacht op antwoord'));
    assert.ok(page.text.includes('Minor Data en Overheid'));
    assert.ok(page.text.includes(`href="/aanbod/${eigenAanbod}"`));
    assert.ok(page.text.includes('Wij starten in februari.'));
    assert.ok(page.text.includes(`/belangstellingen/${belangstellingId}/intrekken`));
    assert.ok(!page.text.includes('/beantwoorden'), 'the docent does not answer');

    const again = await t.fetch(`/vraagstukken/${geheim}/belangstelling`, getAs(docent));
    assert.ok(again.text.includes('U heeft al belangstelling getoond'));
    assert.ok(!again.text.includes('name="motivatie"'));
    const twice = await t.app.request(`/vraagstukken/${geheim}/belangstelling`, postForm(docent, { motivatie: 'Nog een keer.' }));
    assert.equal(twice.status, 409);
    assert.equal(await aantal(geheim), 1, 'a second live interest is refused');
  });

  it('keeps an interest between the person, the owners and the beoordelaars', async () => {
    for (const path of [`/belangstellingen/${belangstellingId}`, `/belangstellingen/${belangstellingId}/beantwoorden`, `/belangstellingen/${belangstellingId}/intrekken`, '/belangstellingen/geen-uuid']) {
      assert.equal((await t.app.request(path, getAs(vreemde))).status, 404, path);
    }
    assert.equal((await t.app.request(`/belangstellingen/${belangstellingId}/intrekken`, postForm(vreemde, { bevestig: 'ja', versie: '1' }))).status, 404);
    assert.equal((await t.app.request(`/belangstellingen/${belangstellingId}/beantwoorden`, postForm(vreemde, { besluit: 'afgewezen', antwoord: 'Nee', versie: '1' }))).status, 404);
    assert.equal((await t.app.request(`/vraagstukken/${geheim}/belangstellingen`, getAs(vreemde))).status, 403);
    assert.equal((await t.app.request(`/vraagstukken/${geheim}/belangstellingen`, getAs(docent))).status, 403);
    assert.equal((await t.app.request(`/belangstellingen/${belangstellingId}/beantwoorden`, getAs(docent))).status, 403, 'the docent does not answer their own');
    assert.equal((await t.app.request(`/belangstellingen/${belangstellingId}/intrekken`, getAs(eigenaar))).status, 403, 'the owner does not withdraw it');
    assert.equal((await t.app.request(`/vraagstukken/${concept}/belangstelling`, getAs(docent))).status, 404, 'a concept does not exist for others');
    assert.equal((await t.app.request(`/vraagstukken/${concept}/belangstellingen`, getAs(docent))).status, 404);
    const beoordelaar = await t.fetch(`/belangstellingen/${belangstellingId}`, getAs(verbinder));
    assert.equal(beoordelaar.res.status, 200);
    assert.ok(beoordelaar.text.includes('dirk.docent@example.org'), 'the beoordelaar can reach the person');
    assert.ok(!beoordelaar.text.includes('/beantwoorden'), 'but does not answer');
    assert.equal((await rij(belangstellingId)).status, 'open');
  });

  it('shows the owner the interests, and refuses their own interest', async () => {
    const list = await t.fetch(`/vraagstukken/${geheim}/belangstellingen`, getAs(eigenaar));
    assert.equal(list.res.status, 200);
    assert.ok(list.text.includes('Dirk Docent'));
    assert.ok(list.text.includes(`href="/aanbod/${eigenAanbod}"`));
    assert.ok(list.text.includes('Past bij onze minor.'));
    assert.ok(list.text.includes(`/belangstellingen/${belangstellingId}/beantwoorden`));
    assert.ok(list.text.includes('1 keer belangstelling getoond'));
    assert.equal((await t.app.request(`/vraagstukken/${geheim}/belangstellingen`, getAs(verbinder))).status, 200);
    const mijn = await t.fetch('/account/belangstellingen', getAs(eigenaar));
    assert.ok(mijn.text.includes('Belangstelling voor mijn vraagstukken'));
    assert.ok(mijn.text.includes('Dirk Docent'));
    assert.ok(mijn.text.includes('U heeft nog geen belangstelling getoond'));

    const own = await t.fetch(`/vraagstukken/${open}/belangstelling`, getAs(eigenaar));
    assert.equal(own.res.status, 200);
    assert.ok(own.text.includes('Op uw eigen vraagstuk kunt u geen belangstelling tonen'));
    assert.equal((await t.app.request(`/vraagstukken/${open}/belangstelling`, postForm(eigenaar, { motivatie: 'Zelf.' }))).status, 409);
    assert.equal(await aantal(open), 0);
  });

  it('lets the owner answer, refuses a stale or incomplete answer, and introduces on acceptance', async () => {
    const path = `/belangstellingen/${belangstellingId}/beantwoorden`;
    const form = await t.fetch(path, getAs(eigenaar));
    assert.equal(form.res.status, 200);
    assert.match(form.text, /<fieldset[^>]*><legend class="utrecht-form-fieldset__legend">Wat doet u met deze belangstelling\?<\/legend>/);
    assert.ok(form.text.includes('name="versie" value="1"'));

    const empty = await t.fetch(path, postForm(eigenaar, {}));
    assert.equal(empty.res.status, 400);
    assert.ok(empty.text.includes('href="#antwoord-besluit-0"'));
    const zonderReden = await t.fetch(path, postForm(eigenaar, { versie: '1', besluit: 'afgewezen' }));
    assert.equal(zonderReden.res.status, 400);
    assert.ok(zonderReden.text.includes('Schrijf waarom u de belangstelling afwijst.'));
    assert.equal((await rij(belangstellingId)).status, 'open');

    const kern = await laadVraagstukKern(t.db, geheim);
    const docentActor = (await loadAccountActor(t.db, ids.docent, { via: 'sessie', tweedeFactorGebruikt: true }))!;
    assert.equal(maySeeDetails(docentActor, kern!), false, 'not introduced yet');

    assert.equal((await t.app.request(path, postForm(eigenaar, { versie: '1', besluit: 'in-gesprek', antwoord: 'Zullen we bellen?' }))).status, 303);
    const stale = await t.fetch(path, postForm(eigenaar, { versie: '1', besluit: 'afgewezen', antwoord: 'Toch niet.' }));
    assert.equal(stale.res.status, 409);
    assert.ok(stale.text.includes('Uw antwoord is niet opgeslagen'));
    assert.ok(stale.text.includes('Toch niet.'), 'the input is kept');
    assert.ok(stale.text.includes('name="versie" value="2"'));
    assert.equal((await rij(belangstellingId)).status, 'in-gesprek', 'nothing overwritten');

    const ok = await t.app.request(path, postForm(eigenaar, { versie: '2', besluit: 'geaccepteerd', antwoord: 'Welkom! Ik stuur de stukken.' }));
    assert.equal(ok.status, 303);
    const na = await rij(belangstellingId);
    assert.equal(na.status, 'geaccepteerd');
    assert.equal(na.beantwoordDoor, ids.eigenaar);
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.objectId, belangstellingId), eq(auditLog.actie, 'belangstelling.beantwoord')));
    assert.equal(audits.length, 2);
    assert.equal(maySeeDetails(docentActor, (await laadVraagstukKern(t.db, geheim))!), true, 'the docent is introduced');

    const docentPage = await t.fetch(`/belangstellingen/${belangstellingId}`, getAs(docent));
    assert.ok(docentPage.text.includes('Geaccepteerd'));
    assert.ok(docentPage.text.includes('Welkom! Ik stuur de stukken.'));
    assert.ok(!docentPage.text.includes('/intrekken"'), 'a decided interest is not withdrawn');
    const mijn = await t.fetch('/en/account/belangstellingen', getAs(docent));
    assert.ok(mijn.text.includes('Datagedreven handhaving'));
    assert.ok(mijn.text.includes('Accepted'));
    const late = await t.fetch(path, postForm(eigenaar, { versie: '3', besluit: 'afgewezen', antwoord: 'Toch niet.' }));
    assert.equal(late.res.status, 409);
    assert.equal((await rij(belangstellingId)).status, 'geaccepteerd');
  });

  it('lets the person withdraw after confirming, and signal interest again', async () => {
    assert.equal((await t.app.request(`/vraagstukken/${open}/belangstelling`, postForm(docent, { motivatie: 'Voor ons project.' }))).status, 303);
    const [row] = await t.db.select().from(belangstellingen).where(eq(belangstellingen.vraagstukId, open));
    const path = `/belangstellingen/${row!.id}/intrekken`;
    const ask = await t.fetch(path, getAs(docent));
    assert.equal(ask.res.status, 200);
    assert.ok(ask.text.includes('name="bevestig" value="ja"'));
    assert.equal((await t.app.request(path, postForm(docent, { versie: '1' }))).status, 400, 'not without confirmation');
    assert.equal((await t.app.request(path, postForm(docent, { bevestig: 'ja', versie: '7' }))).status, 409, 'not with a stale version');
    assert.equal((await rij(row!.id)).status, 'open');
    const res = await t.app.request(path, postForm(docent, { bevestig: 'ja', versie: '1' }));
    assert.equal(res.status, 303);
    assert.equal((await rij(row!.id)).status, 'ingetrokken');
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.objectId, row!.id), eq(auditLog.actie, 'belangstelling.ingetrokken')));
    assert.ok(audit);
    const owner = await t.fetch(`/vraagstukken/${open}/belangstellingen`, getAs(eigenaar));
    assert.ok(owner.text.includes('Ingetrokken'), 'the owner sees it was withdrawn');
    const again = await t.fetch(`/vraagstukken/${open}/belangstelling`, getAs(docent));
    assert.ok(again.text.includes('name="motivatie"'), 'after withdrawing, the form is back');
    assert.equal((await t.app.request(`/vraagstukken/${open}/belangstelling`, postForm(docent, { motivatie: 'Toch wel.' }))).status, 303);
    const live = await t.db.select().from(belangstellingen).where(and(eq(belangstellingen.vraagstukId, open), ne(belangstellingen.status, 'ingetrokken')));
    assert.equal(live.length, 1);
  });

  it('refuses interest in a vraagstuk that is no longer open', async () => {
    await t.db.update(vraagstukken).set({ status: 'gesloten', sluitreden: 'afgerond' }).where(eq(vraagstukken.id, geheim));
    const page = await t.fetch(`/vraagstukken/${geheim}/belangstelling`, getAs(vreemde));
    assert.equal(page.res.status, 200);
    assert.ok(page.text.includes('staat niet (meer) open'));
    assert.equal((await t.app.request(`/vraagstukken/${geheim}/belangstelling`, postForm(vreemde, { motivatie: 'Te laat.' }))).status, 409);
    assert.equal(await aantal(geheim), 1);
  });
});
