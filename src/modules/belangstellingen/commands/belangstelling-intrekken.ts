import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { recordAudit } from '../../audit/index.ts';
import { kanIntrekken, mayWithdrawBelangstelling } from '../policy.ts';
import { belangstellingen } from '../schema.ts';
import type { CommandContext } from './context.ts';
import { vereisSchrijver, vergrendelBelangstelling } from './vergrendel.ts';

export type BelangstellingIntrekkenResult = { ok: true; versie: number } | { ok: false; reden: 'verouderd' | 'niet-mogelijk' };

/**
 * The interested person withdraws their interest while it is not decided (open, in gesprek). The
 * row stays, as 'ingetrokken', so the owner still sees what happened; the person may signal
 * interest again later (the one-live-interest index skips withdrawn rows).
 */
export async function belangstellingIntrekken(db: Db, ctx: CommandContext, input: { id: string; versie: number }): Promise<BelangstellingIntrekkenResult> {
  const actor = vereisSchrijver(ctx.actor, 'Log in to withdraw');
  return db.transaction(async (tx) => {
    const voor = await vergrendelBelangstelling(tx, actor, input.id, mayWithdrawBelangstelling, 'Only the interested person withdraws');
    if (voor.versie !== input.versie) return { ok: false, reden: 'verouderd' } as const;
    if (!kanIntrekken(voor.status)) return { ok: false, reden: 'niet-mogelijk' } as const;
    const [na] = await tx
      .update(belangstellingen)
      .set({ status: 'ingetrokken', versie: sql`${belangstellingen.versie} + 1`, updatedAt: new Date() })
      .where(and(eq(belangstellingen.id, voor.id), eq(belangstellingen.versie, input.versie)))
      .returning();
    if (!na) return { ok: false, reden: 'verouderd' } as const;
    await recordAudit(tx, {
      actor,
      actie: 'belangstelling.ingetrokken',
      objectType: 'belangstelling',
      objectId: voor.id,
      betreftAccountId: voor.accountId,
      voor: { status: voor.status },
      na: { status: na.status },
      requestId: ctx.requestId,
    });
    return { ok: true, versie: na.versie } as const;
  });
}
