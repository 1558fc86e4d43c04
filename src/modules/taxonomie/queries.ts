import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { cachedPerDatabase } from '../../platform/cache.ts';
import { provincies, regios, samenwerkingsvormen, themas } from './schema.ts';

export type RegioMetProvincies = { code: string; naam: string; provincies: { naam: string; hoofdstad: string }[] };

/**
 * The taxonomy is read on almost every page and changes a few times a year: reads are kept for
 * 30 seconds (a change made in the interface shows within that time).
 */
export const listRegios = cachedPerDatabase(30_000, async (db: Db): Promise<RegioMetProvincies[]> => {
  const rows = await db
    .select({ code: regios.code, naam: regios.naam, provincie: provincies.naam, hoofdstad: provincies.hoofdstad })
    .from(regios)
    .leftJoin(provincies, eq(provincies.regioCode, regios.code))
    .orderBy(asc(regios.volgorde), asc(regios.code), asc(provincies.naam));
  const byCode = new Map<string, RegioMetProvincies>();
  for (const row of rows) {
    let regio = byCode.get(row.code);
    if (!regio) {
      regio = { code: row.code, naam: row.naam, provincies: [] };
      byCode.set(row.code, regio);
    }
    if (row.provincie && row.hoofdstad) regio.provincies.push({ naam: row.provincie, hoofdstad: row.hoofdstad });
  }
  return [...byCode.values()];
});

export const listThemas = cachedPerDatabase(30_000, (db: Db) =>
  db.select().from(themas).orderBy(asc(themas.volgorde), asc(themas.code)),
);

export const listSamenwerkingsvormen = cachedPerDatabase(30_000, (db: Db) =>
  db.select().from(samenwerkingsvormen).orderBy(asc(samenwerkingsvormen.volgorde), asc(samenwerkingsvormen.code)),
);
