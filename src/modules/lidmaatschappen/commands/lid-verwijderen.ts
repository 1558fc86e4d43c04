import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { lidmaatschappen } from '../schema.ts';
import { lidmaatschapAudit, lockLeden, type CommandContext } from './context.ts';

/**
 * A coordinator (or beheerder) removes a member. The last coordinator cannot be removed: an
 * organisation without a coordinator has nobody left to manage its profile and members.
 */
export async function lidVerwijderen(
  db: Db,
  ctx: CommandContext,
  input: { organisatieId: string; lidmaatschapId: string },
): Promise<{ ok: true } | { ok: false; reden: 'laatste-coordinator' }> {
  return db.transaction(async (tx) => {
    const leden = await lockLeden(tx, input.organisatieId);
    const lid = leden.find((l) => l.id === input.lidmaatschapId);
    if (!lid) throw new NotFoundError();
    if (lid.rol === 'coordinator' && leden.filter((l) => l.rol === 'coordinator').length <= 1) {
      return { ok: false, reden: 'laatste-coordinator' } as const;
    }
    const [weg] = await tx.delete(lidmaatschappen).where(eq(lidmaatschappen.id, lid.id)).returning();
    await recordAudit(tx, {
      actor: ctx.actor,
      actie: 'lidmaatschap.verwijderd',
      objectType: 'lidmaatschap',
      objectId: lid.id,
      betreftAccountId: lid.accountId,
      voor: lidmaatschapAudit(weg!),
      na: null,
      requestId: ctx.requestId,
    });
    return { ok: true } as const;
  });
}
