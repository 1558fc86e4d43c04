import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { createAccount, getAs, loginAs, postForm, type Browserish } from '../../../../tests/support/accounts.ts';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { auditLog } from '../../audit/index.ts';
import { provincies, regios, samenwerkingsvormen } from '../schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe('beheer of samenwerkingsvormen and regios', () => {
  let t: T;
  let beheerder: Browserish;
  let coordinator: Browserish;

  before(async () => {
    t = await createTestApp();
    beheerder = await loginAs(t.db, t.config, (await createAccount(t.db, t.config, { platformrollen: [{ rol: 'beheerder' }] })).id);
    const verbinder = await createAccount(t.db, t.config, { platformrollen: [{ rol: 'verbinder', regioCode: 'noord' }] });
    coordinator = await loginAs(t.db, t.config, verbinder.id);
  });
  after(() => t.close());

  const vorm = async () => (await t.db.select().from(samenwerkingsvormen).where(eq(samenwerkingsvormen.code, 'stage')))[0]!;
  const fields = (versie: number, extra: Record<string, string> = {}) => ({
    versie: String(versie),
    naamNl: 'Stage',
    naamEn: 'Internship',
    niveauMbo: 'on',
    niveauHbo: 'on',
    wekenMin: '10',
    wekenMax: '40',
    studentenMin: '1',
    studentenMax: '2',
    diepgang: 'toepassing',
    ...extra,
  });

  it('is for beheerders only', async () => {
    for (const path of ['/beheer/samenwerkingsvormen', '/beheer/samenwerkingsvormen/stage', '/beheer/regios']) {
      assert.equal((await t.app.request(path)).status, 303, path);
      assert.equal((await t.app.request(path, getAs(coordinator))).status, 403, `${path} verbinder`);
      assert.equal((await t.app.request(path, getAs(beheerder))).status, 200, `${path} beheerder`);
    }
    assert.equal((await t.app.request('/beheer/regios/provincies', postForm(coordinator, { provincie: 'Utrecht', versie: '1', regio: 'noord' }))).status, 403);
    assert.equal((await t.db.select().from(provincies).where(eq(provincies.naam, 'Utrecht')))[0]!.regioCode, 'midden');
  });

  it('lists the samenwerkingsvormen with their characteristics', async () => {
    const { text } = await t.fetch('/en/beheer/samenwerkingsvormen', getAs(beheerder));
    assert.ok(text.includes('Internship'));
    assert.ok(text.includes('10 to 40'));
  });

  it('saves characteristics: min <= max, at least one level, over the version read', async () => {
    const v = (await vorm()).versie;
    const bad = await t.fetch('/beheer/samenwerkingsvormen/stage', postForm(beheerder, fields(v, { wekenMin: '41' })));
    assert.equal(bad.res.status, 400);
    assert.ok(bad.text.includes('href="#vorm-wekenMax"'));
    assert.ok(bad.text.includes('groter zijn dan het minimum'));
    assert.ok(bad.text.includes('value="41"'), 'input kept');
    const geenNiveau = await t.fetch('/beheer/samenwerkingsvormen/stage', postForm(beheerder, { ...fields(v), niveauMbo: '', niveauHbo: '' }));
    assert.equal(geenNiveau.res.status, 400);
    assert.ok(geenNiveau.text.includes('ten minste één niveau'));
    const notANumber = await t.fetch('/beheer/samenwerkingsvormen/stage', postForm(beheerder, fields(v, { studentenMax: 'twee' })));
    assert.equal(notANumber.res.status, 400);
    assert.ok(notANumber.text.includes('href="#vorm-studentenMax"'));
    assert.equal((await vorm()).versie, v, 'nothing saved');

    const ok = await t.app.request('/beheer/samenwerkingsvormen/stage', postForm(beheerder, fields(v, { niveauWo: 'on', wekenMax: '52' })));
    assert.equal(ok.status, 303);
    const saved = await vorm();
    assert.deepEqual(saved.niveaus, ['mbo', 'hbo', 'wo']);
    assert.equal(saved.wekenMax, 52);
    assert.equal(saved.versie, v + 1);

    const stale = await t.fetch('/beheer/samenwerkingsvormen/stage', postForm(beheerder, fields(v, { wekenMax: '20' })));
    assert.equal(stale.res.status, 409);
    assert.ok(stale.text.includes('gewijzigd door iemand anders'));
    assert.equal((await vorm()).wekenMax, 52, 'nothing overwritten');
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.objectId, 'stage'));
    assert.deepEqual(audit!.wijzigingen.wekenMax, { voor: 40, na: 52 });
  });

  it('moves a provincie to another regio, versie-checked', async () => {
    const page = await t.fetch('/beheer/regios', getAs(beheerder));
    assert.ok(page.text.includes('Fryslân'));
    const [utrecht] = await t.db.select().from(provincies).where(eq(provincies.naam, 'Utrecht'));
    const move = await t.app.request('/beheer/regios/provincies', postForm(beheerder, { provincie: 'Utrecht', versie: String(utrecht!.versie), regio: 'west' }));
    assert.equal(move.status, 303);
    const [moved] = await t.db.select().from(provincies).where(eq(provincies.naam, 'Utrecht'));
    assert.equal(moved!.regioCode, 'west');
    assert.equal(moved!.versie, utrecht!.versie + 1);
    const after = await t.fetch('/beheer/regios', getAs(beheerder));
    assert.match(after.text, /<option value="west" selected="">West<\/option>/, 'the cached regio list was dropped');

    const stale = await t.fetch('/beheer/regios/provincies', postForm(beheerder, { provincie: 'Utrecht', versie: String(utrecht!.versie), regio: 'oost' }));
    assert.equal(stale.res.status, 409);
    assert.ok(stale.text.includes('De indeling van Utrecht is gewijzigd door iemand anders'));
    assert.equal((await t.db.select().from(provincies).where(eq(provincies.naam, 'Utrecht')))[0]!.regioCode, 'west');

    const unknown = await t.fetch('/beheer/regios/provincies', postForm(beheerder, { provincie: 'Utrecht', versie: String(moved!.versie), regio: 'atlantis' }));
    assert.equal(unknown.res.status, 400);
    assert.ok(unknown.text.includes('Kies een regio uit de lijst'));
    assert.equal((await t.app.request('/beheer/regios/provincies', postForm(beheerder, { provincie: 'Atlantis', versie: '1', regio: 'west' }))).status, 404);
  });

  it('renames a regio unless someone renamed it since', async () => {
    const ok = await t.app.request('/beheer/regios/noord', postForm(beheerder, { naamWas: 'Noord', naam: 'Noord-Nederland' }));
    assert.equal(ok.status, 303);
    assert.equal((await t.db.select().from(regios).where(eq(regios.code, 'noord')))[0]!.naam, 'Noord-Nederland');
    const stale = await t.fetch('/beheer/regios/noord', postForm(beheerder, { naamWas: 'Noord', naam: 'Het Noorden' }));
    assert.equal(stale.res.status, 409);
    assert.ok(stale.text.includes('value="Het Noorden"'));
    assert.equal((await t.db.select().from(regios).where(eq(regios.code, 'noord')))[0]!.naam, 'Noord-Nederland');
    const empty = await t.fetch('/beheer/regios/noord', postForm(beheerder, { naamWas: 'Noord-Nederland', naam: ' ' }));
    assert.equal(empty.res.status, 400);
    assert.ok(empty.text.includes('href="#regio-0-naam"'));
    assert.equal((await t.app.request('/beheer/regios/atlantis', postForm(beheerder, { naamWas: 'x', naam: 'y' }))).status, 404);
  });
});
