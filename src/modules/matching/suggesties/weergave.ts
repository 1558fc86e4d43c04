import { and, asc, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { accounts } from '../../accounts/schema.ts';
import { aanbod } from '../../aanbod/schema.ts';
import { onderdelen, organisaties } from '../../organisaties/schema.ts';
import { affiliaties } from '../../personen/schema.ts';
import { provincies } from '../../taxonomie/schema.ts';
import type { VraagstukResource } from '../../vraagstukken/index.ts';
import { vraagstukContactpersonen, vraagstukken } from '../../vraagstukken/schema.ts';
import type { KandidaatSoort } from '../schema.ts';

/** What a page shows of a suggested candidate or vraagstuk, and where it links to. */
export type KandidaatWeergave = {
  soort: KandidaatSoort | 'vraagstuk';
  id: string;
  titel: string;
  /** The organisatie it belongs to (for a person: the organisaties they are affiliated with). */
  ondertitel: string | null;
  /** Path of its page without locale prefix: '/aanbod/<id>', '/organisaties/<slug>/onderdelen/<slug>', '/personen/<id>', '/vraagstukken/<id>'. */
  pad: string;
  regioCode: string | null;
};

/** The kinds of onderdeel that are suggested (the same list as ip_matching_index in migration 0009). */
const suggereerbareOnderdeelSoorten = ['lectoraat', 'leerstoel', 'opleiding', 'lab', 'faculteit'] as const;

export const weergaveSleutel = (soort: string, id: string) => `${soort}:${id}`;

/**
 * The display data of candidates, three queries at most (one per kind). Only what may still be
 * suggested comes back: published aanbod, onderdelen of education of a suggested kind, people whose
 * profile is public and whose account is not deleted. The rest is left out of the map, so that a
 * stored row whose candidate was unpublished a moment ago is skipped rather than shown.
 */
export async function kandidatenWeergave(db: Db, refs: readonly { soort: KandidaatSoort; id: string }[]): Promise<Map<string, KandidaatWeergave>> {
  const ids = (soort: KandidaatSoort) => [...new Set(refs.filter((r) => r.soort === soort).map((r) => r.id))];
  const uit = new Map<string, KandidaatWeergave>();
  const aanbodIds = ids('aanbod');
  if (aanbodIds.length) {
    const rijen = await db
      .select({ id: aanbod.id, titelNl: aanbod.titelNl, titelEn: aanbod.titelEn, organisatie: organisaties.naam, regioCode: aanbod.regioCode })
      .from(aanbod)
      .leftJoin(organisaties, eq(organisaties.id, aanbod.organisatieId))
      .where(and(inArray(aanbod.id, aanbodIds), eq(aanbod.status, 'gepubliceerd')));
    for (const r of rijen) {
      uit.set(weergaveSleutel('aanbod', r.id), { soort: 'aanbod', id: r.id, titel: r.titelNl ?? r.titelEn ?? '', ondertitel: r.organisatie, pad: `/aanbod/${r.id}`, regioCode: r.regioCode });
    }
  }
  const onderdeelIds = ids('onderdeel');
  if (onderdeelIds.length) {
    const rijen = await db
      .select({ id: onderdelen.id, naam: onderdelen.naam, slug: onderdelen.slug, organisatie: organisaties.naam, organisatieSlug: organisaties.slug, regioCode: provincies.regioCode })
      .from(onderdelen)
      .innerJoin(organisaties, eq(organisaties.id, onderdelen.organisatieId))
      .innerJoin(provincies, eq(provincies.naam, organisaties.provincie))
      .where(and(inArray(onderdelen.id, onderdeelIds), ne(organisaties.soort, 'rijksorganisatie'), inArray(onderdelen.soort, [...suggereerbareOnderdeelSoorten])));
    for (const r of rijen) {
      uit.set(weergaveSleutel('onderdeel', r.id), {
        soort: 'onderdeel',
        id: r.id,
        titel: r.naam,
        ondertitel: r.organisatie,
        pad: `/organisaties/${r.organisatieSlug}/onderdelen/${r.slug}`,
        regioCode: r.regioCode,
      });
    }
  }
  const persoonIds = ids('persoon');
  if (persoonIds.length) {
    const personen = await db
      .select({ id: accounts.id, naam: accounts.naam })
      .from(accounts)
      .where(and(inArray(accounts.id, persoonIds), eq(accounts.profielOpenbaar, true), isNull(accounts.verwijderdOp)));
    const affs = personen.length
      ? await db
          .select({ accountId: affiliaties.accountId, organisatie: organisaties.naam, regioCode: provincies.regioCode })
          .from(affiliaties)
          .innerJoin(organisaties, eq(organisaties.id, affiliaties.organisatieId))
          .innerJoin(provincies, eq(provincies.naam, organisaties.provincie))
          .where(inArray(affiliaties.accountId, personen.map((p) => p.id)))
          .orderBy(asc(organisaties.naam))
      : [];
    for (const p of personen) {
      const eigen = affs.filter((a) => a.accountId === p.id);
      const namen = [...new Set(eigen.map((a) => a.organisatie))];
      uit.set(weergaveSleutel('persoon', p.id), {
        soort: 'persoon',
        id: p.id,
        titel: p.naam,
        ondertitel: namen.length ? namen.join(', ') : null,
        pad: `/personen/${p.id}`,
        regioCode: eigen[0]?.regioCode ?? null,
      });
    }
  }
  return uit;
}

export type VraagstukWeergave = KandidaatWeergave & { resource: VraagstukResource };

/**
 * Suggested vraagstukken (for an aanbod item) with what the vraagstukken policy needs to decide who
 * may see each one, in two queries. Only open ones (gepubliceerd, in-gesprek) come back.
 */
export async function vraagstukkenWeergave(db: Db, ids: readonly string[]): Promise<Map<string, VraagstukWeergave>> {
  const uit = new Map<string, VraagstukWeergave>();
  if (ids.length === 0) return uit;
  const rijen = await db
    .select({
      id: vraagstukken.id,
      titelNl: vraagstukken.titelNl,
      titelEn: vraagstukken.titelEn,
      organisatie: organisaties.naam,
      organisatieId: vraagstukken.organisatieId,
      regioCode: vraagstukken.regioCode,
      status: vraagstukken.status,
      vertrouwelijkheid: vraagstukken.vertrouwelijkheid,
      aangemaaktDoor: vraagstukken.aangemaaktDoor,
    })
    .from(vraagstukken)
    .innerJoin(organisaties, eq(organisaties.id, vraagstukken.organisatieId))
    .where(and(inArray(vraagstukken.id, [...new Set(ids)]), inArray(vraagstukken.status, ['gepubliceerd', 'in-gesprek'])));
  const contacten = rijen.length
    ? await db
        .select({ vraagstukId: vraagstukContactpersonen.vraagstukId, accountId: vraagstukContactpersonen.accountId })
        .from(vraagstukContactpersonen)
        .where(inArray(vraagstukContactpersonen.vraagstukId, rijen.map((r) => r.id)))
    : [];
  for (const r of rijen) {
    uit.set(r.id, {
      soort: 'vraagstuk',
      id: r.id,
      titel: r.titelNl ?? r.titelEn ?? '',
      ondertitel: r.organisatie,
      pad: `/vraagstukken/${r.id}`,
      regioCode: r.regioCode,
      resource: {
        organisatieId: r.organisatieId,
        regioCode: r.regioCode,
        status: r.status,
        vertrouwelijkheid: r.vertrouwelijkheid,
        aangemaaktDoor: r.aangemaaktDoor,
        contactpersoonIds: contacten.filter((c) => c.vraagstukId === r.id).map((c) => c.accountId),
      },
    });
  }
  return uit;
}
