import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { openConfiguredDatabase, type Database } from './db/client.ts';
import { DataDirLockedError } from './db/data-dir-lock.ts';
import { seedOnFirstStart } from './db/seed/first-start.ts';
import { ConfigError, loadConfig, loadDotEnv, withPersistentDevSecret, type Config } from './platform/config.ts';
import { startJobs, type JobRunner } from './platform/jobs.ts';
import { createLogger } from './platform/logger.ts';
import { createMailer } from './platform/mail.ts';
import { startMailSink, type MailSink } from './platform/mail-sink.ts';
import { vraagstukkenVerlopenJob } from './modules/vraagstukken/index.ts';
import { matchingBijwerkenJob } from './modules/matching/index.ts';

/** Starts the platform: config, database (locked, migrated, seeded on first start), HTTP, graceful shutdown. */
function fail(message: string): never {
  console.error(`\nI-Partnerschap cannot start:\n${message}\n`);
  process.exit(1);
}

loadDotEnv();
let config: Config;
try {
  config = withPersistentDevSecret(loadConfig(), Boolean(process.env.APP_SECRET));
} catch (error) {
  if (error instanceof ConfigError) fail(`${error.message}\nSee .env.example for the settings and their defaults.`);
  throw error;
}
const logger = createLogger(config.logLevel);

let database: Database;
try {
  database = await openConfiguredDatabase(config);
  await database.migrate();
  await seedOnFirstStart(database.db, { demoContent: config.demoContent, logger });
} catch (error) {
  if (error instanceof DataDirLockedError) fail(error.message);
  logger.fatal({ err: error }, 'database start-up failed');
  fail(`The database could not be opened or migrated: ${(error as Error).message}`);
}

// Background jobs (ADR 008): pg-boss on the same database. JOBS=uit switches them off, e.g. for a
// second instance that only serves pages; run the expiry by hand then (npm run cli -- vraagstukken-verlopen).
const jobHandlers = [vraagstukkenVerlopenJob, matchingBijwerkenJob];
let jobs: JobRunner | undefined;
if (config.jobs) {
  try {
    jobs = await startJobs({ database, config, logger, handlers: jobHandlers });
  } catch (error) {
    logger.fatal({ err: error }, 'job runner start-up failed');
    await database.close().catch(() => undefined);
    fail(`The job runner could not start: ${(error as Error).message}\nSet JOBS=uit to start without background jobs.`);
  }
} else {
  logger.warn('JOBS=uit: no background jobs in this process; vraagstukken do not expire unless another instance runs them');
}

// Without SMTP_URL (development only: production requires it) mail goes to a local sink, readable
// at /ontwikkeling/mail, so that nothing leaves the machine.
let mailSink: MailSink | undefined;
if (!config.smtpUrl) {
  mailSink = await startMailSink();
  logger.info({ smtp: mailSink.url }, `no SMTP_URL: mail goes to a local sink, see ${config.publicUrl}/ontwikkeling/mail`);
}
const mailer = createMailer({ smtpUrl: config.smtpUrl ?? mailSink!.url, from: config.mailFrom, logger });

let shuttingDown = false;
const app = createApp({ database, config, logger, mailer, mailSink }, { isShuttingDown: () => shuttingDown });
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  logger.info(
    { port: info.port, database: database.kind, dataDir: database.kind === 'pglite' ? config.dataDir : undefined },
    `I-Partnerschap listening on ${config.publicUrl}`,
  );
});

server.on('error', async (error: NodeJS.ErrnoException) => {
  await jobs?.stop().catch(() => undefined);
  await database.close().catch(() => undefined);
  if (error.code === 'EADDRINUSE') fail(`Port ${config.port} is already in use. Set PORT to another port.`);
  fail(`The HTTP server failed: ${error.message}`);
});

/**
 * Graceful shutdown: stop accepting connections, let running requests and jobs finish (each up to
 * SHUTDOWN_TIMEOUT_MS), then close the database cleanly so that PGlite's files are consistent.
 */
async function shutdown(signal: string) {
  if (shuttingDown) return;
  shuttingDown = true;
  logger.info({ signal }, 'shutting down');
  const force = setTimeout(() => {
    logger.warn('requests still running after the shutdown timeout; closing their connections');
    if ('closeAllConnections' in server) server.closeAllConnections();
  }, config.shutdownTimeoutMs);
  force.unref();
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  });
  clearTimeout(force);
  // A job that does not finish in time is marked failed and retried by the next start.
  await jobs?.stop().catch((err: unknown) => logger.error({ err }, 'job runner did not stop cleanly'));
  await mailer.flush();
  await mailSink?.close();
  await database.close();
  logger.info('stopped');
  process.exit(0);
}

process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
