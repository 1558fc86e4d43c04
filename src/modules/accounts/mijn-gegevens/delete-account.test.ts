import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, or, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { createAccount, loginAs, type TestAccount } from '../../../../tests/support/accounts.ts';
import type { AccountActor } from '../../../platform/actor.ts';
import { hashToken, randomToken } from '../../../platform/secrets.ts';
import { auditLog, recordAudit } from '../../audit/index.ts';
import { lidmaatschappen, lidmaatschapsverzoeken, uitnodigingen } from '../../lidmaatschappen/index.ts';
import { organisaties } from '../../organisaties/index.ts';
import { onderdeelContactpersonen, onderdelen } from '../../organisaties/schema.ts';
import { affiliaties, beschikbaarheden, profielen, profielThemas } from '../../personen/schema.ts';
import { themas } from '../../taxonomie/index.ts';
import { aanbod } from '../../aanbod/schema.ts';
import { belangstellingen } from '../../belangstellingen/schema.ts';
import { opgeslagenZoekopdrachten, vraagstukContactpersonen, vraagstukken } from '../../vraagstukken/schema.ts';
import { loadAccountActor } from '../actor-loader.ts';
import { accounts, apiTokens, emailTokens, externeIdentiteiten, herstelcodes, platformrollen, sessies } from '../schema.ts';
import { deleteAccount, verwijderdeGebruikerNaam } from './delete-account.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

async function countOf(t: T, table: PgTable, where: SQL | undefined): Promise<number> {
  const [row] = await t.db.select({ n: sql<number>`cast(count(*) as integer)` }).from(table).where(where);
  return row!.n;
}

async function actorOf(t: T, id: string): Promise<AccountActor> {
  const actor = await loadAccountActor(t.db, id, { via: 'sessie', tweedeFactorGebruikt: true });
  assert.ok(actor);
  return actor;
}

describe('deleteAccount (use case, against the database)', () => {
  let t: T;
  let orgs: { id: string; slug: string }[];
  let anna: TestAccount;
  let other: TestAccount;
  let invitationByAnna: string;

  before(async () => {
    t = await createTestApp();
    orgs = await t.db.select({ id: organisaties.id, slug: organisaties.slug }).from(organisaties).where(eq(organisaties.soort, 'hogeschool')).orderBy(organisaties.slug).limit(3);
    other = await createAccount(t.db, t.config, { naam: 'Olaf Ander', email: 'olaf@example.org', lidmaatschappen: [{ organisatieId: orgs[0]!.id, rol: 'coordinator' }] });
    anna = await createAccount(t.db, t.config, {
      naam: 'Anna Verwijder',
      email: 'anna.verwijder@example.org',
      persoonstype: 'docent',
      platformrollen: [{ rol: 'programmamanagement' }],
      lidmaatschappen: [{ organisatieId: orgs[0]!.id, rol: 'lid' }, { organisatieId: orgs[1]!.id, rol: 'coordinator' }],
    });
    await loginAs(t.db, t.config, anna.id);
    await t.db.insert(emailTokens).values({ tokenHash: hashToken(randomToken()), accountId: anna.id, doel: 'verificatie', verlooptOp: new Date(Date.now() + 3_600_000) });
    await t.db.insert(herstelcodes).values({ accountId: anna.id, codeHash: hashToken('code') });
    await t.db.insert(externeIdentiteiten).values({ provider: 'surfconext', subject: 'anna-subject', accountId: anna.id });
    await t.db.insert(apiTokens).values({ accountId: anna.id, naam: 'script', tokenHash: hashToken(randomToken()), prefix: 'ipt_abcd', scopes: ['read'], verlooptOp: new Date(Date.now() + 86_400_000) });
    await t.db.insert(lidmaatschapsverzoeken).values({ organisatieId: orgs[2]!.id, accountId: anna.id, toelichting: 'Ik geef les in data.' });
    await t.db.insert(lidmaatschapsverzoeken).values({ organisatieId: orgs[0]!.id, accountId: anna.id, toelichting: 'Persoonlijke toelichting', status: 'goedgekeurd', beslistDoor: other.id, beslistOp: new Date() });
    // An invitation to Anna's address (sent before she had this membership) and one she sent herself.
    await t.db.insert(uitnodigingen).values({ organisatieId: orgs[2]!.id, email: 'anna.verwijder@example.org', tokenHash: hashToken(randomToken()), uitgenodigdDoor: other.id, verlooptOp: new Date(Date.now() + 86_400_000) });
    const [sent] = await t.db
      .insert(uitnodigingen)
      .values({ organisatieId: orgs[1]!.id, email: 'nieuw@example.org', tokenHash: hashToken(randomToken()), uitgenodigdDoor: anna.id, verlooptOp: new Date(Date.now() + 86_400_000) })
      .returning({ id: uitnodigingen.id });
    invitationByAnna = sent!.id;
    // Her profile: expertise, a theme, an affiliation, availability, and contact person of a unit.
    const [thema] = await t.db.select({ code: themas.code }).from(themas).limit(1);
    const [unit] = await t.db.insert(onderdelen).values({ organisatieId: orgs[1]!.id, soort: 'lectoraat', naam: 'Lectoraat Verwijderen', slug: 'lectoraat-verwijderen' }).returning({ id: onderdelen.id });
    await t.db.insert(profielen).values({ accountId: anna.id, expertiseNl: 'Persoonlijke expertise van Anna', trefwoorden: ['archivering'] });
    await t.db.insert(profielThemas).values({ accountId: anna.id, themaCode: thema!.code });
    await t.db.insert(affiliaties).values({ accountId: anna.id, organisatieId: orgs[1]!.id, onderdeelId: unit!.id, rol: 'docent' });
    await t.db.insert(beschikbaarheden).values({ accountId: anna.id, van: '2026-09-01', tot: '2027-01-31', toelichting: 'semester' });
    await t.db.insert(onderdeelContactpersonen).values({ onderdeelId: unit!.id, accountId: anna.id });
    await t.db.insert(onderdeelContactpersonen).values({ onderdeelId: unit!.id, accountId: other.id });
    // The marketplace: a saved search, a contact-person role, a student's own aanbod, an open interest.
    const [ministerie] = await t.db.select({ id: organisaties.id }).from(organisaties).where(eq(organisaties.soort, 'rijksorganisatie')).limit(1);
    const [vraag] = await t.db
      .insert(vraagstukken)
      .values({ organisatieId: ministerie!.id, titelNl: 'Een vraag', vraagNl: 'Wat?', regioCode: 'west', status: 'gepubliceerd' })
      .returning({ id: vraagstukken.id });
    await t.db.insert(vraagstukContactpersonen).values({ vraagstukId: vraag!.id, accountId: anna.id });
    await t.db.insert(opgeslagenZoekopdrachten).values({ accountId: anna.id, naam: 'Data', lijst: 'vraagstukken', zoekopdracht: 'zoek=data' });
    await t.db.insert(aanbod).values({ soort: 'gastdocent', aangemaaktDoor: anna.id, titelNl: 'Gastcollege', beschrijvingNl: 'Over data.', status: 'gepubliceerd' });
    await t.db.insert(aanbod).values({ soort: 'onderwijs', organisatieId: orgs[0]!.id, aangemaaktDoor: anna.id, titelNl: 'Minor Data', beschrijvingNl: 'Een minor.', status: 'gepubliceerd' });
    await t.db.insert(belangstellingen).values({ vraagstukId: vraag!.id, accountId: anna.id, motivatie: 'Mijn eigen woorden' });
    // Actors first: PGlite has one connection, so a query outside the transaction would wait for it.
    const olaf = await actorOf(t, other.id);
    await t.db.transaction(async (tx) => {
      await recordAudit(tx, { actor: { kind: 'systeem' }, actie: 'account.geregistreerd', objectType: 'account', objectId: anna.id, betreftAccountId: anna.id, na: { email: anna.email, naam: 'Anna Verwijder', persoonstype: 'docent' } });
      await recordAudit(tx, { actor: olaf, actie: 'uitnodiging.aangemaakt', objectType: 'uitnodiging', objectId: 'x', na: { email: anna.email, rol: 'lid' } });
      await recordAudit(tx, { actor: olaf, actie: 'account.profiel-gewijzigd', objectType: 'account', objectId: other.id, betreftAccountId: other.id, na: { naam: 'Olaf Ander' } });
    });
  });
  after(() => t.close());

  it('refuses a wrong password and changes nothing', async () => {
    const result = await deleteAccount(t.db, { accountId: anna.id, actor: await actorOf(t, anna.id), wachtwoord: 'fout-wachtwoord-123' });
    assert.deepEqual(result, { ok: false, reden: 'wachtwoord-onjuist' });
    const [row] = await t.db.select().from(accounts).where(eq(accounts.id, anna.id));
    assert.equal(row!.email, anna.email);
    assert.equal(row!.verwijderdOp, null);
  });

  it('refuses another person who is not a beheerder', async () => {
    await assert.rejects(deleteAccount(t.db, { accountId: anna.id, actor: await actorOf(t, other.id), wachtwoord: other.wachtwoord }), { status: 403 });
  });

  it('anonymises the account, removes what only served the person, keeps shared rows, scrubs the log', async () => {
    const result = await deleteAccount(t.db, { accountId: anna.id, actor: await actorOf(t, anna.id), wachtwoord: anna.wachtwoord, requestId: 'req-1' });
    assert.deepEqual(result, { ok: true });

    const [row] = await t.db.select().from(accounts).where(eq(accounts.id, anna.id));
    assert.ok(row, 'the row stays: shared work points at it');
    assert.equal(row.email, null);
    assert.equal(row.naam, verwijderdeGebruikerNaam);
    assert.equal(row.wachtwoordHash, null);
    assert.equal(row.totpGeheim, null);
    assert.equal(row.totpAanSinds, null);
    assert.equal(row.persoonstype, null);
    assert.equal(row.profielOpenbaar, false);
    assert.equal(row.emailGeverifieerdOp, null);
    assert.ok(row.verwijderdOp instanceof Date);

    for (const [name, table, column] of [
      ['sessies', sessies, sessies.accountId],
      ['email_tokens', emailTokens, emailTokens.accountId],
      ['herstelcodes', herstelcodes, herstelcodes.accountId],
      ['externe_identiteiten', externeIdentiteiten, externeIdentiteiten.accountId],
      ['api_tokens', apiTokens, apiTokens.accountId],
      ['platformrollen', platformrollen, platformrollen.accountId],
      ['lidmaatschappen', lidmaatschappen, lidmaatschappen.accountId],
      ['profielen', profielen, profielen.accountId],
      ['profiel_themas', profielThemas, profielThemas.accountId],
      ['affiliaties', affiliaties, affiliaties.accountId],
      ['beschikbaarheden', beschikbaarheden, beschikbaarheden.accountId],
      ['onderdeel_contactpersonen', onderdeelContactpersonen, onderdeelContactpersonen.accountId],
    ] as const) {
      assert.equal(await countOf(t, table, eq(column, anna.id)), 0, `${name} of the deleted account are gone`);
    }
    assert.equal(await countOf(t, opgeslagenZoekopdrachten, eq(opgeslagenZoekopdrachten.accountId, anna.id)), 0, 'saved searches are gone');
    assert.equal(await countOf(t, vraagstukContactpersonen, eq(vraagstukContactpersonen.accountId, anna.id)), 0, 'no longer a contact person');
    const offers = await t.db.select({ soort: aanbod.soort }).from(aanbod).where(eq(aanbod.aangemaaktDoor, anna.id));
    assert.deepEqual(offers, [{ soort: 'onderwijs' }], "the guest-lecture offer (personal) is gone; the organisation's course stays");
    const interests = await t.db.select({ status: belangstellingen.status, motivatie: belangstellingen.motivatie }).from(belangstellingen).where(eq(belangstellingen.accountId, anna.id));
    assert.deepEqual(interests, [{ status: 'ingetrokken', motivatie: '' }], 'the open interest is withdrawn, without her words');

    const requests = await t.db.select().from(lidmaatschapsverzoeken).where(eq(lidmaatschapsverzoeken.accountId, anna.id));
    assert.deepEqual(
      requests.map((r) => [r.status, r.toelichting]),
      [['goedgekeurd', null]],
      'the open request is gone; the decided one stays without the personal note',
    );
    assert.equal(await countOf(t, uitnodigingen, sql`lower(${uitnodigingen.email}) = 'anna.verwijder@example.org'`), 0, 'invitations to the address are gone');
    const [sent] = await t.db.select().from(uitnodigingen).where(eq(uitnodigingen.id, invitationByAnna));
    assert.equal(sent?.uitgenodigdDoor, anna.id, 'an invitation she sent stays, attributed to the (anonymised) account');
    assert.equal(await countOf(t, lidmaatschappen, eq(lidmaatschappen.accountId, other.id)), 1, "another person's membership is untouched");
    assert.equal(await countOf(t, onderdeelContactpersonen, eq(onderdeelContactpersonen.accountId, other.id)), 1, 'another contact person of the unit stays');

    const entries = await t.db.select().from(auditLog).where(or(eq(auditLog.betreftAccountId, anna.id), eq(auditLog.objectType, 'uitnodiging')));
    const text = JSON.stringify(entries.map((e) => e.wijzigingen));
    assert.ok(!text.includes('anna.verwijder@example.org'), 'the address is scrubbed from the log');
    assert.ok(!text.includes('Anna Verwijder'), 'the name is scrubbed from the log');
    const registered = entries.find((e) => e.actie === 'account.geregistreerd')!;
    assert.deepEqual(registered.wijzigingen.email, { voor: null, na: null, geanonimiseerd: true });
    assert.deepEqual(registered.wijzigingen.persoonstype, { voor: null, na: 'docent' }, 'non-personal fields stay');
    const invitation = entries.find((e) => e.actie === 'uitnodiging.aangemaakt')!;
    assert.deepEqual(invitation.wijzigingen.rol, { voor: null, na: 'lid' });
    const deleted = entries.filter((e) => e.actie === 'account.verwijderd');
    assert.equal(deleted.length, 1, 'one audit entry for the deletion');
    assert.equal(deleted[0]!.actorId, anna.id);
    assert.equal(deleted[0]!.requestId, 'req-1');
    const [olaf] = await t.db.select().from(auditLog).where(eq(auditLog.betreftAccountId, other.id));
    assert.deepEqual(olaf!.wijzigingen.naam, { voor: null, na: 'Olaf Ander' }, "another person's entries are untouched");
  });

  it('says not found for an account that is already deleted', async () => {
    const beheerder = await createAccount(t.db, t.config, { platformrollen: [{ rol: 'beheerder' }] });
    const result = await deleteAccount(t.db, { accountId: anna.id, actor: await actorOf(t, beheerder.id) });
    assert.deepEqual(result, { ok: false, reden: 'niet-gevonden' });
  });

  it('refuses the last coordinator of an organisation with other members, and allows it once there is another coordinator', async () => {
    const coordinator = await createAccount(t.db, t.config, { lidmaatschappen: [{ organisatieId: orgs[2]!.id, rol: 'coordinator' }] });
    const member = await createAccount(t.db, t.config, { lidmaatschappen: [{ organisatieId: orgs[2]!.id, rol: 'lid' }] });
    const actor = await actorOf(t, coordinator.id);
    const refused = await deleteAccount(t.db, { accountId: coordinator.id, actor, wachtwoord: coordinator.wachtwoord });
    assert.equal(refused.ok, false);
    assert.equal(!refused.ok && refused.reden, 'laatste-coordinator');
    assert.deepEqual(!refused.ok && refused.reden === 'laatste-coordinator' ? refused.organisaties.map((o) => o.slug) : [], [orgs[2]!.slug]);
    assert.equal(await countOf(t, lidmaatschappen, eq(lidmaatschappen.accountId, coordinator.id)), 1, 'nothing deleted');

    await t.db.update(lidmaatschappen).set({ rol: 'coordinator' }).where(eq(lidmaatschappen.accountId, member.id));
    const ok = await deleteAccount(t.db, { accountId: coordinator.id, actor, wachtwoord: coordinator.wachtwoord });
    assert.deepEqual(ok, { ok: true });
  });

  it('lets the sole member and coordinator of an organisation delete their account', async () => {
    const [solo] = await t.db.select({ id: organisaties.id }).from(organisaties).where(eq(organisaties.soort, 'universiteit')).limit(1);
    const alone = await createAccount(t.db, t.config, { lidmaatschappen: [{ organisatieId: solo!.id, rol: 'coordinator' }] });
    const ok = await deleteAccount(t.db, { accountId: alone.id, actor: await actorOf(t, alone.id), wachtwoord: alone.wachtwoord });
    assert.deepEqual(ok, { ok: true });
  });
});
