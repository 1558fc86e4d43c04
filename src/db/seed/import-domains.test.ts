import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestDatabase } from '../../../tests/support/test-db.ts';
import type { Database } from '../client.ts';
import { organisatieDomeinen, organisaties } from '../../modules/organisaties/schema.ts';
import { importDomains, readDomainFile, type DomainFile } from './import-domains.ts';
import { ReferenceFileError } from './reference-file.ts';

describe('organisation domain import', () => {
  let database: Database;
  let data: DomainFile;
  before(async () => {
    database = await createTestDatabase();
    data = await readDomainFile();
  });
  after(() => database.close());

  const owner = async (domein: string) =>
    (
      await database.db
        .select({ slug: organisaties.slug, soort: organisaties.soort })
        .from(organisatieDomeinen)
        .innerJoin(organisaties, eq(organisaties.id, organisatieDomeinen.organisatieId))
        .where(eq(organisatieDomeinen.domein, domein))
    )[0];

  it('registers every domain of the reference list, for organisaties that exist', async () => {
    const report = await importDomains(database.db, data);
    assert.deepEqual(report.onbekendeOrganisaties, [], 'every slug in reference/organisatie-domeinen.json names an organisatie');
    assert.equal(report.toegevoegd + report.ongewijzigd, data.items.flatMap((i) => i.domeinen).length);
    assert.deepEqual(await owner('hva.nl'), { slug: 'hogeschool-van-amsterdam', soort: 'hogeschool' });
    assert.deepEqual(await owner('minbzk.nl'), {
      slug: 'ministerie-van-binnenlandse-zaken-en-koninkrijksrelaties',
      soort: 'rijksorganisatie',
    });
  });

  it('changes nothing when run again, and leaves a domain a beheerder moved where it is', async () => {
    const [uu] = await database.db.select().from(organisaties).where(eq(organisaties.slug, 'universiteit-utrecht'));
    await database.db.update(organisatieDomeinen).set({ organisatieId: uu!.id }).where(eq(organisatieDomeinen.domein, 'hu.nl'));
    const report = await importDomains(database.db, data);
    assert.equal(report.toegevoegd, 0);
    assert.equal((await owner('hu.nl'))?.slug, 'universiteit-utrecht');
  });

  it('reports unknown organisaties instead of failing', async () => {
    const report = await importDomains(database.db, { items: [{ slug: 'bestaat-niet', domeinen: ['bestaat-niet.nl'] }] });
    assert.deepEqual(report, { toegevoegd: 0, ongewijzigd: 0, onbekendeOrganisaties: ['bestaat-niet'] });
  });

  it('rejects a file that gives one domain to two organisaties', async () => {
    const { writeFile, mkdtemp } = await import('node:fs/promises');
    const dir = await mkdtemp('/tmp/domeinen-');
    const file = `${dir}/d.json`;
    await writeFile(file, JSON.stringify({ items: [{ slug: 'a', domeinen: ['x.nl'] }, { slug: 'b', domeinen: ['x.nl'] }] }));
    await assert.rejects(readDomainFile(file), ReferenceFileError);
    await writeFile(file, JSON.stringify({ items: [{ slug: 'a', domeinen: ['Niet Een Domein'] }] }));
    await assert.rejects(readDomainFile(file), ReferenceFileError);
  });
});
