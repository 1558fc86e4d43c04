/**
 * Place names and provincies as the registers write them, brought to the spelling of the reference
 * data: DUO writes places in capitals ('S-HERTOGENBOSCH) and the old name 'Friesland'; ROO may
 * name a provincie by its TOOI URI (.../provincie/pv28).
 */

// Words that stay lower case inside a Dutch place name: 'Bergen op Zoom', 'Alphen aan den Rijn'.
const kleineWoorden = new Set(['aan', 'bij', 'de', 'den', 'der', 'en', 'in', 'op', 'over', 'onder', 'van', 'ter', 'ten']);

/** 'ALPHEN AAN DEN RIJN' -> 'Alphen aan den Rijn', "'S-HERTOGENBOSCH" -> "'s-Hertogenbosch". */
export function plaatsnaam(raw: string): string {
  const text = raw.trim().replace(/\s+/g, ' ');
  // The platform calls the seat of government by its common name, as the reference data does.
  if (/^'s[- ]gravenhage$/i.test(text)) return 'Den Haag';
  // Mixed case is the register's own spelling: keep it.
  if (text !== text.toUpperCase()) return text;
  return text
    .toLowerCase()
    .split(' ')
    .map((word, i) =>
      word
        .split('-')
        .map((part, j) => {
          if (part === "'s" || part === "'t") return part;
          if ((i > 0 || j > 0) && kleineWoorden.has(part)) return part;
          return part.charAt(0).toUpperCase() + part.slice(1);
        })
        .join('-'),
    )
    .join(' ');
}

// CBS/TOOI provincie codes (pv20 Groningen ... pv31 Limburg), used in ROO's TOOI URIs.
const tooiProvincies: Record<string, string> = {
  pv20: 'Groningen',
  pv21: 'Fryslân',
  pv22: 'Drenthe',
  pv23: 'Overijssel',
  pv24: 'Flevoland',
  pv25: 'Gelderland',
  pv26: 'Utrecht',
  pv27: 'Noord-Holland',
  pv28: 'Zuid-Holland',
  pv29: 'Zeeland',
  pv30: 'Noord-Brabant',
  pv31: 'Limburg',
};

// Older or English names that registers still use, mapped to the current official name.
const aliassen: Record<string, string> = { friesland: 'Fryslân', 'north holland': 'Noord-Holland', 'south holland': 'Zuid-Holland' };

const sleutel = (text: string) =>
  text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * Finds the provincie of the platform that the register means, or undefined. Only provincies
 * that exist in the database count: the mapping gives a name, the database decides.
 */
export function provincieNaam(raw: string, bekend: readonly string[]): string | undefined {
  const text = raw.trim();
  const tooi = /\/(pv\d{2})$/i.exec(text)?.[1]?.toLowerCase();
  const kandidaat = tooi ? tooiProvincies[tooi] : (aliassen[sleutel(text)] ?? text);
  if (!kandidaat) return undefined;
  return bekend.find((naam) => sleutel(naam) === sleutel(kandidaat));
}

/**
 * A lookup from place to provincie built from the reference: every provincie's capital and the
 * first (main) place of every organisatie. Only the first place counts, because an organisatie
 * with several places lies in the provincie of its main one (Aeres: Wageningen, not Dronten).
 * A place seen in two provincies is left out rather than guessed.
 */
export function plaatsProvincieLookup(
  provincies: readonly { naam: string; hoofdstad: string }[],
  organisaties: readonly { provincie: string; steden: string[] }[],
): (plaats: string) => string | undefined {
  const gevonden = new Map<string, Set<string>>();
  const voegToe = (plaats: string | undefined, provincie: string) => {
    if (!plaats) return;
    const key = sleutel(plaats);
    gevonden.set(key, (gevonden.get(key) ?? new Set()).add(provincie));
  };
  for (const p of provincies) voegToe(p.hoofdstad, p.naam);
  for (const o of organisaties) voegToe(o.steden[0], o.provincie);
  // The seat of government goes by two names.
  const denHaag = gevonden.get('den haag');
  if (denHaag && !gevonden.has('s gravenhage')) gevonden.set('s gravenhage', denHaag);
  return (plaats) => {
    const set = gevonden.get(sleutel(plaats));
    return set && set.size === 1 ? [...set][0] : undefined;
  };
}
