import type { Persoonstype } from '../schema.ts';

/**
 * SURFconext-compatible claim mapping, pure so that it is tested without a provider. SURFconext and
 * other eduGAIN-style providers differ in spelling (`eduperson_affiliation`, `edu_person_affiliations`),
 * in shape (a string or an array) and in scoping ('student@hva.nl'); all of these are accepted.
 */
export type Claims = Record<string, unknown>;

export type MappedIdentity = {
  subject: string;
  email: string | undefined;
  emailVerified: boolean;
  naam: string | undefined;
  /** The home organisation's domain (schac_home_organization), lower-cased. */
  thuisDomein: string | undefined;
  /** Unscoped, lower-cased affiliation values: 'student', 'faculty', 'employee', ... */
  affiliaties: string[];
};

const asStrings = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v.trim() !== '');

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().replace(/\s+/g, ' ') : undefined;

/** 'student@hva.nl' -> 'student'. */
export function affiliationsOf(claims: Claims): string[] {
  const raw = [...asStrings(claims.edu_person_affiliations), ...asStrings(claims.eduperson_affiliation)];
  // Some providers send the scoped variant under its own name only.
  raw.push(...asStrings(claims.eduperson_scoped_affiliation), ...asStrings(claims.edu_person_scoped_affiliations));
  const values = raw.map((v) => v.trim().toLowerCase().split('@')[0]!).filter((v) => v !== '');
  return [...new Set(values)];
}

/** Providers send email_verified as a boolean, and some as the string 'true'. */
function isTrue(value: unknown): boolean {
  return value === true || value === 'true';
}

export function mapClaims(claims: Claims): MappedIdentity {
  const given = text(claims.given_name);
  const family = text(claims.family_name);
  const email = text(claims.email)?.toLowerCase();
  const home = asStrings(claims.schac_home_organization)[0]?.trim().toLowerCase();
  return {
    subject: String(claims.sub ?? ''),
    email: email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && email.length <= 254 ? email : undefined,
    emailVerified: isTrue(claims.email_verified),
    naam: (text(claims.name) ?? ([given, family].filter(Boolean).join(' ') || undefined))?.slice(0, 200),
    thuisDomein: home && home.length <= 253 ? home : undefined,
    affiliaties: affiliationsOf(claims),
  };
}

/**
 * Person type from affiliations and the kind of organisatie the login lands in. Staff of a
 * rijksorganisatie are civil servants; teaching staff elsewhere are teachers; students are students.
 * Nothing that fits (e.g. only 'member' or 'alum') gives no person type: we do not guess.
 */
export function persoonstypeFor(affiliaties: readonly string[], organisatieSoort: string | undefined): Persoonstype | null {
  const has = (a: string) => affiliaties.includes(a);
  const staff = has('employee') || has('staff');
  if (staff && organisatieSoort === 'rijksorganisatie') return 'ambtenaar';
  if (has('faculty')) return 'docent';
  if (has('student')) return 'student';
  if (staff) return 'anders';
  return null;
}
