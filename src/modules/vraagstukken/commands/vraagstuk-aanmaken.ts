import { createHash } from 'node:crypto';
import type { Db } from '../../../db/client.ts';
import { ForbiddenError } from '../../../platform/errors.ts';
import { isAccount } from '../../../platform/actor.ts';
import { recordAudit } from '../../audit/index.ts';
import { herkenBijlage, schoonBestandsnaam } from '../bijlage-inhoud.ts';
import { mayAanmaken } from '../policy.ts';
import { vraagstukBijlagen, vraagstukken } from '../schema.ts';
import { vraagstukLimieten, type VraagstukInvoer } from '../vraagstuk.schema.ts';
import type { CommandContext, VeldFout } from './context.ts';
import { auditVelden, controleer, gebeurtenis, kolommen, zetContactpersonen } from './regels.ts';

export type NieuweBijlage = { bestandsnaam: string; inhoud: Uint8Array };
export type VraagstukAanmakenResult = { ok: true; id: string; versie: number } | { ok: false; reden: 'ongeldig'; fouten: VeldFout[] };

/** The attachments' refusals, one per file (the first refusal per file), before anything is written. */
export function controleerBijlagen(bijlagen: readonly NieuweBijlage[], al = 0): VeldFout[] {
  if (al + bijlagen.length > vraagstukLimieten.bijlagen) {
    return [{ veld: 'bijlagen', key: 'vraagstukken.fouten.bijlage.te-veel', params: { max: String(vraagstukLimieten.bijlagen) }, soort: 'ongeldig' }];
  }
  const fouten: VeldFout[] = [];
  for (const b of bijlagen) {
    const h = herkenBijlage(b.inhoud);
    if (!h.ok) {
      const reden = h.reden === 'leeg' ? 'type' : h.reden;
      fouten.push({ veld: 'bijlagen', key: `vraagstukken.fouten.bijlage.${reden}`, params: { bestand: b.bestandsnaam.slice(0, 150), mb: String(vraagstukLimieten.bijlageBytes / 1024 / 1024) }, soort: 'ongeldig' });
    }
  }
  return fouten;
}

/** Stores checked attachments of a vraagstuk (the caller checked them with controleerBijlagen). */
export async function bewaarBijlagen(tx: Db, ctx: CommandContext, vraagstukId: string, bijlagen: readonly NieuweBijlage[]) {
  const opgeslagen: { id: string; bestandsnaam: string }[] = [];
  for (const b of bijlagen) {
    const h = herkenBijlage(b.inhoud);
    if (!h.ok) throw new Error('bewaarBijlagen: unchecked attachment');
    const [rij] = await tx
      .insert(vraagstukBijlagen)
      .values({
        vraagstukId,
        bestandsnaam: schoonBestandsnaam(b.bestandsnaam, h.soort),
        mediatype: h.mediatype,
        grootte: b.inhoud.length,
        sha256: createHash('sha256').update(b.inhoud).digest('hex'),
        inhoud: b.inhoud,
        toegevoegdDoor: isAccount(ctx.actor) ? ctx.actor.accountId : null,
      })
      .returning({ id: vraagstukBijlagen.id, bestandsnaam: vraagstukBijlagen.bestandsnaam });
    opgeslagen.push(rij!);
  }
  return opgeslagen;
}

/**
 * A civil servant posts a vraagstuk for their rijksorganisatie, as a concept: the maker becomes
 * aangemaaktDoor (and so an owner). Attachments come along; one refused file refuses the whole post,
 * so that nothing half-saved is left behind.
 */
export async function vraagstukAanmaken(
  db: Db,
  ctx: CommandContext,
  input: { invoer: VraagstukInvoer; bijlagen?: NieuweBijlage[] },
): Promise<VraagstukAanmakenResult> {
  const { invoer } = input;
  const bijlagen = input.bijlagen ?? [];
  if (!isAccount(ctx.actor) || !mayAanmaken(ctx.actor, invoer.organisatieId)) throw new ForbiddenError('Not a member of this organisatie');
  return db.transaction(async (tx) => {
    const fouten = [...(await controleer(tx, ctx.actor, invoer)), ...controleerBijlagen(bijlagen)];
    if (fouten.length > 0) return { ok: false, reden: 'ongeldig', fouten } as const;
    const [rij] = await tx
      .insert(vraagstukken)
      .values({ ...kolommen(invoer), aangemaaktDoor: isAccount(ctx.actor) ? ctx.actor.accountId : null, status: 'concept' })
      .returning();
    const { zoekvector: _z, ...na } = rij!;
    await zetContactpersonen(tx, na.id, invoer.contactpersoonIds);
    const opgeslagen = await bewaarBijlagen(tx, ctx, na.id, bijlagen);
    await gebeurtenis(tx, { vraagstukId: na.id, actor: ctx.actor, soort: 'aangemaakt', van: null, naar: 'concept' });
    await recordAudit(tx, {
      actor: ctx.actor,
      actie: 'vraagstuk.aangemaakt',
      objectType: 'vraagstuk',
      objectId: na.id,
      voor: null,
      na: { ...auditVelden(na, invoer.contactpersoonIds), bijlagen: opgeslagen.map((b) => b.bestandsnaam) },
      requestId: ctx.requestId,
    });
    return { ok: true, id: na.id, versie: na.versie } as const;
  });
}
