import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { count, eq } from 'drizzle-orm';
import { createTestDatabase } from '../../../tests/support/test-db.ts';
import type { Database } from '../client.ts';
import { zoekwoorden } from '../search-words.ts';
import { organisaties } from '../../modules/organisaties/schema.ts';
import { regios } from '../../modules/taxonomie/schema.ts';
import { loadDemoContent, removeDemoContent } from './demo.ts';
import { importReference } from './import-reference.ts';
import { readReferenceFile, ReferenceFileError, type ReferenceFile } from './reference-file.ts';

describe('reference data import', () => {
  let database: Database;
  let data: ReferenceFile;
  before(async () => {
    database = await createTestDatabase();
    data = await readReferenceFile();
  });
  after(() => database.close());

  it('loaded every organisation of the reference file, with parents', async () => {
    const [row] = await database.db.select({ n: count() }).from(organisaties);
    assert.equal(row?.n, data.organisations.items.length);
    const [logius] = await database.db.select().from(organisaties).where(eq(organisaties.naam, 'Logius'));
    const [bzk] = await database.db.select().from(organisaties).where(eq(organisaties.afkorting, 'BZK'));
    assert.equal(logius?.bovenliggendeId, bzk?.id);
  });

  it('changes nothing when run again', async () => {
    const report = await importReference(database.db, data);
    for (const [kind, counts] of Object.entries(report)) {
      assert.equal(counts.toegevoegd, 0, `${kind} added`);
      assert.equal(counts.bijgewerkt, 0, `${kind} changed`);
    }
    assert.equal(report.organisaties.ongewijzigd, data.organisations.items.length);
  });

  it('updates what changed and adds what is new', async () => {
    const changed = structuredClone(data);
    changed.regions.items.noord!.name = 'Noord-Nederland';
    changed.organisations.items.push({ kind: 'mbo-instelling', name: 'Noorderpoort', province: 'Groningen', cities: ['Groningen'] });
    const report = await importReference(database.db, changed);
    assert.deepEqual(report.regios, { toegevoegd: 0, bijgewerkt: 1, ongewijzigd: 4 });
    assert.equal(report.organisaties.toegevoegd, 1);
    const [noord] = await database.db.select().from(regios).where(eq(regios.code, 'noord'));
    assert.equal(noord?.naam, 'Noord-Nederland');
    // The words of the new name are known to typo-tolerant search (kept by a trigger).
    const words = await database.db.select().from(zoekwoorden).where(eq(zoekwoorden.woord, 'noorderpoort'));
    assert.equal(words.length, 1);
  });

  it('refuses a file that contradicts itself and leaves the database as it was', async () => {
    const [before] = await database.db.select({ n: count() }).from(organisaties);
    const broken = structuredClone(data);
    broken.organisations.items.push({ kind: 'hogeschool', name: 'Nieuwe Hogeschool', province: 'Atlantis', cities: [] });
    await assert.rejects(importReference(database.db, broken), ReferenceFileError);
    const orphan = structuredClone(data);
    orphan.organisations.items.push({ kind: 'rijksorganisatie', type: 'agentschap', name: 'Wees', parent: 'XYZ', province: 'Utrecht', cities: [] });
    await assert.rejects(importReference(database.db, orphan), /unknown parent 'XYZ'/);
    const [afterwards] = await database.db.select({ n: count() }).from(organisaties);
    assert.equal(afterwards?.n, before?.n);
  });

  it('reports a malformed file with the field at fault', async () => {
    const { writeFile, mkdtemp } = await import('node:fs/promises');
    const dir = await mkdtemp('/tmp/ip-ref-');
    await writeFile(`${dir}/bad.json`, JSON.stringify({ ...data, themes: [{ key: 'Geen Code!', nl: 'x', en: 'y' }] }));
    await assert.rejects(readReferenceFile(`${dir}/bad.json`), /themes\.0\.key/);
    await writeFile(`${dir}/broken.json`, '{ not json');
    await assert.rejects(readReferenceFile(`${dir}/broken.json`), /Cannot read/);
  });

  it('loads demo content only into empty descriptions, marked as demo, and removes it again', async () => {
    const loaded = await loadDemoContent(database.db);
    assert.ok(loaded > 0);
    assert.equal(await loadDemoContent(database.db), 0, 'a second load changes nothing');
    const [demo] = await database.db.select({ n: count() }).from(organisaties).where(eq(organisaties.beschrijvingIsDemo, true));
    assert.equal(demo?.n, loaded);
    assert.equal(await removeDemoContent(database.db), loaded);
    const [left] = await database.db.select({ n: count() }).from(organisaties).where(eq(organisaties.beschrijvingIsDemo, true));
    assert.equal(left?.n, 0);
  });
});
