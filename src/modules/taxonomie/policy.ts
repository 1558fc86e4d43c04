import { isBeheerder, type Actor } from '../../platform/actor.ts';

/**
 * Who may do what with the taxonomy (themes and synonyms, samenwerkingsvormen, regios). Everyone
 * reads it; only a beheerder maintains it, in the interface or through the API.
 */
export type TaxonomieActie = 'bekijken' | 'beheren';

export function can(actor: Actor, action: TaxonomieActie): boolean {
  switch (action) {
    case 'bekijken':
      return true;
    case 'beheren':
      return isBeheerder(actor);
  }
}
