import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, inArray } from 'drizzle-orm';
import { createTestDatabase } from '../../../../tests/support/test-db.ts';
import type { Database } from '../../../db/client.ts';
import { startJobs } from '../../../platform/jobs.ts';
import { createLogger } from '../../../platform/logger.ts';
import { auditLog } from '../../audit/schema.ts';
import { organisaties } from '../../organisaties/schema.ts';
import { regios } from '../../taxonomie/schema.ts';
import { vraagstukGebeurtenissen, vraagstukken } from '../schema.ts';
import { vraagstukkenVerlopenJob, vraagstukkenVerlopenUitvoeren } from './verlopen.ts';

/** The expiry job through the job runner: rows inserted directly, then the start-up run closes them. */
describe('vraagstukken-verlopen job', () => {
  let database: Database;
  const lines: { msg: string; aantal?: number; job?: string }[] = [];
  const logger = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line)) });
  let verlopen: string;
  let lopend: string;
  let concept: string;

  before(async () => {
    database = await createTestDatabase();
    const [organisatie] = await database.db.select({ id: organisaties.id }).from(organisaties).where(eq(organisaties.soort, 'rijksorganisatie')).limit(1);
    const [regio] = await database.db.select({ code: regios.code }).from(regios).limit(1);
    assert.ok(organisatie && regio, 'the reference data has a rijksorganisatie and a regio');
    const rij = (status: 'gepubliceerd' | 'concept', deadline: string) => ({
      organisatieId: organisatie.id,
      regioCode: regio.code,
      titelNl: `Test ${status} ${deadline}`,
      vraagNl: 'Een vraag',
      status,
      deadline,
    });
    const ids = await database.db
      .insert(vraagstukken)
      .values([rij('gepubliceerd', '2020-01-31'), rij('gepubliceerd', '2999-12-31'), rij('concept', '2020-01-31')])
      .returning({ id: vraagstukken.id });
    [verlopen, lopend, concept] = ids.map((r) => r.id) as [string, string, string];
  });
  after(async () => {
    await database?.close();
  });

  it('is scheduled hourly at minute 5, runs at start-up and closes what passed its deadline', async () => {
    const runner = await startJobs({
      database,
      config: { databaseUrl: process.env.TEST_DATABASE_URL ? await currentUrl(database) : undefined, shutdownTimeoutMs: 2000 },
      logger,
      handlers: [vraagstukkenVerlopenJob],
      // The default polling interval (30 s): the start-up run must not wait for a second poll.
    });
    try {
      assert.deepEqual(await runner.schedules(), [{ name: 'vraagstukken-verlopen', cron: '5 * * * *', timezone: 'Europe/Amsterdam' }]);
      const deadline = Date.now() + 8000;
      while (!lines.some((l) => l.msg.startsWith('vraagstukken verlopen')) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      await runner.stop();
    }
    const done = lines.find((l) => l.msg.startsWith('vraagstukken verlopen'));
    assert.equal(done?.aantal, 1);
    assert.equal(done?.job, 'vraagstukken-verlopen');

    const rows = await database.db
      .select({ id: vraagstukken.id, status: vraagstukken.status, sluitreden: vraagstukken.sluitreden, versie: vraagstukken.versie })
      .from(vraagstukken)
      .where(inArray(vraagstukken.id, [verlopen, lopend, concept]));
    const byId = new Map(rows.map((r) => [r.id, r]));
    assert.deepEqual(byId.get(verlopen), { id: verlopen, status: 'gesloten', sluitreden: 'vervallen', versie: 2 });
    assert.equal(byId.get(lopend)?.status, 'gepubliceerd');
    // A concept was never public: its deadline passing changes nothing.
    assert.equal(byId.get(concept)?.status, 'concept');
    const events = await database.db.select().from(vraagstukGebeurtenissen).where(eq(vraagstukGebeurtenissen.vraagstukId, verlopen));
    assert.deepEqual(events.map((e) => e.soort), ['vervallen']);
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.objectId, verlopen));
    assert.deepEqual(audit.map((a) => a.actie), ['vraagstuk.vervallen']);
  });

  it('run again (as the CLI does) finds nothing left to do', async () => {
    assert.equal(await vraagstukkenVerlopenUitvoeren(database.db, logger), 0);
  });
});

/** On PostgreSQL pg-boss connects by URL: the test database's own. */
async function currentUrl(database: Database): Promise<string> {
  const result = (await database.db.execute('select current_database() as name')) as unknown as { rows: { name: string }[] };
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${result.rows[0]!.name}`;
  return url.toString();
}
