import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { createTestDatabase } from '../../tests/support/test-db.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { pgliteJobDb, startJobs, type JobDefinition, type JobRunner } from './jobs.ts';
import { createLogger } from './logger.ts';

/**
 * The job runner on both databases: PGlite always; PostgreSQL when TEST_DATABASE_URL (or
 * DATABASE_URL) is set, on a throwaway database of its own (pg-boss needs no app tables).
 */
type Backend = { database: Database; databaseUrl: string | undefined; dispose(): Promise<void> };

async function pgliteBackend(): Promise<Backend> {
  // createTestDatabase gives PGlite (from the cached template, fast) unless TEST_DATABASE_URL is set.
  const saved = process.env.TEST_DATABASE_URL;
  delete process.env.TEST_DATABASE_URL;
  try {
    const database = await createTestDatabase();
    return { database, databaseUrl: undefined, dispose: () => database.close() };
  } finally {
    if (saved !== undefined) process.env.TEST_DATABASE_URL = saved;
  }
}

async function postgresBackend(url: string): Promise<Backend> {
  const name = `ip_jobs_test_${randomBytes(4).toString('hex')}`;
  const admin = async (text: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };
  await admin(`create database "${name}"`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: u.toString(), poolSize: 2 });
  return {
    database,
    databaseUrl: u.toString(),
    async dispose() {
      await database.close();
      await admin(`drop database if exists "${name}" with (force)`);
    },
  };
}

function capturingLogger() {
  const lines: { level: number; msg: string; job?: string; err?: { message: string } }[] = [];
  const logger = createLogger('debug', { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { logger, lines };
}

/** A promise with its resolve function, for "the handler ran". */
function signal<T = unknown>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

async function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out: ${what}`)), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function jobState(database: Database, id: string): Promise<string | undefined> {
  const result = await database.db.execute<{ state: string }>(sql`select state::text as state from pgboss.job where id = ${id}`);
  return (result as unknown as { rows: { state: string }[] }).rows[0]?.state;
}

async function waitForState(database: Database, id: string, state: string) {
  const deadline = Date.now() + 5000;
  let seen: string | undefined;
  while (Date.now() < deadline) {
    seen = await jobState(database, id);
    if (seen === state) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`job ${id} is '${seen}', expected '${state}'`);
}

const postgresUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
const backends: [string, () => Promise<Backend>, boolean][] = [
  ['PGlite', pgliteBackend, false],
  ['PostgreSQL', () => postgresBackend(postgresUrl!), !postgresUrl],
];

for (const [label, makeBackend, skip] of backends) {
  describe(`jobs on ${label}`, { skip: skip && 'set TEST_DATABASE_URL to run it' }, () => {
    let backend: Backend;
    let runner: JobRunner | undefined;
    const captured = capturingLogger();
    const start = (handlers: JobDefinition[]) =>
      startJobs({
        database: backend.database,
        config: { databaseUrl: backend.databaseUrl, shutdownTimeoutMs: 2000 },
        logger: captured.logger,
        handlers,
        pollingIntervalSeconds: 0.5,
      });

    before(async () => {
      backend = await makeBackend();
    });
    after(async () => {
      await runner?.stop();
      await backend?.dispose();
    });

    it('runs a sent job, a start-up job and registers the schedule; a restart keeps one schedule per job', async () => {
      const sent = signal<{ data: unknown; one: number }>();
      const atStart = signal<string>();
      let startRuns = 0;
      runner = await start([
        {
          name: 'test-verzonden',
          async run({ db, data }) {
            // The handler gets the app's database.
            const result = await db.execute<{ one: number }>(sql`select 1 as one`);
            sent.resolve({ data, one: (result as unknown as { rows: { one: number }[] }).rows[0]!.one });
          },
        },
        {
          name: 'test-bij-start',
          cron: '5 * * * *',
          runAtStart: true,
          async run({ jobId }) {
            startRuns++;
            atStart.resolve(jobId);
          },
        },
      ]);
      const startJobId = await within(5000, atStart.promise, 'the start-up run');
      const id = await runner.send('test-verzonden', { nummer: 7 });
      assert.ok(id);
      assert.deepEqual(await within(5000, sent.promise, 'the sent job'), { data: { nummer: 7 }, one: 1 });
      await waitForState(backend.database, id, 'completed');
      await waitForState(backend.database, startJobId, 'completed');
      assert.equal(startRuns, 1);
      assert.deepEqual(await runner.schedules(), [{ name: 'test-bij-start', cron: '5 * * * *', timezone: 'Europe/Amsterdam' }]);
      await runner.stop();

      // A second start (a restart, or a second instance) on the installed schema: the schedule is
      // replaced, not doubled, and a schedule whose handler is gone is removed.
      runner = await start([{ name: 'test-bij-start', cron: '*/10 * * * *', async run() {} }]);
      assert.deepEqual(await runner.schedules(), [{ name: 'test-bij-start', cron: '*/10 * * * *', timezone: 'Europe/Amsterdam' }]);
      await runner.stop();
      runner = await start([]);
      assert.deepEqual(await runner.schedules(), []);
      await runner.stop();
      runner = undefined;
    });

    it('retries a failing job with backoff, and logs the failure', async () => {
      const attempts: number[] = [];
      const succeeded = signal();
      runner = await start([
        {
          name: 'test-mislukt',
          retryLimit: 2,
          retryDelaySeconds: 1,
          async run() {
            attempts.push(Date.now());
            if (attempts.length === 1) throw new Error('eerste poging mislukt');
            succeeded.resolve(undefined);
          },
        },
      ]);
      const id = await runner.send('test-mislukt');
      assert.ok(id);
      await within(8000, succeeded.promise, 'the retry');
      assert.equal(attempts.length, 2);
      // Backoff: the retry waits at least the retry delay (1 s).
      assert.ok(attempts[1]! - attempts[0]! >= 900, `retried after ${attempts[1]! - attempts[0]!} ms`);
      await waitForState(backend.database, id, 'completed');
      const failure = captured.lines.find((l) => l.msg === 'job failed');
      assert.equal(failure?.job, 'test-mislukt');
      assert.equal(failure?.err?.message, 'eerste poging mislukt');
      await runner.stop();
      runner = undefined;
    });

    it('stops cleanly: waits for a running job, then leaves the database open and quiet', async () => {
      const running = signal();
      let finished = false;
      runner = await start([
        {
          name: 'test-traag',
          async run() {
            running.resolve(undefined);
            await new Promise((r) => setTimeout(r, 400));
            finished = true;
          },
        },
      ]);
      const id = await runner.send('test-traag');
      assert.ok(id);
      await within(5000, running.promise, 'the slow job to start');
      await runner.stop();
      assert.equal(finished, true, 'stop waited for the running job');
      await waitForState(backend.database, id, 'completed');
      await assert.rejects(runner.send('test-traag'), /job runner stopped/);
      // No worker is left: a job queued now (by another instance, say) stays waiting.
      const inserted = await backend.database.db.execute<{ id: string }>(sql`insert into pgboss.job (name, policy) values ('test-traag', 'stately') returning id`);
      const other = (inserted as unknown as { rows: { id: string }[] }).rows[0]!.id;
      await new Promise((r) => setTimeout(r, 800));
      assert.equal(await jobState(backend.database, other), 'created');
      runner = undefined;
      assert.ok(captured.lines.some((l) => l.msg === 'job runner stopped'));
      assert.deepEqual(
        captured.lines.filter((l) => l.msg === 'job runner error'),
        [],
      );
    });
  });
}

describe('pg-boss on PGlite: the adapter', () => {
  it('rolls back a script that fails halfway, so the shared connection is not left in an aborted transaction', async () => {
    const { database, dispose } = await pgliteBackend();
    try {
      const jobDb = pgliteJobDb(database);
      await jobDb.executeSql('create table h6_probe (n int)', []);
      await assert.rejects(jobDb.executeSql('BEGIN; insert into h6_probe values (1); select 1/0; COMMIT;', []), /division by zero/);
      // The app's next query runs normally, and the half-done insert is gone.
      const rows = (await database.db.execute('select count(*)::int as n from h6_probe')) as unknown as { rows: { n: number }[] };
      assert.equal(rows.rows[0]!.n, 0);
      // Parameterised single statements go through the extended protocol.
      assert.deepEqual((await jobDb.executeSql('select $1::int + 1 as n', [41])).rows, [{ n: 42 }]);
      await jobDb.drain();
    } finally {
      await dispose();
    }
  });
});
