import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { createAccount } from '../../../../tests/support/accounts.ts';
import { loadAccountActor } from '../../accounts/index.ts';
import { onderdelen, organisaties } from '../../organisaties/schema.ts';
import { anonymous, type AccountActor } from '../../../platform/actor.ts';
import { ForbiddenError, NotFoundError } from '../../../platform/errors.ts';
import { aanbodInvoerSchema, type AanbodInvoer } from '../aanbod.schema.ts';
import { aanbodOphalen, eigenAanbod, mijnAanbod } from '../queries.ts';
import { aanbod } from '../schema.ts';
import { aanbodAanmaken } from './aanbod-aanmaken.ts';
import { aanbodBewerken } from './aanbod-bewerken.ts';
import { aanbodStatusWijzigen } from './aanbod-status-wijzigen.ts';
import { aanbodVerwijderen } from './aanbod-verwijderen.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe('aanbod commands', () => {
  let t: T;
  let uni: { id: string };
  let andereUni: { id: string };
  let lector: AccountActor;
  let coordinator: AccountActor;
  let beheerder: AccountActor;
  let ander: AccountActor;
  let onderdeelElders: string;

  const actor = async (options: Parameters<typeof createAccount>[2]) => (await loadAccountActor(t.db, (await createAccount(t.db, t.config, options)).id, { via: 'sessie', tweedeFactorGebruikt: true }))!;
  const invoer = (extra: Record<string, unknown> = {}): AanbodInvoer =>
    aanbodInvoerSchema.parse({
      soort: 'onderzoekslijn',
      organisatieId: uni.id,
      titelNl: 'Leerstoel Recht en Digitalisering',
      beschrijvingNl: 'Onderzoek naar algoritmes in de uitvoering.',
      geschikteVragenNl: 'Juridische vragen over algoritmes.',
      themaCodes: ['data-en-ai'],
      ...extra,
    });

  before(async () => {
    t = await createTestApp();
    const unis = await t.db.select({ id: organisaties.id }).from(organisaties).where(eq(organisaties.soort, 'universiteit')).orderBy(organisaties.slug).limit(2);
    [uni, andereUni] = [unis[0]!, unis[1]!];
    lector = await actor({ persoonstype: 'lector', lidmaatschappen: [{ organisatieId: uni.id, rol: 'lid' }] });
    coordinator = await actor({ lidmaatschappen: [{ organisatieId: uni.id, rol: 'coordinator' }] });
    beheerder = await actor({ platformrollen: [{ rol: 'beheerder' }] });
    ander = await actor({ lidmaatschappen: [{ organisatieId: andereUni.id, rol: 'lid' }] });
    const [o] = await t.db.insert(onderdelen).values({ organisatieId: andereUni.id, soort: 'leerstoel', naam: 'Leerstoel Elders', slug: 'leerstoel-elders' }).returning({ id: onderdelen.id });
    onderdeelElders = o!.id;
  });
  after(() => t.close());

  it('checks codes, the onderdeel and membership against the data', async () => {
    const fout = await aanbodAanmaken(t.db, { actor: lector }, { invoer: invoer({ themaCodes: ['bestaat-niet'], vormCodes: ['ook-niet'], regioCode: 'atlantis', onderdeelId: onderdeelElders }) });
    assert.equal(fout.ok, false);
    assert.deepEqual(!fout.ok && fout.fouten.map((f) => f.veld).sort(), ['onderdeelId', 'regioCode', 'themaCodes', 'vormCodes']);
    const geenLid = await aanbodAanmaken(t.db, { actor: ander }, { invoer: invoer() });
    assert.deepEqual(!geenLid.ok && geenLid.fouten, [{ veld: 'organisatieId', key: 'aanbod.fouten.geenLid', soort: 'conflict' }]);
    await assert.rejects(aanbodAanmaken(t.db, { actor: anonymous }, { invoer: invoer() }), ForbiddenError);
    assert.equal((await t.db.select().from(aanbod)).length, 0, 'nothing written');
  });

  it("takes the organisatie's regio unless the input says landelijk (null) or names one", async () => {
    const standaard = await aanbodAanmaken(t.db, { actor: lector }, { invoer: invoer() });
    const landelijk = await aanbodAanmaken(t.db, { actor: lector }, { invoer: invoer({ regioCode: null }) });
    const zuid = await aanbodAanmaken(t.db, { actor: lector }, { invoer: invoer({ regioCode: 'zuid' }) });
    assert.ok(standaard.ok && landelijk.ok && zuid.ok);
    const regio = async (id: string) => (await aanbodOphalen(t.db, id))!.regio?.code ?? null;
    assert.ok((await regio(standaard.id)) !== null);
    assert.equal(await regio(landelijk.id), null);
    assert.equal(await regio(zuid.id), 'zuid');
    // A gastdocent without organisatie is fine for anyone logged in.
    const gast = await aanbodAanmaken(t.db, { actor: ander }, { invoer: invoer({ soort: 'gastdocent', organisatieId: null }), publiceren: true });
    assert.ok(gast.ok);
    assert.equal((await aanbodOphalen(t.db, gast.id))!.status, 'gepubliceerd');
  });

  it('lets the owner, a coordinator and a beheerder edit; others get ForbiddenError; stale is refused', async () => {
    const made = await aanbodAanmaken(t.db, { actor: lector }, { invoer: invoer() });
    assert.ok(made.ok);
    await assert.rejects(aanbodBewerken(t.db, { actor: ander }, { id: made.id, versie: made.versie, invoer: invoer() }), ForbiddenError);
    await assert.rejects(aanbodBewerken(t.db, { actor: lector }, { id: '00000000-0000-4000-8000-000000000000', versie: 1, invoer: invoer() }), NotFoundError);
    const c = await aanbodBewerken(t.db, { actor: coordinator }, { id: made.id, versie: made.versie, invoer: invoer({ titelNl: 'Door de coördinator' }) });
    assert.deepEqual(c, { ok: true, versie: made.versie + 1 });
    assert.deepEqual(await aanbodBewerken(t.db, { actor: lector }, { id: made.id, versie: made.versie, invoer: invoer() }), { ok: false, reden: 'verouderd' });
    // The beheerder is no member, but keeps the organisatie: allowed. Moving it elsewhere is not.
    const b = await aanbodBewerken(t.db, { actor: beheerder }, { id: made.id, versie: made.versie + 1, invoer: invoer({ titelNl: 'Door de beheerder' }) });
    assert.ok(b.ok);
    const verhuizen = await aanbodBewerken(t.db, { actor: lector }, { id: made.id, versie: made.versie + 2, invoer: invoer({ organisatieId: andereUni.id }) });
    assert.equal(verhuizen.ok, false);
    const naam = (await aanbodOphalen(t.db, made.id))!;
    assert.equal(naam.titelNl, 'Door de beheerder');
    assert.equal(naam.eigenaar, null, 'a private owner is not named to an anonymous reader');
    assert.equal((await aanbodOphalen(t.db, made.id, coordinator))!.eigenaar?.id, lector.accountId);
  });

  it('moves through the statuses it may, and deletes with the current version', async () => {
    const made = await aanbodAanmaken(t.db, { actor: lector }, { invoer: invoer() });
    assert.ok(made.ok);
    assert.deepEqual(await aanbodStatusWijzigen(t.db, { actor: lector }, { id: made.id, versie: made.versie, status: 'gearchiveerd' }), { ok: false, reden: 'niet-mogelijk' });
    assert.deepEqual(await aanbodStatusWijzigen(t.db, { actor: lector }, { id: made.id, versie: made.versie, status: 'concept' }), { ok: false, reden: 'niet-mogelijk' });
    await assert.rejects(aanbodStatusWijzigen(t.db, { actor: ander }, { id: made.id, versie: made.versie, status: 'gepubliceerd' }), ForbiddenError);
    const p = await aanbodStatusWijzigen(t.db, { actor: lector }, { id: made.id, versie: made.versie, status: 'gepubliceerd' });
    assert.ok(p.ok);
    const terug = await aanbodStatusWijzigen(t.db, { actor: coordinator }, { id: made.id, versie: p.versie, status: 'concept' });
    assert.ok(terug.ok);
    assert.deepEqual(await aanbodVerwijderen(t.db, { actor: lector }, { id: made.id, versie: p.versie }), { ok: false, reden: 'verouderd' });
    await assert.rejects(aanbodVerwijderen(t.db, { actor: ander }, { id: made.id, versie: terug.versie }), ForbiddenError);
    assert.deepEqual(await aanbodVerwijderen(t.db, { actor: lector }, { id: made.id, versie: terug.versie }), { ok: true });
    assert.equal(await aanbodOphalen(t.db, made.id), undefined);
  });

  it("lists what a person manages: their own and their organisatie's (as coordinator)", async () => {
    const vanLector = await eigenAanbod(t.db, lector.accountId);
    const vanCoordinator = await eigenAanbod(t.db, coordinator.accountId);
    assert.ok(vanLector.length > 0);
    assert.deepEqual(vanCoordinator.map((a) => a.id).sort(), vanLector.map((a) => a.id).sort(), "the coordinator manages the lector's aanbod");
    assert.deepEqual(await eigenAanbod(t.db, beheerder.accountId), []);
    const pagina = await mijnAanbod(t.db, lector.accountId, { page: 1, pageSize: 2 });
    assert.equal(pagina.items.length, 2);
    assert.ok(pagina.total >= 3);
    assert.ok(pagina.items[0]!.createdAt >= pagina.items[1]!.createdAt, 'newest first');
  });
});
