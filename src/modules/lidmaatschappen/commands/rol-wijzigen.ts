import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { lidmaatschappen, type OrganisatieRol } from '../schema.ts';
import { lockLeden, type CommandContext } from './context.ts';

/** Makes a member coordinator or lid. The last coordinator cannot be made a lid. */
export async function rolWijzigen(
  db: Db,
  ctx: CommandContext,
  input: { organisatieId: string; lidmaatschapId: string; rol: OrganisatieRol },
): Promise<{ ok: true; gewijzigd: boolean } | { ok: false; reden: 'laatste-coordinator' }> {
  return db.transaction(async (tx) => {
    const leden = await lockLeden(tx, input.organisatieId);
    const lid = leden.find((l) => l.id === input.lidmaatschapId);
    if (!lid) throw new NotFoundError();
    if (lid.rol === input.rol) return { ok: true, gewijzigd: false } as const;
    if (lid.rol === 'coordinator' && leden.filter((l) => l.rol === 'coordinator').length <= 1) {
      return { ok: false, reden: 'laatste-coordinator' } as const;
    }
    await tx.update(lidmaatschappen).set({ rol: input.rol }).where(eq(lidmaatschappen.id, lid.id));
    await recordAudit(tx, {
      actor: ctx.actor,
      actie: 'lidmaatschap.rol-gewijzigd',
      objectType: 'lidmaatschap',
      objectId: lid.id,
      betreftAccountId: lid.accountId,
      voor: { rol: lid.rol },
      na: { rol: input.rol },
      requestId: ctx.requestId,
    });
    return { ok: true, gewijzigd: true } as const;
  });
}
