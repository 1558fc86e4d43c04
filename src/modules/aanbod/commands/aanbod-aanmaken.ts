import type { Db } from '../../../db/client.ts';
import { isAccount } from '../../../platform/actor.ts';
import { ForbiddenError } from '../../../platform/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import type { AanbodInvoer } from '../aanbod.schema.ts';
import { aanbod } from '../schema.ts';
import type { CommandContext, VeldFout } from './context.ts';
import { aanbodAudit, controleer, kolommen, rijKolommen, zetPeriodes } from './aanbod-regels.ts';

export type AanbodAanmakenResult = { ok: true; id: string; versie: number } | { ok: false; reden: 'ongeldig'; fouten: VeldFout[] };

/**
 * Posts aanbod, as a concept or (publiceren) published at once: there is no pre-moderation. The
 * actor becomes its owner. An organisatie the actor may not post for is a field error (the form
 * shows it at the organisatie), not a refusal of the whole request.
 */
export async function aanbodAanmaken(db: Db, ctx: CommandContext, input: { invoer: AanbodInvoer; publiceren?: boolean }): Promise<AanbodAanmakenResult> {
  const { actor } = ctx;
  if (!isAccount(actor)) throw new ForbiddenError('Log in to post aanbod');
  const { invoer } = input;
  return db.transaction(async (tx) => {
    const { fouten, organisatieRegio } = await controleer(tx, actor, invoer);
    if (fouten.length > 0) return { ok: false, reden: 'ongeldig', fouten } as const;
    const nu = new Date();
    const [row] = await tx
      .insert(aanbod)
      .values({
        ...kolommen(invoer, organisatieRegio),
        aangemaaktDoor: actor.accountId,
        status: input.publiceren ? 'gepubliceerd' : 'concept',
        gepubliceerdOp: input.publiceren ? nu : null,
        createdAt: nu,
        updatedAt: nu,
      })
      .returning(rijKolommen);
    await zetPeriodes(tx, row!.id, invoer.periodes);
    await recordAudit(tx, {
      actor,
      actie: 'aanbod.aangemaakt',
      objectType: 'aanbod',
      objectId: row!.id,
      voor: null,
      na: aanbodAudit(row!, invoer.periodes),
      requestId: ctx.requestId,
    });
    return { ok: true, id: row!.id, versie: row!.versie } as const;
  });
}
