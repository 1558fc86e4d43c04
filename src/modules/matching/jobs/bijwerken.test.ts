import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase } from '../../../../tests/support/test-db.ts';
import type { Database } from '../../../db/client.ts';
import { startJobs } from '../../../platform/jobs.ts';
import { createLogger } from '../../../platform/logger.ts';
import { matchingWachtrij, suggesties } from '../schema.ts';
import { statistiekBewaker } from '../suggesties/statistiek.ts';
import { archiefAanbod, archiefVraagstuk, matchingOrganisaties } from '../suggesties/test-data.ts';
import { matchingBijwerkenJob, matchingBijwerkenUitvoeren } from './bijwerken.ts';

describe('matching-bijwerken job', () => {
  let database: Database;
  const lines: { msg: string; vraagstukken?: number }[] = [];
  const logger = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line)) });

  before(async () => {
    database = await createTestDatabase();
    const t = await matchingOrganisaties(database.db);
    await archiefVraagstuk(database.db, t);
    await archiefAanbod(database.db, t);
  });
  after(async () => {
    await database?.close();
  });

  it('is scheduled every minute with the job runner', async () => {
    const runner = await startJobs({
      database,
      config: { databaseUrl: process.env.TEST_DATABASE_URL ? await currentUrl(database) : undefined, shutdownTimeoutMs: 2000 },
      logger,
      handlers: [matchingBijwerkenJob],
      pollingIntervalSeconds: 1,
    });
    try {
      assert.deepEqual(await runner.schedules(), [{ name: 'matching-bijwerken', cron: '* * * * *', timezone: 'Europe/Amsterdam' }]);
    } finally {
      await runner.stop();
    }
  });

  it('a run refreshes the term statistics and works the queue empty', async () => {
    const run = await matchingBijwerkenJob.run({ db: database.db, logger, jobId: 'test', data: {} });
    assert.equal(run.statistiekVerversd, true, 'the first run of a process refreshes the statistics');
    assert.ok(run.vraagstukken >= 1 && run.aanbod >= 1, JSON.stringify(run));
    assert.equal(run.mislukt, 0);
    assert.equal((await database.db.select().from(matchingWachtrij)).length, 0);
    assert.ok((await database.db.select().from(suggesties).where(eq(suggesties.richting, 'aanbod'))).length > 0);
    assert.ok(lines.some((l) => l.msg.startsWith('matching bijgewerkt') && l.vraagstukken === run.vraagstukken));
  });

  it('stops a run at the time budget and leaves the rest for the next', async () => {
    await database.db.execute(sql`insert into matching_wachtrij (soort, document_id) select 'aanbod', id from aanbod where status = 'gepubliceerd'`);
    await database.db.execute(sql`insert into matching_wachtrij (soort, document_id) select 'vraagstuk', id from vraagstukken where status = 'gepubliceerd'`);
    const run = await matchingBijwerkenUitvoeren(database.db, logger, statistiekBewaker(), { perRonde: 1, budgetMs: 0 });
    assert.equal(run.rondes, 1);
    assert.equal(run.aanbod, 1, 'the oldest first');
    assert.ok((await database.db.select().from(matchingWachtrij)).length >= 1, 'the rest waits');
  });

  it('refreshes the statistics hourly, or sooner when the index grew by more than 10%', async () => {
    const bewaker = statistiekBewaker();
    const t0 = Date.now();
    assert.equal(await bewaker.misschienVerversen(database.db, t0), true);
    assert.equal(await bewaker.misschienVerversen(database.db, t0 + 60_000), false);
    assert.equal(await bewaker.misschienVerversen(database.db, t0 + 3_600_000), true);
    const t = await matchingOrganisaties(database.db);
    for (let i = 0; i < 3; i++) await archiefAanbod(database.db, t, { titelNl: `Extra aanbod ${i}` });
    assert.equal(await bewaker.misschienVerversen(database.db, t0 + 3_660_000), true, 'three more documents on a handful is growth');
  });
});

/** On PostgreSQL pg-boss connects by URL: the test database's own. */
async function currentUrl(database: Database): Promise<string> {
  const result = (await database.db.execute('select current_database() as name')) as unknown as { rows: { name: string }[] };
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${result.rows[0]!.name}`;
  return url.toString();
}
