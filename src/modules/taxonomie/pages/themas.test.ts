import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { createAccount, getAs, loginAs, postForm, type Browserish } from '../../../../tests/support/accounts.ts';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { auditLog } from '../../audit/index.ts';
import { themas, themaSynoniemen } from '../schema.ts';
import { importThemaSynoniemen } from '../thema-synoniemen-import.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe('beheer of themes and synonyms', () => {
  let t: T;
  let beheerder: Browserish;
  let gewoon: Browserish;

  before(async () => {
    t = await createTestApp();
    await importThemaSynoniemen(t.db);
    beheerder = await loginAs(t.db, t.config, (await createAccount(t.db, t.config, { platformrollen: [{ rol: 'beheerder' }] })).id);
    gewoon = await loginAs(t.db, t.config, (await createAccount(t.db, t.config, { persoonstype: 'docent' })).id);
  });
  after(() => t.close());

  const versieOf = async (code: string) => (await t.db.select({ v: themas.versie }).from(themas).where(eq(themas.code, code)))[0]!.v;

  it('is for beheerders only; the public list is for everyone', async () => {
    for (const path of ['/beheer/themas', '/beheer/themas/cybersecurity', '/en/beheer/themas']) {
      assert.equal((await t.app.request(path)).status, 303, `${path} anonymous`);
      assert.equal((await t.app.request(path, getAs(gewoon))).status, 403, `${path} docent`);
      assert.equal((await t.app.request(path, getAs(beheerder))).status, 200, `${path} beheerder`);
    }
    const post = await t.app.request('/beheer/themas/cybersecurity', postForm(gewoon, { versie: '1', naamNl: 'Gekaapt', naamEn: 'Hijacked' }));
    assert.equal(post.status, 403);
    assert.equal((await t.app.request('/themas')).status, 200);
    assert.equal((await t.app.request('/beheer/themas/bestaat-niet', getAs(beheerder))).status, 404);
  });

  it('lists the themes with both names and the number of synonyms', async () => {
    const { text } = await t.fetch('/beheer/themas', getAs(beheerder));
    assert.ok(text.includes('Informatiehuishouding en archivering'));
    assert.ok(text.includes('Information management and archiving'));
    assert.match(text, /<code>informatiehuishouding<\/code><\/td><td class="utrecht-table__cell">6<\/td>/);
  });

  it('saves a theme over the version read, and refuses a stale save with the input kept', async () => {
    const path = '/beheer/themas/duurzame-it';
    const v = await versieOf('duurzame-it');
    const fields = { naamNl: 'Duurzame IT', naamEn: 'Sustainable IT', beschrijvingNl: 'Energiezuinige systemen.', beschrijvingEn: '' };
    const ok = await t.app.request(path, postForm(beheerder, { versie: String(v), ...fields }));
    assert.equal(ok.status, 303);
    const [row] = await t.db.select().from(themas).where(eq(themas.code, 'duurzame-it'));
    assert.equal(row!.beschrijvingNl, 'Energiezuinige systemen.');
    assert.equal(row!.beschrijvingEn, null);
    assert.equal(row!.versie, v + 1);
    const audit = await t.db.select().from(auditLog).where(and(eq(auditLog.objectType, 'thema'), eq(auditLog.objectId, 'duurzame-it')));
    assert.deepEqual(audit.at(-1)!.wijzigingen.beschrijvingNl, { voor: null, na: 'Energiezuinige systemen.' });

    // A second tab still holds the old versie.
    const stale = await t.fetch(path, postForm(beheerder, { versie: String(v), ...fields, naamNl: 'Groene IT' }));
    assert.equal(stale.res.status, 409);
    assert.ok(stale.text.includes('gewijzigd door iemand anders'));
    assert.ok(stale.text.includes('value="Groene IT"'), 'input kept');
    assert.ok(stale.text.includes(`name="versie" value="${v + 1}"`), 'a second save is a deliberate choice over the current version');
    assert.equal((await t.db.select().from(themas).where(eq(themas.code, 'duurzame-it')))[0]!.naamNl, 'Duurzame IT', 'nothing overwritten');

    const empty = await t.fetch(path, postForm(beheerder, { versie: String(v + 1), naamNl: '', naamEn: 'x'.repeat(101) }));
    assert.equal(empty.res.status, 400);
    assert.ok(empty.text.includes('href="#thema-naamNl"'));
    assert.ok(empty.text.includes('href="#thema-naamEn"'));
  });

  it('adds synonyms, refuses duplicates naming the theme, and removes after confirmation', async () => {
    const path = '/beheer/themas/cybersecurity';
    const before = await versieOf('cybersecurity');
    const add = await t.app.request(`${path}/synoniemen`, postForm(beheerder, { taal: 'nl', term: '  SOC  ' }));
    assert.equal(add.status, 303);
    assert.equal(await versieOf('cybersecurity'), before + 1, 'the synonyms are part of the theme');
    const [soc] = await t.db.select().from(themaSynoniemen).where(eq(themaSynoniemen.term, 'SOC'));
    assert.ok(soc, 'trimmed');

    const elders = await t.fetch(`${path}/synoniemen`, postForm(beheerder, { taal: 'nl', term: 'ihh' }));
    assert.equal(elders.res.status, 409);
    assert.ok(elders.text.includes('Informatiehuishouding en archivering'), 'names the theme that has it');
    assert.ok(elders.text.includes('href="#synoniem-term"'));
    const hier = await t.fetch(`${path}/synoniemen`, postForm(beheerder, { taal: 'nl', term: 'soc' }));
    assert.equal(hier.res.status, 409);
    assert.ok(hier.text.includes('al een synoniem van dit thema'));
    const otherLanguage = await t.app.request(`${path}/synoniemen`, postForm(beheerder, { taal: 'en', term: 'SOC' }));
    assert.equal(otherLanguage.status, 303, 'unique per language');
    const tooLong = await t.fetch(`${path}/synoniemen`, postForm(beheerder, { taal: 'nl', term: 'x'.repeat(101) }));
    assert.equal(tooLong.res.status, 400);
    const badLanguage = await t.fetch(`${path}/synoniemen`, postForm(beheerder, { taal: 'de', term: 'Cyber' }));
    assert.equal(badLanguage.res.status, 400);

    const confirm = await t.fetch(`${path}/synoniemen/${soc!.id}/verwijderen`, getAs(beheerder));
    assert.equal(confirm.res.status, 200);
    assert.ok(confirm.text.includes('Weet u zeker'));
    assert.ok(await t.db.select().from(themaSynoniemen).where(eq(themaSynoniemen.id, soc!.id)).then((r) => r.length === 1), 'GET deletes nothing');
    const del = await t.app.request(`${path}/synoniemen/${soc!.id}/verwijderen`, postForm(beheerder, {}));
    assert.equal(del.status, 303);
    assert.equal((await t.db.select().from(themaSynoniemen).where(eq(themaSynoniemen.id, soc!.id))).length, 0);
    assert.equal((await t.app.request(`${path}/synoniemen/${soc!.id}/verwijderen`, getAs(beheerder))).status, 404);
    // A synonym of another theme through this theme's path: not found.
    const [ihh] = await t.db.select().from(themaSynoniemen).where(eq(themaSynoniemen.term, 'IHH'));
    assert.equal((await t.app.request(`${path}/synoniemen/${ihh!.id}/verwijderen`, postForm(beheerder, {}))).status, 404);
    const acties = (await t.db.select({ actie: auditLog.actie }).from(auditLog).where(eq(auditLog.objectId, 'cybersecurity'))).map((r) => r.actie);
    assert.ok(acties.includes('thema.synoniem-toegevoegd') && acties.includes('thema.synoniem-verwijderd'));
  });

  it('adds a theme with a unique lower-case code', async () => {
    const bad = await t.fetch('/beheer/themas', postForm(beheerder, { code: 'Quantum Computing', naamNl: 'Quantum', naamEn: 'Quantum' }));
    assert.equal(bad.res.status, 400);
    assert.ok(bad.text.includes('href="#nieuw-code"'));
    assert.ok(bad.text.includes('value="Quantum Computing"'));
    const ok = await t.app.request('/beheer/themas', postForm(beheerder, { code: 'quantum', naamNl: 'Quantumtechnologie', naamEn: 'Quantum technology', beschrijvingNl: 'Qubits.' }));
    assert.equal(ok.status, 303);
    assert.equal(ok.headers.get('location'), '/beheer/themas/quantum');
    const dup = await t.fetch('/beheer/themas', postForm(beheerder, { code: 'cybersecurity', naamNl: 'X', naamEn: 'X' }));
    assert.equal(dup.res.status, 409);
    assert.ok(dup.text.includes('al een thema met de code &#39;cybersecurity&#39;'));
  });

  it('shows changes at once on the public page (the cache is dropped after a write), and searches through synonyms', async () => {
    const before = await t.fetch('/themas?zoek=Qubit', getAs(gewoon));
    assert.ok(before.text.includes('Quantumtechnologie'), 'the new theme is there at once');
    const v = await versieOf('quantum');
    await t.app.request('/beheer/themas/quantum', postForm(beheerder, { versie: String(v), naamNl: 'Kwantumtechnologie', naamEn: 'Quantum technology' }));
    const list = await t.fetch('/themas');
    assert.ok(list.text.includes('Kwantumtechnologie'));
    assert.ok(!list.text.includes('Quantumtechnologie'));

    const ihh = await t.fetch('/themas?zoek=IHH');
    assert.ok(ihh.text.includes('Informatiehuishouding en archivering'));
    assert.ok(ihh.text.includes('1 thema gevonden'));
    await t.app.request('/beheer/themas/quantum/synoniemen', postForm(beheerder, { taal: 'en', term: 'qubits' }));
    const viaSynonym = await t.fetch('/en/themas?zoek=QUBITS');
    assert.ok(viaSynonym.text.includes('Quantum technology'));
    assert.ok(viaSynonym.text.includes('Also searched for: Quantum technology, Kwantumtechnologie'));
    const ai = await t.fetch('/themas?zoek=ai');
    assert.ok(ai.text.includes('Data en AI'));
    assert.ok(!ai.text.includes('Duurzame IT'), "'ai' is not found inside 'Sustainable'");
    const none = await t.fetch('/themas?zoek=zzzz');
    assert.ok(none.text.includes('Geen thema'));
    const long = await t.fetch(`/themas?zoek=${'x'.repeat(300)}`);
    assert.equal(long.res.status, 200);
    assert.ok(long.text.includes('ip-error-summary'));
  });
});
