import PgBoss from 'pg-boss';
import type { Database, Db } from '../db/client.ts';
import type { Logger } from './logger.ts';

/**
 * Background jobs: pg-boss 10 on the app's own database (ADR 008). On PostgreSQL pg-boss gets the
 * connection string and its own small pool; on PGlite, which has one connection inside this process,
 * it gets an adapter that runs its SQL on that connection. Its tables live in the `pgboss` schema,
 * which pg-boss installs and migrates itself (not drizzle).
 *
 * A job is a named queue with one handler. Queues use the 'stately' policy: at most one job waits
 * and one runs, so a schedule that fires on two instances, or a start-up run next to the hourly run,
 * never runs the handler twice at once. Failed jobs are retried with exponential backoff.
 */

/** What a handler gets: the database and a logger that names the job. */
export type JobContext = { db: Db; logger: Logger; jobId: string; data: unknown };

export type JobDefinition = {
  /** The queue name: lowercase letters, digits and dashes. */
  name: string;
  run(context: JobContext): Promise<unknown>;
  /** A cron expression (minute hour day month weekday) in Europe/Amsterdam time. */
  cron?: string;
  /** Also run once when the runner starts (catches up on what happened while it was down). */
  runAtStart?: boolean;
  /** Retries after a failure (default 4), the first after retryDelaySeconds (default 30), doubling. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** A run that takes longer is failed (and retried). Default 15 minutes. */
  expireInSeconds?: number;
};

export type JobRunner = {
  /** Queues a job; null when the queue already holds a waiting one (stately policy). Not after stop. */
  send(name: string, data?: object): Promise<string | null>;
  /** The registered schedules. */
  schedules(): Promise<{ name: string; cron: string; timezone: string }[]>;
  /** Stops fetching, waits for running jobs (up to the timeout), and leaves the database open. */
  stop(): Promise<void>;
};

export type StartJobsOptions = {
  database: Database;
  config: { databaseUrl: string | undefined; shutdownTimeoutMs: number };
  logger: Logger;
  handlers: readonly JobDefinition[];
  /**
   * How often an idle worker asks for work. The jobs are hourly, so 30 s costs nearly nothing and
   * matters little; on PGlite every poll briefly holds the one connection. Tests use less.
   */
  pollingIntervalSeconds?: number;
};

export const scheduleTimezone = 'Europe/Amsterdam';

/** Starts pg-boss, registers every handler and its schedule, and sends the start-up runs. */
export async function startJobs(options: StartJobsOptions): Promise<JobRunner> {
  const { database, config, handlers } = options;
  const logger = options.logger.child({ component: 'jobs' });
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 30;
  const adapter = database.kind === 'pglite' ? pgliteJobDb(database) : undefined;
  if (database.kind === 'postgres' && !config.databaseUrl) throw new Error('startJobs: PostgreSQL needs config.databaseUrl');

  const boss = new PgBoss({
    ...(adapter ? { db: adapter } : { connectionString: config.databaseUrl, max: 2, application_name: 'i-partnerschap-jobs' }),
    // The cron check runs every 30 s (at most one instance per interval does it); the internal
    // queue that turns a due schedule into a job is polled every 30 s instead of every 5 s.
    cronWorkerIntervalSeconds: 30,
    // Maintenance (expire, archive, delete old jobs) every 5 minutes; finished jobs kept 7 days.
    maintenanceIntervalSeconds: 300,
    deleteAfterDays: 7,
  });
  boss.on('error', (err) => logger.error({ err }, 'job runner error'));

  await boss.start();
  try {
    const names = new Set(handlers.map((h) => h.name));
    for (const handler of handlers) await prepareQueue(boss, handler);
    // A schedule whose handler is gone (renamed, removed) would queue jobs that nothing runs.
    for (const schedule of await boss.getSchedules()) {
      if (!names.has(schedule.name)) await boss.unschedule(schedule.name);
    }
    // Sent before the workers start: a worker's first fetch is immediate, the next one a polling
    // interval later.
    for (const handler of handlers.filter((h) => h.runAtStart)) await boss.send(handler.name, {});
    for (const handler of handlers) await startWorker(boss, handler, { database, logger, pollingIntervalSeconds });
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    throw error;
  }
  logger.info({ jobs: handlers.map((h) => h.name), database: database.kind }, 'job runner started');

  let stopping: Promise<void> | undefined;
  return {
    async send(name, data = {}) {
      // On PostgreSQL pg-boss's pool is closed by stop: say so instead of failing obscurely.
      if (stopping) throw new Error(`job runner stopped; cannot send '${name}'`);
      return boss.send(name, data);
    },
    async schedules() {
      const rows = (await boss.getSchedules()) as unknown as { name: string; cron: string; timezone: string }[];
      return rows.map(({ name, cron, timezone }) => ({ name, cron, timezone }));
    },
    stop() {
      stopping ??= (async () => {
        await boss.stop({ graceful: true, wait: true, timeout: Math.max(1000, config.shutdownTimeoutMs) });
        // pg-boss marks a finished job complete without awaiting it: let that query land before the
        // caller closes PGlite underneath it.
        await adapter?.drain();
        logger.info('job runner stopped');
      })();
      return stopping;
    },
  };
}

/** Creates or updates the queue, and sets or clears its schedule. */
async function prepareQueue(boss: PgBoss, handler: JobDefinition) {
  const queue = {
    policy: 'stately' as const,
    retryLimit: handler.retryLimit ?? 4,
    retryDelay: handler.retryDelaySeconds ?? 30,
    retryBackoff: true,
    expireInSeconds: handler.expireInSeconds ?? 15 * 60,
  };
  // createQueue leaves an existing queue alone; updateQueue applies changed settings to it.
  await boss.createQueue(handler.name, { name: handler.name, ...queue });
  await boss.updateQueue(handler.name, { name: handler.name, ...queue });
  if (handler.cron) await boss.schedule(handler.name, handler.cron, {}, { tz: scheduleTimezone });
  else await boss.unschedule(handler.name);
}

async function startWorker(
  boss: PgBoss,
  handler: JobDefinition,
  context: { database: Database; logger: Logger; pollingIntervalSeconds: number },
) {
  const logger = context.logger.child({ job: handler.name });
  // batchSize 1: one job per call, so one failure fails (and retries) only that job.
  await boss.work(handler.name, { pollingIntervalSeconds: context.pollingIntervalSeconds, batchSize: 1 }, async ([job]) => {
    if (!job) return undefined;
    const started = performance.now();
    try {
      const result = await handler.run({ db: context.database.db, logger: logger.child({ jobId: job.id }), jobId: job.id, data: job.data });
      logger.debug({ jobId: job.id, ms: Math.round(performance.now() - started) }, 'job done');
      return result;
    } catch (err) {
      // pg-boss records the failure and retries; the log is where people look.
      logger.error({ err, jobId: job.id }, 'job failed');
      throw err;
    }
  });
}

type PgliteClient = {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  transaction<T>(fn: (tx: { exec(text: string): Promise<{ rows: unknown[] }[]> }) => Promise<T>): Promise<T>;
  closed: boolean;
};

/**
 * pg-boss's `db` option on PGlite's one connection (exported for its test). pg-boss sends its
 * multi-statement scripts (schema install, the locked maintenance blocks: BEGIN; ...; COMMIT)
 * without parameters; node-postgres would send them with the simple protocol, which is PGlite's
 * exec. Each runs inside PGlite's transaction(): should a statement fail halfway, PGlite rolls back
 * while it still holds the connection, so the app's next query never lands in an aborted
 * transaction. PGlite queues every call behind a running transaction of the app, so pg-boss never
 * runs inside one of those either.
 */
export function pgliteJobDb(database: Database) {
  const client = (database.db as unknown as { $client?: PgliteClient }).$client;
  if (database.kind !== 'pglite' || !client || typeof client.transaction !== 'function') {
    throw new Error('startJobs: no PGlite client behind this database');
  }
  const pending = new Set<Promise<unknown>>();
  const run = async (text: string, values?: unknown[]) => {
    // After close, a late call (a completion pg-boss did not await) must not crash the process.
    if (client.closed) return { rows: [] };
    if (values && values.length > 0) return client.query(text, values);
    const results = await client.transaction((tx) => tx.exec(text));
    return results.at(-1) ?? { rows: [] };
  };
  return {
    executeSql(text: string, values: unknown[]) {
      const call = run(text, values);
      pending.add(call);
      void call.finally(() => pending.delete(call)).catch(() => undefined);
      return call as Promise<{ rows: any[] }>; // eslint-disable-line @typescript-eslint/no-explicit-any
    },
    async drain() {
      // Two turns of the event loop: pg-boss issues the completion right after the handler returns.
      for (let i = 0; i < 2 || pending.size > 0; i++) {
        await Promise.allSettled([...pending]);
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
  };
}
