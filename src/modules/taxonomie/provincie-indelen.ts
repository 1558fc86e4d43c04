import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { NotFoundError, PreconditionFailedError, ValidationError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { WriteContext } from './context.ts';
import { invalidateTaxonomie } from './queries.ts';
import { provincies, regios } from './schema.ts';

/**
 * Puts a provincie in another regio, over the version the editor read. Every organisatie in the
 * provincie moves with it: their regio is derived, never stored.
 */
export async function provincieIndelen(db: Db, ctx: WriteContext, naam: string, versie: number, regioCode: string) {
  const row = await db.transaction(async (tx) => {
    const [voor] = await tx.select().from(provincies).where(eq(provincies.naam, naam)).limit(1);
    if (!voor) throw new NotFoundError();
    const [regio] = await tx.select({ code: regios.code }).from(regios).where(eq(regios.code, regioCode));
    if (!regio) throw new ValidationError([{ name: 'regioCode', reason: 'Unknown regio', code: 'unknown' }]);
    const [na] = await tx
      .update(provincies)
      .set({ regioCode, versie: sql`${provincies.versie} + 1` })
      .where(and(eq(provincies.naam, naam), eq(provincies.versie, versie)))
      .returning();
    if (!na) throw new PreconditionFailedError();
    await recordAudit(tx, { actor: ctx.actor, actie: 'provincie.regio-gewijzigd', objectType: 'provincie', objectId: naam, voor, na, requestId: ctx.requestId });
    return na;
  });
  invalidateTaxonomie(db);
  return row;
}
