import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { AccountActor } from '../../../platform/actor.ts';
import { recordAudit } from '../../audit/index.ts';
import { lidmaatschappen } from '../schema.ts';
import { lidmaatschapAudit, lockLeden, type CommandContext } from './context.ts';

/**
 * A member leaves an organisatie. The last coordinator may not leave while other members remain
 * (they would be left without anyone to manage them); they first make someone else coordinator.
 * The very last member may leave.
 */
export async function verlaten(
  db: Db,
  ctx: CommandContext & { actor: AccountActor },
  organisatieId: string,
): Promise<{ ok: true } | { ok: false; reden: 'geen-lid' | 'laatste-coordinator' }> {
  return db.transaction(async (tx) => {
    const leden = await lockLeden(tx, organisatieId);
    const ik = leden.find((l) => l.accountId === ctx.actor.accountId);
    if (!ik) return { ok: false, reden: 'geen-lid' } as const;
    const andereCoordinatoren = leden.filter((l) => l.rol === 'coordinator' && l.id !== ik.id).length;
    if (ik.rol === 'coordinator' && andereCoordinatoren === 0 && leden.length > 1) {
      return { ok: false, reden: 'laatste-coordinator' } as const;
    }
    const [weg] = await tx.delete(lidmaatschappen).where(eq(lidmaatschappen.id, ik.id)).returning();
    await recordAudit(tx, {
      actor: ctx.actor,
      actie: 'lidmaatschap.verlaten',
      objectType: 'lidmaatschap',
      objectId: ik.id,
      betreftAccountId: ik.accountId,
      voor: lidmaatschapAudit(weg!),
      na: null,
      requestId: ctx.requestId,
    });
    return { ok: true } as const;
  });
}
