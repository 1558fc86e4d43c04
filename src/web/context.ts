import type { Database } from '../db/client.ts';
import type { Config } from '../platform/config.ts';
import type { Locale, Translate } from '../platform/i18n.ts';
import type { Logger } from '../platform/logger.ts';
import type { Actor } from '../platform/actor.ts';
import type { Mailer } from '../platform/mail.ts';
import type { MailSink } from '../platform/mail-sink.ts';

/** What the app needs from the outside world; tests pass their own. */
export type AppDeps = {
  database: Database;
  config: Config;
  logger: Logger;
  mailer: Mailer;
  /** The local mailbox, when mail goes to a sink (development, tests). */
  mailSink?: MailSink | undefined;
};

export type AppEnv = {
  Variables: {
    deps: AppDeps;
    requestId: string;
    locale: Locale;
    t: Translate;
    csrfToken: string;
    /** The i18n key of a one-time message to show (set by flash() before a redirect). */
    flash: string | undefined;
    /** Who is asking: anonymous, or an account by session (pages) or token (API). */
    actor: Actor;
    /** The valid session the request came with, if any ('tweede-factor': password given, second factor not yet). */
    session: { hash: string; accountId: string; status: 'actief' | 'tweede-factor' } | undefined;
  };
};
