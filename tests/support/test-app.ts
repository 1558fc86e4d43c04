import { createApp } from '../../src/app.ts';
import type { Database } from '../../src/db/client.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { createTestDatabase } from './test-db.ts';

/** The whole app on a fresh test database, driven through app.request() without a network. */
export async function createTestApp(env: Record<string, string> = {}) {
  const database: Database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: '/nonexistent', ...env });
  const logger = createLogger(config.logLevel);
  let shuttingDown = false;
  const app = createApp({ database, config, logger }, { isShuttingDown: () => shuttingDown });
  return {
    app,
    database,
    config,
    db: database.db,
    startShutdown: () => {
      shuttingDown = true;
    },
    /** GET (or another method) and the response text. */
    async fetch(path: string, init?: RequestInit) {
      const res = await app.request(path, init);
      return { res, text: await res.text() };
    },
    close: () => database.close(),
  };
}
