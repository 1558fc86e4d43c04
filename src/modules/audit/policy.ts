import { isAccount, isBeheerder, type Actor } from '../../platform/actor.ts';

/**
 * Who may read the audit log. The whole log is for beheerders (it names every person's changes);
 * a person sees the entries about their own data (AVG art. 15, "Mijn gegevens").
 */
export type AuditAction = 'audit-bekijken' | 'eigen-logboek';

export function can(actor: Actor, action: AuditAction, resource?: { accountId: string }): boolean {
  switch (action) {
    case 'audit-bekijken':
      return isBeheerder(actor);
    case 'eigen-logboek':
      // Without a resource: may this actor have a logbook at all; with one: is it theirs.
      return isAccount(actor) && (resource === undefined || resource.accountId === actor.accountId);
  }
}
