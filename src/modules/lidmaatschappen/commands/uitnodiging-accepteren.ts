import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { AccountActor } from '../../../platform/actor.ts';
import { hashToken } from '../../../platform/secrets.ts';
import { recordAudit } from '../../audit/index.ts';
import { lidmaatschappen, lidmaatschapsverzoeken, uitnodigingen } from '../schema.ts';
import { findLidmaatschap, lidmaatschapAudit, type CommandContext } from './context.ts';

export type UitnodigingStatus = 'open' | 'verlopen' | 'gebruikt' | 'ingetrokken' | 'onbekend';

export function statusVan(row: { geaccepteerdOp: Date | null; ingetrokkenOp: Date | null; verlooptOp: Date } | undefined): UitnodigingStatus {
  if (!row) return 'onbekend';
  if (row.geaccepteerdOp) return 'gebruikt';
  if (row.ingetrokkenOp) return 'ingetrokken';
  if (row.verlooptOp.getTime() <= Date.now()) return 'verlopen';
  return 'open';
}

export const tokenPattern = /^[A-Za-z0-9_-]{20,100}$/;

/**
 * Accepts an invitation: the person becomes a member (bron 'uitnodiging') with the invited role,
 * and the invitation is used up. The invitation is bound to its token, not to the e-mail address
 * it was sent to: whoever holds the link may accept it with any account, because people often have
 * several addresses (a personal one they registered with, a work one the coordinator knew). The
 * link is single-use and expires, and the coordinator sees who joined.
 */
export async function uitnodigingAccepteren(
  db: Db,
  ctx: CommandContext & { actor: AccountActor },
  token: string,
): Promise<{ ok: true; organisatieId: string; rol: 'coordinator' | 'lid' } | { ok: false; status: Exclude<UitnodigingStatus, 'open'> }> {
  if (!tokenPattern.test(token)) return { ok: false, status: 'onbekend' };
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(uitnodigingen).where(eq(uitnodigingen.tokenHash, hashToken(token))).for('update');
    const status = statusVan(row);
    if (!row || status !== 'open') return { ok: false, status: status as Exclude<UitnodigingStatus, 'open'> };
    const accountId = ctx.actor.accountId;
    const nu = new Date();
    await tx.update(uitnodigingen).set({ geaccepteerdOp: nu, geaccepteerdDoor: accountId }).where(eq(uitnodigingen.id, row.id));
    await recordAudit(tx, {
      actor: ctx.actor,
      actie: 'uitnodiging.geaccepteerd',
      objectType: 'uitnodiging',
      objectId: row.id,
      betreftAccountId: accountId,
      voor: { status: 'open' },
      na: { status: 'geaccepteerd', geaccepteerdDoor: accountId },
      requestId: ctx.requestId,
    });

    const bestaand = await findLidmaatschap(tx, row.organisatieId, accountId);
    let rol = row.rol;
    if (!bestaand) {
      const [lid] = await tx
        .insert(lidmaatschappen)
        .values({ accountId, organisatieId: row.organisatieId, rol: row.rol, bron: 'uitnodiging' })
        .returning();
      await recordAudit(tx, {
        actor: ctx.actor,
        actie: 'lidmaatschap.aangemaakt',
        objectType: 'lidmaatschap',
        objectId: lid!.id,
        betreftAccountId: accountId,
        na: lidmaatschapAudit(lid!),
        requestId: ctx.requestId,
      });
    } else if (bestaand.rol === 'lid' && row.rol === 'coordinator') {
      // Already a member, invited as coordinator: the invitation upgrades the role, never lowers it.
      await tx.update(lidmaatschappen).set({ rol: 'coordinator' }).where(eq(lidmaatschappen.id, bestaand.id));
      await recordAudit(tx, {
        actor: ctx.actor,
        actie: 'lidmaatschap.rol-gewijzigd',
        objectType: 'lidmaatschap',
        objectId: bestaand.id,
        betreftAccountId: accountId,
        voor: { rol: 'lid' },
        na: { rol: 'coordinator' },
        requestId: ctx.requestId,
      });
    } else {
      rol = bestaand.rol;
    }

    // An open request to join the same organisatie has been answered by the invitation.
    const beantwoord = await tx
      .update(lidmaatschapsverzoeken)
      .set({ status: 'goedgekeurd', beslistOp: nu })
      .where(
        and(
          eq(lidmaatschapsverzoeken.accountId, accountId),
          eq(lidmaatschapsverzoeken.organisatieId, row.organisatieId),
          eq(lidmaatschapsverzoeken.status, 'open'),
        ),
      )
      .returning({ id: lidmaatschapsverzoeken.id });
    for (const v of beantwoord) {
      await recordAudit(tx, {
        actor: ctx.actor,
        actie: 'lidmaatschapsverzoek.goedgekeurd',
        objectType: 'lidmaatschapsverzoek',
        objectId: v.id,
        betreftAccountId: accountId,
        voor: { status: 'open' },
        na: { status: 'goedgekeurd', via: 'uitnodiging' },
        requestId: ctx.requestId,
      });
    }
    return { ok: true, organisatieId: row.organisatieId, rol } as const;
  });
}
