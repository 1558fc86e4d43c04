import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { createAccount } from '../../../../tests/support/accounts.ts';
import { eersteOrganisatie, voegVraagstukToe } from '../../../../tests/support/marktplaats.ts';
import { createTestDatabase } from '../../../../tests/support/test-db.ts';
import type { Db } from '../../../db/client.ts';
import type { AccountActor } from '../../../platform/actor.ts';
import { loadConfig } from '../../../platform/config.ts';
import { aanbod } from '../../aanbod/schema.ts';
import { auditLog } from '../../audit/index.ts';
import { leesConfiguratie, standaardGewichten } from '../configuratie.ts';
import { matchingWachtrij } from '../schema.ts';
import { configuratieOpslaan } from './configuratie-opslaan.ts';

describe('configuratieOpslaan', () => {
  let db: Db;
  let close: () => Promise<void>;
  let actor: AccountActor;
  const open: string[] = [];
  let concept: string;
  let gepubliceerdAanbod: string;

  before(async () => {
    const database = await createTestDatabase();
    db = database.db;
    close = () => database.close();
    const b = await createAccount(db, loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: '/nonexistent' }), { platformrollen: [{ rol: 'beheerder' }] });
    actor = { kind: 'account', accountId: b.id, naam: 'Beheerder', email: b.email, persoonstype: null, platformrollen: [{ rol: 'beheerder', regioCode: null }], lidmaatschappen: [], via: 'sessie', scopes: ['read', 'write'], tweedeFactorAan: true, tweedeFactorVereist: false };
    const ministerie = await eersteOrganisatie(db, 'rijksorganisatie');
    const hogeschool = await eersteOrganisatie(db, 'hogeschool');
    open.push(await voegVraagstukToe(db, ministerie.id, { titelNl: 'Gepubliceerd' }));
    open.push(await voegVraagstukToe(db, ministerie.id, { titelNl: 'Ingediend', status: 'ingediend', gepubliceerdOp: null }));
    concept = await voegVraagstukToe(db, ministerie.id, { titelNl: 'Concept', status: 'concept', gepubliceerdOp: null });
    const [a] = await db
      .insert(aanbod)
      .values({ soort: 'onderwijs', organisatieId: hogeschool.id, titelNl: 'Minor', status: 'gepubliceerd', gepubliceerdOp: new Date() })
      .returning({ id: aanbod.id });
    gepubliceerdAanbod = a!.id;
    // The triggers queued what was inserted; start from an empty queue to see what saving adds.
    await db.delete(matchingWachtrij);
  });
  after(() => close());

  it('refuses weights out of range, all zero, unknown signals and a bad number of days, and changes nothing', async () => {
    const cases: [unknown, number, string[]][] = [
      [{ ...standaardGewichten, tekst: 1.5 }, 14, ['tekst']],
      [{ ...standaardGewichten, thema: -0.1, vorm: Number.NaN }, 14, ['thema', 'vorm']],
      [Object.fromEntries(Object.keys(standaardGewichten).map((s) => [s, 0])), 14, ['gewichten']],
      [{ ...standaardGewichten, populariteit: 0.5 }, 14, ['gewichten']],
      ['zwaar', 14, ['gewichten']],
      [standaardGewichten, 0, ['stagnatieDagen']],
      [standaardGewichten, 366, ['stagnatieDagen']],
      [standaardGewichten, 2.5, ['stagnatieDagen']],
    ];
    for (const [gewichten, stagnatieDagen, velden] of cases) {
      const r = await configuratieOpslaan(db, { actor }, { gewichten, stagnatieDagen, versie: 1 });
      assert.equal(r.ok, false);
      assert.ok(!r.ok && r.reden === 'ongeldig');
      assert.deepEqual(
        r.fouten.map((f) => f.veld),
        velden,
        JSON.stringify(gewichten),
      );
    }
    assert.equal((await leesConfiguratie(db)).versie, 1);
    assert.equal(await db.$count(auditLog, eq(auditLog.actie, 'matching.gewichten-gewijzigd')), 0);
  });

  it('saves over the version read, audits old and new weights, and queues every open vraagstuk and published aanbod', async () => {
    const nieuw = { ...standaardGewichten, tekst: 0.5, regio: 0 };
    const r = await configuratieOpslaan(db, { actor, requestId: 'req-1' }, { gewichten: nieuw, stagnatieDagen: 21, versie: 1 });
    assert.deepEqual(r, { ok: true, versie: 2, gewichtenGewijzigd: true, inWachtrij: 3 });
    const config = await leesConfiguratie(db);
    assert.deepEqual(config.gewichten, nieuw);
    assert.equal(config.stagnatieDagen, 21);
    assert.equal(config.bijgewerktDoor, actor.accountId);

    const [rij] = await db.select().from(auditLog).where(eq(auditLog.actie, 'matching.gewichten-gewijzigd'));
    assert.equal(rij!.actorId, actor.accountId);
    assert.equal(rij!.objectType, 'matching_configuratie');
    assert.equal(rij!.requestId, 'req-1');
    assert.deepEqual(rij!.wijzigingen.gewichten, { voor: standaardGewichten, na: nieuw });
    assert.deepEqual(rij!.wijzigingen.stagnatieDagen, { voor: 14, na: 21 });

    const wachtrij = await db.select({ soort: matchingWachtrij.soort, id: matchingWachtrij.documentId }).from(matchingWachtrij);
    const ids = (soort: string) => wachtrij.filter((w) => w.soort === soort).map((w) => w.id).sort();
    assert.deepEqual(ids('vraagstuk'), [...open].sort(), 'the open vraagstukken, not the concept');
    assert.ok(!ids('vraagstuk').includes(concept));
    assert.deepEqual(ids('aanbod'), [gepubliceerdAanbod]);
  });

  it('refuses a stale versie and keeps the other save', async () => {
    const r = await configuratieOpslaan(db, { actor }, { gewichten: standaardGewichten, stagnatieDagen: 14, versie: 1 });
    assert.deepEqual(r, { ok: false, reden: 'verouderd', huidigeVersie: 2 });
    assert.equal((await leesConfiguratie(db)).gewichten.tekst, 0.5);
    assert.equal(await db.$count(auditLog, eq(auditLog.actie, 'matching.gewichten-gewijzigd')), 1);
  });

  it('queues nothing when only the stalling threshold changes', async () => {
    await db.delete(matchingWachtrij);
    const huidig = await leesConfiguratie(db);
    const r = await configuratieOpslaan(db, { actor }, { gewichten: huidig.gewichten, stagnatieDagen: 30, versie: huidig.versie });
    assert.deepEqual(r, { ok: true, versie: 3, gewichtenGewijzigd: false, inWachtrij: 0 });
    assert.equal(await db.$count(matchingWachtrij), 0);
  });
});
