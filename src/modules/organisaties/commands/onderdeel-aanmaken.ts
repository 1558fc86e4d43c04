import type { Db } from '../../../db/client.ts';
import { recordAudit } from '../../audit/index.ts';
import type { OnderdeelInvoer } from '../onderdeel.schema.ts';
import { onderdelen } from '../schema.ts';
import type { CommandContext, VeldFout } from './context.ts';
import { controleer, onderdeelAudit, uniekeSlug, zetKoppelingen } from './onderdeel-regels.ts';

export type AanmakenResult = { ok: true; id: string; slug: string; versie: number } | { ok: false; fouten: VeldFout[] };

/** Adds an onderdeel to an organisatie; the caller checked 'onderdelen-beheren'. */
export async function onderdeelAanmaken(db: Db, ctx: CommandContext, input: { organisatieId: string; invoer: OnderdeelInvoer }): Promise<AanmakenResult> {
  const { invoer } = input;
  return db.transaction(async (tx) => {
    const fouten = await controleer(tx, input.organisatieId, invoer);
    if (fouten.length > 0) return { ok: false, fouten } as const;
    const slug = await uniekeSlug(tx, input.organisatieId, invoer.naam);
    const [row] = await tx
      .insert(onderdelen)
      .values({
        organisatieId: input.organisatieId,
        bovenliggendId: invoer.bovenliggendId,
        soort: invoer.soort,
        naam: invoer.naam,
        slug,
        beschrijvingNl: invoer.beschrijvingNl,
        beschrijvingEn: invoer.beschrijvingEn,
      })
      .returning();
    await zetKoppelingen(tx, row!.id, invoer);
    await recordAudit(tx, {
      actor: ctx.actor,
      actie: 'onderdeel.aangemaakt',
      objectType: 'onderdeel',
      objectId: row!.id,
      voor: null,
      na: { organisatieId: input.organisatieId, ...onderdeelAudit(row!, { themas: [...invoer.themas].sort(), contactpersonen: [...invoer.contactpersonen].sort() }) },
      requestId: ctx.requestId,
    });
    return { ok: true, id: row!.id, slug, versie: row!.versie } as const;
  });
}
