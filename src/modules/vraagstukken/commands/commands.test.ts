import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { createAccount } from '../../../../tests/support/accounts.ts';
import { eersteOrganisatie } from '../../../../tests/support/marktplaats.ts';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import type { AccountActor } from '../../../platform/actor.ts';
import { loadAccountActor } from '../../accounts/index.ts';
import { auditLog, dutchDate } from '../../audit/index.ts';
import { voorbeeld } from '../test-helpers.ts';
import { gebeurtenissenVan, vraagstukOphalen } from '../queries.ts';
import { vraagstukBijlagen, vraagstukken } from '../schema.ts';
import { vraagstukInvoerSchema, type VraagstukInvoer } from '../vraagstuk.schema.ts';
import { bijlageToevoegen } from './bijlage-toevoegen.ts';
import { bijlageVerwijderen } from './bijlage-verwijderen.ts';
import { vraagstukAanmaken } from './vraagstuk-aanmaken.ts';
import { vraagstukBewerken } from './vraagstuk-bewerken.ts';
import { vraagstukTransitie } from './vraagstuk-transitie.ts';
import { vraagstukkenLatenVerlopen } from './vraagstukken-laten-verlopen.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe('vraagstuk commands', () => {
  let t: T;
  let org: { id: string; regio: string };
  let lid: AccountActor;
  let verbinder: AccountActor;
  let buitenstaander: AccountActor;
  const invoer = (o: Partial<VraagstukInvoer> = {}): VraagstukInvoer =>
    vraagstukInvoerSchema.parse({ organisatieId: org.id, titelNl: 'Archiveren van chatberichten', vraagNl: 'Hoe bewaren we chats?', themaCodes: ['informatiehuishouding'], vormCodes: [], niveaus: ['hbo-bachelor'], regioCode: org.regio, ...o });
  const ctx = (actor: AccountActor) => ({ actor });

  before(async () => {
    t = await createTestApp();
    org = await eersteOrganisatie(t.db, 'rijksorganisatie');
    const laad = async (id: string) => (await loadAccountActor(t.db, id, { via: 'sessie', tweedeFactorGebruikt: true }))!;
    lid = await laad((await createAccount(t.db, t.config, { lidmaatschappen: [{ organisatieId: org.id, rol: 'lid' }] })).id);
    verbinder = await laad((await createAccount(t.db, t.config, { platformrollen: [{ rol: 'verbinder', regioCode: org.regio }] })).id);
    buitenstaander = await laad((await createAccount(t.db, t.config)).id);
  });
  after(() => t.close());

  it('creates a concept with attachments, and refuses a bad attachment without writing anything', async () => {
    await assert.rejects(vraagstukAanmaken(t.db, ctx(buitenstaander), { invoer: invoer() }), { name: 'ForbiddenError' });
    const voor = (await t.db.select({ id: vraagstukken.id }).from(vraagstukken)).length;
    const fout = await vraagstukAanmaken(t.db, ctx(lid), { invoer: invoer(), bijlagen: [{ bestandsnaam: 'notitie.pdf', inhoud: new TextEncoder().encode('geen pdf') }] });
    assert.deepEqual(fout, { ok: false, reden: 'ongeldig', fouten: [{ veld: 'bijlagen', key: 'vraagstukken.fouten.bijlage.type', params: { bestand: 'notitie.pdf', mb: '5' }, soort: 'ongeldig' }] });
    const onbekend = await vraagstukAanmaken(t.db, ctx(lid), { invoer: invoer({ themaCodes: ['bestaat-niet'], contactpersoonIds: [buitenstaander.accountId] }) });
    assert.equal(onbekend.ok, false);
    assert.deepEqual(!onbekend.ok && onbekend.fouten.map((f) => f.veld), ['themaCodes', 'contactpersoonIds']);
    assert.equal((await t.db.select({ id: vraagstukken.id }).from(vraagstukken)).length, voor, 'nothing written');

    const ok = await vraagstukAanmaken(t.db, ctx(lid), { invoer: invoer({ contactpersoonIds: [lid.accountId] }), bijlagen: [{ bestandsnaam: 'map/Notitie', inhoud: voorbeeld.docx() }] });
    assert.ok(ok.ok);
    const v = (await vraagstukOphalen(t.db, ok.id))!;
    assert.equal(v.status, 'concept');
    assert.equal(v.aangemaaktDoor, lid.accountId);
    assert.deepEqual(v.bijlagen.map((b) => [b.bestandsnaam, b.mediatype]), [['Notitie.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']]);
    assert.deepEqual(v.contactpersonen.map((p) => p.id), [lid.accountId]);
    assert.deepEqual((await gebeurtenissenVan(t.db, ok.id)).map((g) => g.soort), ['aangemaakt']);
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.objectId, ok.id), eq(auditLog.actie, 'vraagstuk.aangemaakt')));
    assert.ok(audit);
  });

  it('runs the lifecycle with its checks: remark to return, reason to close, no past deadline, versions', async () => {
    const { id } = (await vraagstukAanmaken(t.db, ctx(lid), { invoer: invoer({ deadline: '2020-01-01' }) })) as { id: string };
    const nu = new Date();
    const stap = (actor: AccountActor, versie: number, transitie: Parameters<typeof vraagstukTransitie>[2]['transitie'], extra = {}) =>
      vraagstukTransitie(t.db, ctx(actor), { id, versie, transitie, ...extra });
    const verlopen = await stap(lid, 1, 'indienen');
    assert.deepEqual(verlopen, { ok: false, reden: 'ongeldig', fouten: [{ veld: 'deadline', key: 'vraagstukken.fouten.deadlineVerstreken', soort: 'conflict' }] });
    const bewerkt = await vraagstukBewerken(t.db, ctx(lid), { id, versie: 1, invoer: invoer({ deadline: dutchDate(nu) }) });
    assert.deepEqual(bewerkt, { ok: true, versie: 2 });
    assert.deepEqual(await vraagstukBewerken(t.db, ctx(lid), { id, versie: 1, invoer: invoer() }), { ok: false, reden: 'verouderd' });
    await assert.rejects(stap(lid, 2, 'publiceren'), { name: 'ForbiddenError' }, 'an owner does not review');
    assert.deepEqual(await stap(lid, 2, 'indienen'), { ok: true, status: 'ingediend', versie: 3 });
    await assert.rejects(stap(buitenstaander, 3, 'publiceren'), { name: 'ForbiddenError' });
    assert.deepEqual(await stap(verbinder, 3, 'verlopen'), { ok: false, reden: 'niet-mogelijk' });
    assert.deepEqual(await stap(verbinder, 3, 'terugsturen', { opmerking: '  ' }), { ok: false, reden: 'ongeldig', fouten: [{ veld: 'opmerking', key: 'vraagstukken.fouten.opmerkingVerplicht', soort: 'ongeldig' }] });
    assert.deepEqual(await stap(verbinder, 3, 'terugsturen', { opmerking: 'Voeg de gewenste periode toe.' }), { ok: true, status: 'teruggestuurd', versie: 4 });
    assert.equal((await vraagstukOphalen(t.db, id))!.opmerkingVerbinder, 'Voeg de gewenste periode toe.');
    assert.deepEqual(await stap(lid, 4, 'indienen'), { ok: true, status: 'ingediend', versie: 5 });
    const ingediend = (await vraagstukOphalen(t.db, id))!;
    assert.equal(ingediend.opmerkingVerbinder, null, 'the remark is cleared on resubmitting');
    assert.ok(ingediend.ingediendOp);
    assert.deepEqual(await stap(verbinder, 4, 'publiceren'), { ok: false, reden: 'verouderd' });
    assert.deepEqual(await stap(verbinder, 5, 'publiceren'), { ok: true, status: 'gepubliceerd', versie: 6 });
    assert.deepEqual(await stap(lid, 6, 'sluiten'), { ok: false, reden: 'ongeldig', fouten: [{ veld: 'sluitreden', key: 'vraagstukken.fouten.sluitredenVerplicht', soort: 'ongeldig' }] });
    assert.deepEqual(await stap(lid, 6, 'sluiten', { sluitreden: 'afgerond', opmerking: 'Opgelost door een groep van de HU.' }), { ok: true, status: 'gesloten', versie: 7 });
    const gesloten = (await vraagstukOphalen(t.db, id))!;
    assert.equal(gesloten.sluitreden, 'afgerond');
    assert.ok(gesloten.geslotenOp && gesloten.gepubliceerdOp);
    assert.deepEqual(await vraagstukBewerken(t.db, ctx(lid), { id, versie: 7, invoer: invoer() }), { ok: false, reden: 'niet-bewerkbaar' });
    const historie = await gebeurtenissenVan(t.db, id);
    assert.deepEqual(historie.map((g) => g.soort), ['aangemaakt', 'bewerkt', 'ingediend', 'teruggestuurd', 'ingediend', 'gepubliceerd', 'gesloten']);
    assert.equal(historie[3]!.opmerking, 'Voeg de gewenste periode toe.');
    assert.equal(historie[3]!.actor?.id, verbinder.accountId);
    const audits = await t.db.select({ actie: auditLog.actie }).from(auditLog).where(eq(auditLog.objectId, id));
    assert.equal(audits.length, 7, 'every write is audited');
  });

  it('adds and removes attachments within the limits', async () => {
    const { id } = (await vraagstukAanmaken(t.db, ctx(lid), { invoer: invoer() })) as { id: string };
    assert.deepEqual(await bijlageToevoegen(t.db, ctx(lid), { vraagstukId: id, bestandsnaam: 'x.pdf', inhoud: new TextEncoder().encode('tekst') }), { ok: false, reden: 'type' });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await bijlageToevoegen(t.db, ctx(lid), { vraagstukId: id, bestandsnaam: `deel-${i}.odt`, inhoud: voorbeeld.odt() });
      assert.ok(r.ok);
      ids.push(r.id);
    }
    assert.deepEqual(await bijlageToevoegen(t.db, ctx(lid), { vraagstukId: id, bestandsnaam: 'zesde.pdf', inhoud: voorbeeld.pdf() }), { ok: false, reden: 'te-veel' });
    await assert.rejects(bijlageToevoegen(t.db, ctx(buitenstaander), { vraagstukId: id, bestandsnaam: 'x.pdf', inhoud: voorbeeld.pdf() }), { name: 'ForbiddenError' });
    assert.deepEqual(await bijlageVerwijderen(t.db, ctx(lid), { vraagstukId: id, bijlageId: ids[0]! }), { ok: true });
    await assert.rejects(bijlageVerwijderen(t.db, ctx(lid), { vraagstukId: id, bijlageId: ids[0]! }), { name: 'NotFoundError' });
    assert.equal((await t.db.select({ id: vraagstukBijlagen.id }).from(vraagstukBijlagen).where(eq(vraagstukBijlagen.vraagstukId, id))).length, 4);
    assert.equal((await vraagstukOphalen(t.db, id))!.versie, 1, 'attachments do not make an open edit stale');
  });

  it('lets vraagstukken expire after their deadline (Dutch date), once', async () => {
    const maak = async (deadline: string, status: 'ingediend' | 'gepubliceerd' | 'concept' | 'opgepakt') => {
      const [r] = await t.db
        .insert(vraagstukken)
        .values({ organisatieId: org.id, aangemaaktDoor: lid.accountId, titelNl: `Verloopt ${deadline} ${status}`, vraagNl: 'V?', themaCodes: ['cybersecurity'], niveaus: ['mbo'], regioCode: org.regio, status, deadline })
        .returning({ id: vraagstukken.id });
      return r!.id;
    };
    const gisteren = await maak('2026-05-31', 'gepubliceerd');
    const ingediend = await maak('2026-05-30', 'ingediend');
    const vandaag = await maak('2026-06-01', 'gepubliceerd');
    const concept = await maak('2026-05-01', 'concept');
    const opgepakt = await maak('2026-05-01', 'opgepakt');
    // 23:30 UTC on 31 May is already 1 June in Amsterdam: the deadline of 31 May has passed.
    const nu = new Date('2026-05-31T23:30:00Z');
    const eerste = await vraagstukkenLatenVerlopen(t.db, { nu });
    assert.ok(eerste.aantal >= 2);
    const status = async (id: string) => (await t.db.select({ s: vraagstukken.status, r: vraagstukken.sluitreden }).from(vraagstukken).where(eq(vraagstukken.id, id)))[0];
    assert.deepEqual(await status(gisteren), { s: 'gesloten', r: 'vervallen' });
    assert.deepEqual(await status(ingediend), { s: 'gesloten', r: 'vervallen' });
    assert.deepEqual(await status(vandaag), { s: 'gepubliceerd', r: null }, 'the deadline day itself still counts');
    assert.deepEqual(await status(concept), { s: 'concept', r: null });
    assert.deepEqual(await status(opgepakt), { s: 'opgepakt', r: null });
    const [g] = await gebeurtenissenVan(t.db, gisteren);
    assert.deepEqual([g!.soort, g!.vanStatus, g!.naarStatus, g!.actor], ['vervallen', 'gepubliceerd', 'gesloten', null]);
    const [a] = await t.db.select().from(auditLog).where(and(eq(auditLog.objectId, gisteren), eq(auditLog.actie, 'vraagstuk.vervallen')));
    assert.equal(a!.actorId, null);
    assert.deepEqual(await vraagstukkenLatenVerlopen(t.db, { nu }), { aantal: 0 }, 'idempotent');
  });
});
