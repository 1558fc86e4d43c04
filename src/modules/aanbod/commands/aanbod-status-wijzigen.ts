import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { ForbiddenError, NotFoundError } from '../../../platform/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { magNaarStatus, mayEditAanbod } from '../policy.ts';
import { aanbod } from '../schema.ts';
import type { CommandContext } from './context.ts';
import { rijKolommen, vergrendel, zelfdeVersie } from './aanbod-regels.ts';

export type AanbodStatusWijzigenResult = { ok: true; versie: number } | { ok: false; reden: 'verouderd' } | { ok: false; reden: 'niet-mogelijk' };

/**
 * Publishes, archives or returns aanbod to concept (policy.ts statusOvergangen). The first
 * publication sets gepubliceerdOp; publishing again after archiving keeps that date, so "new" lists
 * do not show an old item as new.
 */
export async function aanbodStatusWijzigen(
  db: Db,
  ctx: CommandContext,
  input: { id: string; versie: number; status: 'gepubliceerd' | 'gearchiveerd' | 'concept' },
): Promise<AanbodStatusWijzigenResult> {
  return db.transaction(async (tx) => {
    const voor = await vergrendel(tx, input.id);
    if (!voor) throw new NotFoundError('No such aanbod');
    if (!mayEditAanbod(ctx.actor, voor)) throw new ForbiddenError('You may not change this aanbod');
    if (voor.versie !== input.versie) return { ok: false, reden: 'verouderd' } as const;
    if (!magNaarStatus(voor.status, input.status)) return { ok: false, reden: 'niet-mogelijk' } as const;
    const nu = new Date();
    const [na] = await tx
      .update(aanbod)
      .set({
        status: input.status,
        gepubliceerdOp: input.status === 'gepubliceerd' && !voor.gepubliceerdOp ? nu : voor.gepubliceerdOp,
        versie: sql`${aanbod.versie} + 1`,
        updatedAt: nu,
      })
      .where(zelfdeVersie(voor.id, input.versie))
      .returning(rijKolommen);
    if (!na) return { ok: false, reden: 'verouderd' } as const;
    await recordAudit(tx, {
      actor: ctx.actor,
      actie: 'aanbod.status-gewijzigd',
      objectType: 'aanbod',
      objectId: voor.id,
      voor: { status: voor.status, gepubliceerdOp: voor.gepubliceerdOp },
      na: { status: na.status, gepubliceerdOp: na.gepubliceerdOp },
      requestId: ctx.requestId,
    });
    return { ok: true, versie: na.versie } as const;
  });
}
