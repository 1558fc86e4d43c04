import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { AccountActor } from '../../../platform/actor.ts';
import { ForbiddenError, NotFoundError } from '../../../platform/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { lidmaatschapsverzoeken } from '../schema.ts';
import type { CommandContext } from './context.ts';

/** The requester withdraws their own open request. Someone else's request: 403; unknown: 404. */
export async function verzoekIntrekken(
  db: Db,
  ctx: CommandContext & { actor: AccountActor },
  verzoekId: string,
): Promise<{ ok: true } | { ok: false; reden: 'niet-open' }> {
  return db.transaction(async (tx) => {
    const [verzoek] = await tx.select().from(lidmaatschapsverzoeken).where(eq(lidmaatschapsverzoeken.id, verzoekId)).for('update');
    if (!verzoek) throw new NotFoundError();
    if (verzoek.accountId !== ctx.actor.accountId) throw new ForbiddenError();
    if (verzoek.status !== 'open') return { ok: false, reden: 'niet-open' } as const;
    await tx.update(lidmaatschapsverzoeken).set({ status: 'ingetrokken' }).where(eq(lidmaatschapsverzoeken.id, verzoek.id));
    await recordAudit(tx, {
      actor: ctx.actor,
      actie: 'lidmaatschapsverzoek.ingetrokken',
      objectType: 'lidmaatschapsverzoek',
      objectId: verzoek.id,
      betreftAccountId: verzoek.accountId,
      voor: { status: 'open' },
      na: { status: 'ingetrokken' },
      requestId: ctx.requestId,
    });
    return { ok: true } as const;
  });
}
