import { and, eq, getTableColumns, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/actor.ts';
import { isAccount } from '../../../platform/actor.ts';
import { lidmaatschappen } from '../../lidmaatschappen/schema.ts';
import { onderdelen, organisaties } from '../../organisaties/schema.ts';
import { regios, samenwerkingsvormen, themas } from '../../taxonomie/schema.ts';
import { mayAanmaken, type VraagstukResource } from '../policy.ts';
import { vraagstukContactpersonen, vraagstukGebeurtenissen, vraagstukken, type VraagstukStatus } from '../schema.ts';
import type { VraagstukInvoer } from '../vraagstuk.schema.ts';
import type { VeldFout } from './context.ts';

/** Rules shared by the vraagstuk commands: checks that need the data, the history, the audit shape. */

/**
 * What the schema cannot know: the organisatie is a rijksorganisatie the actor may post for (on an
 * edit, keeping the current one is always allowed), the onderdeel is one of its units, the codes
 * exist, and the contact people are members of the organisatie.
 */
export async function controleer(tx: Db, actor: Actor, invoer: VraagstukInvoer, huidigeOrganisatieId?: string): Promise<VeldFout[]> {
  const fouten: VeldFout[] = [];
  const [organisatie] = await tx.select({ soort: organisaties.soort, samengevoegdIn: organisaties.samengevoegdIn }).from(organisaties).where(eq(organisaties.id, invoer.organisatieId));
  if (!organisatie || organisatie.samengevoegdIn || organisatie.soort !== 'rijksorganisatie') {
    fouten.push({ veld: 'organisatieId', key: 'vraagstukken.fouten.geenRijksorganisatie', soort: 'ongeldig' });
  } else if (invoer.organisatieId !== huidigeOrganisatieId && !mayAanmaken(actor, invoer.organisatieId)) {
    fouten.push({ veld: 'organisatieId', key: 'vraagstukken.fouten.geenLid', soort: 'ongeldig' });
  }
  if (invoer.onderdeelId) {
    const [o] = await tx
      .select({ id: onderdelen.id })
      .from(onderdelen)
      .where(and(eq(onderdelen.id, invoer.onderdeelId), eq(onderdelen.organisatieId, invoer.organisatieId)));
    if (!o) fouten.push({ veld: 'onderdeelId', key: 'vraagstukken.fouten.onderdeelVanAnder', soort: 'ongeldig' });
  }
  if (invoer.themaCodes.length > 0) {
    const bekend = await tx.select({ code: themas.code }).from(themas).where(inArray(themas.code, invoer.themaCodes));
    if (bekend.length !== invoer.themaCodes.length) fouten.push({ veld: 'themaCodes', key: 'vraagstukken.fouten.thema', soort: 'ongeldig' });
  }
  if (invoer.vormCodes.length > 0) {
    const bekend = await tx.select({ code: samenwerkingsvormen.code }).from(samenwerkingsvormen).where(inArray(samenwerkingsvormen.code, invoer.vormCodes));
    if (bekend.length !== invoer.vormCodes.length) fouten.push({ veld: 'vormCodes', key: 'vraagstukken.fouten.vorm', soort: 'ongeldig' });
  }
  const [regio] = await tx.select({ code: regios.code }).from(regios).where(eq(regios.code, invoer.regioCode));
  if (!regio) fouten.push({ veld: 'regioCode', key: 'vraagstukken.fouten.regio', soort: 'ongeldig' });
  if (invoer.contactpersoonIds.length > 0) {
    const leden = await tx
      .select({ id: lidmaatschappen.accountId })
      .from(lidmaatschappen)
      .where(and(eq(lidmaatschappen.organisatieId, invoer.organisatieId), inArray(lidmaatschappen.accountId, invoer.contactpersoonIds)));
    if (leden.length !== invoer.contactpersoonIds.length) fouten.push({ veld: 'contactpersoonIds', key: 'vraagstukken.fouten.contactpersoonGeenLid', soort: 'ongeldig' });
  }
  return fouten;
}

/** The columns an invoer sets (create and edit alike). */
export function kolommen(invoer: VraagstukInvoer) {
  return {
    organisatieId: invoer.organisatieId,
    onderdeelId: invoer.onderdeelId ?? null,
    titelNl: invoer.titelNl ?? null,
    titelEn: invoer.titelEn ?? null,
    contextNl: invoer.contextNl ?? null,
    contextEn: invoer.contextEn ?? null,
    vraagNl: invoer.vraagNl ?? null,
    vraagEn: invoer.vraagEn ?? null,
    resultaatNl: invoer.resultaatNl ?? null,
    resultaatEn: invoer.resultaatEn ?? null,
    themaCodes: invoer.themaCodes,
    vormCodes: invoer.vormCodes,
    niveaus: invoer.niveaus,
    regioCode: invoer.regioCode,
    landelijk: invoer.landelijk,
    vroegsteStart: invoer.vroegsteStart ?? null,
    deadline: invoer.deadline ?? null,
    duurWeken: invoer.duurWeken ?? null,
    diepgang: invoer.diepgang ?? null,
    aantalStudenten: invoer.aantalStudenten ?? null,
    aantalTeams: invoer.aantalTeams ?? null,
    vertrouwelijkheid: invoer.vertrouwelijkheid,
  };
}

export async function zetContactpersonen(tx: Db, vraagstukId: string, ids: readonly string[]): Promise<void> {
  await tx.delete(vraagstukContactpersonen).where(eq(vraagstukContactpersonen.vraagstukId, vraagstukId));
  if (ids.length > 0) await tx.insert(vraagstukContactpersonen).values(ids.map((accountId) => ({ vraagstukId, accountId })));
}

export async function contactpersonenVan(tx: Db, vraagstukId: string): Promise<string[]> {
  const rows = await tx.select({ id: vraagstukContactpersonen.accountId }).from(vraagstukContactpersonen).where(eq(vraagstukContactpersonen.vraagstukId, vraagstukId));
  return rows.map((r) => r.id).sort();
}

/** One line of the visible history. `actor` null: the system (the expiry job). */
export async function gebeurtenis(
  tx: Db,
  g: { vraagstukId: string; actor: Actor | null; soort: string; van: VraagstukStatus | null; naar: VraagstukStatus | null; opmerking?: string | null; op?: Date },
): Promise<void> {
  await tx.insert(vraagstukGebeurtenissen).values({
    vraagstukId: g.vraagstukId,
    actorId: g.actor && isAccount(g.actor) ? g.actor.accountId : null,
    soort: g.soort,
    vanStatus: g.van,
    naarStatus: g.naar,
    opmerking: g.opmerking ?? null,
    ...(g.op ? { op: g.op } : {}),
  });
}

type Rij = typeof vraagstukken.$inferSelect;

// Every column but the generated search vector (large, and nothing a command needs).
export const { zoekvector: _zoekvector, ...zonderZoekvector } = getTableColumns(vraagstukken);

/** The row locked for the rest of the transaction, with what the policy needs. */
export async function vergrendel(tx: Db, id: string): Promise<{ rij: Omit<Rij, 'zoekvector'>; resource: VraagstukResource } | undefined> {
  const [rij] = await tx.select(zonderZoekvector).from(vraagstukken).where(eq(vraagstukken.id, id)).for('update');
  if (!rij) return undefined;
  const contactpersoonIds = await contactpersonenVan(tx, id);
  return { rij, resource: { ...rij, contactpersoonIds } };
}


/** The fields of a vraagstuk that the audit log compares. */
export function auditVelden(rij: Omit<Rij, 'zoekvector'>, contactpersoonIds: readonly string[]) {
  const { createdAt: _c, updatedAt: _u, versie: _v, ...rest } = rij;
  return { ...rest, contactpersoonIds: [...contactpersoonIds].sort() };
}
