import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { isAccount, mayWrite } from '../../../platform/actor.ts';
import { ForbiddenError, NotFoundError } from '../../../platform/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { isUuid, laadVraagstukKern } from '../../vraagstukken/index.ts';
import { kanIntrekken, mayReadBelangstelling, mayWithdrawBelangstelling } from '../policy.ts';
import { belangstellingen } from '../schema.ts';
import type { CommandContext } from './context.ts';

export type BelangstellingIntrekkenResult = { ok: true; versie: number } | { ok: false; reden: 'verouderd' | 'niet-mogelijk' };

/**
 * The interested person withdraws their interest while it is not decided (open, in gesprek). The
 * row stays, as 'ingetrokken', so the owner still sees what happened; the person may signal
 * interest again later (the one-live-interest index skips withdrawn rows).
 */
export async function belangstellingIntrekken(db: Db, ctx: CommandContext, input: { id: string; versie: number }): Promise<BelangstellingIntrekkenResult> {
  const { actor } = ctx;
  if (!isAccount(actor)) throw new ForbiddenError('Log in to withdraw');
  if (!mayWrite(actor)) throw new ForbiddenError("This token lacks the 'write' scope");
  if (!isUuid(input.id)) throw new NotFoundError('No such belangstelling');
  return db.transaction(async (tx) => {
    const [voor] = await tx.select().from(belangstellingen).where(eq(belangstellingen.id, input.id)).for('update');
    const vraagstuk = voor ? await laadVraagstukKern(tx, voor.vraagstukId) : undefined;
    if (!voor || !vraagstuk) throw new NotFoundError('No such belangstelling');
    const resource = { accountId: voor.accountId, vraagstuk };
    if (!mayReadBelangstelling(actor, resource)) throw new NotFoundError('No such belangstelling');
    if (!mayWithdrawBelangstelling(actor, resource)) throw new ForbiddenError('Only the interested person withdraws');
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
