// Test set-up shared by the matching tests: a vraagstuk and aanbod that suit each other.
import { eq } from 'drizzle-orm';
import { eersteOrganisatie, voegVraagstukToe, type TestOrganisatie } from '../../../../tests/support/marktplaats.ts';
import type { Db } from '../../../db/client.ts';
import type { AccountActor } from '../../../platform/actor.ts';
import { accounts } from '../../accounts/schema.ts';
import { aanbod } from '../../aanbod/schema.ts';
import { onderdeelThemas, onderdelen } from '../../organisaties/schema.ts';
import { affiliaties, profielThemas, profielen } from '../../personen/schema.ts';
import type { vraagstukken } from '../../vraagstukken/schema.ts';

export type MatchingTestData = { rijk: TestOrganisatie; hogeschool: TestOrganisatie };

export async function matchingOrganisaties(db: Db): Promise<MatchingTestData> {
  return { rijk: await eersteOrganisatie(db, 'rijksorganisatie'), hogeschool: await eersteOrganisatie(db, 'hogeschool') };
}

/** A published vraagstuk about archiving chat messages (the same theme, form and level as `archiefAanbod`). */
export function archiefVraagstuk(db: Db, t: MatchingTestData, v: Partial<typeof vraagstukken.$inferInsert> = {}): Promise<string> {
  return voegVraagstukToe(db, t.rijk.id, {
    titelNl: 'Archivering van chatberichten en e-mail',
    contextNl: 'Medewerkers gebruiken chatberichten voor besluiten; die moeten wij bewaren volgens de Archiefwet.',
    vraagNl: 'Hoe archiveren wij chatberichten en e-mail duurzaam, met de juiste bewaartermijnen en metadata?',
    themaCodes: ['informatiehuishouding'],
    vormCodes: ['praktijkopdracht'],
    niveaus: ['hbo-bachelor'],
    regioCode: t.rijk.regio,
    ...v,
  });
}

/** A published course of the hogeschool on archiving e-mail and chat messages. */
export async function archiefAanbod(db: Db, t: MatchingTestData, a: Partial<typeof aanbod.$inferInsert> = {}): Promise<string> {
  const [rij] = await db
    .insert(aanbod)
    .values({
      soort: 'onderwijs',
      organisatieId: t.hogeschool.id,
      titelNl: 'Minor archivering en informatiebeheer',
      beschrijvingNl: 'Studenten onderzoeken de archivering van e-mail en chatberichten, bewaartermijnen en metadata volgens de Archiefwet.',
      themaCodes: ['informatiehuishouding'],
      vormCodes: ['praktijkopdracht'],
      niveaus: ['hbo-bachelor'],
      regioCode: t.hogeschool.regio,
      status: 'gepubliceerd',
      gepubliceerdOp: new Date(),
      ...a,
    })
    .returning({ id: aanbod.id });
  return rij!.id;
}

/** A lectoraat of the hogeschool on digital archiving, with its theme. */
export async function archiefLectoraat(db: Db, t: MatchingTestData): Promise<{ id: string; slug: string }> {
  const [o] = await db
    .insert(onderdelen)
    .values({
      organisatieId: t.hogeschool.id,
      soort: 'lectoraat',
      naam: 'Lectoraat Digitale Archivering',
      slug: 'lectoraat-digitale-archivering',
      beschrijvingNl: 'Onderzoek naar de archivering van e-mail, chatberichten en metadata, en naar bewaartermijnen.',
    })
    .returning({ id: onderdelen.id, slug: onderdelen.slug });
  await db.insert(onderdeelThemas).values({ onderdeelId: o!.id, themaCode: 'informatiehuishouding' });
  return o!;
}

/** A lector of the hogeschool with a public profile about archiving chat messages. */
export async function archiefLector(db: Db, t: MatchingTestData): Promise<string> {
  const [a] = await db
    .insert(accounts)
    .values({ email: `lector-${Date.now()}-${Math.random().toString(36).slice(2)}@example.org`, naam: 'Lies Lector', persoonstype: 'lector', profielOpenbaar: true })
    .returning({ id: accounts.id });
  await db.insert(profielen).values({ accountId: a!.id, expertiseNl: 'Archivering van chatberichten en e-mail; bewaartermijnen en metadata.', trefwoorden: ['archivering'] });
  await db.insert(profielThemas).values({ accountId: a!.id, themaCode: 'informatiehuishouding' });
  await db.insert(affiliaties).values({ accountId: a!.id, organisatieId: t.hogeschool.id, rol: 'lector' });
  return a!.id;
}

export const zetAanbodStatus = (db: Db, id: string, status: 'concept' | 'gepubliceerd') => db.update(aanbod).set({ status }).where(eq(aanbod.id, id));

/** An account actor without roles; give it memberships to make it a partner. */
export function testActor(overrides: Partial<AccountActor> = {}): AccountActor {
  return {
    kind: 'account',
    accountId: '00000000-0000-4000-8000-000000000001',
    naam: 'Test Docent',
    email: 'docent@example.org',
    persoonstype: 'docent',
    platformrollen: [],
    lidmaatschappen: [],
    via: 'sessie',
    scopes: ['read', 'write'],
    tweedeFactorAan: false,
    tweedeFactorVereist: false,
    ...overrides,
  };
}
