import { asc } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { organisaties } from '../schema.ts';

/** Everything the importers may touch, to prove that a refused file left the database as it was. */
export async function momentopname(db: Db): Promise<string> {
  const rijen = await db.select().from(organisaties).orderBy(asc(organisaties.id));
  return JSON.stringify(rijen);
}

export async function organisatieOpNaam(db: Db, naam: string) {
  const rijen = await db.select().from(organisaties);
  const o = rijen.find((r) => r.naam === naam);
  if (!o) throw new Error(`no organisatie '${naam}'`);
  const ouder = o.bovenliggendeId ? rijen.find((r) => r.id === o.bovenliggendeId) : undefined;
  return { ...o, ouder: ouder?.naam ?? null };
}

export const samplesDir = new URL('./samples/', import.meta.url);
