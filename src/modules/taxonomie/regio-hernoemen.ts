import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { NotFoundError, PreconditionFailedError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { WriteContext } from './context.ts';
import { invalidateTaxonomie } from './queries.ts';
import { regios } from './schema.ts';

/**
 * Renames a regio. A regio has no versie column: the name the editor saw (`naamWas`) is the
 * version, so a rename over someone else's rename is refused, never silently overwritten.
 */
export async function regioHernoemen(db: Db, ctx: WriteContext, code: string, naamWas: string, naam: string) {
  const row = await db.transaction(async (tx) => {
    const [voor] = await tx.select().from(regios).where(eq(regios.code, code)).limit(1);
    if (!voor) throw new NotFoundError();
    const [na] = await tx
      .update(regios)
      .set({ naam })
      .where(and(eq(regios.code, code), eq(regios.naam, naamWas)))
      .returning();
    if (!na) throw new PreconditionFailedError();
    await recordAudit(tx, { actor: ctx.actor, actie: 'regio.hernoemd', objectType: 'regio', objectId: code, voor, na, requestId: ctx.requestId });
    return na;
  });
  invalidateTaxonomie(db);
  return row;
}
