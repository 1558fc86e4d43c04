import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { ForbiddenError, NotFoundError } from '../../../platform/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { opgeslagenSuggestie } from '../../matching/index.ts';
import { isUuid, laadVraagstukKern, maySee } from '../../vraagstukken/index.ts';
import { vraagstukken } from '../../vraagstukken/schema.ts';
import { kandidaatLaden } from '../kandidaat.ts';
import type { KoppelingVoorstel } from '../koppeling.schema.ts';
import { koppelingMailen } from '../mails.ts';
import { beginStatus, voorstelRol, voorstelWeigering } from '../policy.ts';
import { koppelingOphalen } from '../queries.ts';
import { koppelingen, levendeKoppelingStatussen } from '../schema.ts';
import { gebeurtenis, vereisSchrijver, type CommandContext, type VeldFout } from './context.ts';

export type KoppelingVoorstellenResult =
  | { ok: true; id: string; status: 'voorgesteld' | 'geintroduceerd' }
  | { ok: false; reden: 'niet-open' }
  | { ok: false; reden: 'bestaat-al'; bestaandeId: string }
  | { ok: false; reden: 'ongeldig'; fouten: VeldFout[] };

/** The live koppeling of this pair, if any (at most one: the unique index koppelingen_een_levende_idx). */
export async function levendeKoppeling(db: Db, vraagstukId: string, soort: KoppelingVoorstel['kandidaatSoort'], kandidaatId: string): Promise<{ id: string } | undefined> {
  const kolom = soort === 'aanbod' ? koppelingen.aanbodId : soort === 'onderdeel' ? koppelingen.onderdeelId : koppelingen.persoonId;
  const [row] = await db
    .select({ id: koppelingen.id })
    .from(koppelingen)
    .where(and(eq(koppelingen.vraagstukId, vraagstukId), eq(kolom, kandidaatId), inArray(koppelingen.status, [...levendeKoppelingStatussen])));
  return row;
}

/**
 * Proposes a koppeling between a vraagstuk and a candidate (aanbod, onderdeel, persoon).
 * - A verbinder of the regio (or a beheerder) proposes it for review ('voorgesteld') or introduces it
 *   at once ('geintroduceerd', `direct`); bron 'verbinder'.
 * - One of the two sides proposes it for itself: that is an introduction, with its own side accepted
 *   (bron 'vraagzijde' or 'aanbodzijde'); the other side decides.
 * The vraagstuk must be open (gepubliceerd, in gesprek) and the candidate one that may be suggested.
 * An introduction needs a message to both sides. The engine's score and signals are copied from the
 * stored suggestion when there is one, so that the explanation stays what it was when proposed.
 * The vraagstuk's row is locked for the check and the insert: two proposals of the same pair (a double
 * click, two verbinders) cannot pass each other, so the second finds the first.
 */
export async function koppelingVoorstellen(db: Db, ctx: CommandContext, invoer: KoppelingVoorstel): Promise<KoppelingVoorstellenResult> {
  const actor = vereisSchrijver(ctx.actor, 'Log in to propose a koppeling');
  if (!isUuid(invoer.vraagstukId)) throw new NotFoundError('No such vraagstuk');
  const kandidaatFout: KoppelingVoorstellenResult = { ok: false, reden: 'ongeldig', fouten: [{ veld: 'kandidaatId', key: 'koppelingen.fouten.kandidaatOnbekend', soort: 'ongeldig' }] };
  const result = await db.transaction(async (tx): Promise<KoppelingVoorstellenResult> => {
    const [locked] = await tx.select({ id: vraagstukken.id }).from(vraagstukken).where(eq(vraagstukken.id, invoer.vraagstukId)).for('update');
    const kern = locked ? await laadVraagstukKern(tx, locked.id) : undefined;
    if (!kern) throw new NotFoundError('No such vraagstuk');
    const kandidaat = isUuid(invoer.kandidaatId) ? await kandidaatLaden(tx, invoer.kandidaatSoort, invoer.kandidaatId) : undefined;
    if (!kandidaat) {
      // Nobody learns from the answer what exists: a missing candidate is refused like an unsuggestible one.
      if (!maySee(actor, kern)) throw new NotFoundError('No such vraagstuk');
      return kandidaatFout;
    }
    const weigering = voorstelWeigering(actor, kern, kandidaat.zijde);
    if (weigering === 'onzichtbaar') throw new NotFoundError('No such vraagstuk');
    if (weigering === 'geen-partij') throw new ForbiddenError('Only the verbinder of the regio or one of the two sides proposes a koppeling');
    if (!kandidaat.voorstelbaar) return kandidaatFout;
    if (weigering === 'niet-open') return { ok: false, reden: 'niet-open' };
    const bestaand = await levendeKoppeling(tx, kern.id, invoer.kandidaatSoort, invoer.kandidaatId);
    if (bestaand) return { ok: false, reden: 'bestaat-al', bestaandeId: bestaand.id };

    const rol = voorstelRol(actor, kern, kandidaat.zijde)!;
    const status = beginStatus(rol, invoer.direct);
    const toelichting = invoer.toelichting ?? null;
    if (status === 'geintroduceerd' && !toelichting) {
      return { ok: false, reden: 'ongeldig', fouten: [{ veld: 'toelichting', key: 'koppelingen.fouten.toelichtingVerplicht', soort: 'ongeldig' }] };
    }
    const suggestie = await opgeslagenSuggestie(tx, kern.id, invoer.kandidaatSoort, invoer.kandidaatId);
    const nu = new Date();
    const eigenBesluit = { besluit: 'geaccepteerd' as const, door: actor.accountId, op: nu };
    const [rij] = await tx
      .insert(koppelingen)
      .values({
        vraagstukId: kern.id,
        kandidaatSoort: invoer.kandidaatSoort,
        aanbodId: invoer.kandidaatSoort === 'aanbod' ? invoer.kandidaatId : null,
        onderdeelId: invoer.kandidaatSoort === 'onderdeel' ? invoer.kandidaatId : null,
        persoonId: invoer.kandidaatSoort === 'persoon' ? invoer.kandidaatId : null,
        status,
        bron: rol,
        score: suggestie?.score ?? null,
        signalen: suggestie?.signalen ?? null,
        toelichting,
        voorgesteldDoor: actor.accountId,
        ...(status === 'geintroduceerd' ? { geintroduceerdDoor: actor.accountId, geintroduceerdOp: nu } : {}),
        ...(rol === 'vraagzijde' ? { besluitVraagzijde: eigenBesluit.besluit, besluitVraagzijdeDoor: eigenBesluit.door, besluitVraagzijdeOp: eigenBesluit.op } : {}),
        ...(rol === 'aanbodzijde' ? { besluitAanbodzijde: eigenBesluit.besluit, besluitAanbodzijdeDoor: eigenBesluit.door, besluitAanbodzijdeOp: eigenBesluit.op } : {}),
      })
      .returning();
    const id = rij!.id;
    await gebeurtenis(tx, id, actor, status, toelichting);
    if (rol !== 'verbinder') await gebeurtenis(tx, id, actor, `geaccepteerd-${rol}`);
    await recordAudit(tx, {
      actor,
      actie: 'koppeling.voorgesteld',
      objectType: 'koppeling',
      objectId: id,
      // The message is logged as 'toelichting': a personal field that deleting the account scrubs from the log.
      na: { vraagstukId: kern.id, kandidaatSoort: invoer.kandidaatSoort, kandidaatId: invoer.kandidaatId, status, bron: rol, score: rij!.score, toelichting },
      requestId: ctx.requestId,
    });
    return { ok: true, id, status };
  });
  if (result.ok && result.status === 'geintroduceerd' && ctx.mail) {
    const k = await koppelingOphalen(db, result.id);
    if (k) await koppelingMailen(db, ctx.mail, k, { soort: 'introductie' }, actor.accountId);
  }
  return result;
}
