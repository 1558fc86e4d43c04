import { isAccount, isCoordinatorVan, type Actor } from '../../platform/actor.ts';
import { isBeoordelaar, isEigenaar, maySee, openStatussen, type VraagstukResource } from '../vraagstukken/index.ts';
import type { AanbodStatus } from '../aanbod/schema.ts';
import type { BelangstellingStatus } from './schema.ts';

/**
 * Who may do what with a belangstelling. Used by the pages, the API and the commands alike.
 *
 * - signal interest: a logged-in person who may see the vraagstuk, is not one of its owners, while
 *   it is open (gepubliceerd, in-gesprek); once per vraagstuk (again after withdrawing);
 * - read: the interested person, the vraagstuk's owners (isEigenaar) and its beoordelaars (the
 *   verbinder of its regio); nobody else learns that it exists (404);
 * - answer (in-gesprek, geaccepteerd, afgewezen): the owners, while it is open or in gesprek;
 * - withdraw: the interested person, while it is open or in gesprek.
 */
export type BelangstellingResource = { accountId: string; status: BelangstellingStatus; vraagstuk: VraagstukResource };

/** Statuses in which the owner can still answer and the interested person can still withdraw. */
export const lopendeStatussen: readonly BelangstellingStatus[] = ['open', 'in-gesprek'];

/** Aanbod statuses that may be linked to an interest (archived aanbod is no longer offered). */
export const koppelbareAanbodStatussen: readonly AanbodStatus[] = ['gepubliceerd', 'concept'];

export const isBelangstellende = (actor: Actor, b: Pick<BelangstellingResource, 'accountId'>): boolean =>
  isAccount(actor) && actor.accountId === b.accountId;

export function mayReadBelangstelling(actor: Actor, b: Pick<BelangstellingResource, 'accountId' | 'vraagstuk'>): boolean {
  return isBelangstellende(actor, b) || isEigenaar(actor, b.vraagstuk) || isBeoordelaar(actor, b.vraagstuk);
}

/** May answer (the status permitting: see `lopendeStatussen`). */
export const mayAnswerBelangstelling = (actor: Actor, b: Pick<BelangstellingResource, 'vraagstuk'>): boolean => isEigenaar(actor, b.vraagstuk);

/** May withdraw (the status permitting). */
export const mayWithdrawBelangstelling = (actor: Actor, b: Pick<BelangstellingResource, 'accountId'>): boolean => isBelangstellende(actor, b);

export const kanBeantwoorden = (status: BelangstellingStatus): boolean => lopendeStatussen.includes(status);
export const kanIntrekken = (status: BelangstellingStatus): boolean => lopendeStatussen.includes(status);

/**
 * Why this person cannot signal interest in this vraagstuk now, or null when they can. 'onzichtbaar'
 * means the vraagstuk does not exist for them (404). Whether they already did is a question for the
 * data (the command and the page check it).
 */
export function tonenWeigering(actor: Actor, v: VraagstukResource): 'onzichtbaar' | 'eigen-vraagstuk' | 'niet-open' | null {
  if (!isAccount(actor) || !maySee(actor, v)) return 'onzichtbaar';
  if (isEigenaar(actor, v)) return 'eigen-vraagstuk';
  if (!openStatussen.includes(v.status)) return 'niet-open';
  return null;
}

/** Aanbod a person may link to their interest: their own, or of an organisatie they coordinate; not archived. */
export function mayLinkAanbod(actor: Actor, a: { aangemaaktDoor: string | null; organisatieId: string | null; status: AanbodStatus }): boolean {
  if (!isAccount(actor) || !koppelbareAanbodStatussen.includes(a.status)) return false;
  return a.aangemaaktDoor === actor.accountId || (a.organisatieId !== null && isCoordinatorVan(actor, a.organisatieId));
}
