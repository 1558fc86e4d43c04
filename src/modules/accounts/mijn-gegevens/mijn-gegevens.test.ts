import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { createAccount, getAs, loginAs, postForm, type Browserish, type TestAccount } from '../../../../tests/support/accounts.ts';
import { hashToken, randomToken } from '../../../platform/secrets.ts';
import { auditLog, recordAudit } from '../../audit/index.ts';
import { lidmaatschappen } from '../../lidmaatschappen/index.ts';
import { organisaties } from '../../organisaties/index.ts';
import { affiliaties, beschikbaarheden, profielen, profielThemas } from '../../personen/schema.ts';
import { themas } from '../../taxonomie/index.ts';
import { loadAccountActor } from '../actor-loader.ts';
import { accounts, apiTokens, externeIdentiteiten } from '../schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe('Mijn gegevens: /account/gegevens, download, logboek, verwijderen', () => {
  let t: T;
  let org: { id: string; slug: string; naam: string };
  let me: TestAccount;
  let meBrowser: Browserish;
  let bob: TestAccount;

  before(async () => {
    t = await createTestApp();
    [org] = (await t.db
      .select({ id: organisaties.id, slug: organisaties.slug, naam: organisaties.naam })
      .from(organisaties)
      .where(eq(organisaties.soort, 'hogeschool'))
      .limit(1)) as [typeof org];
    me = await createAccount(t.db, t.config, { naam: 'Mila Mijnder', email: 'mila@example.org', persoonstype: 'docent', lidmaatschappen: [{ organisatieId: org.id, rol: 'coordinator' }] });
    bob = await createAccount(t.db, t.config, { naam: 'Bob Buurman', email: 'bob.buurman@example.org', lidmaatschappen: [{ organisatieId: org.id, rol: 'lid' }] });
    meBrowser = await loginAs(t.db, t.config, me.id);
    await t.db.insert(externeIdentiteiten).values({ provider: 'surfconext', subject: 'geheim-subject-123', accountId: me.id });
    await t.db.insert(apiTokens).values({ accountId: me.id, naam: 'Mijn script', tokenHash: hashToken(randomToken()), prefix: 'ipt_mila', scopes: ['read'], verlooptOp: new Date(Date.now() + 86_400_000) });
    const [thema] = await t.db.select({ code: themas.code }).from(themas).limit(1);
    await t.db.insert(profielen).values({ accountId: me.id, expertiseNl: 'Mila weet veel van archivering', trefwoorden: ['archivering'], talen: ['nl', 'en'], links: [{ label: 'Mijn pagina', url: 'https://example.org/mila' }] });
    await t.db.insert(profielThemas).values({ accountId: me.id, themaCode: thema!.code });
    await t.db.insert(affiliaties).values({ accountId: me.id, organisatieId: org.id, rol: 'lector' });
    await t.db.insert(beschikbaarheden).values({ accountId: me.id, van: '2026-09-01', tot: '2027-01-31', toelichting: 'najaar' });
    await t.db.insert(profielen).values({ accountId: bob.id, expertiseNl: 'Geheime expertise van Bob' });
    const meActor = (await loadAccountActor(t.db, me.id, { via: 'sessie', tweedeFactorGebruikt: true }))!;
    const bobActor = (await loadAccountActor(t.db, bob.id, { via: 'sessie', tweedeFactorGebruikt: true }))!;
    await t.db.transaction(async (tx) => {
      // I changed Bob's role (his data), Bob changed something about me, and Bob's own registration.
      await recordAudit(tx, { actor: meActor, actie: 'lidmaatschap.rol-gewijzigd', objectType: 'lidmaatschap', objectId: 'l1', betreftAccountId: bob.id, voor: { naam: 'Bob Buurman', rol: 'lid' }, na: { naam: 'Bob Buurman', rol: 'coordinator' } });
      await recordAudit(tx, { actor: bobActor, actie: 'uitnodiging.geaccepteerd', objectType: 'uitnodiging', objectId: 'u1', betreftAccountId: me.id, na: { rol: 'lid' } });
      await recordAudit(tx, { actor: { kind: 'systeem' }, actie: 'account.geregistreerd', objectType: 'account', objectId: bob.id, betreftAccountId: bob.id, na: { email: bob.email, naam: 'Bob Buurman' } });
    });
  });
  after(() => t.close());

  it('sends anonymous visitors to the login page', async () => {
    for (const path of ['/account/gegevens', '/account/gegevens/download', '/account/gegevens/logboek', '/account/verwijderen', '/en/account/gegevens']) {
      const res = await t.app.request(path);
      assert.equal(res.status, 303, path);
      assert.match(res.headers.get('location') ?? '', /\/inloggen\?terug=/, path);
    }
  });

  it('shows everything stored about me, without hashes or secrets', async () => {
    const { res, text } = await t.fetch('/account/gegevens', getAs(meBrowser));
    assert.equal(res.status, 200);
    for (const expected of ['mila@example.org', 'Mila Mijnder', 'Docent', org.naam, 'surfconext', 'Mijn script', 'ipt_mila', 'name="versie"']) {
      assert.ok(text.includes(expected), `shows ${expected}`);
    }
    for (const forbidden of ['$argon2', 'geheim-subject-123', 'bob.buurman@example.org']) assert.ok(!text.includes(forbidden), `never shows ${forbidden}`);
    assert.ok(text.includes('/account/gegevens/download') && text.includes('/account/gegevens/logboek') && text.includes('/account/verwijderen'));
    const en = await t.fetch('/en/account/gegevens', getAs(meBrowser));
    assert.ok(en.text.includes('My data') && en.text.includes('Teacher'));
  });

  it('downloads my data as a JSON attachment, with none of another person’s data', async () => {
    const res = await t.app.request('/account/gegevens/download', getAs(meBrowser));
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    assert.match(res.headers.get('content-disposition') ?? '', /^attachment; filename="i-partnerschap-mijn-gegevens-\d{4}-\d{2}-\d{2}\.json"$/);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const text = await res.text();
    const doc = JSON.parse(text);
    assert.equal(doc.account.email, 'mila@example.org');
    assert.equal(doc.account.naam, 'Mila Mijnder');
    assert.equal(doc.lidmaatschappen[0].organisatie, org.naam);
    assert.equal(doc.externeIdentiteiten[0].provider, 'surfconext');
    assert.equal(doc.apiTokens[0].prefix, 'ipt_mila');
    assert.ok(doc.sessies.actief >= 1);
    assert.equal(doc.profiel.expertiseNl, 'Mila weet veel van archivering');
    assert.deepEqual(doc.profiel.trefwoorden, ['archivering']);
    assert.deepEqual(doc.profiel.talen, ['nl', 'en']);
    assert.deepEqual(doc.profiel.links, [{ label: 'Mijn pagina', url: 'https://example.org/mila' }]);
    assert.equal(doc.profiel.themas.length, 1);
    assert.deepEqual(doc.profiel.affiliaties, [{ organisatie: org.naam, slug: org.slug, onderdeel: null, rol: 'lector' }]);
    assert.deepEqual(doc.profiel.beschikbaarheden, [{ van: '2026-09-01', tot: '2027-01-31', toelichting: 'najaar' }]);
    assert.deepEqual(doc.profiel.contactpersoonVan, []);
    const acties = doc.auditLog.map((e: { actie: string }) => e.actie);
    assert.ok(acties.includes('uitnodiging.geaccepteerd'), 'an entry about me');
    assert.ok(acties.includes('lidmaatschap.rol-gewijzigd'), 'an entry of my own action');
    assert.ok(!acties.includes('account.geregistreerd'), "Bob's own entries are not mine");
    for (const forbidden of ['Bob Buurman', 'bob.buurman@example.org', bob.id, 'Geheime expertise van Bob', '$argon2', 'geheim-subject-123', 'tokenHash', 'wachtwoordHash', 'totpGeheim']) {
      assert.ok(!text.includes(forbidden), `the download does not contain ${forbidden}`);
    }
  });

  it('corrects the profile, records it in the log, and refuses a stale save without overwriting', async () => {
    const [before] = await t.db.select({ versie: accounts.versie }).from(accounts).where(eq(accounts.id, me.id));
    const versie = String(before!.versie);
    const saved = await t.app.request('/account/gegevens', postForm(meBrowser, { naam: 'Mila de Mijnder', persoonstype: 'lector', taal: 'en', versie }));
    assert.equal(saved.status, 303);
    assert.equal(saved.headers.get('location'), '/account/gegevens');
    const [after1] = await t.db.select().from(accounts).where(eq(accounts.id, me.id));
    assert.equal(after1!.naam, 'Mila de Mijnder');
    assert.equal(after1!.persoonstype, 'lector');
    assert.equal(after1!.taal, 'en');
    assert.equal(after1!.versie, before!.versie + 1);
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.actie, 'account.profiel-gewijzigd'), eq(auditLog.betreftAccountId, me.id)));
    assert.deepEqual(entry!.wijzigingen.naam, { voor: 'Mila Mijnder', na: 'Mila de Mijnder' });

    // The same form, submitted again from an older tab.
    const stale = await t.fetch('/account/gegevens', postForm(meBrowser, { naam: 'Oude Naam', persoonstype: 'student', taal: 'nl', versie }));
    assert.equal(stale.res.status, 409);
    assert.ok(stale.text.includes('intussen ergens anders gewijzigd'), 'a clear message');
    assert.ok(stale.text.includes('value="Oude Naam"'), 'the input is kept');
    assert.ok(stale.text.includes(`name="versie" value="${after1!.versie}"`), 'now on the current version');
    const [after2] = await t.db.select().from(accounts).where(eq(accounts.id, me.id));
    assert.equal(after2!.naam, 'Mila de Mijnder', 'nothing overwritten');
    assert.equal(after2!.versie, after1!.versie);
  });

  it('re-renders bad profile input with an error summary and field messages', async () => {
    const { res, text } = await t.fetch('/en/account/gegevens', postForm(meBrowser, { naam: '   ', persoonstype: 'piraat', taal: 'nl', versie: '1' }));
    assert.equal(res.status, 400);
    assert.ok(text.includes('href="#profiel-naam"') && text.includes('href="#profiel-persoonstype"'));
    assert.ok(text.includes('id="profiel-naam-fout"') && text.includes('aria-invalid="true"'));
    assert.ok(text.includes('Choose what you are from the list.'));
    const long = await t.fetch('/account/gegevens', postForm(meBrowser, { naam: 'x'.repeat(201), persoonstype: 'docent', taal: 'nl', versie: '1' }));
    assert.equal(long.res.status, 400);
    assert.ok(long.text.includes('hoogstens 200 tekens'));
  });

  it('turns the public profile on and off (off by default)', async () => {
    const [row] = await t.db.select({ openbaar: accounts.profielOpenbaar, versie: accounts.versie }).from(accounts).where(eq(accounts.id, me.id));
    assert.equal(row!.openbaar, false, 'off by default');
    const on = await t.app.request('/account/gegevens/openbaar', postForm(meBrowser, { openbaar: 'ja', versie: String(row!.versie) }));
    assert.equal(on.status, 303);
    const [after] = await t.db.select({ openbaar: accounts.profielOpenbaar }).from(accounts).where(eq(accounts.id, me.id));
    assert.equal(after!.openbaar, true);
    const stale = await t.app.request('/account/gegevens/openbaar', postForm(meBrowser, { openbaar: 'nee', versie: String(row!.versie) }));
    assert.equal(stale.status, 409);
  });

  it('shows the log entries about me, and only those', async () => {
    const { res, text } = await t.fetch('/account/gegevens/logboek', getAs(meBrowser));
    assert.equal(res.status, 200);
    assert.ok(text.includes('<caption'));
    assert.ok(text.includes('Uitnodiging geaccepteerd'));
    assert.ok(text.includes('Profiel gewijzigd'));
    assert.ok(!text.includes('lidmaatschap.rol-gewijzigd'), 'my action on Bob is about Bob, not me');
    const bad = await t.fetch('/account/gegevens/logboek?page=abc', getAs(meBrowser));
    assert.equal(bad.res.status, 200);
    assert.ok(bad.text.includes('href="#resultaten"'));
  });

  it('does not let the last coordinator of an organisation with members delete the account', async () => {
    const page = await t.fetch('/account/verwijderen', getAs(meBrowser));
    assert.equal(page.res.status, 200);
    assert.ok(page.text.includes('laatste coördinator'));
    assert.ok(page.text.includes(`/organisaties/${org.slug}/leden`));
    const res = await t.fetch('/account/verwijderen', postForm(meBrowser, { bevestiging: 'VERWIJDEREN', wachtwoord: me.wachtwoord }));
    assert.equal(res.res.status, 409);
    const [row] = await t.db.select({ email: accounts.email }).from(accounts).where(eq(accounts.id, me.id));
    assert.equal(row!.email, 'mila@example.org');
  });

  it('deletes an account after the word and the password, logs out and lands on the home page', async () => {
    const carl = await createAccount(t.db, t.config, { naam: 'Carl Weg', email: 'carl.weg@example.org', lidmaatschappen: [{ organisatieId: org.id, rol: 'lid' }] });
    const browser = await loginAs(t.db, t.config, carl.id);
    const form = await t.fetch('/en/account/verwijderen', getAs(browser));
    assert.equal(form.res.status, 200);
    assert.ok(form.text.includes('DELETE') && form.text.includes('type="password"'));

    const wrongWord = await t.fetch('/account/verwijderen', postForm(browser, { bevestiging: 'weg ermee', wachtwoord: carl.wachtwoord }));
    assert.equal(wrongWord.res.status, 400);
    assert.ok(wrongWord.text.includes('href="#verwijderen-bevestiging"') && wrongWord.text.includes('value="weg ermee"'));
    const wrongPassword = await t.fetch('/account/verwijderen', postForm(browser, { bevestiging: 'verwijderen', wachtwoord: 'niet-het-wachtwoord' }));
    assert.equal(wrongPassword.res.status, 400);
    assert.ok(wrongPassword.text.includes('href="#verwijderen-wachtwoord"'));
    assert.ok(!wrongPassword.text.includes('niet-het-wachtwoord'), 'the password is never echoed');

    const done = await t.app.request('/account/verwijderen', postForm(browser, { bevestiging: 'VERWIJDEREN', wachtwoord: carl.wachtwoord }));
    assert.equal(done.status, 303);
    assert.equal(done.headers.get('location'), '/');
    const cookies = done.headers.getSetCookie().join('\n');
    assert.match(cookies, /ip_sessie=;/, 'the session cookie is cleared');
    assert.match(cookies, /ip_melding=mijnGegevens\.verwijderen\.gelukt/, 'a flash message');
    const home = await t.fetch('/', { headers: { cookie: `${browser.cookie}; ip_melding=mijnGegevens.verwijderen.gelukt` } });
    assert.ok(home.text.includes('Uw account is verwijderd'));

    const [row] = await t.db.select().from(accounts).where(eq(accounts.id, carl.id));
    assert.equal(row!.email, null);
    assert.equal(row!.naam, 'verwijderde gebruiker');
    assert.equal((await t.db.select().from(lidmaatschappen).where(eq(lidmaatschappen.accountId, carl.id))).length, 0);
    const again = await t.app.request('/account/gegevens', getAs(browser));
    assert.equal(again.status, 303, 'the old session no longer works');
  });
});
