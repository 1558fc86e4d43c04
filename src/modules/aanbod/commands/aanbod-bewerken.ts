import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { ForbiddenError, NotFoundError } from '../../../platform/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import type { AanbodInvoer } from '../aanbod.schema.ts';
import { mayEditAanbod } from '../policy.ts';
import { aanbod } from '../schema.ts';
import type { CommandContext, VeldFout } from './context.ts';
import { aanbodAudit, controleer, kolommen, periodesVan, rijKolommen, vergrendel, zelfdeVersie, zetPeriodes } from './aanbod-regels.ts';

export type AanbodBewerkenResult = { ok: true; versie: number } | { ok: false; reden: 'verouderd' } | { ok: false; reden: 'ongeldig'; fouten: VeldFout[] };

/**
 * Saves an edit based on version `versie`; a stale one writes nothing. The periods are replaced as
 * a set. The status stays as it is (publishing and archiving are their own use case), and the owner
 * stays the person who posted it, also when a coordinator or beheerder edits.
 */
export async function aanbodBewerken(db: Db, ctx: CommandContext, input: { id: string; versie: number; invoer: AanbodInvoer }): Promise<AanbodBewerkenResult> {
  const { invoer } = input;
  return db.transaction(async (tx) => {
    const voor = await vergrendel(tx, input.id);
    if (!voor) throw new NotFoundError('No such aanbod');
    if (!mayEditAanbod(ctx.actor, voor)) throw new ForbiddenError('You may not edit this aanbod');
    if (voor.versie !== input.versie) return { ok: false, reden: 'verouderd' } as const;
    const { fouten, organisatieRegio } = await controleer(tx, ctx.actor, invoer, voor);
    if (fouten.length > 0) return { ok: false, reden: 'ongeldig', fouten } as const;
    const periodesVoor = await periodesVan(tx, voor.id);
    const [na] = await tx
      .update(aanbod)
      .set({ ...kolommen(invoer, organisatieRegio), versie: sql`${aanbod.versie} + 1`, updatedAt: new Date() })
      .where(zelfdeVersie(voor.id, input.versie))
      .returning(rijKolommen);
    if (!na) return { ok: false, reden: 'verouderd' } as const;
    await zetPeriodes(tx, voor.id, invoer.periodes);
    await recordAudit(tx, {
      actor: ctx.actor,
      actie: 'aanbod.gewijzigd',
      objectType: 'aanbod',
      objectId: voor.id,
      voor: aanbodAudit(voor, periodesVoor),
      na: aanbodAudit(na, await periodesVan(tx, voor.id)),
      requestId: ctx.requestId,
    });
    return { ok: true, versie: na.versie } as const;
  });
}
