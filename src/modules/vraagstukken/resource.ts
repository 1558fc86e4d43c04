import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { aanbod } from '../aanbod/schema.ts';
import { belangstellingen } from '../belangstellingen/schema.ts';
import { koppelingen } from '../koppelingen/schema.ts';
import { onderdeelContactpersonen } from '../organisaties/schema.ts';
import type { VraagstukResource } from './policy.ts';
import { vraagstukContactpersonen, vraagstukken } from './schema.ts';

export type VraagstukKern = VraagstukResource & {
  id: string;
  versie: number;
  titelNl: string | null;
  titelEn: string | null;
  deadline: string | null;
};

/**
 * What every policy check on one vraagstuk needs, in four small queries: the row's deciding
 * fields, its contact people, and who was introduced: the person of an accepted belangstelling, and
 * the candidate's people of an introduced or accepted koppeling (the aanbod's owner, the person, the
 * onderdeel's contact people). Used by the pages and the API of vraagstukken, belangstellingen and
 * koppelingen, so that they decide alike.
 */
export async function laadVraagstukKern(db: Db, id: string): Promise<VraagstukKern | undefined> {
  const [row] = await db
    .select({
      id: vraagstukken.id,
      versie: vraagstukken.versie,
      titelNl: vraagstukken.titelNl,
      titelEn: vraagstukken.titelEn,
      deadline: vraagstukken.deadline,
      organisatieId: vraagstukken.organisatieId,
      regioCode: vraagstukken.regioCode,
      status: vraagstukken.status,
      vertrouwelijkheid: vraagstukken.vertrouwelijkheid,
      aangemaaktDoor: vraagstukken.aangemaaktDoor,
    })
    .from(vraagstukken)
    .where(eq(vraagstukken.id, id));
  if (!row) return undefined;
  const [contacten, geintroduceerd, gekoppeld] = await Promise.all([
    db.select({ id: vraagstukContactpersonen.accountId }).from(vraagstukContactpersonen).where(eq(vraagstukContactpersonen.vraagstukId, id)),
    db
      .select({ id: belangstellingen.accountId })
      .from(belangstellingen)
      .where(and(eq(belangstellingen.vraagstukId, id), eq(belangstellingen.status, 'geaccepteerd'))),
    db
      .select({ persoon: koppelingen.persoonId, aanbodEigenaar: aanbod.aangemaaktDoor, onderdeelContact: onderdeelContactpersonen.accountId })
      .from(koppelingen)
      .leftJoin(aanbod, eq(aanbod.id, koppelingen.aanbodId))
      .leftJoin(onderdeelContactpersonen, eq(onderdeelContactpersonen.onderdeelId, koppelingen.onderdeelId))
      .where(and(eq(koppelingen.vraagstukId, id), inArray(koppelingen.status, ['geintroduceerd', 'geaccepteerd']))),
  ]);
  const viaKoppeling = gekoppeld.flatMap((k) => [k.persoon, k.aanbodEigenaar, k.onderdeelContact].filter((x): x is string => x !== null));
  return { ...row, contactpersoonIds: contacten.map((c) => c.id), geintroduceerdeIds: [...new Set([...geintroduceerd.map((g) => g.id), ...viaKoppeling])] };
}

/** A path parameter that is not a uuid names nothing (and must not reach PostgreSQL as one). */
export const isUuid = (s: string): boolean => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
