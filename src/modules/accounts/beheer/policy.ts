import { isAccount, isBeheerder, type Actor } from '../../../platform/actor.ts';
import type { PlatformRol } from '../schema.ts';

/**
 * Beheer of accounts and platform roles: beheerders only. A beheerder cannot revoke their own
 * beheerder role, so that the platform cannot lose its last beheerder by a slip of one person (and
 * one compromised session cannot lock the others out by demoting itself quietly).
 */
export type BeheerActie = 'accounts-bekijken' | 'rol-toekennen' | 'rol-intrekken';
export type BeheerResource = { accountId?: string; rol?: PlatformRol };

export function can(actor: Actor, action: BeheerActie, resource: BeheerResource = {}): boolean {
  if (!isAccount(actor) || !isBeheerder(actor)) return false;
  if (action === 'rol-intrekken') return !(resource.rol === 'beheerder' && resource.accountId === actor.accountId);
  return true;
}
