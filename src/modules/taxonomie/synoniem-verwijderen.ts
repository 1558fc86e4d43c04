import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { NotFoundError, PreconditionFailedError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { WriteContext } from './context.ts';
import { invalidateTaxonomie } from './queries.ts';
import { themas, themaSynoniemen } from './schema.ts';

/** Removes one synonym of a theme (the theme's versie goes up; with `versie`, only from that version). */
export async function synoniemVerwijderen(db: Db, ctx: WriteContext, input: { themaCode: string; id: string; versie?: number }) {
  const result = await db.transaction(async (tx) => {
    const [bumped] = await tx
      .update(themas)
      .set({ versie: sql`${themas.versie} + 1` })
      .where(and(eq(themas.code, input.themaCode), ...(input.versie === undefined ? [] : [eq(themas.versie, input.versie)])))
      .returning({ versie: themas.versie });
    if (!bumped) {
      const [exists] = await tx.select({ code: themas.code }).from(themas).where(eq(themas.code, input.themaCode));
      throw exists ? new PreconditionFailedError() : new NotFoundError();
    }
    const [voor] = await tx
      .delete(themaSynoniemen)
      .where(and(eq(themaSynoniemen.id, input.id), eq(themaSynoniemen.themaCode, input.themaCode)))
      .returning();
    // Nothing deleted: the transaction rolls back, so the versie stays as it was.
    if (!voor) throw new NotFoundError();
    await recordAudit(tx, {
      actor: ctx.actor,
      actie: 'thema.synoniem-verwijderd',
      objectType: 'thema',
      objectId: input.themaCode,
      voor: { synoniem: `${voor.taal}: ${voor.term}` },
      requestId: ctx.requestId,
    });
    return { versie: bumped.versie };
  });
  invalidateTaxonomie(db);
  return result;
}
