import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { provincies, regios, samenwerkingsvormen, themas } from './schema.ts';

export type RegioMetProvincies = { code: string; naam: string; provincies: { naam: string; hoofdstad: string }[] };

export async function listRegios(db: Db): Promise<RegioMetProvincies[]> {
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
}

export function listThemas(db: Db) {
  return db.select().from(themas).orderBy(asc(themas.volgorde), asc(themas.code));
}

export function listSamenwerkingsvormen(db: Db) {
  return db.select().from(samenwerkingsvormen).orderBy(asc(samenwerkingsvormen.volgorde), asc(samenwerkingsvormen.code));
}
