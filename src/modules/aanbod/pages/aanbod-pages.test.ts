import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, count, eq } from 'drizzle-orm';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { anonymousVisitor, createAccount, getAs, loginAs, type Browserish } from '../../../../tests/support/accounts.ts';
import { accounts } from '../../accounts/schema.ts';
import { auditLog } from '../../audit/index.ts';
import { organisaties } from '../../organisaties/schema.ts';
import { provincies } from '../../taxonomie/schema.ts';
import { eigenAanbod } from '../queries.ts';
import { aanbod, aanbodPeriodes } from '../schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
type Velden = [string, string][];

describe('aanbod pages', () => {
  let t: T;
  let hogeschool: { id: string; slug: string; naam: string; regio: string };
  let ministerie: { id: string };
  let docent: Browserish;
  let docentId: string;
  let coordinator: Browserish;
  let student: Browserish;
  let ambtenaar: Browserish;
  let buitenstaander: Browserish;

  before(async () => {
    t = await createTestApp();
    const orgs = await t.db
      .select({ id: organisaties.id, slug: organisaties.slug, naam: organisaties.naam, soort: organisaties.soort, regio: provincies.regioCode })
      .from(organisaties)
      .innerJoin(provincies, eq(provincies.naam, organisaties.provincie))
      .orderBy(organisaties.slug);
    hogeschool = orgs.find((o) => o.soort === 'hogeschool')!;
    ministerie = orgs.find((o) => o.soort === 'rijksorganisatie')!;
    docentId = (await createAccount(t.db, t.config, { naam: 'Dirk Docent', persoonstype: 'docent', lidmaatschappen: [{ organisatieId: hogeschool.id, rol: 'lid' }] })).id;
    docent = await loginAs(t.db, t.config, docentId);
    coordinator = await loginAs(t.db, t.config, (await createAccount(t.db, t.config, { lidmaatschappen: [{ organisatieId: hogeschool.id, rol: 'coordinator' }] })).id);
    student = await loginAs(t.db, t.config, (await createAccount(t.db, t.config, { naam: 'Sanne Student', persoonstype: 'student' })).id);
    ambtenaar = await loginAs(t.db, t.config, (await createAccount(t.db, t.config, { persoonstype: 'ambtenaar', lidmaatschappen: [{ organisatieId: ministerie.id, rol: 'lid' }] })).id);
    buitenstaander = await loginAs(t.db, t.config, (await createAccount(t.db, t.config)).id);
  });
  after(() => t.close());

  /** Posts a form with repeated fields (checkbox groups). */
  const post = (who: Browserish, url: string, velden: Velden) =>
    t.fetch(url, {
      method: 'POST',
      headers: { cookie: who.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams([['_csrf', who.csrf], ...velden]).toString(),
    });
  const aantal = async () => (await t.db.select({ n: count() }).from(aanbod))[0]!.n;
  const idUit = (location: string | null) => /\/aanbod\/([0-9a-f-]{36})$/.exec(location ?? '')?.[1] ?? assert.fail(`no aanbod in ${location}`);
  const rij = async (id: string) => (await t.db.select().from(aanbod).where(eq(aanbod.id, id)))[0];

  const onderwijs = (): Velden => [
    ['soort', 'onderwijs'],
    ['organisatieId', hogeschool.id],
    ['titelNl', 'Minor Digitale Overheid'],
    ['beschrijvingNl', 'Studenten werken een semester aan een vraagstuk van een ministerie.'],
    ['geschikteVragenNl', 'Vragen over datagedreven beleid.'],
    ['themaCodes', 'data-en-ai'],
    ['themaCodes', 'informatiehuishouding'],
    ['vormCodes', 'onderwijsmodule'],
    ['niveaus', 'hbo-bachelor'],
    ['regioCode', 'organisatie'],
    ['opleiding', 'HBO-ICT'],
    ['aantalStudenten', '30'],
    ['intakeDeadline', '2026-12-01'],
    ['periodes.0.soort', 'semester'],
    ['periodes.0.label', 'Semester 2, 2026-2027'],
    ['periodes.0.van', '2027-02-01'],
    ['periodes.0.tot', '2027-06-30'],
  ];
  const zonder = (velden: Velden, ...namen: string[]) => velden.filter(([k]) => !namen.some((n) => k === n || k.startsWith(`${n}.`)));

  it('asks for the kind first, then shows the form for that kind; anonymous visitors log in first', async () => {
    const keuze = await t.fetch('/aanbod/nieuw', getAs(docent));
    assert.equal(keuze.res.status, 200);
    assert.match(keuze.text, /<fieldset[^>]*>\s*<legend[^>]*>Wat voor aanbod is het\?<\/legend>/);
    assert.equal((keuze.text.match(/type="radio"/g) ?? []).length, 5);
    const form = await t.fetch('/aanbod/nieuw?soort=onderwijs', getAs(docent));
    assert.equal(form.res.status, 200);
    assert.ok(form.text.includes('name="periodes.3.van"'), 'four empty period rows');
    assert.ok(!form.text.includes('name="periodes.4.van"'));
    assert.ok(form.text.includes('name="opleiding"'));
    assert.ok(!form.text.includes('name="aanmeldUrl"'), 'no bijscholing fields on an onderwijs form');
    assert.match(form.text, new RegExp(`<option value="${hogeschool.id}" selected`), 'the one instelling is chosen already');
    assert.equal((await t.fetch('/aanbod/nieuw?soort=iets', getAs(docent))).res.status, 400);
    const anoniem = await t.app.request('/aanbod/nieuw');
    assert.equal(anoniem.status, 303);
    assert.match(anoniem.headers.get('location') ?? '', /^\/inloggen\?terug=/);
    const gast = await t.fetch('/en/aanbod/nieuw?soort=gastdocent', getAs(student));
    assert.ok(gast.text.includes('You are available for guest lectures'), 'English form');
    assert.ok(!gast.text.includes('name="opleiding"'));
  });

  it('lets a docent post a course with a semester, publish it, and anyone read it', async () => {
    const voor = await aantal();
    const leeg = await post(docent, '/aanbod/nieuw', [['soort', 'onderwijs'], ['actie', 'publiceren']]);
    assert.equal(leeg.res.status, 400);
    assert.equal(await aantal(), voor, 'an empty form changes nothing');
    assert.ok(leeg.text.includes('Er is een probleem') || leeg.text.includes('foutoverzicht-titel'));
    for (const [ontbreekt, melding] of [
      ['periodes', 'Vul ten minste één periode in.'],
      ['opleiding', 'Vul de naam van de opleiding in.'],
      ['themaCodes', 'Kies ten minste één thema.'],
      ['organisatieId', 'Kies de onderwijsinstelling waarvoor u dit aanbod plaatst.'],
    ] as const) {
      const res = await post(docent, '/aanbod/nieuw', [...zonder(onderwijs(), ontbreekt), ['actie', 'publiceren']]);
      assert.equal(res.res.status, 400, `without ${ontbreekt}`);
      assert.ok(res.text.includes(melding), `${ontbreekt}: ${melding}`);
      assert.ok(res.text.includes('value="Minor Digitale Overheid"'), 'the input is kept');
    }
    assert.equal(await aantal(), voor);

    const res = await post(docent, '/aanbod/nieuw', [...onderwijs(), ['periodes.2.label', ''], ['actie', 'publiceren']]);
    assert.equal(res.res.status, 303);
    const id = idUit(res.res.headers.get('location'));
    const stored = (await rij(id))!;
    assert.equal(stored.status, 'gepubliceerd');
    assert.ok(stored.gepubliceerdOp);
    assert.equal(stored.aangemaaktDoor, docentId);
    assert.equal(stored.regioCode, hogeschool.regio, "the organisatie's regio by default");
    assert.deepEqual(stored.themaCodes, ['data-en-ai', 'informatiehuishouding']);
    const periodes = await t.db.select().from(aanbodPeriodes).where(eq(aanbodPeriodes.aanbodId, id));
    assert.deepEqual(periodes.map((p) => [p.soort, p.label, p.van, p.tot]), [['semester', 'Semester 2, 2026-2027', '2027-02-01', '2027-06-30']]);
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.objectId, id), eq(auditLog.actie, 'aanbod.aangemaakt')));
    assert.ok(audit, 'audited');

    const publiek = await t.fetch(`/aanbod/${id}`);
    assert.equal(publiek.res.status, 200);
    assert.ok(publiek.text.includes('Minor Digitale Overheid'));
    assert.ok(publiek.text.includes('Semester 2, 2026-2027'));
    assert.ok(publiek.text.includes('1 februari 2027') && publiek.text.includes('30 juni 2027'), 'long dates');
    assert.ok(publiek.text.includes('1 december 2026'), 'intake deadline as a long date');
    assert.ok(publiek.text.includes(`href="/organisaties/${hogeschool.slug}"`));
    assert.ok(publiek.text.includes('Data en AI'));
    assert.ok(!publiek.text.includes('Dirk Docent'), 'no name of an owner with a private profile');
    assert.ok(!publiek.text.includes(`/aanbod/${id}/bewerken`), 'no edit link for visitors');
    const eigen = await t.fetch(`/aanbod/${id}`, getAs(docent));
    assert.ok(eigen.text.includes('Dirk Docent'), 'the owner sees the name');
    assert.ok(eigen.text.includes(`/aanbod/${id}/bewerken`));
    assert.ok(eigen.text.includes('kunt u dit aanbod daaraan koppelen'));
    await t.db.update(accounts).set({ profielOpenbaar: true }).where(eq(accounts.id, docentId));
    const openbaar = await t.fetch(`/aanbod/${id}`);
    assert.ok(openbaar.text.includes(`href="/personen/${docentId}"`) && openbaar.text.includes('Dirk Docent'), 'a public profile is linked');
    const en = await t.fetch(`/en/aanbod/${id}`);
    assert.equal(en.res.status, 200);
    assert.ok(en.text.includes('1 February 2027'));
    assert.match(en.text, /<h1 class="utrecht-heading-1" lang="nl">Minor Digitale Overheid<\/h1>/, 'a Dutch-only title is marked as Dutch');
    assert.deepEqual((await eigenAanbod(t.db, docentId)).map((a) => a.id), [id]);
  });

  it('refuses onderwijs for an organisatie that is no onderwijsinstelling, or of which the person is no member', async () => {
    const voor = await aantal();
    const ministerieForm = await post(ambtenaar, '/aanbod/nieuw', [...zonder(onderwijs(), 'organisatieId'), ['organisatieId', ministerie.id]]);
    assert.equal(ministerieForm.res.status, 409);
    assert.ok(ministerieForm.text.includes('namens een hogeschool, universiteit of mbo-instelling'));
    const geenLid = await post(buitenstaander, '/aanbod/nieuw', onderwijs());
    assert.equal(geenLid.res.status, 409);
    assert.ok(geenLid.text.includes('U bent geen lid van deze organisatie'));
    assert.ok(geenLid.text.includes('href="#aanbod-organisatieId"'), 'the summary links to the field');
    assert.equal(await aantal(), voor);
  });

  it('creates the other four kinds with their required fields, and refuses them without', async () => {
    const gevallen: { velden: Velden; verplicht: [string, string][] }[] = [
      {
        velden: [
          ['soort', 'onderzoekslijn'],
          ['organisatieId', hogeschool.id],
          ['titelNl', 'Lectoraat Digitale Transformatie'],
          ['beschrijvingNl', 'Onderzoek naar digitale dienstverlening.'],
          ['geschikteVragenNl', 'Vragen over dienstverlening aan burgers.'],
          ['themaCodes', 'data-en-ai'],
        ],
        verplicht: [['geschikteVragenNl', 'Beschrijf welke vragen of casussen passen.']],
      },
      {
        velden: [
          ['soort', 'studenten'],
          ['titelNl', 'Drie studenten zoeken een afstudeeropdracht'],
          ['beschrijvingNl', 'Wij studeren bestuurskunde.'],
          ['themaCodes', 'informatiehuishouding'],
          ['opdrachtsoort', 'afstudeeropdracht'],
          ['vakgebied', 'Bestuurskunde'],
          ['aantalStudenten', '3'],
          ['periodes.1.soort', 'periode'],
          ['periodes.1.label', 'Voorjaar 2027'],
          ['periodes.1.van', '2027-02-01'],
          ['periodes.1.tot', '2027-07-01'],
        ],
        verplicht: [
          ['opdrachtsoort', 'Kies wat voor opdracht u zoekt.'],
          ['vakgebied', 'Vul het vakgebied in.'],
          ['periodes', 'Vul ten minste één periode in.'],
        ],
      },
      {
        velden: [
          ['soort', 'bijscholing'],
          ['organisatieId', hogeschool.id],
          ['titelEn', 'Data literacy for policy makers'],
          ['beschrijvingEn', 'Four afternoons on data.'],
          ['themaCodes', 'data-en-ai'],
          ['formaat', 'hybride'],
          ['kostenEuro', '0'],
          ['aanmeldUrl', 'https://example.org/aanmelden'],
          ['periodes.0.soort', 'periode'],
          ['periodes.0.label', 'Voorjaar'],
          ['periodes.0.van', '2027-03-01'],
          ['periodes.0.tot', '2027-03-22'],
        ],
        verplicht: [
          ['formaat', 'Kies of de bijscholing online, op locatie of hybride is.'],
          ['aanmeldUrl', 'Vul het webadres in waar deelnemers zich aanmelden.'],
          ['organisatieId', 'Kies de onderwijsinstelling waarvoor u dit aanbod plaatst.'],
        ],
      },
      {
        velden: [
          ['soort', 'gastdocent'],
          ['titelNl', 'Gastcollege over informatiebeveiliging'],
          ['beschrijvingNl', 'Ik vertel over de praktijk.'],
          ['themaCodes', 'cybersecurity'],
          ['vormCodes', 'gastcollege'],
        ],
        verplicht: [['themaCodes', 'Kies ten minste één thema.']],
      },
    ];
    for (const { velden, verplicht } of gevallen) {
      const soort = velden[0]![1];
      const wie = soort === 'studenten' ? student : docent;
      for (const [veld, melding] of verplicht) {
        const voor = await aantal();
        const res = await post(wie, '/aanbod/nieuw', zonder(velden, veld));
        assert.equal(res.res.status, 400, `${soort} without ${veld}`);
        assert.ok(res.text.includes(melding), `${soort} without ${veld}: ${melding}`);
        assert.equal(await aantal(), voor);
      }
      const res = await post(wie, '/aanbod/nieuw', velden);
      assert.equal(res.res.status, 303, `${soort} with its required fields`);
      const stored = (await rij(idUit(res.res.headers.get('location'))))!;
      assert.equal(stored.soort, soort);
      assert.equal(stored.status, 'concept');
    }
    const [bijscholing] = await t.db.select().from(aanbod).where(eq(aanbod.soort, 'bijscholing'));
    assert.equal(bijscholing!.kostenEuro, 0);
    const bijscholingPagina = await t.fetch(`/aanbod/${bijscholing!.id}`, getAs(docent));
    assert.ok(bijscholingPagina.text.includes('Gratis'));
    assert.ok(bijscholingPagina.text.includes('lang="en"'), 'English-only text marked as English on the Dutch page');
  });

  it("keeps a student's concept to themselves and lists it on their aanbod page", async () => {
    const [item] = await t.db.select().from(aanbod).where(eq(aanbod.soort, 'studenten'));
    const id = item!.id;
    assert.equal((await t.app.request(`/aanbod/${id}`)).status, 404, 'anonymous: a concept does not exist');
    assert.equal((await t.app.request(`/aanbod/${id}`, getAs(docent))).status, 404, 'another person: 404');
    assert.equal((await t.app.request(`/aanbod/${id}/bewerken`, getAs(docent))).status, 404);
    const eigen = await t.fetch(`/aanbod/${id}`, getAs(student));
    assert.equal(eigen.res.status, 200);
    assert.ok(eigen.text.includes('Concept'));
    const lijst = await t.fetch('/account/aanbod', getAs(student));
    assert.equal(lijst.res.status, 200);
    assert.ok(lijst.text.includes('Drie studenten zoeken een afstudeeropdracht'));
    const leeg = await t.fetch('/account/aanbod', getAs(ambtenaar));
    assert.ok(leeg.text.includes('U heeft nog geen aanbod geplaatst.') && leeg.text.includes('href="/aanbod/nieuw"'));
    assert.equal((await t.app.request('/aanbod/geen-uuid')).status, 404);
    assert.equal((await t.app.request('/aanbod/00000000-0000-4000-8000-000000000000')).status, 404);
  });

  it('lets only the owner, a coordinator or a beheerder edit; refuses a stale edit and keeps the input', async () => {
    const [item] = await t.db.select().from(aanbod).where(eq(aanbod.titelNl, 'Minor Digitale Overheid'));
    const id = item!.id;
    const url = `/aanbod/${id}/bewerken`;
    assert.equal((await t.app.request(url, getAs(buitenstaander))).status, 403);
    const geweigerd = await post(buitenstaander, url, [...onderwijs(), ['versie', String(item!.versie)], ['titelNl', 'Gekaapt']]);
    assert.equal(geweigerd.res.status, 403);
    assert.equal((await rij(id))!.titelNl, 'Minor Digitale Overheid');
    assert.equal((await t.app.request(url)).status, 303, 'anonymous: log in');
    const beheerder = await loginAs(t.db, t.config, (await createAccount(t.db, t.config, { platformrollen: [{ rol: 'beheerder' }] })).id);
    assert.equal((await t.app.request(url, getAs(beheerder))).status, 200, 'a beheerder may edit');
    assert.equal((await t.app.request(url, getAs(coordinator))).status, 200, 'a coordinator of its organisatie may edit');

    const formulier = await t.fetch(url, getAs(docent));
    assert.equal(formulier.res.status, 200);
    assert.ok(formulier.text.includes(`name="versie" value="${item!.versie}"`));
    assert.ok(formulier.text.includes('value="Semester 2, 2026-2027"'));

    // The coordinator saves first: the periods are replaced as a set.
    const coordinatorEdit = await post(coordinator, url, [
      ...zonder(onderwijs(), 'periodes', 'titelNl'),
      ['titelNl', 'Minor Digitale Overheid (coördinator)'],
      ['versie', String(item!.versie)],
      ['periodes.0.soort', 'blok'],
      ['periodes.0.label', 'Blok 3'],
      ['periodes.0.van', '2027-02-01'],
      ['periodes.0.tot', '2027-04-15'],
      ['periodes.1.soort', 'blok'],
      ['periodes.1.label', 'Blok 4'],
      ['periodes.1.van', '2027-04-16'],
      ['periodes.1.tot', '2027-06-30'],
    ]);
    assert.equal(coordinatorEdit.res.status, 303);
    const periodes = await t.db.select().from(aanbodPeriodes).where(eq(aanbodPeriodes.aanbodId, id)).orderBy(aanbodPeriodes.van);
    assert.deepEqual(periodes.map((p) => p.label), ['Blok 3', 'Blok 4']);
    assert.equal((await rij(id))!.aangemaaktDoor, docentId, 'the owner stays the owner');

    // The docent saves on the version they read: refused, nothing written, input kept.
    const stale = await post(docent, url, [...zonder(onderwijs(), 'titelNl'), ['titelNl', 'Mijn nieuwe titel'], ['versie', String(item!.versie)]]);
    assert.equal(stale.res.status, 409);
    assert.ok(stale.text.includes('Iemand anders heeft dit aanbod intussen gewijzigd'));
    assert.ok(stale.text.includes('value="Mijn nieuwe titel"'));
    assert.ok(stale.text.includes(`name="versie" value="${item!.versie + 1}"`), 'the form now carries the stored version');
    assert.equal((await rij(id))!.titelNl, 'Minor Digitale Overheid (coördinator)');

    const zonderVersie = await post(docent, url, onderwijs());
    assert.equal(zonderVersie.res.status, 400);
    const slecht = await post(docent, url, [...zonder(onderwijs(), 'periodes'), ['versie', String(item!.versie + 1)], ['periodes.0.soort', 'semester'], ['periodes.0.label', 'S2'], ['periodes.0.van', '2027-06-30'], ['periodes.0.tot', '2027-02-01']]);
    assert.equal(slecht.res.status, 400);
    assert.ok(slecht.text.includes('De einddatum ligt vóór de begindatum.') && slecht.text.includes('href="#aanbod-periodes-0-tot"'));
    const goed = await post(docent, url, [...onderwijs(), ['versie', String(item!.versie + 1)]]);
    assert.equal(goed.res.status, 303);
    assert.equal((await rij(id))!.versie, item!.versie + 2);
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.objectId, id), eq(auditLog.actie, 'aanbod.gewijzigd')));
    assert.equal(audits.length, 2);
  });

  it('publishes and archives only when confirmed with the current version', async () => {
    const [item] = await t.db.select().from(aanbod).where(eq(aanbod.soort, 'gastdocent'));
    const id = item!.id;
    const vraag = await t.fetch(`/aanbod/${id}/publiceren`, getAs(docent));
    assert.equal(vraag.res.status, 200);
    assert.ok(vraag.text.includes('name="bevestig" value="ja"'));
    assert.equal((await post(docent, `/aanbod/${id}/publiceren`, [])).res.status, 400, 'no confirmation');
    assert.equal((await post(docent, `/aanbod/${id}/publiceren`, [['bevestig', 'ja']])).res.status, 400, 'no version');
    assert.equal((await rij(id))!.status, 'concept');
    assert.equal((await post(buitenstaander, `/aanbod/${id}/publiceren`, [['bevestig', 'ja'], ['versie', String(item!.versie)]])).res.status, 404);
    const ok = await post(docent, `/aanbod/${id}/publiceren`, [['bevestig', 'ja'], ['versie', String(item!.versie)]]);
    assert.equal(ok.res.status, 303);
    const gepubliceerd = (await rij(id))!;
    assert.equal(gepubliceerd.status, 'gepubliceerd');
    assert.equal((await t.app.request(`/aanbod/${id}`)).status, 200);
    const stale = await post(docent, `/aanbod/${id}/archiveren`, [['bevestig', 'ja'], ['versie', String(item!.versie)]]);
    assert.equal(stale.res.status, 409);
    assert.ok(stale.text.includes('Iemand anders'));
    assert.equal((await post(docent, `/aanbod/${id}/archiveren`, [['bevestig', 'ja'], ['versie', String(gepubliceerd.versie)]])).res.status, 303);
    const gearchiveerd = (await rij(id))!;
    assert.equal(gearchiveerd.status, 'gearchiveerd');
    assert.equal((await t.app.request(`/aanbod/${id}`)).status, 404, 'archived: no longer public');
    assert.equal((await t.fetch(`/aanbod/${id}/archiveren`, getAs(docent))).res.status, 409, 'already archived');
    assert.equal((await post(docent, `/aanbod/${id}/publiceren`, [['bevestig', 'ja'], ['versie', String(gearchiveerd.versie)]])).res.status, 303);
    const weer = (await rij(id))!;
    assert.equal(weer.gepubliceerdOp?.getTime(), gepubliceerd.gepubliceerdOp?.getTime(), 'the first publication date is kept');
  });

  it('deletes only with confirmation, and records it', async () => {
    const [item] = await t.db.select().from(aanbod).where(eq(aanbod.soort, 'onderzoekslijn'));
    const id = item!.id;
    const vraag = await t.fetch(`/aanbod/${id}/verwijderen`, getAs(coordinator));
    assert.equal(vraag.res.status, 200);
    assert.ok(vraag.text.includes('definitief verwijderen'));
    assert.equal((await post(coordinator, `/aanbod/${id}/verwijderen`, [['versie', String(item!.versie)]])).res.status, 400);
    assert.equal((await post(buitenstaander, `/aanbod/${id}/verwijderen`, [['bevestig', 'ja'], ['versie', String(item!.versie)]])).res.status, 404);
    assert.ok(await rij(id), 'still there');
    const res = await post(coordinator, `/aanbod/${id}/verwijderen`, [['bevestig', 'ja'], ['versie', String(item!.versie)]]);
    assert.equal(res.res.status, 303);
    assert.equal(res.res.headers.get('location'), '/account/aanbod');
    assert.equal(await rij(id), undefined);
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.objectId, id), eq(auditLog.actie, 'aanbod.verwijderd')));
    assert.ok(audit);
    assert.equal((await t.app.request(`/aanbod/${id}`, getAs(coordinator))).status, 404);
  });

  it('posts nothing without a CSRF token', async () => {
    const voor = await aantal();
    const res = await t.app.request('/aanbod/nieuw', { method: 'POST', headers: { cookie: docent.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(onderwijs()).toString() });
    assert.equal(res.status, 403);
    const anoniem = anonymousVisitor(t.config);
    assert.equal((await post(anoniem, '/aanbod/nieuw', onderwijs())).res.status, 303);
    assert.equal(await aantal(), voor);
  });
});
