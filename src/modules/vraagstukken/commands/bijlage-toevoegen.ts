import { count, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { ForbiddenError, NotFoundError } from '../../../platform/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { herkenBijlage } from '../bijlage-inhoud.ts';
import { bewerkbareStatussen } from '../lifecycle.ts';
import { mayEdit } from '../policy.ts';
import { vraagstukBijlagen, vraagstukken } from '../schema.ts';
import { vraagstukLimieten } from '../vraagstuk.schema.ts';
import type { CommandContext } from './context.ts';
import { gebeurtenis, vergrendel } from './regels.ts';
import { bewaarBijlagen } from './vraagstuk-aanmaken.ts';

export type BijlageToevoegenResult = { ok: true; id: string } | { ok: false; reden: 'type' | 'te-groot' | 'te-veel' | 'niet-bewerkbaar' };

/**
 * Adds one attachment, recognised by its content (PDF, DOCX, ODT), within the size and count
 * limits. The vraagstuk row is locked so that two uploads at once cannot pass the count together.
 * Attachments are not part of the edited content, so the vraagstuk's versie stays: an edit form
 * open elsewhere does not go stale because a file was added.
 */
export async function bijlageToevoegen(db: Db, ctx: CommandContext, input: { vraagstukId: string; bestandsnaam: string; inhoud: Uint8Array }): Promise<BijlageToevoegenResult> {
  return db.transaction(async (tx) => {
    const huidig = await vergrendel(tx, input.vraagstukId);
    if (!huidig) throw new NotFoundError('No such vraagstuk');
    if (!mayEdit(ctx.actor, huidig.resource)) throw new ForbiddenError('Not an owner of this vraagstuk');
    if (!bewerkbareStatussen.includes(huidig.rij.status)) return { ok: false, reden: 'niet-bewerkbaar' } as const;
    const h = herkenBijlage(input.inhoud);
    if (!h.ok) return { ok: false, reden: h.reden === 'leeg' ? 'type' : h.reden } as const;
    const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(vraagstukBijlagen).where(eq(vraagstukBijlagen.vraagstukId, input.vraagstukId));
    if (n >= vraagstukLimieten.bijlagen) return { ok: false, reden: 'te-veel' } as const;
    const [bijlage] = await bewaarBijlagen(tx, ctx, input.vraagstukId, [input]);
    await tx.update(vraagstukken).set({ updatedAt: new Date() }).where(eq(vraagstukken.id, input.vraagstukId));
    await gebeurtenis(tx, { vraagstukId: input.vraagstukId, actor: ctx.actor, soort: 'bijlage-toegevoegd', van: huidig.rij.status, naar: huidig.rij.status, opmerking: bijlage!.bestandsnaam });
    await recordAudit(tx, {
      actor: ctx.actor,
      actie: 'vraagstuk.bijlage-toegevoegd',
      objectType: 'vraagstuk',
      objectId: input.vraagstukId,
      voor: null,
      na: { bijlageId: bijlage!.id, bestandsnaam: bijlage!.bestandsnaam, mediatype: h.mediatype, grootte: input.inhoud.length },
      requestId: ctx.requestId,
    });
    return { ok: true, id: bijlage!.id } as const;
  });
}
