import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { AccountActor } from '../../platform/actor.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { onderdelen, organisaties } from '../organisaties/schema.ts';
import { themas } from '../taxonomie/schema.ts';
import { can } from './policy.ts';
import type { ProfielInvoer } from './profiel.schema.ts';
import { alsInvoer, loadProfiel, type Profiel } from './profiel-queries.ts';
import { affiliaties, beschikbaarheden, profielen, profielThemas } from './schema.ts';

/**
 * A person saves their own profile. Optimistic locking on profielen.versie: the form (or If-Match)
 * names the version it was based on, 0 for a profile never saved; if it changed meanwhile nothing is
 * written and the caller gets the stored profile. References (organisatie, onderdeel, thema) are
 * checked here, against the database; the shape was checked by profielInvoerSchema.
 */
export type ReferentieFout = { pad: (string | number)[]; bericht: string };

export type SaveProfileResult =
  | { ok: true; versie: number; gewijzigd: boolean }
  | { ok: false; reden: 'verouderd'; huidig: Profiel }
  | { ok: false; reden: 'ongeldig'; fouten: ReferentieFout[] };

async function checkReferences(tx: Db, invoer: ProfielInvoer): Promise<ReferentieFout[]> {
  const fouten: ReferentieFout[] = [];
  const orgIds = [...new Set(invoer.affiliaties.map((a) => a.organisatieId))];
  const onderdeelIds = [...new Set(invoer.affiliaties.flatMap((a) => (a.onderdeelId ? [a.onderdeelId] : [])))];
  const bekendeOrgs = orgIds.length
    ? new Set((await tx.select({ id: organisaties.id }).from(organisaties).where(inArray(organisaties.id, orgIds))).map((r) => r.id))
    : new Set<string>();
  const bekendeOnderdelen = onderdeelIds.length
    ? new Map(
        (await tx.select({ id: onderdelen.id, organisatieId: onderdelen.organisatieId }).from(onderdelen).where(inArray(onderdelen.id, onderdeelIds))).map(
          (r) => [r.id, r.organisatieId],
        ),
      )
    : new Map<string, string>();
  invoer.affiliaties.forEach((a, i) => {
    if (!bekendeOrgs.has(a.organisatieId)) fouten.push({ pad: ['affiliaties', i, 'organisatieId'], bericht: 'personen.fouten.organisatie' });
    else if (a.onderdeelId && bekendeOnderdelen.get(a.onderdeelId) !== a.organisatieId) {
      fouten.push({ pad: ['affiliaties', i, 'onderdeelId'], bericht: 'personen.fouten.onderdeel' });
    }
  });
  if (invoer.themas.length > 0) {
    const bekend = new Set(
      (await tx.select({ code: themas.code }).from(themas).where(inArray(themas.code, invoer.themas))).map((r) => r.code),
    );
    if (invoer.themas.some((code) => !bekend.has(code))) fouten.push({ pad: ['themas'], bericht: 'personen.fouten.thema' });
  }
  return fouten;
}

/** The same profile twice in different order is no change: compare as the form would show it. */
const normalised = (invoer: ProfielInvoer) =>
  JSON.stringify({
    ...invoer,
    themas: [...invoer.themas].sort(),
    talen: [...invoer.talen].sort(),
    affiliaties: invoer.affiliaties
      .map((a) => ({ organisatieId: a.organisatieId, onderdeelId: a.onderdeelId ?? null, rol: a.rol ?? null }))
      .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
    beschikbaarheden: invoer.beschikbaarheden
      .map((b) => ({ van: b.van, tot: b.tot, toelichting: b.toelichting ?? null }))
      .sort((x, y) => (x.van + x.tot).localeCompare(y.van + y.tot)),
    expertiseNl: invoer.expertiseNl ?? null,
    expertiseEn: invoer.expertiseEn ?? null,
    // jsonb orders an object's keys its own way: rebuild each link in one order.
    links: invoer.links.map((l) => ({ label: l.label, url: l.url })),
  });

export async function saveProfile(
  db: Db,
  input: { actor: AccountActor; accountId: string; versie: number; invoer: ProfielInvoer; requestId?: string | undefined },
): Promise<SaveProfileResult> {
  const { actor, accountId, invoer } = input;
  if (!can(actor, 'bewerken', { accountId, openbaar: false })) throw new NotFoundError('No such profile');
  return db.transaction(async (tx): Promise<SaveProfileResult> => {
    // Lock the row (when there is one) so that two saves of the same version cannot both pass.
    await tx.select({ v: profielen.versie }).from(profielen).where(eq(profielen.accountId, accountId)).for('update');
    const huidig = await loadProfiel(tx, accountId);
    if (!huidig) throw new NotFoundError('No such account');
    if (huidig.versie !== input.versie) return { ok: false, reden: 'verouderd', huidig };
    const fouten = await checkReferences(tx, invoer);
    if (fouten.length > 0) return { ok: false, reden: 'ongeldig', fouten };
    const voor = alsInvoer(huidig);
    if (normalised(voor) === normalised(invoer)) return { ok: true, versie: huidig.versie, gewijzigd: false };

    const values = {
      expertiseNl: invoer.expertiseNl ?? null,
      expertiseEn: invoer.expertiseEn ?? null,
      trefwoorden: invoer.trefwoorden,
      talen: invoer.talen,
      links: invoer.links,
      updatedAt: new Date(),
    };
    // The version check is in the write itself, so a save that raced past the read above still loses.
    const [na] =
      input.versie === 0
        ? await tx
            .insert(profielen)
            .values({ accountId, ...values, versie: 1 })
            .onConflictDoNothing()
            .returning({ versie: profielen.versie })
        : await tx
            .update(profielen)
            .set({ ...values, versie: sql`${profielen.versie} + 1` })
            .where(and(eq(profielen.accountId, accountId), eq(profielen.versie, input.versie)))
            .returning({ versie: profielen.versie });
    if (!na) return { ok: false, reden: 'verouderd', huidig: (await loadProfiel(tx, accountId)) ?? huidig };

    await tx.delete(profielThemas).where(eq(profielThemas.accountId, accountId));
    await tx.delete(affiliaties).where(eq(affiliaties.accountId, accountId));
    await tx.delete(beschikbaarheden).where(eq(beschikbaarheden.accountId, accountId));
    if (invoer.themas.length) await tx.insert(profielThemas).values(invoer.themas.map((themaCode) => ({ accountId, themaCode })));
    if (invoer.affiliaties.length) {
      await tx
        .insert(affiliaties)
        .values(invoer.affiliaties.map((a) => ({ accountId, organisatieId: a.organisatieId, onderdeelId: a.onderdeelId ?? null, rol: a.rol ?? null })));
    }
    if (invoer.beschikbaarheden.length) {
      await tx
        .insert(beschikbaarheden)
        .values(invoer.beschikbaarheden.map((b) => ({ accountId, van: b.van, tot: b.tot, toelichting: b.toelichting ?? null })));
    }
    await recordAudit(tx, {
      actor,
      actie: 'profiel.gewijzigd',
      objectType: 'profiel',
      objectId: accountId,
      betreftAccountId: accountId,
      voor: { ...voor },
      na: { ...invoer },
      requestId: input.requestId,
    });
    return { ok: true, versie: na.versie, gewijzigd: true };
  });
}
