import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { loadAccountActor } from '../../accounts/index.ts';
import { auditLog } from '../../audit/index.ts';
import { gebeurtenissenOver } from '../../gebeurtenissen/index.ts';
import { suggesties } from '../../matching/schema.ts';
import { laadVraagstukKern, maySeeDetails } from '../../vraagstukken/index.ts';
import { koppelingFixtures, type Fixtures } from '../test-fixtures.ts';
import { koppelingGebeurtenissen, koppelingen } from '../schema.ts';
import type { CommandContext } from './context.ts';
import { koppelingBeslissen } from './koppeling-beslissen.ts';
import { koppelingIntrekken } from './koppeling-intrekken.ts';
import { koppelingIntroduceren } from './koppeling-introduceren.ts';
import { koppelingVoorstellen } from './koppeling-voorstellen.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe('koppeling commands: the lifecycle', () => {
  let t: T;
  let f: Fixtures;
  const ctx: Record<string, CommandContext> = {};

  before(async () => {
    t = await createTestApp();
    f = await koppelingFixtures(t);
    for (const [naam, id] of Object.entries(f.ids)) {
      ctx[naam] = { actor: (await loadAccountActor(t.db, id, { via: 'sessie', tweedeFactorGebruikt: true }))!, mail: { mailer: t.mailer, config: t.config } };
    }
  });
  after(() => t.close());

  const rij = async (id: string) => (await t.db.select().from(koppelingen).where(eq(koppelingen.id, id)))[0]!;
  const stappen = async (id: string) => (await t.db.select({ soort: koppelingGebeurtenissen.soort }).from(koppelingGebeurtenissen).where(eq(koppelingGebeurtenissen.koppelingId, id)).orderBy(koppelingGebeurtenissen.id)).map((g) => g.soort);
  const voorstel = (kandidaatId: string, extra: Partial<Parameters<typeof koppelingVoorstellen>[2]> = {}) => ({
    vraagstukId: f.vraagstuk,
    kandidaatSoort: 'aanbod' as const,
    kandidaatId,
    toelichting: 'Uw minor zoekt precies zo een casus.',
    ...extra,
  });
  const docentZietDetails = async () => maySeeDetails(ctx.docent!.actor, (await laadVraagstukKern(t.db, f.vraagstuk))!);

  it('a verbinder proposes for review (with the snapshot), introduces; both sides accept; the samenwerking-concept event exists', async () => {
    await t.db.insert(suggesties).values({
      richting: 'vraagstuk',
      vraagstukId: f.vraagstuk,
      kandidaatSoort: 'aanbod',
      kandidaatId: f.minor,
      score: 0.72,
      rang: 1,
      signalen: [{ signaal: 'thema', waarde: 1, gewicht: 0.22, bijdrage: 0.22, uitleg: { sleutel: 'matching.uitleg.thema', params: { 'themas.nl': 'Informatiehuishouding', 'themas.en': 'Information management' } } }],
    });
    const voorgesteld = await koppelingVoorstellen(t.db, ctx.verbinder!, voorstel(f.minor, { toelichting: undefined }));
    assert.ok(voorgesteld.ok && voorgesteld.status === 'voorgesteld', JSON.stringify(voorgesteld));
    const id = voorgesteld.id;
    const na = await rij(id);
    assert.equal(na.bron, 'verbinder');
    assert.equal(na.score, 0.72, 'the score is a snapshot of the stored suggestion');
    assert.equal(na.signalen?.[0]?.signaal, 'thema');
    // The snapshot stays what it was: the stored suggestion may change or go.
    await t.db.delete(suggesties).where(eq(suggesties.vraagstukId, f.vraagstuk));
    assert.deepEqual(await stappen(id), ['voorgesteld']);
    assert.equal(await docentZietDetails(), false, 'a proposal is no introduction');

    const dubbel = await koppelingVoorstellen(t.db, ctx.ambtenaar!, voorstel(f.minor));
    assert.deepEqual(dubbel, { ok: false, reden: 'bestaat-al', bestaandeId: id }, 'one live koppeling per pair');

    assert.deepEqual(await koppelingBeslissen(t.db, ctx.docent!, { id, versie: 1, besluit: 'geaccepteerd', invoer: {} }), { ok: false, reden: 'niet-mogelijk' }, 'not introduced yet');
    await assert.rejects(koppelingIntroduceren(t.db, ctx.docent!, { id, versie: 1, invoer: {} }), { name: 'ForbiddenError' }, 'only the verbinder introduces');
    const zonderBericht = await koppelingIntroduceren(t.db, ctx.verbinder!, { id, versie: 1, invoer: {} });
    assert.equal(zonderBericht.ok === false && zonderBericht.reden, 'ongeldig', 'an introduction needs a message');

    const since = new Date();
    const intro = await koppelingIntroduceren(t.db, ctx.verbinder!, { id, versie: 1, invoer: { toelichting: 'Kennismaken lijkt ons zinvol.' } });
    assert.deepEqual(intro, { ok: true, versie: 2 });
    const mail = await t.mailSink.waitFor(f.emails.docent, { subject: /Introductie/, since });
    assert.match(mail.text, /Chatberichten archiveren/);
    assert.match(mail.text, /Kennismaken lijkt ons zinvol\./);
    assert.match(mail.text, /Gemeenschappelijke thema's: Informatiehuishouding/, 'the explanation of the snapshot');
    assert.match(mail.text, new RegExp(`/koppelingen/${id}`));
    await t.mailSink.waitFor(f.emails.ambtenaar, { subject: /Introductie/, since });
    await t.mailSink.waitFor(f.emails.coordinator, { subject: /Introductie/, since });
    assert.equal(await docentZietDetails(), true, 'introduced: the docent sees the details of the na-introductie vraagstuk');
    assert.deepEqual(await koppelingIntroduceren(t.db, ctx.verbinder!, { id, versie: 2, invoer: {} }), { ok: false, reden: 'niet-mogelijk' }, 'wrong status');

    assert.deepEqual(await koppelingBeslissen(t.db, ctx.docent!, { id, versie: 1, besluit: 'geaccepteerd', invoer: {} }), { ok: false, reden: 'verouderd' });
    await assert.rejects(koppelingBeslissen(t.db, ctx.verbinder!, { id, versie: 2, besluit: 'geaccepteerd', invoer: {} }), { name: 'ForbiddenError' }, 'a verbinder is not a side');
    await assert.rejects(koppelingBeslissen(t.db, ctx.vreemde!, { id, versie: 2, besluit: 'geaccepteerd', invoer: {} }), { name: 'NotFoundError' }, 'others do not learn it exists');
    await assert.rejects(koppelingBeslissen(t.db, ctx.beheerder!, { id, versie: 2, besluit: 'geaccepteerd', invoer: {} }), { name: 'ForbiddenError' }, 'a beheerder is no side by that role');

    const since2 = new Date();
    const eerste = await koppelingBeslissen(t.db, ctx.docent!, { id, versie: 2, besluit: 'geaccepteerd', invoer: { reden: 'Past in semester 2.' } });
    assert.deepEqual(eerste, { ok: true, versie: 3, status: 'geintroduceerd' });
    const bericht = await t.mailSink.waitFor(f.emails.ambtenaar, { subject: /aanbodzijde heeft de koppeling geaccepteerd/, since: since2 });
    assert.match(bericht.text, /Past in semester 2\./);
    await t.mailSink.waitFor(f.emails.verbinder, { subject: /aanbodzijde heeft de koppeling geaccepteerd/, since: since2 });
    assert.deepEqual(await koppelingBeslissen(t.db, ctx.coordinator!, { id, versie: 3, besluit: 'afgewezen', invoer: { reden: 'Toch niet' } }), { ok: false, reden: 'niet-mogelijk' }, 'the aanbodzijde decided already');

    const since3 = new Date();
    const tweede = await koppelingBeslissen(t.db, ctx.ambtenaar!, { id, versie: 3, besluit: 'geaccepteerd', invoer: {} });
    assert.deepEqual(tweede, { ok: true, versie: 4, status: 'geaccepteerd' });
    const eind = await rij(id);
    assert.equal(eind.status, 'geaccepteerd');
    assert.ok(eind.afgeslotenOp);
    assert.deepEqual(await stappen(id), ['voorgesteld', 'geintroduceerd', 'geaccepteerd-aanbodzijde', 'geaccepteerd-vraagzijde', 'geaccepteerd']);
    const events = await gebeurtenissenOver(t.db, id);
    assert.equal(events.length, 1);
    assert.equal(events[0]!.soort, 'samenwerking-concept');
    const g = events[0]!.gegevens as Record<string, unknown>;
    assert.equal(g.vraagstukId, f.vraagstuk);
    assert.equal(g.vraagstukTitel, 'Chatberichten archiveren');
    assert.equal(g.organisatieId, f.ministerie.id);
    assert.equal(g.kandidaatSoort, 'aanbod');
    assert.equal(g.kandidaatId, f.minor);
    assert.equal(g.kandidaatTitel, 'Minor Informatiebeheer');
    assert.equal(g.partnerOrganisatieId, f.hogeschool.id);
    assert.deepEqual(g.vormCodes, ['praktijkopdracht'], 'the forms both allow');
    assert.deepEqual(g.periode, { van: '2027-02-01', tot: '2027-06-30', label: 'Semester 2, 2026-2027' }, 'the matched run');
    assert.equal(g.aantalStudenten, 4);
    assert.deepEqual(g.deelnemers, [f.ids.ambtenaar, f.ids.docent]);
    await t.mailSink.waitFor(f.emails.docent, { subject: /Koppeling geaccepteerd/, since: since3 });
    await t.mailSink.waitFor(f.emails.verbinder, { subject: /Koppeling geaccepteerd/, since: since3 });

    const acties = await t.db.select({ actie: auditLog.actie }).from(auditLog).where(eq(auditLog.objectId, id)).orderBy(auditLog.id);
    assert.deepEqual(
      acties.map((a) => a.actie),
      ['koppeling.voorgesteld', 'koppeling.geintroduceerd', 'koppeling.besluit', 'koppeling.besluit'],
    );
    assert.deepEqual(await koppelingIntrekken(t.db, ctx.verbinder!, { id, versie: 4, reden: null }), { ok: false, reden: 'niet-mogelijk' }, 'decided: no longer withdrawn');
  });

  it('one side declines: afgewezen, the other side no longer matters, and the pair may be proposed again', async () => {
    const r = await koppelingVoorstellen(t.db, ctx.ambtenaar!, { vraagstukId: f.vraagstuk, kandidaatSoort: 'onderdeel', kandidaatId: f.lectoraat, toelichting: 'Uw lectoraat onderzoekt dit.' });
    assert.ok(r.ok && r.status === 'geintroduceerd', JSON.stringify(r));
    const k = await rij(r.id);
    assert.equal(k.bron, 'vraagzijde');
    assert.equal(k.besluitVraagzijde, 'geaccepteerd', "the proposer's own side counts as accepted");
    assert.deepEqual(await stappen(r.id), ['geintroduceerd', 'geaccepteerd-vraagzijde']);
    const mail = await t.mailSink.waitFor(f.emails.lector, { subject: /Introduction/ });
    assert.match(mail.text, /Dear Lotte Lector/, "in the recipient's language");

    const afgewezen = await koppelingBeslissen(t.db, ctx.lector!, { id: r.id, versie: 1, besluit: 'afgewezen', invoer: { reden: 'Geen capaciteit dit jaar.' } });
    assert.deepEqual(afgewezen, { ok: true, versie: 2, status: 'afgewezen' });
    const na = await rij(r.id);
    assert.equal(na.status, 'afgewezen');
    assert.equal(na.redenAanbodzijde, 'Geen capaciteit dit jaar.');
    assert.ok(na.afgeslotenOp);
    assert.deepEqual(await gebeurtenissenOver(t.db, r.id), [], 'no samenwerking-concept');
    const opnieuw = await koppelingVoorstellen(t.db, ctx.verbinder!, { vraagstukId: f.vraagstuk, kandidaatSoort: 'onderdeel', kandidaatId: f.lectoraat, toelichting: null });
    assert.ok(opnieuw.ok, 'a closed koppeling does not block a new one');
    assert.deepEqual(await koppelingIntrekken(t.db, ctx.ambtenaar!, { id: opnieuw.id, versie: 1, reden: null }).catch((e: Error) => e.name), 'ForbiddenError', 'only the proposer or a verbinder withdraws');
    assert.deepEqual(await koppelingIntrekken(t.db, ctx.verbinder!, { id: opnieuw.id, versie: 1, reden: 'Dubbel' }), { ok: true, versie: 2 });
    assert.equal((await rij(opnieuw.id)).status, 'ingetrokken');
  });

  it('a docent proposes their own aanbod; checks who may propose what', async () => {
    const tweede = { vraagstukId: f.tweede, kandidaatSoort: 'aanbod' as const, kandidaatId: f.minor, toelichting: 'Mijn minor past hierbij.' };
    const zonder = await koppelingVoorstellen(t.db, ctx.docent!, { ...tweede, toelichting: null });
    assert.deepEqual(zonder, { ok: false, reden: 'ongeldig', fouten: [{ veld: 'toelichting', key: 'koppelingen.fouten.toelichtingVerplicht', soort: 'ongeldig' }] });
    await assert.rejects(koppelingVoorstellen(t.db, ctx.vreemde!, tweede), { name: 'ForbiddenError' }, 'not a side of this aanbod');
    await assert.rejects(koppelingVoorstellen(t.db, ctx.docent!, { ...tweede, vraagstukId: f.concept }), { name: 'NotFoundError' }, 'a concept does not exist for others');
    assert.deepEqual(await koppelingVoorstellen(t.db, ctx.verbinder!, { ...tweede, vraagstukId: f.concept }), { ok: false, reden: 'niet-open' });
    const concept = await koppelingVoorstellen(t.db, ctx.docent!, { ...tweede, kandidaatId: f.conceptAanbod });
    assert.equal(concept.ok === false && concept.reden, 'ongeldig', 'concept aanbod cannot be proposed');
    const onbekend = await koppelingVoorstellen(t.db, ctx.verbinder!, { ...tweede, kandidaatSoort: 'persoon', kandidaatId: f.ids.vreemde });
    assert.equal(onbekend.ok === false && onbekend.reden, 'ongeldig', 'no public profile: not a candidate');
    const lezer = { ...ctx.docent!, actor: { ...ctx.docent!.actor, via: 'token' as const, scopes: ['read'] as const } } as CommandContext;
    await assert.rejects(koppelingVoorstellen(t.db, lezer, tweede), { name: 'ForbiddenError' }, 'a read-only token');

    const r = await koppelingVoorstellen(t.db, ctx.docent!, tweede);
    assert.ok(r.ok && r.status === 'geintroduceerd');
    const k = await rij(r.id);
    assert.equal(k.bron, 'aanbodzijde');
    assert.equal(k.besluitAanbodzijde, 'geaccepteerd');
    assert.equal(k.besluitVraagzijde, null);
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.objectId, r.id), eq(auditLog.actie, 'koppeling.voorgesteld')));
    assert.ok(audit);

    const persoon = await koppelingVoorstellen(t.db, ctx.verbinder!, { vraagstukId: f.tweede, kandidaatSoort: 'persoon', kandidaatId: f.ids.persoon, toelichting: 'U kent de Archiefwet.', direct: true });
    assert.ok(persoon.ok && persoon.status === 'geintroduceerd', 'direct introduction');
  });

  it('someone on both sides says for which side they decide', async () => {
    const r = await koppelingVoorstellen(t.db, ctx.verbinder!, { vraagstukId: f.tweede, kandidaatSoort: 'aanbod', kandidaatId: f.eigenAanbodBeide, toelichting: 'Bram kan dit zelf.', direct: true });
    assert.ok(r.ok);
    const zonderZijde = await koppelingBeslissen(t.db, ctx.beide!, { id: r.id, versie: 1, besluit: 'geaccepteerd', invoer: {} });
    assert.deepEqual(zonderZijde, { ok: false, reden: 'ongeldig', fouten: [{ veld: 'zijde', key: 'koppelingen.fouten.zijdeKiezen', soort: 'ongeldig' }] });
    assert.deepEqual(await koppelingBeslissen(t.db, ctx.beide!, { id: r.id, versie: 1, besluit: 'geaccepteerd', invoer: { zijde: 'vraagzijde' } }), { ok: true, versie: 2, status: 'geintroduceerd' });
    assert.deepEqual(await koppelingBeslissen(t.db, ctx.beide!, { id: r.id, versie: 2, besluit: 'geaccepteerd', invoer: {} }), { ok: true, versie: 3, status: 'geaccepteerd' }, 'one open side left');
    const [event] = await gebeurtenissenOver(t.db, r.id);
    assert.deepEqual((event!.gegevens as { deelnemers: string[] }).deelnemers, [f.ids.beide]);
  });
});
