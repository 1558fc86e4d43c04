import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq, ne } from 'drizzle-orm';
import { createAccount, getAs, loginAs, postForm, type Browserish } from '../../../../tests/support/accounts.ts';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { eersteOrganisatie, voegVraagstukToe } from '../../../../tests/support/marktplaats.ts';
import { provincies } from '../../taxonomie/index.ts';
import { vraagstukBijlagen, vraagstukGebeurtenissen, vraagstukken } from '../schema.ts';
import { voorbeeld } from '../test-helpers.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

/**
 * The whole write side through the pages: a civil servant posts a vraagstuk with an attachment and
 * submits it; the verbinder of the regio returns it with a remark; it is fixed and resubmitted, then
 * published; anyone can read it; the owner closes it. And the refusals along the way.
 */
describe('vraagstuk pages', () => {
  let t: T;
  let org: { id: string; slug: string; regio: string };
  let eigenaar: Browserish;
  let collega: { id: string };
  let verbinder: Browserish;
  let verbinderElders: Browserish;
  let buitenstaander: Browserish;
  let id = '';

  before(async () => {
    t = await createTestApp();
    org = await eersteOrganisatie(t.db, 'rijksorganisatie', { type: 'ministerie' });
    const [ander] = await t.db.select({ code: provincies.regioCode }).from(provincies).where(ne(provincies.regioCode, org.regio)).limit(1);
    const lid = await createAccount(t.db, t.config, { naam: 'Anna Ambtenaar', persoonstype: 'ambtenaar', lidmaatschappen: [{ organisatieId: org.id, rol: 'lid' }] });
    collega = await createAccount(t.db, t.config, { naam: 'Chris Collega', lidmaatschappen: [{ organisatieId: org.id, rol: 'lid' }] });
    eigenaar = await loginAs(t.db, t.config, lid.id);
    verbinder = await loginAs(t.db, t.config, (await createAccount(t.db, t.config, { platformrollen: [{ rol: 'verbinder', regioCode: org.regio }] })).id);
    verbinderElders = await loginAs(t.db, t.config, (await createAccount(t.db, t.config, { platformrollen: [{ rol: 'verbinder', regioCode: ander!.code }] })).id);
    buitenstaander = await loginAs(t.db, t.config, (await createAccount(t.db, t.config, { persoonstype: 'docent' })).id);
  });
  after(() => t.close());

  const velden = () => ({
    organisatieId: org.id,
    titelNl: 'Chatberichten archiveren',
    contextNl: 'Medewerkers gebruiken chat.\n\nZie https://example.org/beleid voor het beleid.',
    vraagNl: 'Hoe archiveren we chatberichten volgens de Archiefwet?',
    resultaatNl: 'Een advies en een prototype.',
    regioCode: org.regio,
    duurWeken: '20',
    aantalStudenten: '2',
    diepgang: 'onderzoek',
    vertrouwelijkheid: 'openbaar',
  });
  /** A multipart post as the browser sends the new-vraagstuk form. */
  const multipart = (who: Browserish, fields: Record<string, string | string[]>, files: { naam: string; inhoud: Uint8Array }[] = []) => {
    const fd = new FormData();
    fd.append('_csrf', who.csrf);
    for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) fd.append(k, x);
    for (const f of files) fd.append('bijlagen', new File([f.inhoud as Uint8Array<ArrayBuffer>], f.naam, { type: 'application/pdf' }));
    return { method: 'POST', headers: { cookie: who.cookie }, body: fd };
  };
  const rij = async () => (await t.db.select().from(vraagstukken).where(eq(vraagstukken.id, id)))[0]!;
  const aantal = async () => (await t.db.select({ id: vraagstukken.id }).from(vraagstukken)).length;

  it('offers the form to members of a rijksorganisatie, and an explanation to others', async () => {
    const form = await t.fetch('/vraagstukken/nieuw', getAs(eigenaar));
    assert.equal(form.res.status, 200);
    assert.ok(form.text.includes('enctype="multipart/form-data"'));
    assert.ok(form.text.includes('name="bijlagen"') && form.text.includes('accept=".pdf,.docx,.odt'));
    assert.ok(form.text.includes('Vormenwijzer'));
    assert.ok(form.text.includes('Chris Collega'), 'colleagues can be contact people');
    const geen = await t.fetch('/vraagstukken/nieuw', getAs(buitenstaander));
    assert.equal(geen.res.status, 200);
    assert.ok(geen.text.includes('href="/account/organisaties"'));
    assert.ok(!geen.text.includes('name="titelNl"'));
    const anoniem = await t.app.request('/vraagstukken/nieuw');
    assert.equal(anoniem.status, 303);
  });

  it('shows the vormenwijzer advice without saving, keeping the input', async () => {
    const voor = await aantal();
    const res = await t.fetch('/vraagstukken/nieuw', multipart(eigenaar, { ...velden(), niveaus: 'hbo-bachelor', actie: 'vormenwijzer' }));
    assert.equal(res.res.status, 200);
    assert.ok(res.text.includes('Afstudeeropdracht'));
    assert.ok(res.text.includes('duur past: 20 weken valt binnen 17-26 weken'), 'the reason, with the numbers');
    assert.ok(res.text.includes('value="Chatberichten archiveren"'), 'input kept');
    assert.equal(await aantal(), voor, 'nothing saved');
  });

  it('refuses a wrong upload, keeping every other field', async () => {
    const voor = await aantal();
    const nep = new TextEncoder().encode('Dit is gewoon tekst.');
    const res = await t.fetch('/vraagstukken/nieuw', multipart(eigenaar, { ...velden(), themaCodes: ['informatiehuishouding'], niveaus: ['hbo-bachelor'], actie: 'concept' }, [{ naam: 'notitie.pdf', inhoud: nep }]));
    assert.equal(res.res.status, 400);
    assert.ok(res.text.includes('notitie.pdf is geen PDF-, DOCX- of ODT-bestand.'));
    assert.ok(res.text.includes('Kies het bestand opnieuw'));
    assert.ok(res.text.includes('href="#vs-bijlagen"'), 'in the error summary');
    assert.ok(res.text.includes('value="Chatberichten archiveren"') && res.text.includes('Hoe archiveren we chatberichten volgens de Archiefwet?</textarea>'));
    assert.match(res.text, /value="informatiehuishouding" checked/);
    assert.equal(await aantal(), voor);
    const leeg = await t.fetch('/vraagstukken/nieuw', multipart(eigenaar, { actie: 'concept' }));
    assert.equal(leeg.res.status, 400);
    assert.ok(leeg.text.includes('Kies minstens één thema.'));
    assert.equal(await aantal(), voor);
  });

  it('posts and submits a vraagstuk with an attachment', async () => {
    const res = await t.app.request(
      '/vraagstukken/nieuw',
      multipart(eigenaar, { ...velden(), themaCodes: ['informatiehuishouding', 'data-en-ai'], niveaus: ['hbo-bachelor', 'wo-master'], vormCodes: 'afstudeeropdracht', contactpersoonIds: collega.id, actie: 'indienen' }, [{ naam: 'Achtergrond.pdf', inhoud: voorbeeld.pdf() }]),
    );
    assert.equal(res.status, 303);
    id = res.headers.get('location')!.split('/').pop()!;
    const v = await rij();
    assert.equal(v.status, 'ingediend');
    assert.deepEqual(v.themaCodes, ['informatiehuishouding', 'data-en-ai']);
    const [b] = await t.db.select().from(vraagstukBijlagen).where(eq(vraagstukBijlagen.vraagstukId, id));
    assert.equal(b!.bestandsnaam, 'Achtergrond.pdf');
    assert.equal((await t.app.request(`/vraagstukken/${id}`)).status, 404, 'not visible before publication');
    const detail = await t.fetch(`/vraagstukken/${id}`, getAs(eigenaar));
    assert.equal(detail.res.status, 200);
    assert.ok(detail.text.includes('Ingediend, wacht op beoordeling'));
    assert.ok(detail.text.includes(`/vraagstukken/${id}/intrekken`));
    const mijn = await t.fetch('/account/vraagstukken', getAs(eigenaar));
    assert.ok(mijn.text.includes('Chatberichten archiveren'));
  });

  it('lets only the verbinder of the regio review it; returning needs a remark', async () => {
    const rij1 = await t.fetch('/verbinder/vraagstukken', getAs(verbinder));
    assert.equal(rij1.res.status, 200);
    assert.ok(rij1.text.includes('Chatberichten archiveren'));
    const elders = await t.fetch('/verbinder/vraagstukken', getAs(verbinderElders));
    assert.ok(!elders.text.includes('Chatberichten archiveren'));
    assert.equal((await t.app.request('/verbinder/vraagstukken', getAs(buitenstaander))).status, 403);
    // Another regio's verbinder cannot see a vraagstuk in review at all; the owner may not review.
    assert.equal((await t.app.request(`/vraagstukken/${id}/terugsturen`, getAs(verbinderElders))).status, 404);
    assert.equal((await t.app.request(`/vraagstukken/${id}/publiceren`, postForm(eigenaar, { versie: '2', bevestig: 'ja' }))).status, 403);

    const pagina = await t.fetch(`/vraagstukken/${id}/terugsturen`, getAs(verbinder));
    assert.equal(pagina.res.status, 200);
    assert.ok(pagina.text.includes('name="versie" value="2"'));
    const zonder = await t.fetch(`/vraagstukken/${id}/terugsturen`, postForm(verbinder, { versie: '2', bevestig: 'ja', opmerking: '' }));
    assert.equal(zonder.res.status, 400);
    assert.ok(zonder.text.includes('Schrijf wat er anders moet'));
    const onbevestigd = await t.app.request(`/vraagstukken/${id}/terugsturen`, postForm(verbinder, { versie: '2', opmerking: 'x' }));
    assert.equal(onbevestigd.status, 400);
    assert.equal((await rij()).status, 'ingediend', 'nothing changed');
    const terug = await t.app.request(`/vraagstukken/${id}/terugsturen`, postForm(verbinder, { versie: '2', bevestig: 'ja', opmerking: 'Noem ook de gewenste periode.' }));
    assert.equal(terug.status, 303);
    assert.equal((await rij()).status, 'teruggestuurd');
  });

  it('shows the remark to the owner, refuses a stale edit, and takes the fixed version', async () => {
    const detail = await t.fetch(`/vraagstukken/${id}`, getAs(eigenaar));
    assert.ok(detail.text.includes('Noem ook de gewenste periode.'));
    assert.equal((await t.app.request(`/vraagstukken/${id}/bewerken`, getAs(buitenstaander))).status, 404, 'not visible to outsiders');
    const edit = await t.fetch(`/vraagstukken/${id}/bewerken`, getAs(eigenaar));
    assert.equal(edit.res.status, 200);
    assert.ok(edit.text.includes('name="versie" value="3"'));
    const fields = { ...velden(), themaCodes: 'informatiehuishouding', niveaus: 'hbo-bachelor', vroegsteStart: '2099-09-01', deadline: '2099-06-30', actie: 'opslaan' };
    const stale = await t.fetch(`/vraagstukken/${id}/bewerken`, postForm(eigenaar, { ...fields, versie: '2', titelNl: 'Mijn nieuwe titel' }));
    assert.equal(stale.res.status, 409);
    assert.ok(stale.text.includes('Iemand anders heeft dit vraagstuk intussen gewijzigd'));
    assert.ok(stale.text.includes('value="Mijn nieuwe titel"'), 'input kept');
    assert.equal((await rij()).titelNl, 'Chatberichten archiveren', 'nothing saved');
    const kaal = await t.app.request(`/vraagstukken/${id}/bewerken`, postForm(eigenaar, {}));
    assert.equal(kaal.status, 400);
    const ok = await t.app.request(`/vraagstukken/${id}/bewerken`, postForm(eigenaar, { ...fields, versie: '3' }));
    assert.equal(ok.status, 303);
    assert.equal((await rij()).vroegsteStart, '2099-09-01');
    const opnieuw = await t.app.request(`/vraagstukken/${id}/indienen`, postForm(eigenaar, { versie: '4', bevestig: 'ja' }));
    assert.equal(opnieuw.status, 303);
    assert.equal((await rij()).status, 'ingediend');
  });

  it('is published by the verbinder, then readable by anyone with its history and attachment', async () => {
    assert.equal((await t.app.request(`/vraagstukken/${id}/publiceren`, postForm(verbinder, { versie: '5', bevestig: 'ja' }))).status, 303);
    const anoniem = await t.fetch(`/vraagstukken/${id}`);
    assert.equal(anoniem.res.status, 200);
    assert.ok(anoniem.text.includes('Hoe archiveren we chatberichten volgens de Archiefwet?'));
    assert.ok(anoniem.text.includes('<a class="utrecht-link" href="https://example.org/beleid" rel="nofollow ugc noopener">'), 'links in plain text');
    assert.ok(anoniem.text.includes('Teruggestuurd') && anoniem.text.includes('Gepubliceerd'), 'the history');
    assert.ok(!anoniem.text.includes('Noem ook de gewenste periode.'), 'remarks only for owners and verbinders');
    assert.ok(!anoniem.text.includes('/belangstelling"'), 'anonymous visitors log in first');
    const docent = await t.fetch(`/vraagstukken/${id}`, getAs(buitenstaander));
    assert.ok(docent.text.includes(`/vraagstukken/${id}/belangstelling"`));
    const verbinderZiet = await t.fetch(`/vraagstukken/${id}`, getAs(verbinder));
    assert.ok(verbinderZiet.text.includes('Noem ook de gewenste periode.'));
    const [b] = await t.db.select({ id: vraagstukBijlagen.id }).from(vraagstukBijlagen).where(eq(vraagstukBijlagen.vraagstukId, id));
    const download = await t.app.request(`/vraagstukken/${id}/bijlagen/${b!.id}`);
    assert.equal(download.status, 200);
    assert.equal(download.headers.get('content-type'), 'application/pdf');
    assert.equal(download.headers.get('content-disposition'), `attachment; filename="Achtergrond.pdf"; filename*=UTF-8''Achtergrond.pdf`);
    assert.equal(download.headers.get('x-content-type-options'), 'nosniff');
    assert.match(download.headers.get('cache-control') ?? '', /private/);
    assert.equal((await t.app.request(`/vraagstukken/${id}/bijlagen/niet-een-uuid`)).status, 404);
    assert.equal((await t.app.request('/vraagstukken/niet-een-uuid')).status, 404);
    const en = await t.fetch(`/en/vraagstukken/${id}`);
    assert.equal(en.res.status, 200);
    assert.match(en.text, /<h1 class="utrecht-heading-1" lang="nl">Chatberichten archiveren<\/h1>/, 'Dutch-only content marked on the English page');
  });

  it('refuses outsiders, manages attachments with confirmation, and closes with a reason', async () => {
    assert.equal((await t.app.request(`/vraagstukken/${id}/bewerken`, getAs(buitenstaander))).status, 403);
    assert.equal((await t.app.request(`/vraagstukken/${id}/bewerken`, postForm(buitenstaander, velden()))).status, 403);
    assert.equal((await t.app.request(`/vraagstukken/${id}/sluiten`, postForm(buitenstaander, { versie: '6', bevestig: 'ja', sluitreden: 'afgerond' }))).status, 403);
    assert.equal((await t.app.request(`/vraagstukken/${id}/publiceren`, getAs(verbinderElders))).status, 403, "another regio's verbinder");
    assert.equal((await t.app.request(`/vraagstukken/${id}/bijlagen`, multipart(buitenstaander, {}, [{ naam: 'a.pdf', inhoud: voorbeeld.pdf() }]))).status, 403);

    const fout = await t.fetch(`/vraagstukken/${id}/bijlagen`, multipart(eigenaar, {}, [{ naam: 'nep.odt', inhoud: new TextEncoder().encode('nee') }]));
    assert.equal(fout.res.status, 415);
    assert.ok(fout.text.includes('nep.odt is geen PDF-, DOCX- of ODT-bestand.'));
    assert.equal((await t.app.request(`/vraagstukken/${id}/bijlagen`, multipart(eigenaar, {}, [{ naam: 'plan.odt', inhoud: voorbeeld.odt() }]))).status, 303);
    const [plan] = await t.db.select({ id: vraagstukBijlagen.id }).from(vraagstukBijlagen).where(and(eq(vraagstukBijlagen.vraagstukId, id), eq(vraagstukBijlagen.bestandsnaam, 'plan.odt')));
    const vraag = await t.fetch(`/vraagstukken/${id}/bijlagen/${plan!.id}/verwijderen`, getAs(eigenaar));
    assert.equal(vraag.res.status, 200);
    assert.ok(vraag.text.includes('name="bevestig" value="ja"'));
    assert.equal((await t.app.request(`/vraagstukken/${id}/bijlagen/${plan!.id}/verwijderen`, postForm(eigenaar, {}))).status, 400);
    assert.equal((await t.app.request(`/vraagstukken/${id}/bijlagen/${plan!.id}/verwijderen`, postForm(buitenstaander, { bevestig: 'ja' }))).status, 403);
    assert.equal((await t.db.select().from(vraagstukBijlagen).where(eq(vraagstukBijlagen.id, plan!.id))).length, 1, 'still there');
    assert.equal((await t.app.request(`/vraagstukken/${id}/bijlagen/${plan!.id}/verwijderen`, postForm(eigenaar, { bevestig: 'ja' }))).status, 303);
    assert.equal((await t.db.select().from(vraagstukBijlagen).where(eq(vraagstukBijlagen.id, plan!.id))).length, 0);

    const zonderReden = await t.fetch(`/vraagstukken/${id}/sluiten`, postForm(eigenaar, { versie: '6', bevestig: 'ja' }));
    assert.equal(zonderReden.res.status, 400);
    assert.ok(zonderReden.text.includes('Kies waarom het vraagstuk wordt gesloten.'));
    const verouderd = await t.fetch(`/vraagstukken/${id}/sluiten`, postForm(eigenaar, { versie: '5', bevestig: 'ja', sluitreden: 'afgerond' }));
    assert.equal(verouderd.res.status, 409);
    assert.equal((await rij()).status, 'gepubliceerd');
    assert.equal((await t.app.request(`/vraagstukken/${id}/sluiten`, postForm(eigenaar, { versie: '6', bevestig: 'ja', sluitreden: 'afgerond' }))).status, 303);
    const gesloten = await rij();
    assert.equal(gesloten.status, 'gesloten');
    assert.equal(gesloten.sluitreden, 'afgerond');
    const detail = await t.fetch(`/vraagstukken/${id}`);
    assert.ok(detail.text.includes('Gesloten') && detail.text.includes('Afgerond'));
    const nietMeer = await t.app.request(`/vraagstukken/${id}/intrekken`, getAs(eigenaar));
    assert.equal(nietMeer.status, 409);
    const soorten = (await t.db.select({ s: vraagstukGebeurtenissen.soort }).from(vraagstukGebeurtenissen).where(eq(vraagstukGebeurtenissen.vraagstukId, id)).orderBy(vraagstukGebeurtenissen.id)).map((g) => g.s);
    assert.deepEqual(soorten, ['aangemaakt', 'ingediend', 'teruggestuurd', 'bewerkt', 'ingediend', 'gepubliceerd', 'bijlage-toegevoegd', 'bijlage-verwijderd', 'gesloten']);
  });

  it('hides the details of a na-introductie vraagstuk from the public', async () => {
    const v = { id: await voegVraagstukToe(t.db, org.id, { titelNl: 'Vertrouwelijke vraag', contextNl: 'Openbare context.', vraagNl: 'Geheime vraag', themaCodes: ['cybersecurity'], niveaus: ['wo-master'], regioCode: org.regio, vertrouwelijkheid: 'na-introductie' }) };
    const [b] = await t.db
      .insert(vraagstukBijlagen)
      .values({ vraagstukId: v.id, bestandsnaam: 'geheim.pdf', mediatype: 'application/pdf', grootte: 9, sha256: 'x', inhoud: voorbeeld.pdf() })
      .returning({ id: vraagstukBijlagen.id });
    const anoniem = await t.fetch(`/vraagstukken/${v.id}`);
    assert.equal(anoniem.res.status, 200);
    assert.ok(anoniem.text.includes('Openbare context.'));
    assert.ok(!anoniem.text.includes('Geheime vraag') && !anoniem.text.includes('geheim.pdf'));
    assert.ok(anoniem.text.includes('na een introductie'));
    assert.equal((await t.app.request(`/vraagstukken/${v.id}/bijlagen/${b!.id}`)).status, 404);
    const beoordelaar = await t.fetch(`/vraagstukken/${v.id}`, getAs(verbinder));
    assert.ok(beoordelaar.text.includes('Geheime vraag') && beoordelaar.text.includes('geheim.pdf'), 'the verbinder of the regio sees everything');
    assert.equal((await t.app.request(`/vraagstukken/${v.id}/bijlagen/${b!.id}`, getAs(verbinder))).status, 200);
  });

  it('shows empty states', async () => {
    const leeg = await t.fetch('/account/vraagstukken', getAs(buitenstaander));
    assert.equal(leeg.res.status, 200);
    assert.ok(leeg.text.includes('Uw organisaties hebben nog geen vraagstukken.'));
    const rijElders = await t.fetch('/en/verbinder/vraagstukken', getAs(verbinderElders));
    assert.equal(rijElders.res.status, 200);
    assert.ok(rijElders.text.includes('Nothing waits for review.'));
  });
});
