import { count } from 'drizzle-orm';
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
  const [row] = await db.select({ n: count() }).from(regios);
  if ((row?.n ?? 0) > 0) return;
  const report = await importReference(db, await readReferenceFile());
  options.logger.info({ report }, 'reference data loaded');
  if (options.demoContent) {
    const n = await loadDemoContent(db);
    options.logger.info({ organisaties: n }, 'demo content loaded');
  }
}
