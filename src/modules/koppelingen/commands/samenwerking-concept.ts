import { and, asc, eq, gte, ne } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { aanbod, aanbodPeriodes } from '../../aanbod/schema.ts';
import { lidmaatschappen } from '../../lidmaatschappen/schema.ts';
import { organisaties } from '../../organisaties/schema.ts';
import { affiliaties } from '../../personen/schema.ts';
import { vraagstukken } from '../../vraagstukken/schema.ts';
import type { KoppelingVolledig } from '../queries.ts';

/**
 * What the 'samenwerking-concept' event carries: what the samenwerkingen module needs to draft the
 * collaboration, as it was at the moment both sides accepted (the vraagstuk or the aanbod may change
 * later; the draft starts from what was agreed to).
 * - vormCodes: the forms both the vraagstuk and the aanbod allow, or else the vraagstuk's;
 * - periode: the first run of the aanbod that ends on or after the vraagstuk's earliest start (the
 *   matched period), or else the vraagstuk's own window (earliest start plus its duration);
 * - partnerOrganisatieId: the organisatie of the aanbod or the onderdeel; for a person, the
 *   education organisatie they are a member of or affiliated with (null when there is none).
 */
export type SamenwerkingConceptGegevens = {
  vraagstukId: string;
  vraagstukTitel: string | null;
  organisatieId: string;
  kandidaatSoort: string;
  kandidaatId: string;
  kandidaatTitel: string | null;
  partnerOrganisatieId: string | null;
  vormCodes: string[];
  periode: { van: string | null; tot: string | null; label?: string };
  aantalStudenten: number | null;
  deelnemers: string[];
};

const plusWeken = (datum: string, weken: number): string => {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + weken * 7);
  return d.toISOString().slice(0, 10);
};

async function onderwijsorganisatieVan(tx: Db, accountId: string): Promise<string | null> {
  const [lid] = await tx
    .select({ id: lidmaatschappen.organisatieId })
    .from(lidmaatschappen)
    .innerJoin(organisaties, eq(organisaties.id, lidmaatschappen.organisatieId))
    .where(and(eq(lidmaatschappen.accountId, accountId), ne(organisaties.soort, 'rijksorganisatie')))
    .orderBy(asc(lidmaatschappen.organisatieId))
    .limit(1);
  if (lid) return lid.id;
  const [aff] = await tx
    .select({ id: affiliaties.organisatieId })
    .from(affiliaties)
    .innerJoin(organisaties, eq(organisaties.id, affiliaties.organisatieId))
    .where(and(eq(affiliaties.accountId, accountId), ne(organisaties.soort, 'rijksorganisatie')))
    .limit(1);
  return aff?.id ?? null;
}

export async function samenwerkingConceptGegevens(tx: Db, k: KoppelingVolledig, deelnemers: string[]): Promise<SamenwerkingConceptGegevens> {
  const [v] = await tx
    .select({ vormCodes: vraagstukken.vormCodes, aantalStudenten: vraagstukken.aantalStudenten, vroegsteStart: vraagstukken.vroegsteStart, duurWeken: vraagstukken.duurWeken })
    .from(vraagstukken)
    .where(eq(vraagstukken.id, k.vraagstukId));
  let vormCodes = v!.vormCodes;
  let aantalStudenten = v!.aantalStudenten;
  let periode: SamenwerkingConceptGegevens['periode'] = {
    van: v!.vroegsteStart,
    tot: v!.vroegsteStart && v!.duurWeken ? plusWeken(v!.vroegsteStart, v!.duurWeken) : null,
  };
  let partnerOrganisatieId: string | null = k.kandidaat.organisatieId;
  if (k.aanbodId) {
    const [a] = await tx.select({ vormCodes: aanbod.vormCodes, aantalStudenten: aanbod.aantalStudenten }).from(aanbod).where(eq(aanbod.id, k.aanbodId));
    const gedeeld = v!.vormCodes.filter((c) => a!.vormCodes.includes(c));
    if (gedeeld.length > 0) vormCodes = gedeeld;
    aantalStudenten ??= a!.aantalStudenten;
    const vanaf = v!.vroegsteStart ?? new Date().toISOString().slice(0, 10);
    const [run] = await tx
      .select({ label: aanbodPeriodes.label, van: aanbodPeriodes.van, tot: aanbodPeriodes.tot })
      .from(aanbodPeriodes)
      .where(and(eq(aanbodPeriodes.aanbodId, k.aanbodId), gte(aanbodPeriodes.tot, vanaf)))
      .orderBy(asc(aanbodPeriodes.van))
      .limit(1);
    if (run) periode = { van: run.van, tot: run.tot, label: run.label };
  } else if (k.persoonId) {
    partnerOrganisatieId = await onderwijsorganisatieVan(tx, k.persoonId);
  }
  return {
    vraagstukId: k.vraagstukId,
    vraagstukTitel: k.vraagstuk.titelNl ?? k.vraagstuk.titelEn,
    organisatieId: k.vraagstuk.organisatieId,
    kandidaatSoort: k.kandidaatSoort,
    kandidaatId: k.kandidaat.id,
    kandidaatTitel: k.kandidaat.soort === 'aanbod' ? (k.kandidaat.titelNl ?? k.kandidaat.titelEn) : k.kandidaat.naam,
    partnerOrganisatieId,
    vormCodes: [...vormCodes],
    periode,
    aantalStudenten,
    deelnemers: [...new Set(deelnemers)],
  };
}
