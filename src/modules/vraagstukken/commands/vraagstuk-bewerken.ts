import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { ForbiddenError, NotFoundError } from '../../../platform/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { bewerkbareStatussen } from '../lifecycle.ts';
import { mayEdit } from '../policy.ts';
import { vraagstukken } from '../schema.ts';
import type { VraagstukInvoer } from '../vraagstuk.schema.ts';
import type { CommandContext, VeldFout } from './context.ts';
import { auditVelden, controleer, gebeurtenis, kolommen, vergrendel, zetContactpersonen, zonderZoekvector } from './regels.ts';

export type VraagstukBewerkenResult =
  | { ok: true; versie: number }
  | { ok: false; reden: 'verouderd' }
  | { ok: false; reden: 'niet-bewerkbaar' }
  | { ok: false; reden: 'ongeldig'; fouten: VeldFout[] };

/**
 * Saves an owner's edit based on version `versie`; a stale one writes nothing. The status stays as
 * it is: an edit of a published vraagstuk keeps it published and shows in the history as 'bewerkt'.
 */
export async function vraagstukBewerken(db: Db, ctx: CommandContext, input: { id: string; versie: number; invoer: VraagstukInvoer }): Promise<VraagstukBewerkenResult> {
  const { invoer } = input;
  return db.transaction(async (tx) => {
    const huidig = await vergrendel(tx, input.id);
    if (!huidig) throw new NotFoundError('No such vraagstuk');
    const { rij: voor, resource } = huidig;
    if (!mayEdit(ctx.actor, resource)) throw new ForbiddenError('Not an owner of this vraagstuk');
    if (voor.versie !== input.versie) return { ok: false, reden: 'verouderd' } as const;
    if (!bewerkbareStatussen.includes(voor.status)) return { ok: false, reden: 'niet-bewerkbaar' } as const;
    const fouten = await controleer(tx, ctx.actor, invoer, voor.organisatieId);
    if (fouten.length > 0) return { ok: false, reden: 'ongeldig', fouten } as const;
    const [na] = await tx
      .update(vraagstukken)
      .set({ ...kolommen(invoer), versie: sql`${vraagstukken.versie} + 1`, updatedAt: new Date() })
      .where(and(eq(vraagstukken.id, voor.id), eq(vraagstukken.versie, input.versie)))
      .returning(zonderZoekvector);
    if (!na) return { ok: false, reden: 'verouderd' } as const;
    await zetContactpersonen(tx, voor.id, invoer.contactpersoonIds);
    await gebeurtenis(tx, { vraagstukId: voor.id, actor: ctx.actor, soort: 'bewerkt', van: voor.status, naar: na.status });
    await recordAudit(tx, {
      actor: ctx.actor,
      actie: 'vraagstuk.bewerkt',
      objectType: 'vraagstuk',
      objectId: voor.id,
      voor: auditVelden(voor, resource.contactpersoonIds),
      na: auditVelden(na, invoer.contactpersoonIds),
      requestId: ctx.requestId,
    });
    return { ok: true, versie: na.versie } as const;
  });
}
