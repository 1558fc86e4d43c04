import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, desc, eq } from 'drizzle-orm';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { createAccount, getAs, loginAs, postForm, type Browserish } from '../../../../tests/support/accounts.ts';
import { auditLog } from '../../audit/index.ts';
import { organisatieDomeinen, organisaties } from '../schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe('editing an organisation /organisaties/:slug/bewerken', () => {
  let t: T;
  let org: { id: string; slug: string; naam: string; provincie: string };
  let other: { id: string; slug: string; naam: string };
  let coordinator: Browserish;
  let otherCoordinator: Browserish;
  let member: Browserish;
  let beheerder: Browserish;

  before(async () => {
    t = await createTestApp();
    const orgs = await t.db
      .select({ id: organisaties.id, slug: organisaties.slug, naam: organisaties.naam, provincie: organisaties.provincie })
      .from(organisaties)
      .where(eq(organisaties.soort, 'hogeschool'))
      .orderBy(organisaties.slug)
      .limit(2);
    org = orgs[0]!;
    other = orgs[1]!;
    await t.db.insert(organisatieDomeinen).values({ domein: 'ander-domein.nl', organisatieId: other.id });
    coordinator = await loginAs(t.db, t.config, (await createAccount(t.db, t.config, { lidmaatschappen: [{ organisatieId: org.id, rol: 'coordinator' }] })).id);
    otherCoordinator = await loginAs(t.db, t.config, (await createAccount(t.db, t.config, { lidmaatschappen: [{ organisatieId: other.id, rol: 'coordinator' }] })).id);
    member = await loginAs(t.db, t.config, (await createAccount(t.db, t.config, { lidmaatschappen: [{ organisatieId: org.id, rol: 'lid' }] })).id);
    beheerder = await loginAs(t.db, t.config, (await createAccount(t.db, t.config, { platformrollen: [{ rol: 'beheerder' }] })).id);
  });
  after(() => t.close());

  const path = () => `/organisaties/${org.slug}/bewerken`;
  const stored = async () => (await t.db.select().from(organisaties).where(eq(organisaties.id, org.id)))[0]!;
  const fields = async (extra: Record<string, string> = {}) => {
    const row = await stored();
    return {
      versie: String(row.versie),
      naam: row.naam,
      afkorting: row.afkorting ?? '',
      provincie: row.provincie,
      steden: row.steden.join(', '),
      website: '',
      oin: '',
      brinCode: '',
      rioOnderwijsaanbiederCode: '',
      rioOnderwijsbestuurCode: '',
      emailDomeinen: '',
      beschrijvingNl: row.beschrijvingNl ?? '',
      beschrijvingEn: row.beschrijvingEn ?? '',
      ...extra,
    };
  };

  it('lets the coordinator and a beheerder open the form, and refuses others', async () => {
    const ok = await t.fetch(path(), getAs(coordinator));
    assert.equal(ok.res.status, 200);
    assert.ok(ok.text.includes('name="versie"'));
    assert.ok(!ok.text.includes('name="soort"'), 'a coordinator cannot change the soort');
    const admin = await t.fetch(path(), getAs(beheerder));
    assert.equal(admin.res.status, 200);
    assert.ok(admin.text.includes('name="soort"'), 'a beheerder can');
    assert.equal((await t.app.request(path(), getAs(otherCoordinator))).status, 403);
    assert.equal((await t.app.request(path(), getAs(member))).status, 403);
    assert.equal((await t.app.request(path(), postForm(member, await fields({ naam: 'Gekaapt' })))).status, 403);
    assert.equal((await t.app.request('/organisaties/bestaat-niet/bewerken', getAs(beheerder))).status, 404);
    const anon = await t.app.request(path());
    assert.equal(anon.status, 303);
    assert.match(anon.headers.get('location') ?? '', /^\/inloggen\?terug=/);
  });

  it('saves an edit, raises the version and records before and after', async () => {
    const before = await stored();
    const res = await t.app.request(
      path(),
      postForm(coordinator, await fields({ beschrijvingNl: 'Een nieuwe beschrijving.', website: 'www.voorbeeld.nl', oin: '00000001 003214345 000', emailDomeinen: 'voorbeeld.nl\n@student.voorbeeld.nl' })),
    );
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), `/organisaties/${org.slug}`);
    const after = await stored();
    assert.equal(after.versie, before.versie + 1);
    assert.equal(after.beschrijvingNl, 'Een nieuwe beschrijving.');
    assert.equal(after.website, 'https://www.voorbeeld.nl');
    assert.equal(after.oin, '00000001003214345000');
    const domeinen = await t.db.select().from(organisatieDomeinen).where(eq(organisatieDomeinen.organisatieId, org.id));
    assert.deepEqual(domeinen.map((d) => d.domein).sort(), ['student.voorbeeld.nl', 'voorbeeld.nl']);
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.objectId, org.id), eq(auditLog.actie, 'organisatie.gewijzigd'))).orderBy(desc(auditLog.op)).limit(1);
    assert.ok(entry);
    const changes = entry.wijzigingen as Record<string, { voor: unknown; na: unknown }>;
    assert.equal(changes.beschrijvingNl?.na, 'Een nieuwe beschrijving.');
    assert.equal(changes.website?.voor, null);
    assert.deepEqual(changes.emailDomeinen?.na, ['student.voorbeeld.nl', 'voorbeeld.nl']);
    const detail = await t.fetch(`/organisaties/${org.slug}`, getAs(coordinator));
    assert.ok(detail.text.includes('https://www.voorbeeld.nl'));
    assert.ok(detail.text.includes('00000001003214345000'));
    assert.ok(detail.text.includes(`/organisaties/${org.slug}/bewerken`), 'the coordinator sees the edit link');
    const anon = await t.fetch(`/organisaties/${org.slug}`);
    assert.ok(!anon.text.includes(`/organisaties/${org.slug}/bewerken`), 'a visitor does not');
  });

  it('refuses a stale save with 409, keeps the input and overwrites nothing', async () => {
    const first = await fields({ beschrijvingNl: 'Versie van de eerste.' });
    const second = await fields({ beschrijvingNl: 'Versie van de tweede.' });
    assert.equal((await t.app.request(path(), postForm(coordinator, first))).status, 303);
    const res = await t.fetch(path(), postForm(beheerder, second));
    assert.equal(res.res.status, 409);
    assert.ok(res.text.includes('Uw wijzigingen zijn niet opgeslagen'));
    assert.ok(res.text.includes('Versie van de tweede.'), 'the input is kept');
    assert.ok(res.text.includes('Versie van de eerste.'), 'what is stored now is shown');
    assert.equal((await stored()).beschrijvingNl, 'Versie van de eerste.');
  });

  it('names the organisation that owns a domain, and refuses an invalid OIN', async () => {
    const before = await stored();
    const res = await t.fetch(path(), postForm(coordinator, await fields({ emailDomeinen: 'ander-domein.nl' })));
    assert.equal(res.res.status, 409);
    assert.ok(res.text.includes(`ander-domein.nl hoort al bij ${other.naam.replace(/&/g, '&amp;')}`), 'the owner is named');
    const oin = await t.fetch(path(), postForm(coordinator, await fields({ oin: '12345678901234567890' })));
    assert.equal(oin.res.status, 400);
    assert.ok(oin.text.includes('Het OIN is niet geldig'));
    assert.ok(oin.text.includes('href="#organisatie-oin"'), 'the error summary links to the field');
    assert.ok(oin.text.includes('value="12345678901234567890"'), 'the input is kept');
    assert.equal((await stored()).versie, before.versie, 'nothing was saved');
  });

  it('lets only a beheerder change the soort', async () => {
    const res = await t.app.request(path(), postForm(coordinator, await fields({ soort: 'universiteit' })));
    assert.equal(res.status, 403);
    assert.equal((await stored()).soort, 'hogeschool');
    const ok = await t.app.request(path(), postForm(beheerder, await fields({ soort: 'universiteit' })));
    assert.equal(ok.status, 303);
    assert.equal((await stored()).soort, 'universiteit');
  });
});
