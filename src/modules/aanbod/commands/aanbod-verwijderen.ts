import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { ForbiddenError, NotFoundError } from '../../../platform/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { mayEditAanbod } from '../policy.ts';
import { aanbod } from '../schema.ts';
import type { CommandContext } from './context.ts';
import { aanbodAudit, periodesVan, vergrendel } from './aanbod-regels.ts';

/**
 * Deletes aanbod and its periods. A belangstelling that linked it keeps existing without the link
 * (the foreign key sets it to null). The audit entry keeps what was deleted. Archiving is the
 * alternative that keeps it; the pages offer both.
 */
export async function aanbodVerwijderen(db: Db, ctx: CommandContext, input: { id: string; versie: number }): Promise<{ ok: true } | { ok: false; reden: 'verouderd' }> {
  return db.transaction(async (tx) => {
    const voor = await vergrendel(tx, input.id);
    if (!voor) throw new NotFoundError('No such aanbod');
    if (!mayEditAanbod(ctx.actor, voor)) throw new ForbiddenError('You may not delete this aanbod');
    if (voor.versie !== input.versie) return { ok: false, reden: 'verouderd' } as const;
    const periodes = await periodesVan(tx, voor.id);
    await tx.delete(aanbod).where(eq(aanbod.id, voor.id));
    await recordAudit(tx, {
      actor: ctx.actor,
      actie: 'aanbod.verwijderd',
      objectType: 'aanbod',
      objectId: voor.id,
      voor: aanbodAudit(voor, periodes),
      na: null,
      requestId: ctx.requestId,
    });
    return { ok: true } as const;
  });
}
