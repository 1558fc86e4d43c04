import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { aanbod } from '../../aanbod/schema.ts';
import { belangstellingen } from '../../belangstellingen/schema.ts';
import { koppelingen } from '../../koppelingen/schema.ts';
import { organisaties } from '../../organisaties/schema.ts';
import { opgeslagenZoekopdrachten, vraagstukContactpersonen, vraagstukken } from '../../vraagstukken/schema.ts';

/**
 * The person's part of the marketplace for "Mijn gegevens" and the download (AVG art. 15): the
 * vraagstukken they posted or are a contact person of, their aanbod, the interest they signalled
 * (with their own motivation and the answer), their saved searches, and the koppelingen they are the
 * candidate of, proposed or decided on (with their own message and reasons).
 */
export async function collectMarktplaats(db: Db, accountId: string) {
  const [eigenVraagstukken, eigenAanbod, belangstelling, zoekopdrachten, eigenKoppelingen] = await Promise.all([
    db
      .selectDistinct({
        id: vraagstukken.id,
        titelNl: vraagstukken.titelNl,
        titelEn: vraagstukken.titelEn,
        status: vraagstukken.status,
        organisatie: organisaties.naam,
        aangemaakt: sql<boolean>`${vraagstukken.aangemaaktDoor} = ${accountId}`,
        createdAt: vraagstukken.createdAt,
      })
      .from(vraagstukken)
      .innerJoin(organisaties, eq(organisaties.id, vraagstukken.organisatieId))
      .leftJoin(vraagstukContactpersonen, eq(vraagstukContactpersonen.vraagstukId, vraagstukken.id))
      .where(or(eq(vraagstukken.aangemaaktDoor, accountId), eq(vraagstukContactpersonen.accountId, accountId)))
      .orderBy(desc(vraagstukken.createdAt)),
    db
      .select({ id: aanbod.id, soort: aanbod.soort, titelNl: aanbod.titelNl, titelEn: aanbod.titelEn, status: aanbod.status, createdAt: aanbod.createdAt })
      .from(aanbod)
      .where(eq(aanbod.aangemaaktDoor, accountId))
      .orderBy(desc(aanbod.createdAt)),
    db
      .select({
        id: belangstellingen.id,
        vraagstukId: belangstellingen.vraagstukId,
        vraagstukTitelNl: vraagstukken.titelNl,
        vraagstukTitelEn: vraagstukken.titelEn,
        motivatie: belangstellingen.motivatie,
        status: belangstellingen.status,
        antwoord: belangstellingen.antwoord,
        createdAt: belangstellingen.createdAt,
      })
      .from(belangstellingen)
      .innerJoin(vraagstukken, eq(vraagstukken.id, belangstellingen.vraagstukId))
      .where(eq(belangstellingen.accountId, accountId))
      .orderBy(desc(belangstellingen.createdAt)),
    db
      .select({ naam: opgeslagenZoekopdrachten.naam, lijst: opgeslagenZoekopdrachten.lijst, zoekopdracht: opgeslagenZoekopdrachten.zoekopdracht, createdAt: opgeslagenZoekopdrachten.createdAt })
      .from(opgeslagenZoekopdrachten)
      .where(eq(opgeslagenZoekopdrachten.accountId, accountId))
      .orderBy(asc(opgeslagenZoekopdrachten.naam)),
    db
      .select({
        id: koppelingen.id,
        vraagstukTitelNl: vraagstukken.titelNl,
        vraagstukTitelEn: vraagstukken.titelEn,
        status: koppelingen.status,
        uwToelichting: sql<string | null>`case when ${koppelingen.voorgesteldDoor} = ${accountId} then ${koppelingen.toelichting} end`,
        uwBesluit: sql<string | null>`case when ${koppelingen.besluitVraagzijdeDoor} = ${accountId} then ${koppelingen.besluitVraagzijde} when ${koppelingen.besluitAanbodzijdeDoor} = ${accountId} then ${koppelingen.besluitAanbodzijde} end`,
        uwReden: sql<string | null>`case when ${koppelingen.besluitVraagzijdeDoor} = ${accountId} then ${koppelingen.redenVraagzijde} when ${koppelingen.besluitAanbodzijdeDoor} = ${accountId} then ${koppelingen.redenAanbodzijde} end`,
        createdAt: koppelingen.createdAt,
      })
      .from(koppelingen)
      .innerJoin(vraagstukken, eq(vraagstukken.id, koppelingen.vraagstukId))
      .where(
        or(
          eq(koppelingen.persoonId, accountId),
          eq(koppelingen.voorgesteldDoor, accountId),
          eq(koppelingen.besluitVraagzijdeDoor, accountId),
          eq(koppelingen.besluitAanbodzijdeDoor, accountId),
        ),
      )
      .orderBy(desc(koppelingen.createdAt)),
  ]);
  return { vraagstukken: eigenVraagstukken, aanbod: eigenAanbod, belangstellingen: belangstelling, zoekopdrachten, koppelingen: eigenKoppelingen };
}

/**
 * What deleting an account does to the marketplace (inside deleteAccount's transaction): saved
 * searches and contact-person roles go; personal aanbod (a student seeking an assignment, a guest
 * lecturer) goes; interests stay as the vraagstuk owner's history but without the person's own
 * words, and open ones are withdrawn. Vraagstukken and course aanbod belong to the organisatie and
 * stay (shown with 'verwijderde gebruiker'). Koppelingen keep their decisions as history, without the
 * person's own message and reasons; undecided ones with the person as candidate are withdrawn.
 */
export async function deleteMarktplaatsData(tx: Db, accountId: string) {
  await tx.delete(opgeslagenZoekopdrachten).where(eq(opgeslagenZoekopdrachten.accountId, accountId));
  await tx.delete(vraagstukContactpersonen).where(eq(vraagstukContactpersonen.accountId, accountId));
  await tx.delete(aanbod).where(sql`${aanbod.aangemaaktDoor} = ${accountId} and ${aanbod.soort} in ('studenten', 'gastdocent')`);
  await tx
    .update(belangstellingen)
    .set({
      motivatie: '',
      status: sql`case when ${belangstellingen.status} in ('open', 'in-gesprek') then 'ingetrokken' else ${belangstellingen.status} end`,
      updatedAt: new Date(),
    })
    .where(eq(belangstellingen.accountId, accountId));
  const nu = new Date();
  await tx
    .update(koppelingen)
    .set({ status: 'ingetrokken', afgeslotenOp: nu, updatedAt: nu, versie: sql`${koppelingen.versie} + 1` })
    .where(and(eq(koppelingen.persoonId, accountId), inArray(koppelingen.status, ['voorgesteld', 'geintroduceerd'])));
  await tx.update(koppelingen).set({ toelichting: null, updatedAt: nu }).where(eq(koppelingen.voorgesteldDoor, accountId));
  await tx.update(koppelingen).set({ redenVraagzijde: null, updatedAt: nu }).where(eq(koppelingen.besluitVraagzijdeDoor, accountId));
  await tx.update(koppelingen).set({ redenAanbodzijde: null, updatedAt: nu }).where(eq(koppelingen.besluitAanbodzijdeDoor, accountId));
}
