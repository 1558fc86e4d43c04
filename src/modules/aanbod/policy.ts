import { isAccount, isBeheerder, isCoordinatorVan, isLidVan, type Actor } from '../../platform/actor.ts';
import type { AanbodSoort, AanbodStatus } from './schema.ts';

/**
 * Who may do what with aanbod. Used by the pages, the API and the queries alike.
 *
 * - create: onderwijs, onderzoekslijn and bijscholing are offered by an onderwijsinstelling: only
 *   its members (lid or coordinator) may post them for it (that it is an onderwijsinstelling needs the
 *   data: the command checks it). Studenten and gastdocent are offered by a person: anyone logged in,
 *   with an organisatie only when they are a member of it. A beheerder may post for any organisatie.
 * - edit, publish, archive, delete: the owner (who posted it), a coordinator of its organisatie, a beheerder.
 * - see: published aanbod is public; concept and gearchiveerd only for those who may edit it.
 * There is no pre-moderation (unlike vraagstukken): what education offers is its own responsibility.
 */
export const soortenVanInstelling: readonly AanbodSoort[] = ['onderwijs', 'onderzoekslijn', 'bijscholing'];

export const vanInstelling = (soort: AanbodSoort): boolean => soortenVanInstelling.includes(soort);

export function mayCreateAanbod(actor: Actor, a: { soort: AanbodSoort; organisatieId?: string | null | undefined }): boolean {
  if (!isAccount(actor)) return false;
  if (!a.organisatieId) return !vanInstelling(a.soort);
  return isBeheerder(actor) || isLidVan(actor, a.organisatieId);
}

export function mayEditAanbod(actor: Actor, a: { aangemaaktDoor: string | null; organisatieId: string | null }): boolean {
  if (!isAccount(actor)) return false;
  return (
    isBeheerder(actor) ||
    (a.aangemaaktDoor !== null && a.aangemaaktDoor === actor.accountId) ||
    (a.organisatieId !== null && isCoordinatorVan(actor, a.organisatieId))
  );
}

export function maySeeAanbod(actor: Actor, a: { status: AanbodStatus; aangemaaktDoor: string | null; organisatieId: string | null }): boolean {
  return a.status === 'gepubliceerd' || mayEditAanbod(actor, a);
}

/**
 * The status changes a person can make: publish a concept, archive what is published, and bring
 * back what was archived (published again, or to concept to rework it); a published item can go
 * back to concept too. Staying in the same status is not a change.
 */
export const statusOvergangen: Record<AanbodStatus, readonly AanbodStatus[]> = {
  concept: ['gepubliceerd'],
  gepubliceerd: ['gearchiveerd', 'concept'],
  gearchiveerd: ['gepubliceerd', 'concept'],
};

export const magNaarStatus = (van: AanbodStatus, naar: AanbodStatus): boolean => statusOvergangen[van].includes(naar);
