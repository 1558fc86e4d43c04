import { and, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../../db/client.ts';
import { isAccount, type Actor } from '../../../../platform/actor.ts';
import { ForbiddenError } from '../../../../platform/errors.ts';
import { accounts } from '../../../accounts/schema.ts';
import { recordAudit } from '../../../audit/index.ts';
import { opgeslagenZoekopdrachten } from '../../schema.ts';

export type CommandContext = { actor: Actor; requestId?: string | undefined };

/** At most this many saved searches per person: enough to be useful, few enough to run as alerts later. */
export const maxZoekopdrachten = 50;

/**
 * Saves a search of the actor. `zoekopdracht` is the normalised query string (the caller parsed it
 * with the list's filter schema). The account row is locked, so that two saves at once cannot pass
 * the maximum together; a name the person already uses (case-insensitive) is refused.
 */
export async function zoekopdrachtBewaren(
  db: Db,
  ctx: CommandContext,
  input: { naam: string; lijst: 'vraagstukken' | 'aanbod'; zoekopdracht: string },
): Promise<{ ok: true; id: string } | { ok: false; reden: 'dubbel' | 'te-veel' }> {
  const { actor } = ctx;
  if (!isAccount(actor)) throw new ForbiddenError();
  return db.transaction(async (tx) => {
    await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, actor.accountId)).for('update');
    const [bestaand] = await tx
      .select({ id: opgeslagenZoekopdrachten.id })
      .from(opgeslagenZoekopdrachten)
      .where(and(eq(opgeslagenZoekopdrachten.accountId, actor.accountId), eq(sql`lower(${opgeslagenZoekopdrachten.naam})`, input.naam.toLowerCase())));
    if (bestaand) return { ok: false as const, reden: 'dubbel' as const };
    const [aantal] = await tx.select({ n: count() }).from(opgeslagenZoekopdrachten).where(eq(opgeslagenZoekopdrachten.accountId, actor.accountId));
    if ((aantal?.n ?? 0) >= maxZoekopdrachten) return { ok: false as const, reden: 'te-veel' as const };
    const [row] = await tx
      .insert(opgeslagenZoekopdrachten)
      .values({ accountId: actor.accountId, naam: input.naam, lijst: input.lijst, zoekopdracht: input.zoekopdracht })
      .returning();
    await recordAudit(tx, {
      actor,
      actie: 'zoekopdracht.bewaard',
      objectType: 'zoekopdracht',
      objectId: row!.id,
      betreftAccountId: actor.accountId,
      na: { naam: row!.naam, lijst: row!.lijst, zoekopdracht: row!.zoekopdracht },
      requestId: ctx.requestId,
    });
    return { ok: true as const, id: row!.id };
  });
}
