import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { recordAudit } from '../../audit/index.ts';
import { koppelingMailen } from '../mails.ts';
import { kanIntrekken, mayIntrekken } from '../policy.ts';
import { koppelingOphalen } from '../queries.ts';
import { koppelingen } from '../schema.ts';
import { gebeurtenis, vereisSchrijver, vergrendelKoppeling, type ActieResult, type CommandContext } from './context.ts';

/**
 * The proposer or the verbinder withdraws a koppeling before it is decided (voorgesteld,
 * geintroduceerd), with an optional reason. The row stays, as 'ingetrokken', with its history; the
 * pair may be proposed again later (the one-live-koppeling index skips closed rows). When it had been
 * introduced, both sides are told.
 */
export async function koppelingIntrekken(db: Db, ctx: CommandContext, input: { id: string; versie: number; reden: string | null | undefined }): Promise<ActieResult> {
  const actor = vereisSchrijver(ctx.actor, 'Log in to withdraw');
  let wasGeintroduceerd = false;
  const result = await db.transaction(async (tx): Promise<ActieResult> => {
    const voor = await vergrendelKoppeling(tx, actor, input.id, mayIntrekken, 'Only the proposer or the verbinder of the regio withdraws');
    if (voor.versie !== input.versie) return { ok: false, reden: 'verouderd' };
    if (!kanIntrekken(voor)) return { ok: false, reden: 'niet-mogelijk' };
    const nu = new Date();
    const [na] = await tx
      .update(koppelingen)
      .set({ status: 'ingetrokken', afgeslotenOp: nu, versie: sql`${koppelingen.versie} + 1`, updatedAt: nu })
      .where(and(eq(koppelingen.id, voor.id), eq(koppelingen.versie, input.versie)))
      .returning();
    if (!na) return { ok: false, reden: 'verouderd' };
    wasGeintroduceerd = voor.status === 'geintroduceerd';
    await gebeurtenis(tx, voor.id, actor, 'ingetrokken', input.reden);
    await recordAudit(tx, {
      actor,
      actie: 'koppeling.ingetrokken',
      objectType: 'koppeling',
      objectId: voor.id,
      voor: { status: voor.status },
      na: { status: na.status, toelichting: input.reden ?? null },
      requestId: ctx.requestId,
    });
    return { ok: true, versie: na.versie };
  });
  if (result.ok && wasGeintroduceerd && ctx.mail) {
    const k = await koppelingOphalen(db, input.id);
    if (k) await koppelingMailen(db, ctx.mail, k, { soort: 'ingetrokken', reden: input.reden ?? null }, actor.accountId);
  }
  return result;
}
