import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { AccountActor } from '../../../platform/actor.ts';
import { ForbiddenError, NotFoundError } from '../../../platform/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { apiTokens } from '../schema.ts';

/** Revokes one of the person's own tokens; it stops working at once. Someone else's: 403. */
export async function revokeToken(
  db: Db,
  ctx: { actor: AccountActor; requestId?: string | undefined },
  id: string,
): Promise<{ ok: true } | { ok: false; reden: 'al-ingetrokken' }> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(apiTokens).where(eq(apiTokens.id, id)).for('update');
    if (!row) throw new NotFoundError();
    if (row.accountId !== ctx.actor.accountId) throw new ForbiddenError();
    if (row.ingetrokkenOp) return { ok: false, reden: 'al-ingetrokken' } as const;
    const nu = new Date();
    await tx.update(apiTokens).set({ ingetrokkenOp: nu }).where(and(eq(apiTokens.id, id), isNull(apiTokens.ingetrokkenOp)));
    await recordAudit(tx, {
      actor: ctx.actor,
      actie: 'apitoken.ingetrokken',
      objectType: 'api-token',
      objectId: id,
      betreftAccountId: row.accountId,
      voor: { ingetrokkenOp: null },
      na: { ingetrokkenOp: nu },
      requestId: ctx.requestId,
    });
    return { ok: true } as const;
  });
}
