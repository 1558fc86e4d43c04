import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, count, eq, inArray } from 'drizzle-orm';
import { createTestDatabase } from '../../../tests/support/test-db.ts';
import type { Database } from '../client.ts';
import { accounts } from '../../modules/accounts/schema.ts';
import { aanbod, aanbodPeriodes } from '../../modules/aanbod/schema.ts';
import { belangstellingen } from '../../modules/belangstellingen/schema.ts';
import { organisaties } from '../../modules/organisaties/schema.ts';
import { provincies } from '../../modules/taxonomie/schema.ts';
import { laadVraagstukKern } from '../../modules/vraagstukken/index.ts';
import { vraagstukGebeurtenissen, vraagstukken } from '../../modules/vraagstukken/schema.ts';
import { loadDemoMarktplaats, removeDemoMarktplaats } from './demo-marktplaats.ts';
import { loadDemoContent, removeDemoContent } from './demo.ts';

describe('demo content of the marketplace', () => {
  let database: Database;
  const echt: { vraagstuk: string; aanbod: string; account: string; belangstelling: string } = { vraagstuk: '', aanbod: '', account: '', belangstelling: '' };

  before(async () => {
    database = await createTestDatabase();
    const db = database.db;
    // Real content that demo removal must leave alone.
    const [ministerie] = await db
      .select({ id: organisaties.id, regio: provincies.regioCode })
      .from(organisaties)
      .innerJoin(provincies, eq(provincies.naam, organisaties.provincie))
      .where(eq(organisaties.naam, 'Logius'));
    const [hogeschool] = await db.select({ id: organisaties.id }).from(organisaties).where(eq(organisaties.naam, 'Hogeschool Utrecht'));
    const [account] = await db.insert(accounts).values({ email: 'echt@example.org', naam: 'Echte Persoon', wachtwoordHash: 'x' }).returning({ id: accounts.id });
    const [v] = await db.insert(vraagstukken).values({ organisatieId: ministerie!.id, titelNl: 'Echt vraagstuk', regioCode: ministerie!.regio, status: 'gepubliceerd' }).returning({ id: vraagstukken.id });
    const [a] = await db.insert(aanbod).values({ soort: 'gastdocent', organisatieId: hogeschool!.id, titelNl: 'Echt aanbod', status: 'gepubliceerd' }).returning({ id: aanbod.id });
    const [b] = await db.insert(belangstellingen).values({ vraagstukId: v!.id, accountId: account!.id, aanbodId: a!.id, motivatie: 'Echt.' }).returning({ id: belangstellingen.id });
    Object.assign(echt, { vraagstuk: v!.id, aanbod: a!.id, account: account!.id, belangstelling: b!.id });
  });
  after(() => database.close());

  const demoCounts = async () => {
    const db = database.db;
    const [v] = await db.select({ n: count() }).from(vraagstukken).where(eq(vraagstukken.isDemo, true));
    const [a] = await db.select({ n: count() }).from(aanbod).where(eq(aanbod.isDemo, true));
    const [b] = await db.select({ n: count() }).from(belangstellingen);
    return { vraagstukken: v!.n, aanbod: a!.n, belangstellingen: b!.n };
  };

  it('loads vraagstukken in every regio, aanbod of every kind and two belangstellingen, marked as demo', async () => {
    const db = database.db;
    await loadDemoContent(db);
    assert.deepEqual(await demoCounts(), { vraagstukken: 12, aanbod: 11, belangstellingen: 3 });
    const rows = await db.select().from(vraagstukken).where(eq(vraagstukken.isDemo, true));
    assert.deepEqual([...new Set(rows.map((r) => r.regioCode))].sort(), ['midden', 'noord', 'oost', 'west', 'zuid']);
    assert.ok(rows.every((r) => r.aangemaaktDoor === null), 'no personal data: no owner');
    const statuses = rows.map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 'ingediend').length, 1);
    assert.equal(statuses.filter((s) => s === 'concept').length, 1);
    assert.ok(statuses.filter((s) => s === 'gepubliceerd').length >= 8);
    assert.ok(rows.some((r) => r.vertrouwelijkheid === 'na-introductie') && rows.some((r) => r.vertrouwelijkheid === 'partners'));
    assert.ok(rows.every((r) => r.themaCodes.length > 0 && r.vormCodes.length > 0 && r.niveaus.length > 0 && r.deadline?.startsWith('2027')));
    const [history] = await db.select({ n: count() }).from(vraagstukGebeurtenissen).where(inArray(vraagstukGebeurtenissen.vraagstukId, rows.map((r) => r.id)));
    assert.ok(history!.n >= rows.length * 2, 'a visible history for each');

    const items = await db.select().from(aanbod).where(eq(aanbod.isDemo, true));
    assert.deepEqual([...new Set(items.map((i) => i.soort))].sort(), ['bijscholing', 'gastdocent', 'onderwijs', 'onderzoekslijn', 'studenten']);
    assert.ok(items.every((i) => i.status === 'gepubliceerd' && i.organisatieId !== null));
    const [periodes] = await db.select({ n: count() }).from(aanbodPeriodes).where(inArray(aanbodPeriodes.aanbodId, items.map((i) => i.id)));
    assert.ok(periodes!.n >= 9);

    const geheim = rows.find((r) => r.vertrouwelijkheid === 'na-introductie')!;
    const kern = await laadVraagstukKern(db, geheim.id);
    assert.equal(kern!.geintroduceerdeIds!.length, 1, 'the accepted interest introduced its person');
    const demoPersonen = await db.select().from(accounts).where(inArray(accounts.naam, ['Sanne Visser (voorbeeld)', 'Daan Mulder (voorbeeld)']));
    assert.equal(demoPersonen.length, 2);
    assert.ok(demoPersonen.every((p) => p.wachtwoordHash === null && p.email!.endsWith('.invalid')), 'they cannot log in');
  });

  it('changes nothing when loaded again', async () => {
    const before = await demoCounts();
    assert.equal(await loadDemoContent(database.db), 0);
    assert.deepEqual(await loadDemoMarktplaats(database.db), { vraagstukken: 0, aanbod: 0, belangstellingen: 0 });
    assert.deepEqual(await demoCounts(), before);
  });

  it('removes all of it and leaves real content', async () => {
    const db = database.db;
    assert.ok((await removeDemoContent(db)) > 0);
    assert.deepEqual(await demoCounts(), { vraagstukken: 0, aanbod: 0, belangstellingen: 1 });
    const [left] = await db.select({ n: count() }).from(accounts).where(inArray(accounts.naam, ['Sanne Visser (voorbeeld)', 'Daan Mulder (voorbeeld)']));
    assert.equal(left!.n, 0);
    const [v] = await db.select().from(vraagstukken).where(eq(vraagstukken.id, echt.vraagstuk));
    const [a] = await db.select().from(aanbod).where(eq(aanbod.id, echt.aanbod));
    const [b] = await db.select().from(belangstellingen).where(and(eq(belangstellingen.id, echt.belangstelling), eq(belangstellingen.aanbodId, echt.aanbod)));
    const [p] = await db.select().from(accounts).where(eq(accounts.id, echt.account));
    assert.ok(v && a && b && p, 'real vraagstuk, aanbod, belangstelling and account stay');
    assert.deepEqual(await removeDemoMarktplaats(db), { vraagstukken: 0, aanbod: 0, belangstellingen: 0 }, 'removing twice is harmless');
    const again = await loadDemoMarktplaats(db);
    assert.deepEqual(again, { vraagstukken: 12, aanbod: 11, belangstellingen: 2 }, 'and it can be loaded again');
  });
});
