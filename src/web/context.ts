import type { Database } from '../db/client.ts';
import type { Config } from '../platform/config.ts';
import type { Locale, Translate } from '../platform/i18n.ts';
import type { Logger } from '../platform/logger.ts';

/** What the app needs from the outside world; tests pass their own. */
export type AppDeps = {
  database: Database;
  config: Config;
  logger: Logger;
};

export type AppEnv = {
  Variables: {
    deps: AppDeps;
    requestId: string;
    locale: Locale;
    t: Translate;
    csrfToken: string;
  };
};
