import { count, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { regios } from '../../modules/taxonomie/schema.ts';
import type { Logger } from '../../platform/logger.ts';
import { importReference } from './import-reference.ts';
import { readReferenceFile } from './reference-file.ts';
import { loadDemoContent } from './demo.ts';

/**
 * On the first start of an empty database: load the bundled reference data and, unless switched
 * off, the demo content. Later starts leave the data alone (a beheerder may have changed it).
 */
export async function seedOnFirstStart(db: Db, options: { demoContent: boolean; logger: Logger }): Promise<void> {
  const data = await readReferenceFile();
  await db.transaction(async (tx) => {
    // Several server instances may start at once on one empty PostgreSQL database: the first
    // seeds, the others wait here and then find the data.
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    const [row] = await tx.select({ n: count() }).from(regios);
    if ((row?.n ?? 0) > 0) return;
    const report = await importReference(tx, data);
    options.logger.info({ report }, 'reference data loaded');
    if (options.demoContent) {
      const n = await loadDemoContent(tx);
      options.logger.info({ organisaties: n }, 'demo content loaded');
    }
  });
}

// An arbitrary constant, distinct from the migration lock.
const SEED_LOCK_KEY = 727_2021;
