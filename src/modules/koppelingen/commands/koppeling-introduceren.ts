import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { recordAudit } from '../../audit/index.ts';
import type { KoppelingIntroductie } from '../koppeling.schema.ts';
import { koppelingMailen } from '../mails.ts';
import { kanIntroduceren, mayIntroduceren } from '../policy.ts';
import { koppelingOphalen } from '../queries.ts';
import { koppelingen } from '../schema.ts';
import { gebeurtenis, vereisSchrijver, vergrendelKoppeling, type ActieResult, type CommandContext } from './context.ts';

/**
 * The verbinder introduces a proposed koppeling: both sides get a message with the context and can
 * accept or decline. The message to both sides is required: the one given here, or else the one
 * stored with the proposal. A change based on an older version is refused and writes nothing.
 */
export async function koppelingIntroduceren(db: Db, ctx: CommandContext, input: { id: string; versie: number; invoer: KoppelingIntroductie }): Promise<ActieResult> {
  const actor = vereisSchrijver(ctx.actor, 'Log in to introduce');
  const result = await db.transaction(async (tx): Promise<ActieResult> => {
    const voor = await vergrendelKoppeling(tx, actor, input.id, mayIntroduceren, 'Only the verbinder of the regio introduces');
    if (voor.versie !== input.versie) return { ok: false, reden: 'verouderd' };
    if (!kanIntroduceren(voor)) return { ok: false, reden: 'niet-mogelijk' };
    const toelichting = input.invoer.toelichting ?? voor.toelichting;
    if (!toelichting) return { ok: false, reden: 'ongeldig', fouten: [{ veld: 'toelichting', key: 'koppelingen.fouten.toelichtingVerplicht', soort: 'ongeldig' }] };
    const nu = new Date();
    const [na] = await tx
      .update(koppelingen)
      .set({ status: 'geintroduceerd', toelichting, geintroduceerdDoor: actor.accountId, geintroduceerdOp: nu, versie: sql`${koppelingen.versie} + 1`, updatedAt: nu })
      .where(and(eq(koppelingen.id, voor.id), eq(koppelingen.versie, input.versie)))
      .returning();
    if (!na) return { ok: false, reden: 'verouderd' };
    await gebeurtenis(tx, voor.id, actor, 'geintroduceerd', toelichting);
    await recordAudit(tx, {
      actor,
      actie: 'koppeling.geintroduceerd',
      objectType: 'koppeling',
      objectId: voor.id,
      voor: { status: voor.status, toelichting: voor.toelichting },
      na: { status: na.status, toelichting: na.toelichting },
      requestId: ctx.requestId,
    });
    return { ok: true, versie: na.versie };
  });
  if (result.ok && ctx.mail) {
    const k = await koppelingOphalen(db, input.id);
    if (k) await koppelingMailen(db, ctx.mail, k, { soort: 'introductie' }, actor.accountId);
  }
  return result;
}
