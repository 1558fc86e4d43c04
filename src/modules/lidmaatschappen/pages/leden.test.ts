import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { anonymousVisitor, createAccount, getAs, loginAs, postForm, type Browserish } from '../../../../tests/support/accounts.ts';
import { linkIn } from '../../../platform/mail-sink.ts';
import { accounts } from '../../accounts/index.ts';
import { auditLog } from '../../audit/index.ts';
import { organisaties } from '../../organisaties/index.ts';
import { lidmaatschappen, uitnodigingen } from '../schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe('members page /organisaties/:slug/leden', () => {
  let t: T;
  let org: { id: string; slug: string; naam: string };
  let other: { id: string; slug: string };
  let coordinator: Browserish;
  let coordinatorId: string;
  let otherCoordinator: Browserish;
  let student: Browserish;
  let beheerder: Browserish;
  let lidId: string;

  before(async () => {
    t = await createTestApp();
    const orgs = await t.db
      .select({ id: organisaties.id, slug: organisaties.slug, naam: organisaties.naam })
      .from(organisaties)
      .where(eq(organisaties.soort, 'hogeschool'))
      .orderBy(organisaties.slug)
      .limit(2);
    org = orgs[0]!;
    other = orgs[1]!;
    const c = await createAccount(t.db, t.config, { naam: 'Carla Coördinator', lidmaatschappen: [{ organisatieId: org.id, rol: 'coordinator' }] });
    coordinatorId = c.id;
    coordinator = await loginAs(t.db, t.config, c.id);
    const oc = await createAccount(t.db, t.config, { lidmaatschappen: [{ organisatieId: other.id, rol: 'coordinator' }] });
    otherCoordinator = await loginAs(t.db, t.config, oc.id);
    const s = await createAccount(t.db, t.config, { persoonstype: 'student', naam: 'Sam Student', lidmaatschappen: [{ organisatieId: org.id, rol: 'lid' }] });
    student = await loginAs(t.db, t.config, s.id);
    const [l] = await t.db.select({ id: lidmaatschappen.id }).from(lidmaatschappen).where(eq(lidmaatschappen.accountId, s.id));
    lidId = l!.id;
    const b = await createAccount(t.db, t.config, { platformrollen: [{ rol: 'beheerder' }] });
    beheerder = await loginAs(t.db, t.config, b.id);
  });
  after(() => t.close());

  const leden = () => `/organisaties/${org.slug}/leden`;

  it('shows the members to a coordinator, sorted, with person type and role', async () => {
    const { res, text } = await t.fetch(leden(), getAs(coordinator));
    assert.equal(res.status, 200);
    assert.ok(text.includes('Carla Coördinator'));
    assert.ok(text.includes('Sam Student'));
    assert.ok(text.indexOf('Carla Coördinator') < text.indexOf('Sam Student'), 'sorted by name');
    assert.ok(text.includes('Student'));
    const desc = await t.fetch(`${leden()}?sort=-naam`, getAs(coordinator));
    assert.ok(desc.text.indexOf('Sam Student') < desc.text.indexOf('Carla Coördinator'), 'sorted by name, descending');
    const en = await t.fetch(`/en${leden()}`, getAs(coordinator));
    assert.equal(en.res.status, 200);
    assert.ok(en.text.includes('Members of'));
  });

  it('lets a beheerder act as coordinator', async () => {
    const { res } = await t.fetch(leden(), getAs(beheerder));
    assert.equal(res.status, 200);
  });

  it('sends anonymous visitors to the login page and refuses plain members', async () => {
    const anon = await t.app.request(leden());
    assert.equal(anon.status, 303);
    assert.match(anon.headers.get('location') ?? '', /^\/inloggen\?terug=/);
    assert.equal((await t.app.request(leden(), getAs(student))).status, 403);
  });

  it("refuses another organisation's coordinator on the page and on every POST", async () => {
    const [u] = await t.db
      .insert(uitnodigingen)
      .values({ organisatieId: org.id, email: 'x@example.org', rol: 'lid', tokenHash: 'h-refuse', verlooptOp: new Date(Date.now() + 86_400_000) })
      .returning({ id: uitnodigingen.id });
    const who = otherCoordinator;
    assert.equal((await t.app.request(leden(), getAs(who))).status, 403);
    assert.equal((await t.app.request(`${leden()}/${lidId}`, getAs(who))).status, 403);
    assert.equal((await t.app.request(`${leden()}/${lidId}/verwijderen`, getAs(who))).status, 403);
    assert.equal((await t.app.request(`${leden()}/uitnodigingen/${u!.id}/intrekken`, getAs(who))).status, 403);
    const posts: [string, Record<string, string>][] = [
      [`${leden()}/uitnodigingen`, { email: 'iemand@example.org', rol: 'lid' }],
      [`${leden()}/uitnodigingen/${u!.id}/intrekken`, {}],
      [`${leden()}/verzoeken/${u!.id}`, { besluit: 'goedkeuren' }],
      [`${leden()}/${lidId}/rol`, { rol: 'coordinator' }],
      [`${leden()}/${lidId}/verwijderen`, {}],
    ];
    for (const [path, fields] of posts) {
      const res = await t.app.request(path, postForm(who, fields));
      assert.equal(res.status, 403, path);
    }
    // Nothing changed.
    const [still] = await t.db.select().from(lidmaatschappen).where(eq(lidmaatschappen.id, lidId));
    assert.equal(still?.rol, 'lid');
  });

  it('answers 404 for an unknown organisatie or member', async () => {
    assert.equal((await t.app.request('/organisaties/bestaat-niet/leden', getAs(beheerder))).status, 404);
    assert.equal((await t.app.request(`${leden()}/00000000-0000-4000-8000-000000000000`, getAs(coordinator))).status, 404);
    assert.equal((await t.app.request(`${leden()}/geen-uuid`, getAs(coordinator))).status, 404);
  });

  it('refuses a POST without a CSRF token', async () => {
    const res = await t.app.request(`${leden()}/uitnodigingen`, {
      method: 'POST',
      headers: { cookie: coordinator.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: 'a@example.org', rol: 'lid' }).toString(),
    });
    assert.equal(res.status, 403);
    const wrong = await t.app.request(`${leden()}/uitnodigingen`, postForm({ ...coordinator, csrf: 'vals.token' }, { email: 'a@example.org', rol: 'lid' }));
    assert.equal(wrong.status, 403);
  });

  it('re-renders a bad invitation with errors and the input kept', async () => {
    const { res, text } = await t.fetch(`${leden()}/uitnodigingen`, postForm(coordinator, { email: 'geen-adres<b>', rol: 'baas' }));
    assert.equal(res.status, 400);
    assert.ok(text.includes('ip-error-summary'));
    assert.ok(text.includes('href="#uitnodiging-email"'));
    assert.ok(text.includes('href="#uitnodiging-rol"'));
    assert.ok(text.includes('value="geen-adres&lt;b&gt;"'), 'input kept, escaped');
    assert.ok(text.includes('aria-describedby="uitnodiging-email-fout"'));
    const empty = await t.fetch(`${leden()}/uitnodigingen`, postForm(coordinator, { email: '', rol: 'lid' }));
    assert.equal(empty.res.status, 400);
    assert.ok(empty.text.includes('Dit veld is verplicht.'));
    const long = await t.fetch(`${leden()}/uitnodigingen`, postForm(coordinator, { email: `${'a'.repeat(260)}@example.org`, rol: 'lid' }));
    assert.equal(long.res.status, 400);
  });

  it('refuses to invite someone who is already a member', async () => {
    const [s] = await t.db.select({ email: accounts.email }).from(accounts).where(eq(accounts.naam, 'Sam Student'));
    const { res, text } = await t.fetch(`${leden()}/uitnodigingen`, postForm(coordinator, { email: s!.email!, rol: 'lid' }));
    assert.equal(res.status, 409);
    assert.ok(text.includes('al lid'));
  });

  it('invites by e-mail (in the invitee’s language), lists, revokes, and audits', async () => {
    const english = await createAccount(t.db, t.config, { email: 'english@example.org' });
    await t.db.update(accounts).set({ taal: 'en' }).where(eq(accounts.id, english.id));
    const since = new Date();
    const res = await t.app.request(`${leden()}/uitnodigingen`, postForm(coordinator, { email: 'English@Example.org', rol: 'coordinator' }));
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), leden());
    const mail = await t.mailSink.waitFor('english@example.org', { subject: /Invitation/, since });
    const link = linkIn(mail);
    assert.match(link, /\/en\/uitnodigingen\/[A-Za-z0-9_-]{43}$/);
    assert.ok(mail.text.includes('Carla Coördinator'));
    const [row] = await t.db.select().from(uitnodigingen).where(eq(uitnodigingen.email, 'english@example.org'));
    assert.ok(row);
    assert.ok(!link.includes(row.tokenHash), 'only the hash is stored');
    const days = (row.verlooptOp.getTime() - Date.now()) / 86_400_000;
    assert.ok(days > 13.9 && days <= 14, `expires in 14 days (${days})`);

    const page = await t.fetch(leden(), getAs(coordinator));
    assert.ok(page.text.includes('english@example.org'));

    // An unknown visitor's invitation mail is in the page language.
    await t.app.request(`/en${leden()}/uitnodigingen`, postForm(coordinator, { email: 'nieuw@example.org', rol: 'lid' }));
    await t.mailSink.waitFor('nieuw@example.org', { subject: /^Invitation/, since });

    const confirm = await t.fetch(`${leden()}/uitnodigingen/${row.id}/intrekken`, getAs(coordinator));
    assert.equal(confirm.res.status, 200);
    assert.ok(confirm.text.includes('english@example.org'));
    const revoke = await t.app.request(`${leden()}/uitnodigingen/${row.id}/intrekken`, postForm(coordinator, {}));
    assert.equal(revoke.status, 303);
    const gone = await t.fetch(new URL(link).pathname);
    assert.equal(gone.res.status, 410);
    assert.ok(gone.text.includes('ingetrokken') || gone.text.includes('revoked'));

    const log = await t.db.select().from(auditLog).where(and(eq(auditLog.objectType, 'uitnodiging'), eq(auditLog.objectId, row.id)));
    assert.deepEqual(log.map((l) => l.actie).sort(), ['uitnodiging.aangemaakt', 'uitnodiging.ingetrokken']);
  });

  it('keeps the last coordinator: cannot be removed or made a lid', async () => {
    const [mine] = await t.db.select({ id: lidmaatschappen.id }).from(lidmaatschappen).where(eq(lidmaatschappen.accountId, coordinatorId));
    const demote = await t.fetch(`${leden()}/${mine!.id}/rol`, postForm(coordinator, { rol: 'lid' }));
    assert.equal(demote.res.status, 409);
    assert.ok(demote.text.includes('laatste coördinator'));
    const remove = await t.fetch(`${leden()}/${mine!.id}/verwijderen`, postForm(beheerder, {}));
    assert.equal(remove.res.status, 409);
    assert.ok(remove.text.includes('laatste coördinator'));
    const [still] = await t.db.select().from(lidmaatschappen).where(eq(lidmaatschappen.id, mine!.id));
    assert.equal(still?.rol, 'coordinator');
  });

  it('changes a role and removes a member after confirmation, audited', async () => {
    const up = await t.app.request(`${leden()}/${lidId}/rol`, postForm(coordinator, { rol: 'coordinator' }));
    assert.equal(up.status, 303);
    const bad = await t.fetch(`${leden()}/${lidId}/rol`, postForm(coordinator, { rol: 'koning' }));
    assert.equal(bad.res.status, 400);
    assert.ok(bad.text.includes('href="#lid-rol"'));
    // With two coordinators, one may become a lid again.
    assert.equal((await t.app.request(`${leden()}/${lidId}/rol`, postForm(coordinator, { rol: 'lid' }))).status, 303);
    const confirm = await t.fetch(`${leden()}/${lidId}/verwijderen`, getAs(coordinator));
    assert.equal(confirm.res.status, 200);
    assert.ok(confirm.text.includes('Sam Student'));
    const del = await t.app.request(`${leden()}/${lidId}/verwijderen`, postForm(coordinator, {}));
    assert.equal(del.status, 303);
    assert.equal((await t.db.select().from(lidmaatschappen).where(eq(lidmaatschappen.id, lidId))).length, 0);
    const log = await t.db.select({ actie: auditLog.actie }).from(auditLog).where(eq(auditLog.objectId, lidId));
    assert.deepEqual(log.map((l) => l.actie).sort(), ['lidmaatschap.rol-gewijzigd', 'lidmaatschap.rol-gewijzigd', 'lidmaatschap.verwijderd']);
    assert.equal((await t.app.request(`${leden()}/${lidId}`, getAs(coordinator))).status, 404);
  });

  it('rate-limits invitations per inviter', async () => {
    const c = await createAccount(t.db, t.config, { lidmaatschappen: [{ organisatieId: other.id, rol: 'coordinator' }] });
    const who = await loginAs(t.db, t.config, c.id);
    let status = 0;
    for (let i = 0; i < 31; i++) {
      const res = await t.app.request(`/organisaties/${other.slug}/leden/uitnodigingen`, postForm(who, { email: `r${i}@example.org`, rol: 'lid' }));
      status = res.status;
      await res.text();
    }
    assert.equal(status, 429);
  });

  it('anonymous visitors never reach the invitation form', async () => {
    const res = await t.app.request(`${leden()}/uitnodigingen`, postForm(anonymousVisitor(t.config), { email: 'a@example.org', rol: 'lid' }));
    assert.equal(res.status, 303);
    assert.match(res.headers.get('location') ?? '', /^\/inloggen/);
  });
});
