import { isAccount, isBeheerder, isCoordinatorVan, type Actor } from '../../platform/actor.ts';

/**
 * Who may change an organisatie and its onderdelen. Used by the pages, the API and the detail page
 * (which shows the "Bewerken" link only to those who may follow it).
 *
 * - bewerken, logo, onderdelen-beheren: a coordinator of that organisatie, or a beheerder;
 * - soort-wijzigen: a beheerder only (the soort decides which registers and rules apply);
 * - samenvoegen: a beheerder only (it touches two organisaties and everything in them).
 */
export const organisatieActies = ['bewerken', 'logo', 'onderdelen-beheren', 'soort-wijzigen', 'samenvoegen'] as const;
export type OrganisatieActie = (typeof organisatieActies)[number];

export type OrganisatieResource = { organisatieId: string };

export function can(actor: Actor, action: OrganisatieActie, resource: OrganisatieResource): boolean {
  if (!isAccount(actor)) return false;
  switch (action) {
    case 'bewerken':
    case 'logo':
    case 'onderdelen-beheren':
      return isBeheerder(actor) || isCoordinatorVan(actor, resource.organisatieId);
    case 'soort-wijzigen':
    case 'samenvoegen':
      return isBeheerder(actor);
  }
}
