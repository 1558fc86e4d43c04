import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { AccountActor } from '../../../platform/actor.ts';
import { ForbiddenError, NotFoundError } from '../../../platform/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { platformrollen } from '../schema.ts';
import { can } from './policy.ts';

/** A beheerder takes a platform role away (never their own beheerder role: see the policy). */
export async function rolIntrekken(
  db: Db,
  ctx: { actor: AccountActor; requestId?: string | undefined },
  input: { accountId: string; rolId: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(platformrollen)
      .where(and(eq(platformrollen.id, input.rolId), eq(platformrollen.accountId, input.accountId)))
      .for('update');
    if (!row) throw new NotFoundError();
    if (!can(ctx.actor, 'rol-intrekken', { accountId: row.accountId, rol: row.rol })) throw new ForbiddenError();
    await tx.delete(platformrollen).where(eq(platformrollen.id, row.id));
    await recordAudit(tx, {
      actor: ctx.actor,
      actie: 'platformrol.ingetrokken',
      objectType: 'account',
      objectId: row.accountId,
      betreftAccountId: row.accountId,
      voor: { rol: row.rol, regio: row.regioCode },
      na: null,
      requestId: ctx.requestId,
    });
  });
}
