import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../../db/client.ts';
import { isAccount } from '../../../../platform/actor.ts';
import { NotFoundError } from '../../../../platform/errors.ts';
import { recordAudit } from '../../../audit/index.ts';
import { opgeslagenZoekopdrachten } from '../../schema.ts';
import type { CommandContext } from './zoekopdracht-bewaren.ts';

/**
 * Deletes one of the actor's own saved searches. Someone else's (the beheerder's included: saved
 * searches are private) is "not found", so that ids of other people's searches reveal nothing.
 */
export async function zoekopdrachtVerwijderen(db: Db, ctx: CommandContext, input: { id: string }): Promise<{ ok: true }> {
  const { actor } = ctx;
  if (!isAccount(actor)) throw new NotFoundError();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(opgeslagenZoekopdrachten)
      .where(and(eq(opgeslagenZoekopdrachten.id, input.id), eq(opgeslagenZoekopdrachten.accountId, actor.accountId)))
      .for('update');
    if (!row) throw new NotFoundError();
    await tx.delete(opgeslagenZoekopdrachten).where(eq(opgeslagenZoekopdrachten.id, row.id));
    await recordAudit(tx, {
      actor,
      actie: 'zoekopdracht.verwijderd',
      objectType: 'zoekopdracht',
      objectId: row.id,
      betreftAccountId: actor.accountId,
      voor: { naam: row.naam, lijst: row.lijst, zoekopdracht: row.zoekopdracht },
      requestId: ctx.requestId,
    });
    return { ok: true as const };
  });
}
