import type { Db } from '../../../db/client.ts';
import type { AccountActor } from '../../../platform/actor.ts';
import { recordAudit } from '../../audit/index.ts';
import { platformrollen, type PlatformRol } from '../schema.ts';

/** A beheerder gives an account a platform role (a verbinder for one regio). Held already: nothing changes. */
export async function rolToekennen(
  db: Db,
  ctx: { actor: AccountActor; requestId?: string | undefined },
  input: { accountId: string; rol: PlatformRol; regioCode: string | null },
): Promise<{ ok: true } | { ok: false; reden: 'al-toegekend' }> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(platformrollen)
      .values({ accountId: input.accountId, rol: input.rol, regioCode: input.regioCode, toegekendDoor: ctx.actor.accountId })
      .onConflictDoNothing()
      .returning({ id: platformrollen.id });
    if (!row) return { ok: false, reden: 'al-toegekend' } as const;
    await recordAudit(tx, {
      actor: ctx.actor,
      actie: 'platformrol.toegekend',
      objectType: 'account',
      objectId: input.accountId,
      betreftAccountId: input.accountId,
      na: { rol: input.rol, regio: input.regioCode },
      requestId: ctx.requestId,
    });
    return { ok: true } as const;
  });
}
