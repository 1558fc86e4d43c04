import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { ForbiddenError, NotFoundError } from '../../../platform/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { mayEdit } from '../policy.ts';
import { vraagstukBijlagen, vraagstukken } from '../schema.ts';
import type { CommandContext } from './context.ts';
import { gebeurtenis, vergrendel } from './regels.ts';

/**
 * Removes an attachment of a vraagstuk, in any status: an owner may always take back a file that
 * should not have been shared. The bijlage must belong to this vraagstuk (else 404).
 */
export async function bijlageVerwijderen(db: Db, ctx: CommandContext, input: { vraagstukId: string; bijlageId: string }): Promise<{ ok: true }> {
  return db.transaction(async (tx) => {
    const huidig = await vergrendel(tx, input.vraagstukId);
    if (!huidig) throw new NotFoundError('No such vraagstuk');
    if (!mayEdit(ctx.actor, huidig.resource)) throw new ForbiddenError('Not an owner of this vraagstuk');
    const [weg] = await tx
      .delete(vraagstukBijlagen)
      .where(and(eq(vraagstukBijlagen.id, input.bijlageId), eq(vraagstukBijlagen.vraagstukId, input.vraagstukId)))
      .returning({ id: vraagstukBijlagen.id, bestandsnaam: vraagstukBijlagen.bestandsnaam, mediatype: vraagstukBijlagen.mediatype, grootte: vraagstukBijlagen.grootte });
    if (!weg) throw new NotFoundError('No such bijlage');
    await tx.update(vraagstukken).set({ updatedAt: new Date() }).where(eq(vraagstukken.id, input.vraagstukId));
    const status = huidig.rij.status;
    await gebeurtenis(tx, { vraagstukId: input.vraagstukId, actor: ctx.actor, soort: 'bijlage-verwijderd', van: status, naar: status, opmerking: weg.bestandsnaam });
    await recordAudit(tx, {
      actor: ctx.actor,
      actie: 'vraagstuk.bijlage-verwijderd',
      objectType: 'vraagstuk',
      objectId: input.vraagstukId,
      voor: { bijlageId: weg.id, bestandsnaam: weg.bestandsnaam, mediatype: weg.mediatype, grootte: weg.grootte },
      na: null,
      requestId: ctx.requestId,
    });
    return { ok: true } as const;
  });
}
