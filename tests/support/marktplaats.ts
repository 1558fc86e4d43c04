import { and, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../src/db/client.ts';
import { organisaties, type organisatieSoorten, type rijksorganisatieTypes } from '../../src/modules/organisaties/schema.ts';
import { provincies } from '../../src/modules/taxonomie/schema.ts';
import { vraagstukken } from '../../src/modules/vraagstukken/schema.ts';

/**
 * Set-up the marketplace tests share: an organisatie from the reference data with the regio of its
 * provincie (a verbinder of that regio reviews its vraagstukken), and a vraagstuk written straight
 * into the table (the lists and belangstellingen do not depend on the vraagstuk commands).
 */

export type TestOrganisatie = { id: string; slug: string; naam: string; regio: string };

/** The first organisatie (by slug) of a soort, e.g. the first ministerie: `soort 'rijksorganisatie'`, `type 'ministerie'`. */
export async function eersteOrganisatie(db: Db, soort: (typeof organisatieSoorten)[number], opties: { type?: (typeof rijksorganisatieTypes)[number]; offset?: number } = {}): Promise<TestOrganisatie> {
  const where: SQL[] = [eq(organisaties.soort, soort)];
  if (opties.type) where.push(eq(organisaties.type, opties.type));
  const [o] = await db
    .select({ id: organisaties.id, slug: organisaties.slug, naam: organisaties.naam, regio: provincies.regioCode })
    .from(organisaties)
    .innerJoin(provincies, eq(provincies.naam, organisaties.provincie))
    .where(and(...where))
    .orderBy(organisaties.slug)
    .offset(opties.offset ?? 0)
    .limit(1);
  if (!o) throw new Error(`no organisatie of soort ${soort} in the reference data`);
  return o;
}

/** A published vraagstuk (regio west unless given) with the given fields; returns its id. */
export async function voegVraagstukToe(db: Db, organisatieId: string, v: Partial<typeof vraagstukken.$inferInsert>): Promise<string> {
  const [row] = await db
    .insert(vraagstukken)
    .values({ organisatieId, regioCode: 'west', status: 'gepubliceerd', gepubliceerdOp: new Date(), ...v })
    .returning({ id: vraagstukken.id });
  return row!.id;
}
