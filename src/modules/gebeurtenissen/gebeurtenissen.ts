import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { domeinGebeurtenissen } from './schema.ts';

export type DomeinGebeurtenis = typeof domeinGebeurtenissen.$inferSelect;

/** Stores a domain event in the caller's transaction: it exists exactly when the change that caused it does. */
export async function gebeurtenisVastleggen(tx: Db, soort: string, onderwerpId: string, gegevens: Record<string, unknown>): Promise<DomeinGebeurtenis> {
  const [rij] = await tx.insert(domeinGebeurtenissen).values({ soort, onderwerpId, gegevens }).returning();
  return rij!;
}

/** The events about one row, oldest first. */
export async function gebeurtenissenOver(db: Db, onderwerpId: string): Promise<DomeinGebeurtenis[]> {
  return db.select().from(domeinGebeurtenissen).where(eq(domeinGebeurtenissen.onderwerpId, onderwerpId)).orderBy(asc(domeinGebeurtenissen.id));
}
