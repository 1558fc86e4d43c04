import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { recordAudit } from '../../audit/index.ts';
import { gebeurtenisVastleggen } from '../../gebeurtenissen/index.ts';
import type { KoppelingBesluitInvoer, Zijde } from '../koppeling.schema.ts';
import { koppelingMailen } from '../mails.ts';
import { andereZijde, besluitVan, mayBeslissen, openZijden, zijdenVan } from '../policy.ts';
import { koppelingOphalen } from '../queries.ts';
import { koppelingen, type KoppelingBesluit, type KoppelingStatus } from '../schema.ts';
import { gebeurtenis, vereisSchrijver, vergrendelKoppeling, type ActieResult, type CommandContext } from './context.ts';
import { samenwerkingConceptGegevens } from './samenwerking-concept.ts';

/**
 * A member of one side accepts or declines an introduced koppeling for that side (a reason is
 * required to decline: the schema checks it). Someone on both sides says for which (`zijde`).
 * - declined by either side: 'afgewezen' (the other side's answer no longer matters);
 * - accepted by both: 'geaccepteerd', and in the same transaction a 'samenwerking-concept' domain
 *   event that the samenwerkingen module will draft the collaboration from;
 * - otherwise it waits for the other side.
 * Mails after the commit: the other side and the verbinders hear of the decision; on acceptance both
 * sides and the verbinders hear that it was accepted.
 */
export async function koppelingBeslissen(
  db: Db,
  ctx: CommandContext,
  input: { id: string; versie: number; besluit: KoppelingBesluit; invoer: KoppelingBesluitInvoer },
): Promise<ActieResult & { status?: KoppelingStatus }> {
  const actor = vereisSchrijver(ctx.actor, 'Log in to decide');
  let gekozen: Zijde = 'vraagzijde';
  const reden = input.invoer.reden ?? null;
  const result = await db.transaction(async (tx): Promise<ActieResult & { status?: KoppelingStatus }> => {
    const voor = await vergrendelKoppeling(tx, actor, input.id, mayBeslissen, 'Only the people of one of the two sides decide');
    if (voor.versie !== input.versie) return { ok: false, reden: 'verouderd' };
    const open = openZijden(actor, voor);
    if (open.length === 0) return { ok: false, reden: 'niet-mogelijk' };
    if (input.invoer.zijde) {
      if (!zijdenVan(actor, voor).includes(input.invoer.zijde)) {
        return { ok: false, reden: 'ongeldig', fouten: [{ veld: 'zijde', key: 'koppelingen.fouten.nietUwZijde', soort: 'ongeldig' }] };
      }
      if (!open.includes(input.invoer.zijde)) return { ok: false, reden: 'niet-mogelijk' };
      gekozen = input.invoer.zijde;
    } else if (open.length > 1) {
      return { ok: false, reden: 'ongeldig', fouten: [{ veld: 'zijde', key: 'koppelingen.fouten.zijdeKiezen', soort: 'ongeldig' }] };
    } else {
      gekozen = open[0]!;
    }
    const ander = besluitVan(voor, andereZijde(gekozen));
    const status: KoppelingStatus = input.besluit === 'afgewezen' ? 'afgewezen' : ander === 'geaccepteerd' ? 'geaccepteerd' : 'geintroduceerd';
    const nu = new Date();
    const besluitVelden =
      gekozen === 'vraagzijde'
        ? { besluitVraagzijde: input.besluit, redenVraagzijde: reden, besluitVraagzijdeDoor: actor.accountId, besluitVraagzijdeOp: nu }
        : { besluitAanbodzijde: input.besluit, redenAanbodzijde: reden, besluitAanbodzijdeDoor: actor.accountId, besluitAanbodzijdeOp: nu };
    const [na] = await tx
      .update(koppelingen)
      .set({ ...besluitVelden, status, ...(status !== 'geintroduceerd' ? { afgeslotenOp: nu } : {}), versie: sql`${koppelingen.versie} + 1`, updatedAt: nu })
      .where(and(eq(koppelingen.id, voor.id), eq(koppelingen.versie, input.versie)))
      .returning();
    if (!na) return { ok: false, reden: 'verouderd' };
    await gebeurtenis(tx, voor.id, actor, `${input.besluit}-${gekozen}`, reden);
    if (status !== 'geintroduceerd') await gebeurtenis(tx, voor.id, actor, status);
    if (status === 'geaccepteerd') {
      const deelnemers = [na.besluitVraagzijdeDoor, na.besluitAanbodzijdeDoor].filter((d): d is string => d !== null);
      await gebeurtenisVastleggen(tx, 'samenwerking-concept', voor.id, await samenwerkingConceptGegevens(tx, voor, deelnemers));
    }
    await recordAudit(tx, {
      actor,
      actie: 'koppeling.besluit',
      objectType: 'koppeling',
      objectId: voor.id,
      voor: { status: voor.status, [`besluit${gekozen === 'vraagzijde' ? 'Vraagzijde' : 'Aanbodzijde'}`]: besluitVan(voor, gekozen) },
      // The reason is logged as 'toelichting': a personal field that deleting the account scrubs from the log.
      na: { status, [`besluit${gekozen === 'vraagzijde' ? 'Vraagzijde' : 'Aanbodzijde'}`]: input.besluit, zijde: gekozen, toelichting: reden },
      requestId: ctx.requestId,
    });
    return { ok: true, versie: na.versie, status };
  });
  if (result.ok && ctx.mail) {
    const k = await koppelingOphalen(db, input.id);
    if (k) {
      const bericht = result.status === 'geaccepteerd' ? ({ soort: 'geaccepteerd' } as const) : ({ soort: 'besluit', zijde: gekozen, besluit: input.besluit, reden } as const);
      await koppelingMailen(db, ctx.mail, k, bericht, actor.accountId);
    }
  }
  return result;
}
