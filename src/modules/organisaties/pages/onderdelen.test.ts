import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { createAccount, getAs, loginAs, postForm, type Browserish } from '../../../../tests/support/accounts.ts';
import { accounts } from '../../accounts/index.ts';
import { auditLog } from '../../audit/index.ts';
import { onderdelen, organisaties } from '../schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe('onderdelen /organisaties/:slug/onderdelen', () => {
  let t: T;
  let org: { id: string; slug: string };
  let coordinator: Browserish;
  let stranger: Browserish;
  let publiek: string;
  let prive: string;

  before(async () => {
    t = await createTestApp();
    const rows = await t.db.select({ id: organisaties.id, slug: organisaties.slug }).from(organisaties).where(eq(organisaties.soort, 'hogeschool')).orderBy(organisaties.slug).offset(6).limit(2);
    org = rows[0]!;
    coordinator = await loginAs(t.db, t.config, (await createAccount(t.db, t.config, { lidmaatschappen: [{ organisatieId: org.id, rol: 'coordinator' }] })).id);
    stranger = await loginAs(t.db, t.config, (await createAccount(t.db, t.config, { lidmaatschappen: [{ organisatieId: rows[1]!.id, rol: 'coordinator' }] })).id);
    publiek = (await createAccount(t.db, t.config, { naam: 'Petra Publiek', lidmaatschappen: [{ organisatieId: org.id, rol: 'lid' }] })).id;
    prive = (await createAccount(t.db, t.config, { naam: 'Pim Privé', lidmaatschappen: [{ organisatieId: org.id, rol: 'lid' }] })).id;
    await t.db.update(accounts).set({ profielOpenbaar: true }).where(eq(accounts.id, publiek));
  });
  after(() => t.close());

  const base = () => `/organisaties/${org.slug}/onderdelen`;
  const find = async (slug: string) => (await t.db.select().from(onderdelen).where(and(eq(onderdelen.organisatieId, org.id), eq(onderdelen.slug, slug))))[0];
  const add = (fields: Record<string, string>, who = coordinator) => t.app.request(`${base()}/nieuw`, postForm(who, fields));

  it('adds onderdelen with a slug from the name, unique within the organisation', async () => {
    assert.equal((await t.app.request(`${base()}/nieuw`, getAs(coordinator))).status, 200);
    assert.equal((await t.app.request(`${base()}/nieuw`, getAs(stranger))).status, 403);
    assert.equal((await add({ soort: 'faculteit', naam: 'Faculteit Techniek' }, stranger)).status, 403);
    const res = await add({ soort: 'faculteit', naam: 'Faculteit Techniek', beschrijvingNl: 'Techniek en ICT.' });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), `${base()}/faculteit-techniek`);
    const faculteit = (await find('faculteit-techniek'))!;
    const body = new URLSearchParams({ _csrf: coordinator.csrf, soort: 'lectoraat', naam: 'Lectoraat Digitale Overheid', bovenliggendId: faculteit.id, themas: 'data-en-ai', contactpersonen: publiek });
    body.append('themas', 'informatiehuishouding');
    body.append('contactpersonen', prive);
    const lectoraat = await t.app.request(`${base()}/nieuw`, { method: 'POST', headers: { cookie: coordinator.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: body.toString() });
    assert.equal(lectoraat.status, 303);
    assert.equal((await add({ soort: 'lab', naam: 'Lectoraat Digitale Overheid' })).headers.get('location'), `${base()}/lectoraat-digitale-overheid-2`);
    assert.equal((await add({ soort: 'lab', naam: 'Nieuw' })).headers.get('location'), `${base()}/nieuw-2`, "'nieuw' is reserved");
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.objectId, faculteit.id), eq(auditLog.actie, 'onderdeel.aangemaakt')));
    assert.ok(entry, 'audited');
  });

  it('shows a nested public list, and a detail page with only public contact people', async () => {
    const list = await t.fetch(base());
    assert.equal(list.res.status, 200);
    assert.match(list.text, /Faculteit Techniek<\/a><ul[^>]*><li><a[^>]*>Lectoraat Digitale Overheid<\/a>/, 'the lectoraat is nested under the faculty');
    const detail = await t.fetch(`${base()}/lectoraat-digitale-overheid`);
    assert.equal(detail.res.status, 200);
    assert.ok(detail.text.includes('Petra Publiek'));
    assert.ok(!detail.text.includes('Pim Priv'), 'no private profile');
    assert.ok(detail.text.includes('Faculteit Techniek'));
    const en = await t.fetch(`/en${base()}/faculteit-techniek`);
    assert.ok(en.text.includes('lang="nl"'), 'a Dutch-only description is marked as Dutch on the English page');
    assert.equal((await t.app.request(`${base()}/bestaat-niet`)).status, 404);
  });

  it('refuses a cycle and a stale save, and saves a good edit', async () => {
    const faculteit = (await find('faculteit-techniek'))!;
    const lectoraat = (await find('lectoraat-digitale-overheid'))!;
    const edit = `${base()}/faculteit-techniek/bewerken`;
    assert.equal((await t.app.request(edit, getAs(stranger))).status, 403);
    const cycle = await t.fetch(edit, postForm(coordinator, { versie: String(faculteit.versie), soort: 'faculteit', naam: 'Faculteit Techniek', bovenliggendId: lectoraat.id }));
    assert.equal(cycle.res.status, 409);
    assert.ok(cycle.text.includes('niet onder zichzelf'));
    const self = await t.app.request(edit, postForm(coordinator, { versie: String(faculteit.versie), soort: 'faculteit', naam: 'Faculteit Techniek', bovenliggendId: faculteit.id }));
    assert.equal(self.status, 409);
    assert.equal((await find('faculteit-techniek'))!.bovenliggendId, null);

    const ok = await t.app.request(edit, postForm(coordinator, { versie: String(faculteit.versie), soort: 'faculteit', naam: 'Faculteit Techniek en ICT' }));
    assert.equal(ok.status, 303);
    const stale = await t.fetch(edit, postForm(coordinator, { versie: String(faculteit.versie), soort: 'faculteit', naam: 'Oude naam' }));
    assert.equal(stale.res.status, 409);
    assert.ok(stale.text.includes('Uw wijzigingen zijn niet opgeslagen'));
    assert.ok(stale.text.includes('value="Oude naam"'), 'input kept');
    assert.equal((await find('faculteit-techniek'))!.naam, 'Faculteit Techniek en ICT', 'nothing overwritten; the slug stays');
  });

  it('asks before deleting, and moves the children up', async () => {
    const path = `${base()}/faculteit-techniek/verwijderen`;
    const ask = await t.fetch(path, getAs(coordinator));
    assert.equal(ask.res.status, 200);
    assert.ok(ask.text.includes('direct onder de organisatie'));
    assert.equal((await t.app.request(path, postForm(stranger, {}))).status, 403);
    const res = await t.app.request(path, postForm(coordinator, { bevestig: 'ja' }));
    assert.equal(res.status, 303);
    assert.equal(await find('faculteit-techniek'), undefined);
    assert.equal((await find('lectoraat-digitale-overheid'))!.bovenliggendId, null, 'the lectoraat moved up');
  });
});
