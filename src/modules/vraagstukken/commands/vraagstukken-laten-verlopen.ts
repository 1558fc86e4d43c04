import { and, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { dutchDate, recordAudit } from '../../audit/index.ts';
import { transities } from '../lifecycle.ts';
import { vraagstukken } from '../schema.ts';
import { gebeurtenis } from './regels.ts';

/**
 * The expiry job: a vraagstuk whose deadline lies before today (the Dutch calendar day of `nu`)
 * and that is still waiting for review or for partners is closed as 'vervallen', by the system.
 * Idempotent: a second run finds nothing left to do. One transaction, rows locked, so that an
 * owner's transition at the same moment either goes first or sees the closed status.
 */
export async function vraagstukkenLatenVerlopen(db: Db, input: { nu: Date }): Promise<{ aantal: number }> {
  const vandaag = dutchDate(input.nu);
  const van = [...transities.verlopen.van];
  return db.transaction(async (tx) => {
    const rijen = await tx
      .select({ id: vraagstukken.id, status: vraagstukken.status })
      .from(vraagstukken)
      .where(and(lt(vraagstukken.deadline, vandaag), inArray(vraagstukken.status, van)))
      .orderBy(vraagstukken.id)
      .for('update');
    for (const rij of rijen) {
      await tx
        .update(vraagstukken)
        .set({ status: 'gesloten', sluitreden: 'vervallen', geslotenOp: input.nu, versie: sql`${vraagstukken.versie} + 1`, updatedAt: input.nu })
        .where(inArray(vraagstukken.id, [rij.id]));
      await gebeurtenis(tx, { vraagstukId: rij.id, actor: null, soort: 'vervallen', van: rij.status, naar: 'gesloten', op: input.nu });
      await recordAudit(tx, {
        actor: { kind: 'systeem' },
        actie: 'vraagstuk.vervallen',
        objectType: 'vraagstuk',
        objectId: rij.id,
        voor: { status: rij.status, sluitreden: null },
        na: { status: 'gesloten', sluitreden: 'vervallen' },
      });
    }
    return { aantal: rijen.length };
  });
}
