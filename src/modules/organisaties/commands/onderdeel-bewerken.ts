import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import type { OnderdeelInvoer } from '../onderdeel.schema.ts';
import { onderdelen } from '../schema.ts';
import type { CommandContext, VeldFout } from './context.ts';
import { controleer, koppelingenVan, onderdeelAudit, zetKoppelingen } from './onderdeel-regels.ts';

export type OnderdeelBewerkenResult = { ok: true; versie: number } | { ok: false; reden: 'verouderd' } | { ok: false; reden: 'ongeldig'; fouten: VeldFout[] };

/**
 * Saves an edit of an onderdeel based on version `versie`; a stale one writes nothing. The slug
 * stays as it was, so links to the onderdeel keep working after a rename.
 */
export async function onderdeelBewerken(
  db: Db,
  ctx: CommandContext,
  input: { organisatieId: string; onderdeelId: string; versie: number; invoer: OnderdeelInvoer },
): Promise<OnderdeelBewerkenResult> {
  const { invoer } = input;
  return db.transaction(async (tx) => {
    const [voor] = await tx
      .select()
      .from(onderdelen)
      .where(and(eq(onderdelen.id, input.onderdeelId), eq(onderdelen.organisatieId, input.organisatieId)))
      .for('update');
    if (!voor) throw new NotFoundError('No such onderdeel');
    if (voor.versie !== input.versie) return { ok: false, reden: 'verouderd' } as const;
    const fouten = await controleer(tx, input.organisatieId, invoer, voor.id);
    if (fouten.length > 0) return { ok: false, reden: 'ongeldig', fouten } as const;
    const koppelingenVoor = await koppelingenVan(tx, voor.id);
    const [na] = await tx
      .update(onderdelen)
      .set({
        soort: invoer.soort,
        naam: invoer.naam,
        bovenliggendId: invoer.bovenliggendId,
        beschrijvingNl: invoer.beschrijvingNl,
        beschrijvingEn: invoer.beschrijvingEn,
        versie: sql`${onderdelen.versie} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(onderdelen.id, voor.id), eq(onderdelen.versie, input.versie)))
      .returning();
    if (!na) return { ok: false, reden: 'verouderd' } as const;
    await zetKoppelingen(tx, voor.id, invoer);
    await recordAudit(tx, {
      actor: ctx.actor,
      actie: 'onderdeel.gewijzigd',
      objectType: 'onderdeel',
      objectId: voor.id,
      voor: onderdeelAudit(voor, koppelingenVoor),
      na: onderdeelAudit(na, { themas: [...invoer.themas].sort(), contactpersonen: [...invoer.contactpersonen].sort() }),
      requestId: ctx.requestId,
    });
    return { ok: true, versie: na.versie } as const;
  });
}
