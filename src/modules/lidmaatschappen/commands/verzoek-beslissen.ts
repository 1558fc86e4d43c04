import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { isAccount } from '../../../platform/actor.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { accounts } from '../../accounts/index.ts';
import { recordAudit } from '../../audit/index.ts';
import { lidmaatschappen, lidmaatschapsverzoeken } from '../schema.ts';
import { lidmaatschapAudit, type CommandContext } from './context.ts';

export type Besluit = 'goedkeuren' | 'afwijzen';

/** A coordinator approves (the person becomes a lid, bron 'verzoek') or rejects an open request. */
export async function verzoekBeslissen(
  db: Db,
  ctx: CommandContext,
  input: { organisatieId: string; verzoekId: string; besluit: Besluit },
): Promise<
  | { ok: true; aanvrager: { email: string | null; taal: 'nl' | 'en'; naam: string } }
  | { ok: false; reden: 'niet-open' }
> {
  return db.transaction(async (tx) => {
    const [verzoek] = await tx
      .select()
      .from(lidmaatschapsverzoeken)
      .where(and(eq(lidmaatschapsverzoeken.id, input.verzoekId), eq(lidmaatschapsverzoeken.organisatieId, input.organisatieId)))
      .for('update');
    if (!verzoek) throw new NotFoundError();
    if (verzoek.status !== 'open') return { ok: false, reden: 'niet-open' } as const;
    const status = input.besluit === 'goedkeuren' ? 'goedgekeurd' : 'afgewezen';
    await tx
      .update(lidmaatschapsverzoeken)
      .set({ status, beslistOp: new Date(), beslistDoor: isAccount(ctx.actor) ? ctx.actor.accountId : null })
      .where(eq(lidmaatschapsverzoeken.id, verzoek.id));
    await recordAudit(tx, {
      actor: ctx.actor,
      actie: `lidmaatschapsverzoek.${status}`,
      objectType: 'lidmaatschapsverzoek',
      objectId: verzoek.id,
      betreftAccountId: verzoek.accountId,
      voor: { status: 'open' },
      na: { status },
      requestId: ctx.requestId,
    });
    if (status === 'goedgekeurd') {
      const [lid] = await tx
        .insert(lidmaatschappen)
        .values({ accountId: verzoek.accountId, organisatieId: verzoek.organisatieId, rol: 'lid', bron: 'verzoek' })
        .onConflictDoNothing()
        .returning();
      if (lid) {
        await recordAudit(tx, {
          actor: ctx.actor,
          actie: 'lidmaatschap.aangemaakt',
          objectType: 'lidmaatschap',
          objectId: lid.id,
          betreftAccountId: verzoek.accountId,
          na: lidmaatschapAudit(lid),
          requestId: ctx.requestId,
        });
      }
    }
    const [aanvrager] = await tx
      .select({ email: accounts.email, taal: accounts.taal, naam: accounts.naam })
      .from(accounts)
      .where(eq(accounts.id, verzoek.accountId));
    return { ok: true, aanvrager: aanvrager! } as const;
  });
}
