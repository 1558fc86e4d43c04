// STUB (helper A replaces): explanations in plain Dutch or English.
import type { Translate } from '../../platform/i18n.ts';
import type { OpgeslagenSignaal } from './schema.ts';

/** The signals that contributed most, as sentences ("Gemeenschappelijke thema's: Data en AI, ..."); at most `max`. */
export function uitlegRegels(_signalen: readonly OpgeslagenSignaal[], _t: Translate, _max = 3): string[] {
  throw new Error('not yet');
}

/** One signal's explanation for the full breakdown (also for signals that contributed nothing). */
export function signaalOmschrijving(_signaal: OpgeslagenSignaal, _t: Translate): string {
  throw new Error('not yet');
}

/** The name of a signal ("Tekstovereenkomst", "Thema's", ...). */
export function signaalNaam(_signaal: string, _t: Translate): string {
  throw new Error('not yet');
}
