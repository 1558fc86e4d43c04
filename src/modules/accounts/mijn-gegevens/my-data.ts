import { collectMarktplaats } from './my-data-marktplaats.ts';
import { and, asc, count, desc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { lidmaatschappen, lidmaatschapsverzoeken, uitnodigingen } from '../../lidmaatschappen/index.ts';
import { organisaties } from '../../organisaties/index.ts';
import { onderdeelContactpersonen, onderdelen } from '../../organisaties/schema.ts';
import { affiliaties, beschikbaarheden, profielen, profielThemas } from '../../personen/schema.ts';
import { regios } from '../../taxonomie/index.ts';
import { accounts, apiTokens, externeIdentiteiten, platformrollen, sessies } from '../schema.ts';

/**
 * Everything the platform stores about one person, gathered for "Mijn gegevens" (AVG art. 15) and
 * the JSON download (art. 20). Hashes, secrets and the subject of an external login are left out:
 * they identify nothing for the person and would only help an attacker who got hold of the file.
 * Nothing about other people is included (who invited the person, for instance).
 */
export type MyData = Awaited<ReturnType<typeof collectMyData>>;

export async function collectMyData(db: Db, accountId: string) {
  const [account] = await db
    .select({
      id: accounts.id,
      email: accounts.email,
      naam: accounts.naam,
      persoonstype: accounts.persoonstype,
      taal: accounts.taal,
      profielOpenbaar: accounts.profielOpenbaar,
      aangemaaktOp: accounts.createdAt,
      emailGeverifieerdOp: accounts.emailGeverifieerdOp,
      tweedeFactorAanSinds: accounts.totpAanSinds,
      wachtwoordHash: accounts.wachtwoordHash,
      verwijderdOp: accounts.verwijderdOp,
      versie: accounts.versie,
    })
    .from(accounts)
    .where(eq(accounts.id, accountId))
    .limit(1);
  if (!account || account.verwijderdOp) return undefined;
  const { wachtwoordHash, verwijderdOp: _verwijderd, ...rest } = account;
  const email = account.email ?? '';

  const [leden, rollen, identiteiten, tokens, [sessieTelling], verzoeken, ontvangen] = await Promise.all([
    db
      .select({ organisatie: organisaties.naam, slug: organisaties.slug, rol: lidmaatschappen.rol, bron: lidmaatschappen.bron, sinds: lidmaatschappen.createdAt })
      .from(lidmaatschappen)
      .innerJoin(organisaties, eq(organisaties.id, lidmaatschappen.organisatieId))
      .where(eq(lidmaatschappen.accountId, accountId))
      .orderBy(asc(organisaties.naam)),
    db
      .select({ rol: platformrollen.rol, regioCode: platformrollen.regioCode, regio: regios.naam, sinds: platformrollen.createdAt })
      .from(platformrollen)
      .leftJoin(regios, eq(regios.code, platformrollen.regioCode))
      .where(eq(platformrollen.accountId, accountId))
      .orderBy(asc(platformrollen.rol)),
    db
      .select({ provider: externeIdentiteiten.provider, sinds: externeIdentiteiten.createdAt, laatstGebruiktOp: externeIdentiteiten.laatstGebruiktOp })
      .from(externeIdentiteiten)
      .where(eq(externeIdentiteiten.accountId, accountId))
      .orderBy(asc(externeIdentiteiten.provider)),
    db
      .select({
        naam: apiTokens.naam,
        prefix: apiTokens.prefix,
        scopes: apiTokens.scopes,
        aangemaaktOp: apiTokens.createdAt,
        verlooptOp: apiTokens.verlooptOp,
        laatstGebruiktOp: apiTokens.laatstGebruiktOp,
        ingetrokkenOp: apiTokens.ingetrokkenOp,
      })
      .from(apiTokens)
      .where(eq(apiTokens.accountId, accountId))
      .orderBy(desc(apiTokens.createdAt)),
    db
      .select({ n: count() })
      .from(sessies)
      .where(and(eq(sessies.accountId, accountId), eq(sessies.status, 'actief'), gt(sessies.verlooptOp, new Date()))),
    db
      .select({
        organisatie: organisaties.naam,
        slug: organisaties.slug,
        status: lidmaatschapsverzoeken.status,
        toelichting: lidmaatschapsverzoeken.toelichting,
        aangemaaktOp: lidmaatschapsverzoeken.createdAt,
        beslistOp: lidmaatschapsverzoeken.beslistOp,
      })
      .from(lidmaatschapsverzoeken)
      .innerJoin(organisaties, eq(organisaties.id, lidmaatschapsverzoeken.organisatieId))
      .where(eq(lidmaatschapsverzoeken.accountId, accountId))
      .orderBy(desc(lidmaatschapsverzoeken.createdAt)),
    email
      ? db
          .select({
            organisatie: organisaties.naam,
            slug: organisaties.slug,
            rol: uitnodigingen.rol,
            aangemaaktOp: uitnodigingen.createdAt,
            verlooptOp: uitnodigingen.verlooptOp,
            geaccepteerdOp: uitnodigingen.geaccepteerdOp,
            ingetrokkenOp: uitnodigingen.ingetrokkenOp,
          })
          .from(uitnodigingen)
          .innerJoin(organisaties, eq(organisaties.id, uitnodigingen.organisatieId))
          .where(sql`lower(${uitnodigingen.email}) = ${email.toLowerCase()}`)
          .orderBy(desc(uitnodigingen.createdAt))
      : Promise.resolve([]),
  ]);
  const [profiel, marktplaats] = await Promise.all([collectProfiel(db, accountId), collectMarktplaats(db, accountId)]);
  const now = Date.now();
  return {
    account: { ...rest, heeftWachtwoord: wachtwoordHash !== null },
    lidmaatschappen: leden,
    profiel,
    platformrollen: rollen,
    externeIdentiteiten: identiteiten,
    apiTokens: tokens,
    sessies: { actief: sessieTelling?.n ?? 0 },
    lidmaatschapsverzoeken: verzoeken,
    marktplaats,
    uitnodigingen: ontvangen.map((u) => ({
      ...u,
      status: u.geaccepteerdOp
        ? ('geaccepteerd' as const)
        : u.ingetrokkenOp
          ? ('ingetrokken' as const)
          : u.verlooptOp.getTime() <= now
            ? ('verlopen' as const)
            : ('open' as const),
    })),
  };
}

/** The profile (/account/profiel) and the units the person is a contact person of. */
async function collectProfiel(db: Db, accountId: string) {
  const [[eigen], themas, affs, periodes, contactVan] = await Promise.all([
    db
      .select({
        expertiseNl: profielen.expertiseNl,
        expertiseEn: profielen.expertiseEn,
        trefwoorden: profielen.trefwoorden,
        talen: profielen.talen,
        links: profielen.links,
        versie: profielen.versie,
        bijgewerktOp: profielen.updatedAt,
      })
      .from(profielen)
      .where(eq(profielen.accountId, accountId)),
    db.select({ code: profielThemas.themaCode }).from(profielThemas).where(eq(profielThemas.accountId, accountId)).orderBy(asc(profielThemas.themaCode)),
    db
      .select({ organisatie: organisaties.naam, slug: organisaties.slug, onderdeel: onderdelen.naam, rol: affiliaties.rol })
      .from(affiliaties)
      .innerJoin(organisaties, eq(organisaties.id, affiliaties.organisatieId))
      .leftJoin(onderdelen, eq(onderdelen.id, affiliaties.onderdeelId))
      .where(eq(affiliaties.accountId, accountId))
      .orderBy(asc(organisaties.naam)),
    db
      .select({ van: beschikbaarheden.van, tot: beschikbaarheden.tot, toelichting: beschikbaarheden.toelichting })
      .from(beschikbaarheden)
      .where(eq(beschikbaarheden.accountId, accountId))
      .orderBy(asc(beschikbaarheden.van)),
    db
      .select({ onderdeel: onderdelen.naam, organisatie: organisaties.naam })
      .from(onderdeelContactpersonen)
      .innerJoin(onderdelen, eq(onderdelen.id, onderdeelContactpersonen.onderdeelId))
      .innerJoin(organisaties, eq(organisaties.id, onderdelen.organisatieId))
      .where(eq(onderdeelContactpersonen.accountId, accountId))
      .orderBy(asc(organisaties.naam), asc(onderdelen.naam)),
  ]);
  return {
    expertiseNl: eigen?.expertiseNl ?? null,
    expertiseEn: eigen?.expertiseEn ?? null,
    trefwoorden: eigen?.trefwoorden ?? [],
    talen: eigen?.talen ?? [],
    links: eigen?.links ?? [],
    bijgewerktOp: eigen?.bijgewerktOp ?? null,
    themas: themas.map((t) => t.code),
    affiliaties: affs,
    beschikbaarheden: periodes,
    contactpersoonVan: contactVan,
  };
}
