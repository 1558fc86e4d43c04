import { isAccount, type Actor } from '../../platform/actor.ts';

/**
 * Who may see and change a profile. A profile is the person's own: only they edit it (a beheerder
 * corrects accounts, not someone's stated expertise). Anyone may see a public profile; a private
 * one is not shown at all, to anyone (404, not 403: refusing would reveal that the account exists).
 * Its owner sees and edits what it holds on /account/profiel.
 */
export type ProfielActie = 'bekijken' | 'bewerken';
export type ProfielResource = { accountId: string; openbaar: boolean };

export function can(actor: Actor, actie: ProfielActie, profiel: ProfielResource): boolean {
  const eigen = isAccount(actor) && actor.accountId === profiel.accountId;
  if (actie === 'bewerken') return eigen;
  return profiel.openbaar;
}
