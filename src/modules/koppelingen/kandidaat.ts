import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { accounts } from '../accounts/schema.ts';
import { aanbod } from '../aanbod/schema.ts';
import type { KandidaatSoort } from '../matching/schema.ts';
import { onderdeelContactpersonen, onderdelen, organisaties, type OnderdeelSoort } from '../organisaties/schema.ts';
import { profielen } from '../personen/schema.ts';
import type { KandidaatZijde } from './policy.ts';
import type { Kandidaat } from './queries.ts';

/**
 * A candidate before there is a koppeling: what the propose form shows, its side (for the policy),
 * and whether it may be suggested at all. The same rule as the matching index (migration 0009,
 * ip_matching_index): published aanbod; onderdelen of education of the kinds that take questions;
 * people with a public profile. Anything else cannot be proposed, and is not disclosed either.
 */
export type KandidaatVoorVoorstel = { kandidaat: Kandidaat; zijde: KandidaatZijde; voorstelbaar: boolean };

const voorstelbareOnderdelen: readonly OnderdeelSoort[] = ['lectoraat', 'leerstoel', 'opleiding', 'lab', 'faculteit'];

export async function kandidaatLaden(db: Db, soort: KandidaatSoort, id: string): Promise<KandidaatVoorVoorstel | undefined> {
  const basis = { soort, id, titelNl: null, titelEn: null, naam: null, aanbodSoort: null, organisatieId: null, organisatieNaam: null, pad: null, verwijderd: false };
  if (soort === 'aanbod') {
    const [a] = await db
      .select({ a: aanbod, organisatieNaam: organisaties.naam, eigenaar: accounts.naam })
      .from(aanbod)
      .leftJoin(organisaties, eq(organisaties.id, aanbod.organisatieId))
      .leftJoin(accounts, eq(accounts.id, aanbod.aangemaaktDoor))
      .where(eq(aanbod.id, id));
    if (!a) return undefined;
    const voorstelbaar = a.a.status === 'gepubliceerd';
    return {
      kandidaat: {
        ...basis,
        titelNl: a.a.titelNl,
        titelEn: a.a.titelEn,
        aanbodSoort: a.a.soort,
        organisatieId: a.a.organisatieId,
        organisatieNaam: a.organisatieNaam ?? a.eigenaar,
        pad: voorstelbaar ? `/aanbod/${id}` : null,
      },
      zijde: { soort: 'aanbod', aangemaaktDoor: a.a.aangemaaktDoor, organisatieId: a.a.organisatieId },
      voorstelbaar,
    };
  }
  if (soort === 'onderdeel') {
    const [o] = await db
      .select({ o: onderdelen, organisatie: { naam: organisaties.naam, slug: organisaties.slug, soort: organisaties.soort } })
      .from(onderdelen)
      .innerJoin(organisaties, eq(organisaties.id, onderdelen.organisatieId))
      .where(eq(onderdelen.id, id));
    if (!o) return undefined;
    const contacten = await db.select({ id: onderdeelContactpersonen.accountId }).from(onderdeelContactpersonen).where(eq(onderdeelContactpersonen.onderdeelId, id));
    return {
      kandidaat: { ...basis, naam: o.o.naam, organisatieId: o.o.organisatieId, organisatieNaam: o.organisatie.naam, pad: `/organisaties/${o.organisatie.slug}/onderdelen/${o.o.slug}` },
      zijde: { soort: 'onderdeel', organisatieId: o.o.organisatieId, contactpersoonIds: contacten.map((c) => c.id) },
      voorstelbaar: o.organisatie.soort !== 'rijksorganisatie' && voorstelbareOnderdelen.includes(o.o.soort),
    };
  }
  const [p] = await db
    .select({ naam: accounts.naam, openbaar: accounts.profielOpenbaar, verwijderdOp: accounts.verwijderdOp, profiel: profielen.accountId })
    .from(accounts)
    .leftJoin(profielen, eq(profielen.accountId, accounts.id))
    .where(eq(accounts.id, id));
  if (!p) return undefined;
  const voorstelbaar = p.openbaar && p.verwijderdOp === null && p.profiel !== null;
  return {
    kandidaat: { ...basis, naam: p.verwijderdOp ? null : p.naam, verwijderd: p.verwijderdOp !== null, pad: voorstelbaar ? `/personen/${id}` : null },
    zijde: { soort: 'persoon', persoonId: id },
    voorstelbaar,
  };
}
