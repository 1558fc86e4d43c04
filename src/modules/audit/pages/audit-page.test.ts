import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { createAccount, getAs, loginAs, type Browserish, type TestAccount } from '../../../../tests/support/accounts.ts';
import { accounts } from '../../accounts/index.ts';
import { auditLog } from '../schema.ts';
import { startOfDutchDay, startOfNextDutchDay } from '../time.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe('audit log /beheer/audit', () => {
  let t: T;
  let beheerder: Browserish;
  let student: Browserish;
  let alice: TestAccount;
  let gone: TestAccount;

  before(async () => {
    t = await createTestApp();
    const b = await createAccount(t.db, t.config, { naam: 'Bea Beheer', platformrollen: [{ rol: 'beheerder' }] });
    beheerder = await loginAs(t.db, t.config, b.id);
    const s = await createAccount(t.db, t.config, { persoonstype: 'student' });
    student = await loginAs(t.db, t.config, s.id);
    alice = await createAccount(t.db, t.config, { naam: 'Alice Actor', email: 'alice@example.org' });
    gone = await createAccount(t.db, t.config, { naam: 'Gerrit Weg' });
    await t.db.update(accounts).set({ naam: 'verwijderde gebruiker', email: null, verwijderdOp: new Date() }).where(eq(accounts.id, gone.id));
    // Known moments around a Dutch day boundary: 2026-03-01 00:30 in Amsterdam is 2026-02-28 23:30 UTC.
    await t.db.insert(auditLog).values([
      { op: new Date('2026-02-28T23:30:00Z'), actorId: alice.id, actie: 'test.eerste', objectType: 'ding', objectId: 'd-1', betreftAccountId: alice.id, wijzigingen: { naam: { voor: 'Oud', na: 'Nieuw' } } },
      { op: new Date('2026-02-28T22:30:00Z'), actorId: null, actie: 'test.systeem', objectType: 'ding', objectId: 'd-2', wijzigingen: { wachtwoordHash: { voor: null, na: '***' } } },
      { op: new Date('2026-03-05T12:00:00Z'), actorId: gone.id, actie: 'test.weg', objectType: 'ander', objectId: 'a-1', wijzigingen: {} },
    ]);
    // Enough for a second page.
    await t.db.insert(auditLog).values(
      Array.from({ length: 55 }, (_, i) => ({ op: new Date(Date.UTC(2025, 0, 1, 0, i)), actie: 'test.vulling', objectType: 'vulling', objectId: `v-${i}`, wijzigingen: {} })),
    );
  });
  after(() => t.close());

  it('refuses a non-beheerder (403) and sends anonymous visitors to the login page (303)', async () => {
    assert.equal((await t.app.request('/beheer/audit', getAs(student))).status, 403);
    const anon = await t.app.request('/beheer/audit');
    assert.equal(anon.status, 303);
    assert.match(anon.headers.get('location') ?? '', /^\/inloggen\?terug=%2Fbeheer%2Faudit/);
  });

  it('shows the log to a beheerder as a table, newest first, with who, what and before → after', async () => {
    const { res, text } = await t.fetch('/beheer/audit', getAs(beheerder));
    assert.equal(res.status, 200);
    assert.ok(text.includes('<caption class="utrecht-table__caption" id="audit-tabel">'));
    assert.ok(text.includes('<th class="utrecht-table__header-cell" scope="col">Wanneer</th>'));
    assert.ok(text.includes('scope="row"'));
    assert.ok(text.indexOf('<code>test.weg</code>') < text.indexOf('<code>test.eerste</code>'), 'newest first');
    assert.ok(text.includes('Alice Actor'));
    assert.ok(text.includes('<em>systeem</em>'));
    assert.ok(text.includes('<em>verwijderde gebruiker</em>'));
    assert.ok(!text.includes('Gerrit Weg'));
    assert.ok(text.includes('Oud') && text.includes('→') && text.includes('Nieuw'));
    assert.ok(text.includes('(geheim, niet vastgelegd)'));
    assert.ok(text.includes('1 mrt 2026, 00:30:00'), 'Dutch time, in Dutch');
    assert.ok(text.includes('pagina 1 van 2'));
    const en = await t.fetch('/en/beheer/audit', getAs(beheerder));
    assert.ok(en.text.includes('1 Mar 2026, 00:30:00') && en.text.includes('deleted user') && en.text.includes('<em>system</em>'));
    const page2 = await t.fetch('/beheer/audit?page=2', getAs(beheerder));
    assert.ok(page2.text.includes('pagina 2 van 2'));
  });

  it('filters by action, object, actor (id or e-mail), betreft and Dutch dates', async () => {
    const only = async (query: string) => {
      const { res, text } = await t.fetch(`/beheer/audit?${query}`, getAs(beheerder));
      assert.equal(res.status, 200, query);
      assert.ok(!text.includes('ip-error-summary'), `${query} is valid`);
      return ['test.eerste', 'test.systeem', 'test.weg'].filter((a) => text.includes(`<code>${a}</code>`));
    };
    assert.deepEqual(await only('actie=test.systeem'), ['test.systeem']);
    assert.deepEqual(await only('objecttype=ding'), ['test.eerste', 'test.systeem']);
    assert.deepEqual(await only('objecttype=ding&objectid=d-1'), ['test.eerste']);
    assert.deepEqual(await only(`actor=${alice.id}`), ['test.eerste']);
    assert.deepEqual(await only('actor=ALICE%40example.org'), ['test.eerste']);
    assert.deepEqual(await only(`betreft=${alice.id}`), ['test.eerste']);
    assert.deepEqual(await only('actor=niemand%40example.org'), []);
    // 1 March in the Netherlands starts at 23:00 UTC on 28 February.
    assert.deepEqual(await only('van=2026-03-01&tot=2026-03-01'), ['test.eerste']);
    assert.deepEqual(await only('tot=2026-02-28&objecttype=ding'), ['test.systeem']);
    assert.deepEqual(await only('van=2026-03-02'), ['test.weg']);
  });

  it('reports invalid filter values, ignores them and keeps the input', async () => {
    const { res, text } = await t.fetch('/beheer/audit?van=gisteren&actie=bestaat.niet&actor=geen-id&objecttype=ding&page=0', getAs(beheerder));
    assert.equal(res.status, 200);
    assert.ok(text.includes('ip-error-summary'));
    for (const anchor of ['#filter-van', '#filter-actie', '#filter-actor', '#resultaten']) assert.ok(text.includes(`href="${anchor}"`), anchor);
    assert.ok(text.includes('value="gisteren"') && text.includes('value="geen-id"'), 'typed values are kept');
    assert.ok(text.includes('<option value="bestaat.niet" selected'), 'the refused action stays selected');
    assert.ok(text.includes('<code>test.eerste</code>') && !text.includes('<code>test.weg</code>'), 'the valid filter still applies');
    const order = await t.fetch('/beheer/audit?van=2026-03-02&tot=2026-03-01', getAs(beheerder));
    assert.ok(order.text.includes('href="#filter-tot"'));
    const nul = await t.fetch('/beheer/audit?objectid=%00x', getAs(beheerder));
    assert.equal(nul.res.status, 200, 'a NUL byte is a reported filter error, not a database error');
  });

  it('turns Dutch calendar days into UTC moments across daylight saving time', () => {
    assert.equal(startOfDutchDay('2026-01-15').toISOString(), '2026-01-14T23:00:00.000Z');
    assert.equal(startOfDutchDay('2026-07-15').toISOString(), '2026-07-14T22:00:00.000Z');
    assert.equal(startOfNextDutchDay('2026-03-28').toISOString(), '2026-03-28T23:00:00.000Z');
    assert.equal(startOfNextDutchDay('2026-03-29').toISOString(), '2026-03-29T22:00:00.000Z');
    assert.equal(startOfNextDutchDay('2026-12-31').toISOString(), '2026-12-31T23:00:00.000Z');
  });
});
