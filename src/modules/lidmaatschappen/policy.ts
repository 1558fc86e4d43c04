import { isAccount, isBeheerder, isCoordinatorVan, isLidVan, type Actor } from '../../platform/actor.ts';

/**
 * Who may do what with the members of an organisatie. Used by the pages and by the queries that
 * list members, so that what a person sees and what they may change come from one place.
 *
 * - managing members (see them, invite, decide requests, remove, change roles): a coordinator of
 *   that organisatie, or a beheerder (who may act as coordinator anywhere);
 * - lid-worden: any logged-in person who is not a member yet;
 * - verlaten: a member (the last-coordinator rule is checked by the command, it needs the data).
 */
export const lidmaatschapActies = [
  'leden-bekijken',
  'uitnodigen',
  'verzoek-beslissen',
  'lid-verwijderen',
  'rol-wijzigen',
  'lid-worden',
  'verlaten',
] as const;
export type LidmaatschapActie = (typeof lidmaatschapActies)[number];

export type LidmaatschapResource = { organisatieId: string };

export function can(actor: Actor, action: LidmaatschapActie, resource: LidmaatschapResource): boolean {
  if (!isAccount(actor)) return false;
  const { organisatieId } = resource;
  switch (action) {
    case 'leden-bekijken':
    case 'uitnodigen':
    case 'verzoek-beslissen':
    case 'lid-verwijderen':
    case 'rol-wijzigen':
      return isBeheerder(actor) || isCoordinatorVan(actor, organisatieId);
    case 'lid-worden':
      return !isLidVan(actor, organisatieId);
    case 'verlaten':
      return isLidVan(actor, organisatieId);
  }
}
