import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { createTestDatabase } from '../../../../tests/support/test-db.ts';
import type { Database, Db } from '../../../db/client.ts';
import { vraagstukken } from '../../vraagstukken/schema.ts';
import { matchingWachtrij, suggesties } from '../schema.ts';
import { alleSuggestiesHerberekenen, statistiekVerversen, suggestiesBijwerkenVoorVraagstuk, wachtrijVerwerken } from './bijwerken.ts';
import { archiefAanbod, archiefVraagstuk, matchingOrganisaties, zetAanbodStatus } from './test-data.ts';

/** Stored suggestions kept by the queue the triggers fill, on a real database. */
describe('stored suggestions', () => {
  let database: Database;
  let db: Db;
  let vraagstukId: string;
  let aanbodId: string;

  const lijstVanVraagstuk = () => db.select().from(suggesties).where(and(eq(suggesties.richting, 'vraagstuk'), eq(suggesties.vraagstukId, vraagstukId)));
  const lijstVanAanbod = () => db.select().from(suggesties).where(and(eq(suggesties.richting, 'aanbod'), eq(suggesties.kandidaatId, aanbodId)));
  const wachtend = async () => (await db.select().from(matchingWachtrij)).length;

  before(async () => {
    database = await createTestDatabase();
    db = database.db;
    const t = await matchingOrganisaties(db);
    vraagstukId = await archiefVraagstuk(db, t);
    aanbodId = await archiefAanbod(db, t);
    await statistiekVerversen(db);
  });
  after(async () => {
    await database?.close();
  });

  it('the queue holds both new items, and working through it fills both directions', async () => {
    assert.ok((await wachtend()) >= 2, 'the triggers queued the vraagstuk and the aanbod item');
    const r = await wachtrijVerwerken(db, { max: 50 });
    assert.ok(r.vraagstukken >= 1 && r.aanbod >= 1, JSON.stringify(r));
    assert.equal(r.mislukt, 0);
    assert.equal(await wachtend(), 0);

    const heen = await lijstVanVraagstuk();
    const item = heen.find((s) => s.kandidaatSoort === 'aanbod' && s.kandidaatId === aanbodId);
    assert.ok(item, 'the aanbod item is among the vraagstuk suggestions');
    assert.equal(item.rang, 1);
    assert.ok(item.score > 0 && item.score <= 1);
    assert.ok(item.signalen.length > 0 && item.signalen.every((s) => typeof s.signaal === 'string'));
    // Ranks run 1..n per kind.
    for (const soort of ['aanbod', 'onderdeel', 'persoon'] as const) {
      const rangen = heen.filter((s) => s.kandidaatSoort === soort).map((s) => s.rang).sort((a, b) => a - b);
      assert.deepEqual(rangen, rangen.map((_, i) => i + 1));
    }
    const terug = await lijstVanAanbod();
    assert.ok(terug.some((s) => s.vraagstukId === vraagstukId && s.kandidaatSoort === 'aanbod'), 'the vraagstuk is among the aanbod item suggestions');
  });

  it('unpublishing the aanbod item removes it from the vraagstuk list at once (trigger), and the queue tidies its own list', async () => {
    await zetAanbodStatus(db, aanbodId, 'concept');
    assert.equal((await lijstVanVraagstuk()).filter((s) => s.kandidaatId === aanbodId).length, 0);
    assert.equal((await lijstVanAanbod()).length, 0);
    const r = await wachtrijVerwerken(db);
    assert.equal(r.aanbod, 1);
    assert.equal((await lijstVanAanbod()).length, 0, 'an unpublished item gets no list');

    await zetAanbodStatus(db, aanbodId, 'gepubliceerd');
    const weer = await wachtrijVerwerken(db);
    // Published again: its own list is recomputed, and the vraagstuk as its neighbour.
    assert.equal(weer.aanbod, 1);
    assert.ok(weer.buurVraagstukken >= 1, JSON.stringify(weer));
    assert.ok((await lijstVanVraagstuk()).some((s) => s.kandidaatId === aanbodId), 'back in the vraagstuk list');
  });

  it('two workers never take the same queued item', async () => {
    const ids = Array.from({ length: 8 }, () => randomUUID());
    for (const id of ids) await db.execute(sql`insert into matching_wachtrij (soort, document_id) values ('vraagstuk', ${id})`);
    const [a, b] = await Promise.all([wachtrijVerwerken(db, { max: 8 }), wachtrijVerwerken(db, { max: 8 })]);
    // Unknown ids are taken and found to need no list.
    assert.equal(a.vraagstukken + b.vraagstukken, 8);
    assert.equal(await wachtend(), 0);
  });

  it('recomputing twice replaces the list instead of adding to it', async () => {
    const eerst = await suggestiesBijwerkenVoorVraagstuk(db, vraagstukId);
    const daarna = await Promise.all([suggestiesBijwerkenVoorVraagstuk(db, vraagstukId), suggestiesBijwerkenVoorVraagstuk(db, vraagstukId)]);
    assert.deepEqual(daarna, [eerst, eerst]);
    assert.equal((await lijstVanVraagstuk()).length, eerst);
  });

  it('recomputing everything counts the items and leaves the queue empty', async () => {
    await db.execute(sql`insert into matching_wachtrij (soort, document_id) values ('vraagstuk', ${vraagstukId}) on conflict do nothing`);
    const voortgang: number[] = [];
    const r = await alleSuggestiesHerberekenen(db, { opVoortgang: (klaar) => voortgang.push(klaar) });
    assert.ok(r.vraagstukken >= 1 && r.aanbod >= 1, JSON.stringify(r));
    assert.equal(r.mislukt, 0);
    assert.equal(voortgang.at(-1), r.vraagstukken + r.aanbod);
    assert.equal(await wachtend(), 0);
    assert.ok((await lijstVanVraagstuk()).length > 0);
  });

  it('a closed vraagstuk keeps no suggestions', async () => {
    await db.update(vraagstukken).set({ status: 'gesloten', sluitreden: 'afgerond' }).where(eq(vraagstukken.id, vraagstukId));
    assert.equal((await lijstVanAanbod()).filter((s) => s.vraagstukId === vraagstukId).length, 0, 'gone from the aanbod lists (trigger)');
    assert.equal((await lijstVanVraagstuk()).length, 0, 'its own list is gone too (trigger)');
    assert.equal(await suggestiesBijwerkenVoorVraagstuk(db, vraagstukId), 0);
    assert.equal((await lijstVanVraagstuk()).length, 0);
  });
});
