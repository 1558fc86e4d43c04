import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { createAccount, getAs, loginAs, postForm, type Browserish } from '../../../../tests/support/accounts.ts';
import { auditLog } from '../../audit/index.ts';
import { organisaties } from '../../organisaties/index.ts';
import { regios } from '../../taxonomie/index.ts';
import { platformrollen } from '../schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe('beheer of accounts and platform roles', () => {
  let t: T;
  let beheerder: Browserish;
  let beheerderId: string;
  let target: { id: string; email: string };
  let regio: string;

  before(async () => {
    t = await createTestApp();
    const b = await createAccount(t.db, t.config, { naam: 'Bea Beheer', platformrollen: [{ rol: 'beheerder' }] });
    beheerderId = b.id;
    beheerder = await loginAs(t.db, t.config, b.id);
    const [org] = await t.db.select({ id: organisaties.id }).from(organisaties).limit(1);
    target = await createAccount(t.db, t.config, {
      naam: 'Vera Verbinder',
      email: 'vera_100%@example.org',
      lidmaatschappen: [{ organisatieId: org!.id, rol: 'coordinator' }],
    });
    for (let i = 0; i < 30; i++) await createAccount(t.db, t.config, { naam: `Persoon ${String(i).padStart(2, '0')}` });
    regio = (await t.db.select({ code: regios.code }).from(regios).limit(1))[0]!.code;
  });
  after(() => t.close());

  it('is for beheerders only', async () => {
    const anon = await t.app.request('/beheer/accounts');
    assert.equal(anon.status, 303);
    const coordinator = await loginAs(t.db, t.config, target.id);
    assert.equal((await t.app.request('/beheer/accounts', getAs(coordinator))).status, 403);
    assert.equal((await t.app.request(`/beheer/accounts/${target.id}`, getAs(coordinator))).status, 403);
    assert.equal((await t.app.request(`/beheer/accounts/${target.id}/rollen`, postForm(coordinator, { rol: 'beheerder' }))).status, 403);
    assert.equal((await t.db.select().from(platformrollen).where(eq(platformrollen.accountId, target.id))).length, 0);
  });

  it('searches by name and e-mail (ilike, wildcards literal), sorted and paginated', async () => {
    const all = await t.fetch('/beheer/accounts', getAs(beheerder));
    assert.equal(all.res.status, 200);
    assert.ok(all.text.includes('32 accounts gevonden'));
    assert.ok(all.text.includes('rel="next"'), 'paginated');
    assert.ok(all.text.indexOf('Bea Beheer') < all.text.indexOf('Persoon 00'), 'sorted by name');
    const page2 = await t.fetch('/beheer/accounts?page=2', getAs(beheerder));
    assert.ok(page2.text.includes('Vera Verbinder'));
    const byName = await t.fetch('/beheer/accounts?zoek=verA', getAs(beheerder));
    assert.ok(byName.text.includes('1 account gevonden'));
    const byMail = await t.fetch(`/beheer/accounts?zoek=${encodeURIComponent('_100%@')}`, getAs(beheerder));
    assert.ok(byMail.text.includes('Vera Verbinder'));
    const literal = await t.fetch(`/beheer/accounts?zoek=${encodeURIComponent('%')}`, getAs(beheerder));
    assert.ok(literal.text.includes('1 account gevonden'), '% is a character, not a wildcard');
    const tooLong = await t.fetch(`/beheer/accounts?zoek=${'x'.repeat(201)}`, getAs(beheerder));
    assert.equal(tooLong.res.status, 200);
    assert.ok(tooLong.text.includes('ip-error-summary'));
  });

  it('shows an account without secrets, with roles and memberships', async () => {
    const { res, text } = await t.fetch(`/beheer/accounts/${target.id}`, getAs(beheerder));
    assert.equal(res.status, 200);
    assert.ok(text.includes('vera_100%@example.org'));
    assert.ok(text.includes('coördinator'));
    assert.ok(!/argon2|wachtwoordHash|totpGeheim|JBSWY3DP/.test(text));
    assert.ok(text.includes('tweede factor'));
    assert.equal((await t.app.request('/beheer/accounts/00000000-0000-4000-8000-000000000000', getAs(beheerder))).status, 404);
  });

  it('assigns roles (verbinder needs a regio), refuses bad input with the input kept, audited', async () => {
    const path = `/beheer/accounts/${target.id}/rollen`;
    const noRegio = await t.fetch(path, postForm(beheerder, { rol: 'verbinder', regio: '' }));
    assert.equal(noRegio.res.status, 400);
    assert.ok(noRegio.text.includes('href="#rol-regio"'));
    assert.ok(/<option value="verbinder" selected/.test(noRegio.text), 'input kept');
    const unknown = await t.fetch(path, postForm(beheerder, { rol: 'verbinder', regio: 'atlantis' }));
    assert.equal(unknown.res.status, 400);
    const badRol = await t.fetch(path, postForm(beheerder, { rol: 'keizer' }));
    assert.equal(badRol.res.status, 400);
    assert.ok(badRol.text.includes('href="#rol-rol"'));

    assert.equal((await t.app.request(path, postForm(beheerder, { rol: 'verbinder', regio }))).status, 303);
    assert.equal((await t.app.request(path, postForm(beheerder, { rol: 'programmamanagement', regio }))).status, 303);
    const twice = await t.fetch(path, postForm(beheerder, { rol: 'programmamanagement' }));
    assert.equal(twice.res.status, 409);
    const rollen = await t.db.select().from(platformrollen).where(eq(platformrollen.accountId, target.id));
    assert.deepEqual(rollen.map((r) => [r.rol, r.regioCode]).sort(), [['programmamanagement', null], ['verbinder', regio]]);
    assert.equal(rollen[0]?.toegekendDoor, beheerderId);
    const log = await t.db.select().from(auditLog).where(and(eq(auditLog.betreftAccountId, target.id), eq(auditLog.actie, 'platformrol.toegekend')));
    assert.equal(log.length, 2);
    const csrf = await t.app.request(path, {
      method: 'POST',
      headers: { cookie: beheerder.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'rol=beheerder',
    });
    assert.equal(csrf.status, 403);
  });

  it('revokes a role after confirmation, audited', async () => {
    const [rol] = await t.db
      .select()
      .from(platformrollen)
      .where(and(eq(platformrollen.accountId, target.id), eq(platformrollen.rol, 'programmamanagement')));
    const path = `/beheer/accounts/${target.id}/rollen/${rol!.id}/intrekken`;
    const confirm = await t.fetch(path, getAs(beheerder));
    assert.equal(confirm.res.status, 200);
    assert.ok(confirm.text.includes('Ja, rol intrekken'));
    assert.equal((await t.app.request(path, postForm(beheerder, {}))).status, 303);
    assert.equal((await t.db.select().from(platformrollen).where(eq(platformrollen.id, rol!.id))).length, 0);
    const [log] = await t.db.select().from(auditLog).where(and(eq(auditLog.betreftAccountId, target.id), eq(auditLog.actie, 'platformrol.ingetrokken')));
    assert.ok(log);
    // A role of another account under this account's path: 404.
    const [own] = await t.db.select().from(platformrollen).where(eq(platformrollen.accountId, beheerderId));
    assert.equal((await t.app.request(`/beheer/accounts/${target.id}/rollen/${own!.id}/intrekken`, getAs(beheerder))).status, 404);
  });

  it('a beheerder cannot revoke their own beheerder role, another beheerder can', async () => {
    const [own] = await t.db.select().from(platformrollen).where(eq(platformrollen.accountId, beheerderId));
    const path = `/beheer/accounts/${beheerderId}/rollen/${own!.id}/intrekken`;
    const page = await t.fetch(`/beheer/accounts/${beheerderId}`, getAs(beheerder));
    assert.ok(page.text.includes('eigen beheerdersrol'));
    const get = await t.fetch(path, getAs(beheerder));
    assert.equal(get.res.status, 403);
    assert.ok(get.text.includes('eigen beheerdersrol niet intrekken'));
    const post = await t.fetch(path, postForm(beheerder, {}));
    assert.equal(post.res.status, 403);
    assert.equal((await t.db.select().from(platformrollen).where(eq(platformrollen.id, own!.id))).length, 1);
    const other = await createAccount(t.db, t.config, { platformrollen: [{ rol: 'beheerder' }] });
    const res = await t.app.request(path, postForm(await loginAs(t.db, t.config, other.id), {}));
    assert.equal(res.status, 303);
  });
});
