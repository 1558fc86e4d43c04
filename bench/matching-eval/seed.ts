import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client.ts';
import { accounts } from '../../src/modules/accounts/schema.ts';
import { aanbod, aanbodPeriodes } from '../../src/modules/aanbod/schema.ts';
import { onderdeelThemas, onderdelen, organisaties } from '../../src/modules/organisaties/schema.ts';
import { affiliaties, beschikbaarheden, profielen, profielThemas } from '../../src/modules/personen/schema.ts';
import { provincies } from '../../src/modules/taxonomie/schema.ts';
import { vraagstukken } from '../../src/modules/vraagstukken/schema.ts';
import { slugify } from '../../src/platform/slug.ts';
import type { AanbodKandidaat, EvalSet, OnderdeelKandidaat, PersoonKandidaat } from './load.ts';

/** Where each key of the set ended up: `soort:id` (as the engine names a candidate) <-> key. */
export type Geladen = {
  kandidaatSleutel: Map<string, string>;
  vraagstukId: Map<string, string>;
};

export const kandidaatRef = (soort: string, id: string) => `${soort}:${id}`;

/**
 * Every row gets the same, fixed timestamps (a month before the peildatum), so that the freshness
 * signal cannot favour whichever candidate happened to be written last.
 */
const gepubliceerdOp = new Date('2026-10-01T09:00:00Z');
const vraagGepubliceerdOp = new Date('2026-11-02T09:00:00Z');

/** Writes the evaluation set into a migrated database that holds the reference data. */
export async function laadEvaluatieset(db: Db, set: EvalSet): Promise<Geladen> {
  const kandidaatSleutel = new Map<string, string>();
  const vraagstukId = new Map<string, string>();

  await db.transaction(async (tx) => {
    for (const o of set.extraOrganisaties) {
      await tx
        .insert(organisaties)
        .values({ slug: o.sleutel, naam: o.naam, afkorting: o.afkorting ?? null, soort: o.soort, type: (o.type as 'zbo' | undefined) ?? null, provincie: o.provincie, steden: o.steden, bron: 'handmatig' })
        .onConflictDoNothing();
    }
    const orgRows = await tx
      .select({ id: organisaties.id, slug: organisaties.slug, regio: provincies.regioCode })
      .from(organisaties)
      .innerJoin(provincies, eq(provincies.naam, organisaties.provincie));
    const org = new Map(orgRows.map((o) => [o.slug, o]));
    const orgId = (slug: string | null | undefined) => (slug ? org.get(slug)!.id : null);

    const onderdeelId = new Map<string, string>();
    const slugsPerOrg = new Map<string, Set<string>>();
    for (const k of set.kandidaten.filter((x): x is OnderdeelKandidaat & { cluster: string; bestand: string } => x.soort === 'onderdeel')) {
      const organisatieId = orgId(k.organisatie)!;
      const taken = slugsPerOrg.get(organisatieId) ?? new Set<string>();
      slugsPerOrg.set(organisatieId, taken);
      let slug = slugify(k.naam);
      for (let i = 2; taken.has(slug); i++) slug = `${slugify(k.naam)}-${i}`;
      taken.add(slug);
      const [row] = await tx
        .insert(onderdelen)
        .values({ organisatieId, soort: k.onderdeelSoort, naam: k.naam, slug, beschrijvingNl: k.beschrijving ?? null, beschrijvingEn: k.beschrijvingEn ?? null, createdAt: gepubliceerdOp, updatedAt: gepubliceerdOp })
        .returning({ id: onderdelen.id });
      onderdeelId.set(k.sleutel, row!.id);
      kandidaatSleutel.set(kandidaatRef('onderdeel', row!.id), k.sleutel);
      if (k.themas.length > 0) await tx.insert(onderdeelThemas).values(k.themas.map((themaCode) => ({ onderdeelId: row!.id, themaCode })));
    }

    const accountId = new Map<string, string>();
    for (const k of set.kandidaten.filter((x): x is PersoonKandidaat & { cluster: string; bestand: string } => x.soort === 'persoon')) {
      const [row] = await tx
        .insert(accounts)
        .values({ email: `${k.sleutel}@evaluatie.example`, naam: k.naam, persoonstype: k.persoonstype, profielOpenbaar: true, emailGeverifieerdOp: gepubliceerdOp, createdAt: gepubliceerdOp, updatedAt: gepubliceerdOp })
        .returning({ id: accounts.id });
      const id = row!.id;
      accountId.set(k.sleutel, id);
      kandidaatSleutel.set(kandidaatRef('persoon', id), k.sleutel);
      await tx.insert(profielen).values({ accountId: id, expertiseNl: k.expertise ?? null, expertiseEn: k.expertiseEn ?? null, trefwoorden: k.trefwoorden, talen: k.talen, updatedAt: gepubliceerdOp });
      if (k.themas.length > 0) await tx.insert(profielThemas).values(k.themas.map((themaCode) => ({ accountId: id, themaCode })));
      if (k.organisatie) {
        await tx.insert(affiliaties).values({ accountId: id, organisatieId: orgId(k.organisatie)!, onderdeelId: k.onderdeel ? onderdeelId.get(k.onderdeel)! : null, rol: k.rol ?? null });
      }
      if (k.beschikbaar.length > 0) {
        await tx.insert(beschikbaarheden).values(k.beschikbaar.map((b) => ({ accountId: id, van: b.van, tot: b.tot, toelichting: b.toelichting ?? null })));
      }
    }

    for (const k of set.kandidaten.filter((x): x is AanbodKandidaat & { cluster: string; bestand: string } => x.soort === 'aanbod')) {
      // Omitted regio: the organisation's (as the aanbod form defaults it); null: landelijk.
      const regioCode = k.regio === undefined ? (k.organisatie ? org.get(k.organisatie)!.regio : null) : k.regio;
      const [row] = await tx
        .insert(aanbod)
        .values({
          soort: k.aanbodSoort,
          organisatieId: orgId(k.organisatie),
          onderdeelId: k.onderdeel ? onderdeelId.get(k.onderdeel)! : null,
          aangemaaktDoor: k.persoon ? accountId.get(k.persoon)! : null,
          titelNl: k.titel ?? null,
          titelEn: k.titelEn ?? null,
          beschrijvingNl: k.beschrijving ?? null,
          beschrijvingEn: k.beschrijvingEn ?? null,
          geschikteVragenNl: k.geschikteVragen ?? null,
          geschikteVragenEn: k.geschikteVragenEn ?? null,
          themaCodes: k.themas,
          vormCodes: k.vormen,
          niveaus: k.niveaus,
          regioCode,
          opleiding: k.opleiding ?? null,
          aantalStudenten: k.aantalStudenten ?? null,
          aantalTeams: k.aantalTeams ?? null,
          intakeDeadline: k.intakeDeadline ?? null,
          opdrachtsoort: k.opdrachtsoort ?? null,
          vakgebied: k.vakgebied ?? null,
          formaat: k.formaat ?? null,
          kostenEuro: k.kostenEuro ?? null,
          status: 'gepubliceerd',
          gepubliceerdOp,
          createdAt: gepubliceerdOp,
          updatedAt: gepubliceerdOp,
        })
        .returning({ id: aanbod.id });
      kandidaatSleutel.set(kandidaatRef('aanbod', row!.id), k.sleutel);
      if (k.periodes.length > 0) await tx.insert(aanbodPeriodes).values(k.periodes.map((p) => ({ aanbodId: row!.id, ...p })));
    }

    for (const v of set.vraagstukken) {
      const [row] = await tx
        .insert(vraagstukken)
        .values({
          organisatieId: orgId(v.organisatie)!,
          titelNl: v.titel ?? null,
          titelEn: v.titelEn ?? null,
          contextNl: v.context ?? null,
          contextEn: v.contextEn ?? null,
          vraagNl: v.vraag ?? null,
          vraagEn: v.vraagEn ?? null,
          resultaatNl: v.resultaat ?? null,
          resultaatEn: v.resultaatEn ?? null,
          themaCodes: v.themas,
          vormCodes: v.vormen,
          niveaus: v.niveaus,
          regioCode: v.regio,
          landelijk: v.landelijk,
          vroegsteStart: v.vroegsteStart ?? null,
          deadline: v.deadline ?? null,
          duurWeken: v.duurWeken ?? null,
          aantalStudenten: v.aantalStudenten ?? null,
          aantalTeams: v.aantalTeams ?? null,
          diepgang: v.diepgang ?? null,
          vertrouwelijkheid: v.vertrouwelijkheid,
          status: 'gepubliceerd',
          ingediendOp: vraagGepubliceerdOp,
          gepubliceerdOp: vraagGepubliceerdOp,
          createdAt: vraagGepubliceerdOp,
          updatedAt: vraagGepubliceerdOp,
        })
        .returning({ id: vraagstukken.id });
      vraagstukId.set(v.sleutel, row!.id);
    }
  });

  // The triggers indexed every row; the document frequencies (IDF) are refreshed in bulk, as the job does.
  await db.execute(sql`select ip_matching_statistiek_verversen()`);
  // The triggers also queued every row for the suggestions job, which does not run here.
  await db.execute(sql`delete from matching_wachtrij`);
  return { kandidaatSleutel, vraagstukId };
}
