import type { Sluitreden, VraagstukStatus } from './schema.ts';

/**
 * The transitions of a vraagstuk: the one table that pages (which buttons), the API (which
 * operations; 409 when not allowed now) and the commands (the check inside the transaction) read.
 * Who may perform a transition is policy.ts; this file only says what is possible from where.
 */
export const transities = {
  // The owner sends the concept (or the returned version) to the verbinder of the regio.
  indienen: { van: ['concept', 'teruggestuurd'], naar: 'ingediend', door: 'eigenaar' },
  // The verbinder publishes it, or returns it with a remark (required).
  publiceren: { van: ['ingediend'], naar: 'gepubliceerd', door: 'verbinder' },
  terugsturen: { van: ['ingediend'], naar: 'teruggestuurd', door: 'verbinder' },
  // The owner is talking with partners, then someone took it up.
  'in-gesprek': { van: ['gepubliceerd'], naar: 'in-gesprek', door: 'eigenaar' },
  oppakken: { van: ['gepubliceerd', 'in-gesprek'], naar: 'opgepakt', door: 'eigenaar' },
  // Closing needs a reason (afgerond, niet-opgepakt); the expiry job closes with 'vervallen'.
  sluiten: { van: ['gepubliceerd', 'in-gesprek', 'opgepakt'], naar: 'gesloten', door: 'eigenaar' },
  intrekken: { van: ['concept', 'ingediend', 'teruggestuurd', 'gepubliceerd', 'in-gesprek'], naar: 'ingetrokken', door: 'eigenaar' },
  verlopen: { van: ['ingediend', 'gepubliceerd', 'in-gesprek'], naar: 'gesloten', door: 'systeem' },
} as const satisfies Record<string, { van: readonly VraagstukStatus[]; naar: VraagstukStatus; door: 'eigenaar' | 'verbinder' | 'systeem' }>;

export type Transitie = keyof typeof transities;
export const transitieNamen = Object.keys(transities) as Transitie[];

export function kan(transitie: Transitie, status: VraagstukStatus): boolean {
  return (transities[transitie].van as readonly VraagstukStatus[]).includes(status);
}

/** The transitions possible from `status`, in the order the page shows them. */
export function mogelijkeTransities(status: VraagstukStatus): Transitie[] {
  return transitieNamen.filter((t) => kan(t, status));
}

/** The reasons a person can choose when closing (vervallen is for the system). */
export const handmatigeSluitredenen: Exclude<Sluitreden, 'vervallen'>[] = ['afgerond', 'niet-opgepakt'];

/** Statuses in which the vraagstuk is visible to others than its owners and the verbinders. */
export const zichtbareStatussen: readonly VraagstukStatus[] = ['gepubliceerd', 'in-gesprek', 'opgepakt', 'gesloten'];

/** Statuses in which the owner can still edit the content. */
export const bewerkbareStatussen: readonly VraagstukStatus[] = ['concept', 'teruggestuurd', 'ingediend', 'gepubliceerd', 'in-gesprek', 'opgepakt'];

/** Statuses in which partners can still signal interest. */
export const openStatussen: readonly VraagstukStatus[] = ['gepubliceerd', 'in-gesprek'];
