import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { createAccount, getAs, loginAs, postForm, type Browserish } from '../../../../tests/support/accounts.ts';
import { auditLog } from '../../audit/index.ts';
import { lidmaatschappen } from '../../lidmaatschappen/index.ts';
import { onderdelen, organisatieDomeinen, organisaties } from '../schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe('merging duplicates /beheer/organisaties/samenvoegen', () => {
  let t: T;
  let kept: { id: string; slug: string; naam: string };
  let dup: { id: string; slug: string };
  let beheerder: Browserish;
  let coordinator: Browserish;
  let both: string;
  let only: string;

  before(async () => {
    t = await createTestApp();
    const rows = await t.db.select({ id: organisaties.id, slug: organisaties.slug, naam: organisaties.naam }).from(organisaties).where(eq(organisaties.soort, 'universiteit')).orderBy(organisaties.slug).limit(2);
    kept = rows[0]!;
    dup = rows[1]!;
    beheerder = await loginAs(t.db, t.config, (await createAccount(t.db, t.config, { platformrollen: [{ rol: 'beheerder' }] })).id);
    const c = await createAccount(t.db, t.config, { lidmaatschappen: [{ organisatieId: dup.id, rol: 'coordinator' }] });
    coordinator = await loginAs(t.db, t.config, c.id);
    both = (await createAccount(t.db, t.config, { lidmaatschappen: [{ organisatieId: dup.id, rol: 'lid' }, { organisatieId: kept.id, rol: 'lid' }] })).id;
    only = c.id;
    await t.db.insert(organisatieDomeinen).values({ domein: 'dubbel.example', organisatieId: dup.id });
    await t.db.insert(onderdelen).values([
      { organisatieId: dup.id, soort: 'faculteit', naam: 'Faculteit Recht', slug: 'faculteit-recht' },
      { organisatieId: kept.id, soort: 'faculteit', naam: 'Faculteit Recht', slug: 'faculteit-recht' },
    ]);
  });
  after(() => t.close());

  const path = '/beheer/organisaties/samenvoegen';

  it('is for beheerders only, and shows what moves before it moves', async () => {
    assert.equal((await t.app.request(path, getAs(coordinator))).status, 403);
    const search = await t.fetch(`${path}?duplicaatZoek=${encodeURIComponent('universiteit')}&behoudenZoek=universiteit`, getAs(beheerder));
    assert.equal(search.res.status, 200);
    assert.ok(search.text.includes('type="radio"'));
    const confirm = await t.fetch(`${path}?duplicaat=${dup.id}&behouden=${kept.id}&stap=bevestigen`, getAs(beheerder));
    assert.equal(confirm.res.status, 200);
    assert.ok(confirm.text.includes('1 lidmaatschap'));
    assert.ok(confirm.text.includes('1 lid is al lid van beide'));
    assert.ok(confirm.text.includes('1 onderdeel'));
    assert.match(confirm.text, /[1-9]\d* e-maildomein/);
    const same = await t.fetch(`${path}?duplicaat=${dup.id}&behouden=${dup.id}&stap=bevestigen`, getAs(beheerder));
    assert.equal(same.res.status, 400);
  });

  it('moves everything in one go, redirects the old address and records it', async () => {
    assert.equal((await t.app.request(path, postForm(coordinator, { duplicaat: dup.id, behouden: kept.id }))).status, 403);
    const res = await t.app.request(path, postForm(beheerder, { duplicaat: dup.id, behouden: kept.id }));
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), `/organisaties/${kept.slug}`);
    const members = await t.db.select().from(lidmaatschappen).where(eq(lidmaatschappen.organisatieId, kept.id));
    assert.deepEqual(members.map((m) => m.accountId).sort(), [both, only].sort(), 'moved, without a duplicate membership');
    assert.equal((await t.db.select().from(lidmaatschappen).where(eq(lidmaatschappen.organisatieId, dup.id))).length, 0);
    const [domein] = await t.db.select().from(organisatieDomeinen).where(eq(organisatieDomeinen.domein, 'dubbel.example'));
    assert.equal(domein!.organisatieId, kept.id);
    const units = await t.db.select({ slug: onderdelen.slug }).from(onderdelen).where(eq(onderdelen.organisatieId, kept.id));
    assert.deepEqual(units.map((u) => u.slug).sort(), ['faculteit-recht', 'faculteit-recht-2']);
    const old = await t.app.request(`/organisaties/${dup.slug}`);
    assert.equal(old.status, 301);
    assert.equal(old.headers.get('location'), `/organisaties/${kept.slug}`);
    const list = (await (await t.app.request('/api/v1/organisaties?soort=universiteit&pageSize=100')).json()) as { data: { id: string }[] };
    assert.ok(!list.data.some((o) => o.id === dup.id), 'gone from the lists');
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.objectId, dup.id), eq(auditLog.actie, 'organisatie.samengevoegd')));
    assert.ok(entry);
  });
});
