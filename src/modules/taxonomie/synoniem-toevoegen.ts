import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { NotFoundError, PreconditionFailedError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { SynoniemBestaatError, type WriteContext } from './context.ts';
import { findSynoniem, invalidateTaxonomie } from './queries.ts';
import { themas, themaSynoniemen } from './schema.ts';

/**
 * Adds a synonym to a theme. A term belongs to one theme per language (case-insensitive): a term
 * that exists throws SynoniemBestaatError naming the theme that has it. The theme's versie goes up
 * (its synonyms are part of it, so its ETag changes); with `versie` given (the API's If-Match) the
 * theme must still be at that version.
 */
export async function synoniemToevoegen(
  db: Db,
  ctx: WriteContext,
  input: { themaCode: string; taal: 'nl' | 'en'; term: string; versie?: number },
) {
  const term = input.term.trim().replace(/\s+/g, ' ');
  const row = await db.transaction(async (tx) => {
    const [thema] = await tx.select().from(themas).where(eq(themas.code, input.themaCode)).limit(1);
    if (!thema) throw new NotFoundError();
    const bestaand = await findSynoniem(tx, input.taal, term);
    if (bestaand) throw new SynoniemBestaatError({ code: bestaand.themaCode, naamNl: bestaand.naamNl, naamEn: bestaand.naamEn }, term);
    const [bumped] = await tx
      .update(themas)
      .set({ versie: sql`${themas.versie} + 1` })
      .where(and(eq(themas.code, thema.code), ...(input.versie === undefined ? [] : [eq(themas.versie, input.versie)])))
      .returning({ versie: themas.versie });
    if (!bumped) throw new PreconditionFailedError();
    // Two beheerders adding the same term at once: the unique index decides, the loser gets the message.
    const [synoniem] = await tx
      .insert(themaSynoniemen)
      .values({ themaCode: thema.code, taal: input.taal, term })
      .onConflictDoNothing()
      .returning();
    if (!synoniem) throw new SynoniemBestaatError(thema, term);
    await recordAudit(tx, {
      actor: ctx.actor,
      actie: 'thema.synoniem-toegevoegd',
      objectType: 'thema',
      objectId: thema.code,
      na: { synoniem: `${synoniem.taal}: ${synoniem.term}` },
      requestId: ctx.requestId,
    });
    return { synoniem, versie: bumped.versie };
  });
  invalidateTaxonomie(db);
  return row;
}
