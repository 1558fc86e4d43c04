import { isAccount, isCoordinatorVan, type AccountActor, type Actor } from '../../platform/actor.ts';
import { mayEditAanbod } from '../aanbod/index.ts';
import { isBeoordelaar, isEigenaar, maySee, openStatussen, type VraagstukResource } from '../vraagstukken/index.ts';
import type { Zijde } from './koppeling.schema.ts';
import type { KoppelingBesluit, KoppelingStatus } from './schema.ts';

/**
 * Who may do what with a koppeling. Used by the pages, the API and the commands alike.
 *
 * - the vraagzijde: the vraagstuk's owners (vraagstukken isEigenaar: its maker, its contact people and
 *   the coordinators of its organisatie), but not a beheerder by that role alone;
 * - the aanbodzijde: for aanbod its owner and the coordinators of its organisatie (aanbod
 *   mayEditAanbod, without the beheerder); for an onderdeel its contact people and the coordinators of
 *   its organisatie; for a persoon that person;
 * - the verbinder of the vraagstuk's regio, and beheerders (isBeoordelaar), who broker.
 * Read: both sides, the verbinders of the regio, beheerders; nobody else learns it exists (404).
 * Introduce: the verbinder, while it is voorgesteld. Decide: a member of a side, for that side, while
 * it is geintroduceerd and that side has not decided. Withdraw: the proposer or the verbinder, while
 * it is voorgesteld or geintroduceerd.
 */
export type KandidaatZijde =
  | { soort: 'aanbod'; aangemaaktDoor: string | null; organisatieId: string | null }
  | { soort: 'onderdeel'; organisatieId: string; contactpersoonIds: readonly string[] }
  | { soort: 'persoon'; persoonId: string };

export type KoppelingResource = {
  status: KoppelingStatus;
  voorgesteldDoor: string | null;
  besluitVraagzijde: KoppelingBesluit | null;
  besluitAanbodzijde: KoppelingBesluit | null;
  vraagstuk: VraagstukResource;
  kandidaatZijde: KandidaatZijde;
};

/** Statuses in which the koppeling can still be withdrawn (and is not decided). */
export const lopendeKoppelingStatussen: readonly KoppelingStatus[] = ['voorgesteld', 'geintroduceerd'];

/** The actor without platform roles: a beheerder is a side only through their own memberships. */
const alsPersoon = (actor: AccountActor): AccountActor => ({ ...actor, platformrollen: [] });

export function isVraagzijde(actor: Actor, v: VraagstukResource): boolean {
  return isAccount(actor) && isEigenaar(alsPersoon(actor), v);
}

export function isAanbodzijde(actor: Actor, k: KandidaatZijde): boolean {
  if (!isAccount(actor)) return false;
  switch (k.soort) {
    case 'aanbod':
      return mayEditAanbod(alsPersoon(actor), k);
    case 'onderdeel':
      return k.contactpersoonIds.includes(actor.accountId) || isCoordinatorVan(actor, k.organisatieId);
    case 'persoon':
      return k.persoonId === actor.accountId;
  }
}

/** The sides this actor belongs to (none, one, or both). */
export function zijdenVan(actor: Actor, k: Pick<KoppelingResource, 'vraagstuk' | 'kandidaatZijde'>): Zijde[] {
  const uit: Zijde[] = [];
  if (isVraagzijde(actor, k.vraagstuk)) uit.push('vraagzijde');
  if (isAanbodzijde(actor, k.kandidaatZijde)) uit.push('aanbodzijde');
  return uit;
}

/** The verbinder of the vraagstuk's regio, or a beheerder. */
export const isMakelaar = (actor: Actor, k: Pick<KoppelingResource, 'vraagstuk'>): boolean => isBeoordelaar(actor, k.vraagstuk);

export function mayReadKoppeling(actor: Actor, k: Pick<KoppelingResource, 'vraagstuk' | 'kandidaatZijde'>): boolean {
  return isMakelaar(actor, k) || zijdenVan(actor, k).length > 0;
}

export const besluitVan = (k: Pick<KoppelingResource, 'besluitVraagzijde' | 'besluitAanbodzijde'>, zijde: Zijde): KoppelingBesluit | null =>
  zijde === 'vraagzijde' ? k.besluitVraagzijde : k.besluitAanbodzijde;

export const andereZijde = (zijde: Zijde): Zijde => (zijde === 'vraagzijde' ? 'aanbodzijde' : 'vraagzijde');

/** May introduce (the status permitting: see `kanIntroduceren`). */
export const mayIntroduceren = (actor: Actor, k: Pick<KoppelingResource, 'vraagstuk'>): boolean => isMakelaar(actor, k);
export const kanIntroduceren = (k: Pick<KoppelingResource, 'status'>): boolean => k.status === 'voorgesteld';

/** May decide for some side (the status permitting: see `openZijden`). */
export const mayBeslissen = (actor: Actor, k: Pick<KoppelingResource, 'vraagstuk' | 'kandidaatZijde'>): boolean => zijdenVan(actor, k).length > 0;

/** The sides this actor can decide for now: introduced, and that side has not decided yet. */
export function openZijden(actor: Actor, k: KoppelingResource): Zijde[] {
  if (k.status !== 'geintroduceerd') return [];
  return zijdenVan(actor, k).filter((z) => besluitVan(k, z) === null);
}

/** May withdraw (the status permitting: see `kanIntrekken`). */
export function mayIntrekken(actor: Actor, k: Pick<KoppelingResource, 'vraagstuk' | 'voorgesteldDoor'>): boolean {
  return isMakelaar(actor, k) || (isAccount(actor) && k.voorgesteldDoor !== null && k.voorgesteldDoor === actor.accountId);
}
export const kanIntrekken = (k: Pick<KoppelingResource, 'status'>): boolean => lopendeKoppelingStatussen.includes(k.status);

/**
 * In which role this actor proposes a koppeling between this vraagstuk and this candidate, or null
 * when they may not: the verbinder (or a beheerder) brokers; otherwise one of the two sides proposes
 * for itself, which introduces the koppeling at once with their own side accepted.
 */
export type VoorstelRol = 'verbinder' | 'vraagzijde' | 'aanbodzijde';

export function voorstelRol(actor: Actor, v: VraagstukResource, kandidaat: KandidaatZijde): VoorstelRol | null {
  if (!isAccount(actor)) return null;
  if (isBeoordelaar(actor, v)) return 'verbinder';
  if (isVraagzijde(actor, v)) return 'vraagzijde';
  if (isAanbodzijde(actor, kandidaat) && maySee(actor, v)) return 'aanbodzijde';
  return null;
}

/**
 * Why this actor cannot propose now, or null when they can: 'onzichtbaar' (the vraagstuk does not
 * exist for them: 404), 'geen-partij' (neither a side nor the verbinder: 403), 'niet-open' (only
 * published vraagstukken and those in gesprek are brokered).
 */
export function voorstelWeigering(actor: Actor, v: VraagstukResource, kandidaat: KandidaatZijde): 'onzichtbaar' | 'geen-partij' | 'niet-open' | null {
  if (!isAccount(actor) || !maySee(actor, v)) return 'onzichtbaar';
  if (!voorstelRol(actor, v, kandidaat)) return 'geen-partij';
  if (!openStatussen.includes(v.status)) return 'niet-open';
  return null;
}

/** The status a new koppeling gets: a verbinder chooses; a side's proposal is an introduction. */
export const beginStatus = (rol: VoorstelRol, direct: boolean | undefined): 'voorgesteld' | 'geintroduceerd' =>
  rol === 'verbinder' && direct !== true ? 'voorgesteld' : 'geintroduceerd';

