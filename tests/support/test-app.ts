import { createApp } from '../../src/app.ts';
import type { Database } from '../../src/db/client.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { createMailer } from '../../src/platform/mail.ts';
import { startMailSink } from '../../src/platform/mail-sink.ts';
import { createTestDatabase } from './test-db.ts';

/** The whole app on a fresh test database, driven through app.request() without a network. */
export async function createTestApp(env: Record<string, string> = {}) {
  const database: Database = await createTestDatabase();
  // Every test app has its own mailbox: a local SMTP sink on a free port.
  const mailSink = await startMailSink();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: '/nonexistent', SMTP_URL: mailSink.url, ...env });
  const logger = createLogger(config.logLevel);
  const mailer = createMailer({ smtpUrl: mailSink.url, from: config.mailFrom, logger });
  let shuttingDown = false;
  const app = createApp({ database, config, logger, mailer, mailSink }, { isShuttingDown: () => shuttingDown });
  return {
    app,
    database,
    config,
    db: database.db,
    mailSink,
    mailer,
    startShutdown: () => {
      shuttingDown = true;
    },
    /** GET (or another method) and the response text. */
    async fetch(path: string, init?: RequestInit) {
      const res = await app.request(path, init);
      return { res, text: await res.text() };
    },
    async close() {
      await mailer.flush();
      await mailSink.close();
      await database.close();
    },
  };
}
