import { stedenPerProvincie, type Random } from './generate.ts';
import { algemeneWoorden, bijvoeglijk, eigenNamen, themaStammen, themaWoorden, werkwoorden } from './matching-woorden.ts';

/**
 * Synthetic Dutch texts for the matching bench. A text is about one to three themes; its words come
 * from those themes' vocabularies with a Zipf-like skew (the first words of a theme are common, the
 * last rare), from compounds of theme-specific parts (a long tail of rare stems), and from a common
 * vocabulary shared by every text. Deterministic for a given Random.
 */

const steden = Object.values(stedenPerProvincie).flat();
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export type Onderwerp = { themas: readonly string[]; /** A few words the text keeps coming back to. */ focus: readonly string[] };

/** Index i of n with probability ~ 1/(i+1)^0.9: the head of a list is drawn most. */
function zipf(r: Random, n: number): number {
  // Inverse transform of a continuous power law: cheap, and close enough for test data.
  const x = Math.pow(r.next(), 2.2);
  return Math.min(n - 1, Math.floor(x * n));
}

function themaTerm(r: Random, thema: string): string {
  const woorden = themaWoorden[thema]!;
  return woorden[zipf(r, woorden.length)]!;
}

/** A compound: mostly both parts from the theme, sometimes the right part from another theme. */
function samenstelling(r: Random, thema: string, anderThema: string): string {
  const [links] = themaStammen[thema]!;
  const [, rechts] = themaStammen[r.chance(0.75) ? thema : anderThema]!;
  return `${r.pick(links)}${r.pick(rechts)}`;
}

/** What a text is about: its themes, and focus words drawn from their vocabularies (compounds included). */
export function kiesOnderwerp(r: Random, themas: readonly string[]): Onderwerp {
  const alle = Object.keys(themaWoorden);
  const focus = Array.from({ length: 2 + r.int(3) }, () => {
    const t = r.pick(themas);
    return r.chance(0.6) ? themaTerm(r, t) : samenstelling(r, t, r.pick(alle));
  });
  return { themas, focus };
}

function term(r: Random, o: Onderwerp): string {
  const alle = Object.keys(themaWoorden);
  const t = r.pick(o.themas);
  const k = r.next();
  if (k < 0.3) return r.pick(o.focus);
  if (k < 0.65) return themaTerm(r, t);
  if (k < 0.85) return samenstelling(r, t, r.pick(alle));
  return r.pick(algemeneWoorden);
}

function woordgroep(r: Random, o: Onderwerp): string {
  switch (r.int(5)) {
    case 0:
      return `de ${term(r, o)}`;
    case 1:
      return `${r.pick(bijvoeglijk)} ${term(r, o)}`;
    case 2:
      return `${term(r, o)} en ${term(r, o)}`;
    case 3:
      return `de ${r.pick(algemeneWoorden)} van ${term(r, o)}`;
    default:
      return term(r, o);
  }
}

const zinnen: ((r: Random, o: Onderwerp) => string)[] = [
  (r, o) => `Wij willen ${woordgroep(r, o)} ${r.pick(werkwoorden)}, zodat ${r.pick(['burgers', 'medewerkers', 'ketenpartners', 'bedrijven'])} minder last hebben van ${woordgroep(r, o)}.`,
  (r, o) => `De focus ligt op ${woordgroep(r, o)} en ${woordgroep(r, o)}.`,
  (r, o) => `In ${r.pick(steden)} werken wij samen met ${r.pick(eigenNamen)} aan ${woordgroep(r, o)}.`,
  (r, o) => `Het gaat om ${woordgroep(r, o)}: ${term(r, o)}, ${term(r, o)} en ${woordgroep(r, o)}.`,
  (r, o) => `Studenten ${r.pick(['onderzoeken', 'ontwerpen', 'toetsen', 'analyseren'])} ${woordgroep(r, o)} in de praktijk van ${r.pick(eigenNamen)}.`,
  (r, o) => `Er is behoefte aan kennis over ${woordgroep(r, o)} en aan ${r.pick(algemeneWoorden)} die ${woordgroep(r, o)} ${r.pick(werkwoorden)}.`,
  (r, o) => `${cap(r.pick(bijvoeglijk))} ${r.pick(algemeneWoorden)} vragen om ${woordgroep(r, o)}.`,
  (r, o) => `Wij ${r.pick(['verwachten', 'zoeken', 'hopen op'])} ${r.pick(['een advies', 'een prototype', 'een analyse', 'een ontwerp', 'een handreiking'])} over ${woordgroep(r, o)}.`,
];

export function alinea(r: Random, o: Onderwerp, aantalZinnen: number): string {
  return Array.from({ length: aantalZinnen }, () => r.pick(zinnen)(r, o)).join(' ');
}

/** A short title: one of a few Dutch patterns around the focus words. */
export function titel(r: Random, o: Onderwerp, patroon?: (kern: string) => string): string {
  const kern = r.chance(0.5) ? `${o.focus[0]} en ${term(r, o)}` : `${r.pick(bijvoeglijk)} ${o.focus[0]}`;
  if (patroon) return patroon(kern);
  return r.pick([
    (k: string) => `${cap(r.pick(werkwoorden))} van ${k}`,
    (k: string) => `Onderzoek naar ${k}`,
    (k: string) => `Hoe kunnen wij ${k} ${r.pick(werkwoorden)}?`,
    (k: string) => `${cap(k)} in de praktijk`,
    (k: string) => `${cap(k)} bij ${r.pick(eigenNamen)}`,
  ])(kern);
}

/** Keywords of a profile: focus words and theme terms. */
export function trefwoorden(r: Random, o: Onderwerp): string[] {
  return [...new Set([...o.focus, ...Array.from({ length: 2 + r.int(4) }, () => themaTerm(r, r.pick(o.themas)))])];
}

const voornamen = ['Anna', 'Bram', 'Chantal', 'Daan', 'Eva', 'Fatima', 'Gijs', 'Hanna', 'Ilse', 'Jeroen', 'Karim', 'Lotte', 'Mohamed', 'Noor', 'Olaf', 'Priya', 'Ruben', 'Sanne', 'Tim', 'Yara'];
const achternamen = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'El Amrani', 'Yilmaz', 'Kok', 'Jacobs'];
export const persoonsnaam = (r: Random) => `${r.pick(voornamen)} ${r.pick(achternamen)}`;
