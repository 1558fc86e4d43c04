import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { NotFoundError, PreconditionFailedError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { WriteContext } from './context.ts';
import { invalidateTaxonomie } from './queries.ts';
import { themas } from './schema.ts';

export type ThemaVelden = { naamNl: string; naamEn: string; beschrijvingNl: string | null; beschrijvingEn: string | null };

/**
 * Saves a theme's names and descriptions, only over the version the editor read (`versie`): a
 * stale save throws PreconditionFailedError and changes nothing.
 */
export async function themaBijwerken(db: Db, ctx: WriteContext, code: string, versie: number, velden: ThemaVelden) {
  const row = await db.transaction(async (tx) => {
    const [voor] = await tx.select().from(themas).where(eq(themas.code, code)).limit(1);
    if (!voor) throw new NotFoundError();
    const [na] = await tx
      .update(themas)
      .set({ ...velden, versie: sql`${themas.versie} + 1` })
      .where(and(eq(themas.code, code), eq(themas.versie, versie)))
      .returning();
    if (!na) throw new PreconditionFailedError();
    await recordAudit(tx, { actor: ctx.actor, actie: 'thema.gewijzigd', objectType: 'thema', objectId: code, voor, na, requestId: ctx.requestId });
    return na;
  });
  invalidateTaxonomie(db);
  return row;
}
