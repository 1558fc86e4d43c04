// Explanations in plain Dutch or English, from the signals the engine stored (sleutel + params).
import type { Translate } from '../../platform/i18n.ts';
import type { OpgeslagenSignaal } from './schema.ts';

/** Explanations that tell against a candidate or say that nothing is known: shown in the breakdown, never as a reason for it. */
const geenReden = new Set([
  'matching.uitleg.vormOnbekend',
  'matching.uitleg.niveauAnders',
  'matching.uitleg.sectorAnders',
  'matching.uitleg.regioAnders',
  'matching.uitleg.capaciteit.studentenTeWeinig',
  'matching.uitleg.capaciteit.teamsTeWeinig',
]);

/** The language of a translator: the catalogue says which it is ('matching.taal'). */
function taalVan(t: Translate): 'nl' | 'en' {
  try {
    return t('matching.taal') === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

/**
 * The params of one explanation for this language: names stored per language ('themas.nl',
 * 'themas.en') become 'themas'; level and sector codes become their labels.
 */
function params(p: Record<string, string | number>, t: Translate): Record<string, string | number> {
  const taal = taalVan(t);
  const uit: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(p)) {
    const m = /^(.*)\.(nl|en)$/.exec(k);
    if (!m) uit[k] ??= v;
    else if (m[2] === taal) uit[m[1]!] = v;
    else uit[m[1]!] ??= v;
  }
  if (typeof uit.niveaus === 'string') uit.niveaus = uit.niveaus.split(',').filter(Boolean).map((n) => t(`marktplaats.niveau.${n}`)).join(', ');
  if (typeof uit.sector === 'string') uit.sector = t(`matching.sector.${uit.sector}`);
  return uit;
}

function zin(uitleg: NonNullable<OpgeslagenSignaal['uitleg']>, t: Translate): string {
  return t(uitleg.sleutel, params(uitleg.params, t));
}

/** The signals that contributed most, as sentences ("Gemeenschappelijke thema's: Data en AI, ..."); at most `max`. */
export function uitlegRegels(signalen: readonly OpgeslagenSignaal[], t: Translate, max = 3): string[] {
  return [...signalen]
    .filter((s) => s.uitleg && !geenReden.has(s.uitleg.sleutel) && s.bijdrage > 0)
    .sort((a, b) => b.bijdrage - a.bijdrage)
    .slice(0, Math.max(0, max))
    .map((s) => zin(s.uitleg!, t));
}

/** One signal's explanation for the full breakdown (also for signals that contributed nothing). */
export function signaalOmschrijving(signaal: OpgeslagenSignaal, t: Translate): string {
  if (signaal.uitleg) return zin(signaal.uitleg, t);
  if (signaal.waarde === 0.5) return t('matching.neutraal');
  return t(`matching.signaal.${signaal.signaal}.geen`);
}

/** The name of a signal ("Tekstovereenkomst", "Thema's", ...). */
export function signaalNaam(signaal: string, t: Translate): string {
  return t(`matching.signaal.${signaal}.naam`);
}
