import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { createAccount, getAs, loginAs, postForm, type Browserish } from '../../../../tests/support/accounts.ts';
import { linkIn } from '../../../platform/mail-sink.ts';
import { auditLog } from '../../audit/index.ts';
import { organisaties } from '../../organisaties/index.ts';
import { lidmaatschappen, uitnodigingen } from '../schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe('accepting an invitation /uitnodigingen/:token', () => {
  let t: T;
  let org: { id: string; slug: string; naam: string };
  let coordinator: Browserish;

  before(async () => {
    t = await createTestApp();
    [org] = (await t.db
      .select({ id: organisaties.id, slug: organisaties.slug, naam: organisaties.naam })
      .from(organisaties)
      .where(eq(organisaties.soort, 'universiteit'))
      .limit(1)) as [typeof org];
    const c = await createAccount(t.db, t.config, { lidmaatschappen: [{ organisatieId: org.id, rol: 'coordinator' }] });
    coordinator = await loginAs(t.db, t.config, c.id);
  });
  after(() => t.close());

  async function invite(email: string, rol: 'lid' | 'coordinator' = 'lid'): Promise<string> {
    const since = new Date();
    const res = await t.app.request(`/organisaties/${org.slug}/leden/uitnodigingen`, postForm(coordinator, { email, rol }));
    assert.equal(res.status, 303);
    return new URL(linkIn(await t.mailSink.waitFor(email, { subject: /Uitnodiging/, since }))).pathname;
  }

  it('shows a logged-out visitor the organisatie, the role and links that come back', async () => {
    const path = await invite('gast@example.org', 'coordinator');
    const { res, text } = await t.fetch(path);
    assert.equal(res.status, 200);
    assert.ok(text.includes(org.naam.replace(/&/g, '&amp;')));
    assert.ok(text.includes('als Coördinator'));
    const terug = encodeURIComponent(path).replace(/%2F/g, '%2F');
    assert.ok(text.includes(`/inloggen?terug=${terug}`), 'login link comes back here');
    assert.ok(text.includes(`/registreren?terug=${terug}`), 'register link comes back here');
    assert.ok(!text.includes('Uitnodiging accepteren'), 'no accept button before logging in');
  });

  it('lets a logged-in person accept with another address, once; audited', async () => {
    const path = await invite('werk@example.org', 'coordinator');
    // Accepted by an account with a different e-mail address: the token is what counts.
    const person = await createAccount(t.db, t.config, { email: 'prive@example.org', naam: 'Pim Privé' });
    const who = await loginAs(t.db, t.config, person.id);
    const page = await t.fetch(path, getAs(who));
    assert.equal(page.res.status, 200);
    assert.ok(page.text.includes('Uitnodiging accepteren'));
    const accept = await t.app.request(path, postForm(who, {}));
    assert.equal(accept.status, 303);
    assert.equal(accept.headers.get('location'), '/account/organisaties');
    const [lid] = await t.db.select().from(lidmaatschappen).where(eq(lidmaatschappen.accountId, person.id));
    assert.equal(lid?.organisatieId, org.id);
    assert.equal(lid?.rol, 'coordinator');
    assert.equal(lid?.bron, 'uitnodiging');
    const mine = await t.fetch('/account/organisaties', getAs(who));
    assert.ok(mine.text.includes(org.naam.replace(/&/g, '&amp;')));
    assert.ok(mine.text.includes('Coördinator'));

    // Single use: a second accept (by anyone) finds it used.
    const again = await t.fetch(path, postForm(who, {}));
    assert.equal(again.res.status, 410);
    assert.ok(again.text.includes('al gebruikt'));
    const other = await createAccount(t.db, t.config);
    const reuse = await t.app.request(path, postForm(await loginAs(t.db, t.config, other.id), {}));
    assert.equal(reuse.status, 410);
    assert.equal((await t.db.select().from(lidmaatschappen).where(eq(lidmaatschappen.accountId, other.id))).length, 0);
    const log = await t.db.select({ actie: auditLog.actie }).from(auditLog).where(eq(auditLog.betreftAccountId, person.id));
    assert.deepEqual(log.map((l) => l.actie).sort(), ['lidmaatschap.aangemaakt', 'uitnodiging.geaccepteerd']);
  });

  it('refuses an expired invitation with a clear message', async () => {
    const path = await invite('laat@example.org');
    await t.db.update(uitnodigingen).set({ verlooptOp: new Date(Date.now() - 1000) }).where(eq(uitnodigingen.email, 'laat@example.org'));
    const get = await t.fetch(path);
    assert.equal(get.res.status, 410);
    assert.ok(get.text.includes('verlopen'));
    const person = await createAccount(t.db, t.config);
    const post = await t.fetch(path, postForm(await loginAs(t.db, t.config, person.id), {}));
    assert.equal(post.res.status, 410);
    assert.equal((await t.db.select().from(lidmaatschappen).where(eq(lidmaatschappen.accountId, person.id))).length, 0);
  });

  it('answers an unknown or malformed token with 404 and a message', async () => {
    const unknown = await t.fetch(`/uitnodigingen/${'x'.repeat(43)}`);
    assert.equal(unknown.res.status, 404);
    assert.ok(unknown.text.includes('bestaat niet'));
    assert.equal((await t.app.request('/uitnodigingen/kort')).status, 404);
    const en = await t.fetch(`/en/uitnodigingen/${'x'.repeat(43)}`);
    assert.ok(en.text.includes('does not exist'));
  });

  it('needs a login and a CSRF token to accept', async () => {
    const path = await invite('csrf@example.org');
    const anon = await t.app.request(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
    assert.equal(anon.status, 403, 'no CSRF cookie: refused before anything else');
    const person = await createAccount(t.db, t.config);
    const who = await loginAs(t.db, t.config, person.id);
    const noToken = await t.app.request(path, {
      method: 'POST',
      headers: { cookie: who.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    assert.equal(noToken.status, 403);
    assert.equal((await t.fetch(path)).res.status, 200, 'still open');
  });
});
