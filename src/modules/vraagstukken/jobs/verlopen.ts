import type { Db } from '../../../db/client.ts';
import type { JobDefinition } from '../../../platform/jobs.ts';
import type { Logger } from '../../../platform/logger.ts';
import { vraagstukkenLatenVerlopen } from '../commands/vraagstukken-laten-verlopen.ts';

/**
 * Closes the vraagstukken whose deadline has passed (sluitreden 'vervallen'). Shared by the job
 * and the CLI command, so that both log the same way.
 */
export async function vraagstukkenVerlopenUitvoeren(db: Db, logger: Logger, nu: Date = new Date()): Promise<number> {
  const { aantal } = await vraagstukkenLatenVerlopen(db, { nu });
  logger.info({ aantal }, `vraagstukken verlopen: ${aantal}`);
  return aantal;
}

/**
 * Hourly at minute 5, and once at start-up: a server that was down over midnight catches up at once.
 * The command is idempotent and compares with the Dutch calendar day, so running it more often
 * than needed costs one indexed query (status, deadline) and changes nothing.
 */
export const vraagstukkenVerlopenJob = {
  name: 'vraagstukken-verlopen',
  cron: '5 * * * *',
  runAtStart: true,
  run: ({ db, logger }) => vraagstukkenVerlopenUitvoeren(db, logger),
} satisfies JobDefinition;
