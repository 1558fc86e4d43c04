import { isAccount, isBeheerder, isCoordinatorVan, isLidVan, isVerbinderVoor, type Actor } from '../../platform/actor.ts';
import { transities, type Transitie } from './lifecycle.ts';
import { zichtbareStatussen } from './lifecycle.ts';
import type { VraagstukStatus, Vertrouwelijkheid } from './schema.ts';

/**
 * Who may do what with a vraagstuk. Used by pages, API and queries alike.
 *
 * - eigenaar: the person who made it, its contact people, and the coordinators of its organisatie;
 *   any member of the organisatie may post a new one (aanmaken);
 * - verbinder: a verbinder of the vraagstuk's regio (reviews: publiceren, terugsturen);
 * - beheerder: everything.
 */
export type VraagstukResource = {
  organisatieId: string;
  regioCode: string;
  status: VraagstukStatus;
  vertrouwelijkheid: Vertrouwelijkheid;
  aangemaaktDoor: string | null;
  contactpersoonIds: readonly string[];
  /** Accounts that were introduced (an accepted belangstelling, or the aanbodzijde of an introduced or accepted koppeling). */
  geintroduceerdeIds?: readonly string[];
};

export function isEigenaar(actor: Actor, v: Pick<VraagstukResource, 'organisatieId' | 'aangemaaktDoor' | 'contactpersoonIds'>): boolean {
  if (!isAccount(actor)) return false;
  return (
    isBeheerder(actor) ||
    isCoordinatorVan(actor, v.organisatieId) ||
    (isLidVan(actor, v.organisatieId) && (v.aangemaaktDoor === actor.accountId || v.contactpersoonIds.includes(actor.accountId)))
  );
}

export function isBeoordelaar(actor: Actor, v: Pick<VraagstukResource, 'regioCode'>): boolean {
  return isBeheerder(actor) || isVerbinderVoor(actor, v.regioCode);
}

/** May post a vraagstuk for this organisatie (a member of it; the caller checks it is a rijksorganisatie). */
export function mayAanmaken(actor: Actor, organisatieId: string): boolean {
  return isAccount(actor) && (isBeheerder(actor) || isLidVan(actor, organisatieId));
}

/** Is a member of any partner organisatie (sees 'partners' vraagstukken). */
export const isPartner = (actor: Actor): boolean => isAccount(actor) && (actor.lidmaatschappen.length > 0 || actor.platformrollen.length > 0);

/** May see the vraagstuk at all (its summary). */
export function maySee(actor: Actor, v: VraagstukResource): boolean {
  if (isEigenaar(actor, v) || isBeoordelaar(actor, v)) return true;
  if (!zichtbareStatussen.includes(v.status)) return false;
  if (v.vertrouwelijkheid === 'partners') return isPartner(actor);
  return true;
}

/** May see everything: the question, the desired result, contact people and attachments. */
export function maySeeDetails(actor: Actor, v: VraagstukResource): boolean {
  if (!maySee(actor, v)) return false;
  if (v.vertrouwelijkheid !== 'na-introductie') return true;
  if (isEigenaar(actor, v) || isBeoordelaar(actor, v)) return true;
  return isAccount(actor) && (v.geintroduceerdeIds ?? []).includes(actor.accountId);
}

export function mayEdit(actor: Actor, v: VraagstukResource): boolean {
  return isEigenaar(actor, v);
}

/** May perform the transition (status permitting: see lifecycle.ts `kan`). */
export function mayTransition(actor: Actor, transitie: Transitie, v: VraagstukResource): boolean {
  switch (transities[transitie].door) {
    case 'eigenaar':
      return isEigenaar(actor, v);
    case 'verbinder':
      return isBeoordelaar(actor, v);
    case 'systeem':
      return false;
  }
}
