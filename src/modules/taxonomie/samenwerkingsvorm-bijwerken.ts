import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { NotFoundError, PreconditionFailedError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { WriteContext } from './context.ts';
import { invalidateTaxonomie } from './queries.ts';
import { samenwerkingsvormen } from './schema.ts';

export type SamenwerkingsvormVelden = {
  naamNl: string;
  naamEn: string;
  niveaus: ('mbo' | 'hbo' | 'wo')[];
  wekenMin: number;
  wekenMax: number;
  studentenMin: number;
  studentenMax: number;
  diepgang: string;
};

/** Saves the characteristics of a samenwerkingsvorm over the version the editor read. */
export async function samenwerkingsvormBijwerken(db: Db, ctx: WriteContext, code: string, versie: number, velden: SamenwerkingsvormVelden) {
  const row = await db.transaction(async (tx) => {
    const [voor] = await tx.select().from(samenwerkingsvormen).where(eq(samenwerkingsvormen.code, code)).limit(1);
    if (!voor) throw new NotFoundError();
    const [na] = await tx
      .update(samenwerkingsvormen)
      .set({ ...velden, versie: sql`${samenwerkingsvormen.versie} + 1` })
      .where(and(eq(samenwerkingsvormen.code, code), eq(samenwerkingsvormen.versie, versie)))
      .returning();
    if (!na) throw new PreconditionFailedError();
    await recordAudit(tx, { actor: ctx.actor, actie: 'samenwerkingsvorm.gewijzigd', objectType: 'samenwerkingsvorm', objectId: code, voor, na, requestId: ctx.requestId });
    return na;
  });
  invalidateTaxonomie(db);
  return row;
}
