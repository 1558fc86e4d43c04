import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { createAccount, getAs, loginAs, postForm, type Browserish } from '../../../../tests/support/accounts.ts';
import { organisaties } from '../../organisaties/index.ts';
import { lidmaatschappen, lidmaatschapsverzoeken } from '../schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe('join requests and my organisations', () => {
  let t: T;
  let org: { id: string; slug: string };
  let coordinator: Browserish;
  let coordinatorEmail: string;

  before(async () => {
    t = await createTestApp();
    [org] = (await t.db
      .select({ id: organisaties.id, slug: organisaties.slug })
      .from(organisaties)
      .where(eq(organisaties.soort, 'rijksorganisatie'))
      .limit(1)) as [typeof org];
    const c = await createAccount(t.db, t.config, { lidmaatschappen: [{ organisatieId: org.id, rol: 'coordinator' }] });
    coordinatorEmail = c.email;
    coordinator = await loginAs(t.db, t.config, c.id);
  });
  after(() => t.close());

  const lidWorden = () => `/organisaties/${org.slug}/lid-worden`;

  it('asks anonymous visitors to log in first', async () => {
    const res = await t.app.request(lidWorden());
    assert.equal(res.status, 303);
    assert.match(res.headers.get('location') ?? '', /^\/inloggen\?terug=/);
  });

  it('requests, notifies the coordinators, shows the status, and allows one open request', async () => {
    const person = await createAccount(t.db, t.config, { naam: 'Anna Ambtenaar', persoonstype: 'ambtenaar' });
    const who = await loginAs(t.db, t.config, person.id);
    const form = await t.fetch(lidWorden(), getAs(who));
    assert.equal(form.res.status, 200);
    assert.ok(form.text.includes('name="toelichting"'));

    const tooLong = await t.fetch(lidWorden(), postForm(who, { toelichting: `<i>${'x'.repeat(1000)}` }));
    assert.equal(tooLong.res.status, 400);
    assert.ok(tooLong.text.includes('href="#verzoek-toelichting"'));
    assert.ok(tooLong.text.includes('&lt;i&gt;xxx'), 'input kept, escaped');
    assert.ok(tooLong.text.includes('1000'));

    const since = new Date();
    const ok = await t.app.request(lidWorden(), postForm(who, { toelichting: 'Ik werk bij de afdeling I&A.' }));
    assert.equal(ok.status, 303);
    assert.equal(ok.headers.get('location'), '/account/organisaties');
    const mail = await t.mailSink.waitFor(coordinatorEmail, { subject: /verzoek/i, since });
    assert.ok(mail.text.includes('Anna Ambtenaar'));
    assert.ok(mail.text.includes(`/organisaties/${org.slug}/leden`));

    const mine = await t.fetch('/account/organisaties', getAs(who));
    assert.ok(mine.text.includes('Wacht op een besluit'));

    const again = await t.fetch(lidWorden(), postForm(who, { toelichting: '' }));
    assert.equal(again.res.status, 409);
    assert.ok(again.text.includes('al een verzoek'));
    const open = await t.db.select().from(lidmaatschapsverzoeken).where(eq(lidmaatschapsverzoeken.accountId, person.id));
    assert.equal(open.length, 1);

    // The coordinator sees it and approves it; the person becomes a lid and hears about it.
    const leden = await t.fetch(`/organisaties/${org.slug}/leden`, getAs(coordinator));
    assert.ok(leden.text.includes('Ik werk bij de afdeling I&amp;A.'));
    const approve = await t.app.request(`/organisaties/${org.slug}/leden/verzoeken/${open[0]!.id}`, postForm(coordinator, { besluit: 'goedkeuren' }));
    assert.equal(approve.status, 303);
    const [lid] = await t.db.select().from(lidmaatschappen).where(eq(lidmaatschappen.accountId, person.id));
    assert.equal(lid?.bron, 'verzoek');
    assert.equal(lid?.rol, 'lid');
    await t.mailSink.waitFor(person.email, { subject: /lid van/, since });
    // Deciding twice changes nothing.
    const twice = await t.app.request(`/organisaties/${org.slug}/leden/verzoeken/${open[0]!.id}`, postForm(coordinator, { besluit: 'afwijzen' }));
    assert.equal(twice.status, 303);
    const [after] = await t.db.select().from(lidmaatschapsverzoeken).where(eq(lidmaatschapsverzoeken.id, open[0]!.id));
    assert.equal(after?.status, 'goedgekeurd');

    // A member gets a message instead of the form.
    const member = await t.fetch(lidWorden(), getAs(who));
    assert.ok(member.text.includes('al lid'));
    assert.ok(!member.text.includes('name="toelichting"'));
  });

  it('lets the requester withdraw an open request, not someone else', async () => {
    const person = await createAccount(t.db, t.config);
    const who = await loginAs(t.db, t.config, person.id);
    await t.app.request(lidWorden(), postForm(who, {}));
    const [verzoek] = await t.db.select().from(lidmaatschapsverzoeken).where(eq(lidmaatschapsverzoeken.accountId, person.id));
    const stranger = await loginAs(t.db, t.config, (await createAccount(t.db, t.config)).id);
    const path = `/account/organisaties/verzoeken/${verzoek!.id}/intrekken`;
    assert.equal((await t.app.request(path, postForm(stranger, {}))).status, 403);
    assert.equal((await t.app.request('/account/organisaties/verzoeken/00000000-0000-4000-8000-000000000000/intrekken', postForm(who, {}))).status, 404);
    assert.equal((await t.app.request(path, postForm(who, {}))).status, 303);
    const [after] = await t.db.select().from(lidmaatschapsverzoeken).where(eq(lidmaatschapsverzoeken.id, verzoek!.id));
    assert.equal(after?.status, 'ingetrokken');
    const mine = await t.fetch('/account/organisaties', getAs(who));
    assert.ok(mine.text.includes('Ingetrokken'));
  });

  it('rejects a request', async () => {
    const person = await createAccount(t.db, t.config);
    const who = await loginAs(t.db, t.config, person.id);
    await t.app.request(lidWorden(), postForm(who, {}));
    const [verzoek] = await t.db.select().from(lidmaatschapsverzoeken).where(eq(lidmaatschapsverzoeken.accountId, person.id));
    const bad = await t.app.request(`/organisaties/${org.slug}/leden/verzoeken/${verzoek!.id}`, postForm(coordinator, { besluit: 'misschien' }));
    assert.equal(bad.status, 400);
    const res = await t.app.request(`/organisaties/${org.slug}/leden/verzoeken/${verzoek!.id}`, postForm(coordinator, { besluit: 'afwijzen' }));
    assert.equal(res.status, 303);
    assert.equal((await t.db.select().from(lidmaatschappen).where(eq(lidmaatschappen.accountId, person.id))).length, 0);
  });

  it('leaving: a member may, the last coordinator may not while others remain', async () => {
    const member = await createAccount(t.db, t.config, { lidmaatschappen: [{ organisatieId: org.id, rol: 'lid' }] });
    const memberWho = await loginAs(t.db, t.config, member.id);
    const confirm = await t.fetch(`/account/organisaties/${org.slug}/verlaten`, getAs(memberWho));
    assert.equal(confirm.res.status, 200);
    assert.equal((await t.app.request(`/account/organisaties/${org.slug}/verlaten`, postForm(memberWho, {}))).status, 303);
    assert.equal((await t.db.select().from(lidmaatschappen).where(eq(lidmaatschappen.accountId, member.id))).length, 0);
    // Not a member (any more): 403.
    assert.equal((await t.app.request(`/account/organisaties/${org.slug}/verlaten`, getAs(memberWho))).status, 403);

    const last = await t.fetch(`/account/organisaties/${org.slug}/verlaten`, postForm(coordinator, {}));
    assert.equal(last.res.status, 409);
    assert.ok(last.text.includes('laatste coördinator'));
  });

  it('the very last member may leave', async () => {
    const [lonely] = (await t.db
      .select({ id: organisaties.id, slug: organisaties.slug })
      .from(organisaties)
      .where(eq(organisaties.soort, 'hogeschool'))
      .limit(1)) as [{ id: string; slug: string }];
    const c = await createAccount(t.db, t.config, { lidmaatschappen: [{ organisatieId: lonely.id, rol: 'coordinator' }] });
    const who = await loginAs(t.db, t.config, c.id);
    const res = await t.app.request(`/account/organisaties/${lonely.slug}/verlaten`, postForm(who, {}));
    assert.equal(res.status, 303);
  });
});
