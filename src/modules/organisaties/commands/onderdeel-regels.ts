import { and, eq, inArray, like, or } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { slugify } from '../../../platform/slug.ts';
import { lidmaatschappen } from '../../lidmaatschappen/schema.ts';
import { themas } from '../../taxonomie/schema.ts';
import type { OnderdeelInvoer } from '../onderdeel.schema.ts';
import { onderdeelContactpersonen, onderdelen, onderdeelThemas } from '../schema.ts';
import type { VeldFout } from './context.ts';

/** Rules shared by creating and editing an onderdeel. */

// Path segments of the onderdelen pages that an onderdeel slug may not take.
const gereserveerd = new Set(['nieuw']);

/** A slug from the name, unique within the organisatie: 'lectoraat-x', then 'lectoraat-x-2', '-3', ... */
export async function uniekeSlug(tx: Db, organisatieId: string, naam: string): Promise<string> {
  const base = slugify(naam).slice(0, 70) || 'onderdeel';
  const taken = new Set(
    (
      await tx
        .select({ slug: onderdelen.slug })
        .from(onderdelen)
        .where(and(eq(onderdelen.organisatieId, organisatieId), or(eq(onderdelen.slug, base), like(onderdelen.slug, `${base}-%`))))
    ).map((r) => r.slug),
  );
  if (!taken.has(base) && !gereserveerd.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * What needs the data: the parent is an onderdeel of the same organisatie and not the onderdeel
 * itself or one of its descendants (no cycles); the themes exist; contact people are members.
 */
export async function controleer(tx: Db, organisatieId: string, invoer: OnderdeelInvoer, zelfId?: string): Promise<VeldFout[]> {
  const fouten: VeldFout[] = [];
  if (invoer.bovenliggendId) {
    const alle = await tx
      .select({ id: onderdelen.id, bovenliggendId: onderdelen.bovenliggendId })
      .from(onderdelen)
      .where(eq(onderdelen.organisatieId, organisatieId));
    const parentOf = new Map(alle.map((o) => [o.id, o.bovenliggendId]));
    if (!parentOf.has(invoer.bovenliggendId)) {
      fouten.push({ veld: 'bovenliggendId', key: 'organisaties.fouten.bovenliggendOnderdeel', soort: 'ongeldig' });
    } else if (zelfId) {
      // Walk up from the chosen parent: meeting this onderdeel means it would sit under itself.
      const seen = new Set<string>();
      for (let at: string | null | undefined = invoer.bovenliggendId; at && !seen.has(at); at = parentOf.get(at)) {
        if (at === zelfId) {
          fouten.push({ veld: 'bovenliggendId', key: 'organisaties.fouten.kringloop', soort: 'conflict' });
          break;
        }
        seen.add(at);
      }
    }
  }
  if (invoer.themas.length > 0) {
    const bekend = await tx.select({ code: themas.code }).from(themas).where(inArray(themas.code, invoer.themas));
    if (bekend.length !== invoer.themas.length) fouten.push({ veld: 'themas', key: 'organisaties.fouten.thema', soort: 'ongeldig' });
  }
  if (invoer.contactpersonen.length > 0) {
    const leden = await tx
      .select({ accountId: lidmaatschappen.accountId })
      .from(lidmaatschappen)
      .where(and(eq(lidmaatschappen.organisatieId, organisatieId), inArray(lidmaatschappen.accountId, invoer.contactpersonen)));
    if (leden.length !== invoer.contactpersonen.length) {
      fouten.push({ veld: 'contactpersonen', key: 'organisaties.fouten.contactpersoon', soort: 'ongeldig' });
    }
  }
  return fouten;
}

/** Replaces the themes and contact people of an onderdeel. */
export async function zetKoppelingen(tx: Db, onderdeelId: string, invoer: OnderdeelInvoer): Promise<void> {
  await tx.delete(onderdeelThemas).where(eq(onderdeelThemas.onderdeelId, onderdeelId));
  await tx.delete(onderdeelContactpersonen).where(eq(onderdeelContactpersonen.onderdeelId, onderdeelId));
  if (invoer.themas.length > 0) await tx.insert(onderdeelThemas).values(invoer.themas.map((themaCode) => ({ onderdeelId, themaCode })));
  if (invoer.contactpersonen.length > 0) {
    await tx.insert(onderdeelContactpersonen).values(invoer.contactpersonen.map((accountId) => ({ onderdeelId, accountId })));
  }
}

export async function koppelingenVan(tx: Db, onderdeelId: string) {
  const [t, c] = await Promise.all([
    tx.select({ code: onderdeelThemas.themaCode }).from(onderdeelThemas).where(eq(onderdeelThemas.onderdeelId, onderdeelId)),
    tx.select({ id: onderdeelContactpersonen.accountId }).from(onderdeelContactpersonen).where(eq(onderdeelContactpersonen.onderdeelId, onderdeelId)),
  ]);
  return { themas: t.map((r) => r.code).sort(), contactpersonen: c.map((r) => r.id).sort() };
}

export const onderdeelAudit = (o: { soort: string; naam: string; slug: string; bovenliggendId: string | null; beschrijvingNl: string | null; beschrijvingEn: string | null }, k: { themas: string[]; contactpersonen: string[] }) => ({
  soort: o.soort,
  naam: o.naam,
  slug: o.slug,
  bovenliggendId: o.bovenliggendId,
  beschrijvingNl: o.beschrijvingNl,
  beschrijvingEn: o.beschrijvingEn,
  themas: k.themas,
  contactpersonen: k.contactpersonen,
});
