import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { accounts } from '../accounts/schema.ts';
import { onderdelen, organisaties } from '../organisaties/schema.ts';
import { themas } from '../taxonomie/schema.ts';
import type { ProfielInvoer, TaalCode } from './profiel.schema.ts';
import { affiliaties, beschikbaarheden, profielen, profielThemas } from './schema.ts';

/**
 * One person's whole profile: the account's name and type, and what the profile adds. `versie` is
 * the profile's version (0 while the person never saved one), the base of every versioned save.
 */
export type Profiel = {
  accountId: string;
  naam: string;
  persoonstype: (typeof accounts.$inferSelect)['persoonstype'];
  openbaar: boolean;
  accountVersie: number;
  versie: number;
  affiliaties: {
    organisatieId: string;
    organisatieNaam: string;
    organisatieSlug: string;
    organisatieSoort: (typeof organisaties.$inferSelect)['soort'];
    onderdeelId: string | null;
    onderdeelNaam: string | null;
    rol: string | null;
  }[];
  themas: { code: string; naamNl: string; naamEn: string }[];
  trefwoorden: string[];
  expertiseNl: string | null;
  expertiseEn: string | null;
  beschikbaarheden: { van: string; tot: string; toelichting: string | null }[];
  talen: TaalCode[];
  links: { label: string; url: string }[];
};

/** The profile of a living account (deleted accounts have none), or undefined. */
export async function loadProfiel(db: Db, accountId: string): Promise<Profiel | undefined> {
  const [row] = await db
    .select({
      accountId: accounts.id,
      naam: accounts.naam,
      persoonstype: accounts.persoonstype,
      openbaar: accounts.profielOpenbaar,
      accountVersie: accounts.versie,
      versie: profielen.versie,
      trefwoorden: profielen.trefwoorden,
      expertiseNl: profielen.expertiseNl,
      expertiseEn: profielen.expertiseEn,
      talen: profielen.talen,
      links: profielen.links,
    })
    .from(accounts)
    .leftJoin(profielen, eq(profielen.accountId, accounts.id))
    .where(and(eq(accounts.id, accountId), isNull(accounts.verwijderdOp)))
    .limit(1);
  if (!row) return undefined;
  // Sequential on purpose: inside a transaction PGlite has one connection.
  const affs = await db
    .select({
      organisatieId: organisaties.id,
      organisatieNaam: organisaties.naam,
      organisatieSlug: organisaties.slug,
      organisatieSoort: organisaties.soort,
      onderdeelId: onderdelen.id,
      onderdeelNaam: onderdelen.naam,
      rol: affiliaties.rol,
    })
    .from(affiliaties)
    .innerJoin(organisaties, eq(organisaties.id, affiliaties.organisatieId))
    .leftJoin(onderdelen, eq(onderdelen.id, affiliaties.onderdeelId))
    .where(eq(affiliaties.accountId, accountId))
    .orderBy(asc(organisaties.naam), asc(affiliaties.id));
  const ths = await db
    .select({ code: themas.code, naamNl: themas.naamNl, naamEn: themas.naamEn })
    .from(profielThemas)
    .innerJoin(themas, eq(themas.code, profielThemas.themaCode))
    .where(eq(profielThemas.accountId, accountId))
    .orderBy(asc(themas.volgorde), asc(themas.code));
  const periodes = await db
    .select({ van: beschikbaarheden.van, tot: beschikbaarheden.tot, toelichting: beschikbaarheden.toelichting })
    .from(beschikbaarheden)
    .where(eq(beschikbaarheden.accountId, accountId))
    .orderBy(asc(beschikbaarheden.van), asc(beschikbaarheden.tot), asc(beschikbaarheden.id));
  return {
    accountId: row.accountId,
    naam: row.naam,
    persoonstype: row.persoonstype,
    openbaar: row.openbaar,
    accountVersie: row.accountVersie,
    versie: row.versie ?? 0,
    affiliaties: affs,
    themas: ths,
    trefwoorden: row.trefwoorden ?? [],
    expertiseNl: row.expertiseNl ?? null,
    expertiseEn: row.expertiseEn ?? null,
    beschikbaarheden: periodes,
    talen: (row.talen ?? []) as TaalCode[],
    links: (row.links ?? []).map((l) => ({ label: l.label, url: l.url })),
  };
}

/** A profile the public may see: the person consented and the account is not deleted. */
export async function loadPubliekProfiel(db: Db, accountId: string): Promise<Profiel | undefined> {
  const profiel = await loadProfiel(db, accountId);
  return profiel?.openbaar ? profiel : undefined;
}

/** The profile as the input shape: what a form or PUT starts from, and what the audit log compares. */
export function alsInvoer(p: Profiel): ProfielInvoer {
  return {
    affiliaties: p.affiliaties.map((a) => ({ organisatieId: a.organisatieId, onderdeelId: a.onderdeelId, rol: a.rol })),
    themas: p.themas.map((t) => t.code),
    trefwoorden: p.trefwoorden,
    expertiseNl: p.expertiseNl,
    expertiseEn: p.expertiseEn,
    beschikbaarheden: p.beschikbaarheden,
    talen: p.talen,
    links: p.links,
  };
}
