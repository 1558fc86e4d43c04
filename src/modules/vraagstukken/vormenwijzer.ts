import { sectorVan, type Diepgang, type Onderwijsniveau } from '../taxonomie/schema.ts';

/**
 * The vormenwijzer: which samenwerkingsvormen fit a vraagstuk, judged from what the poster already
 * said (duration, depth, level, number of students) against each form's characteristics in the
 * reference data. Pure and explainable: every point of the score comes with a reason (an i18n key
 * and its parameters) so the page can say why a form is suggested; nothing is learned or hidden.
 */
export type VormenwijzerInvoer = {
  duurWeken?: number | null | undefined;
  diepgang?: Diepgang | null | undefined;
  niveaus?: readonly Onderwijsniveau[] | undefined;
  aantalStudenten?: number | null | undefined;
};

export type Vorm = {
  code: string;
  naamNl: string;
  naamEn: string;
  niveaus: readonly string[];
  wekenMin: number;
  wekenMax: number;
  studentenMin: number;
  studentenMax: number;
  diepgang: string;
};

export type Reden = { key: string; params: Record<string, string>; past: boolean };
export type Advies = { vorm: Vorm; score: number; maxScore: number; redenen: Reden[] };
export type Vormenwijzer = { adviezen: Advies[]; ontbreekt: (keyof VormenwijzerInvoer)[] };

const k = (s: string) => `vraagstukken.vormenwijzer.reden.${s}`;

/** How far `x` lies outside [min, max], relative to the nearest bound (0 inside): 12 weeks against 4-10 is 0.2. */
function afstand(x: number, min: number, max: number): number {
  if (x >= min && x <= max) return 0;
  return x < min ? (min - x) / Math.max(1, min) : (x - max) / Math.max(1, max);
}

/**
 * Scores every form on each given input: level overlap (2), duration inside the typical weeks (2;
 * near it: 1), students inside the range (1; near: 0.5), the same depth (2). A form that contradicts
 * the level or the duration is left out (a different number of students or depth only costs points),
 * and so is one with less than half the points it could get; the rest are returned best first. Without any input there is no advice, only the missing inputs.
 */
export function adviseerVormen(invoer: VormenwijzerInvoer, vormen: readonly Vorm[]): Vormenwijzer {
  const ontbreekt: (keyof VormenwijzerInvoer)[] = [];
  const niveaus = invoer.niveaus ?? [];
  if ((invoer.duurWeken ?? null) === null) ontbreekt.push('duurWeken');
  if (!invoer.diepgang) ontbreekt.push('diepgang');
  if (niveaus.length === 0) ontbreekt.push('niveaus');
  if ((invoer.aantalStudenten ?? null) === null) ontbreekt.push('aantalStudenten');
  if (ontbreekt.length === 4) return { adviezen: [], ontbreekt };

  const sectoren = [...new Set(niveaus.map(sectorVan))];
  const adviezen: Advies[] = [];
  for (const vorm of vormen) {
    let score = 0;
    let maxScore = 0;
    let uitgesloten = false;
    const redenen: Reden[] = [];
    if (sectoren.length > 0) {
      maxScore += 2;
      const gedeeld = sectoren.filter((s) => vorm.niveaus.includes(s));
      if (gedeeld.length > 0) {
        score += 2;
        redenen.push({ key: k('niveauPast'), params: { niveaus: gedeeld.join(', ') }, past: true });
      } else {
        uitgesloten = true;
        redenen.push({ key: k('niveauPastNiet'), params: { niveaus: vorm.niveaus.join(', ') }, past: false });
      }
    }
    const weken = { min: String(vorm.wekenMin), max: String(vorm.wekenMax) };
    if (typeof invoer.duurWeken === 'number') {
      maxScore += 2;
      const d = afstand(invoer.duurWeken, vorm.wekenMin, vorm.wekenMax);
      const p = { ...weken, duur: String(invoer.duurWeken) };
      if (d === 0) {
        score += 2;
        redenen.push({ key: k('duurPast'), params: p, past: true });
      } else if (d <= 0.5) {
        score += 1;
        redenen.push({ key: k('duurBijna'), params: p, past: true });
      } else {
        // The duration is what a form is made of: a form of another length is no advice.
        uitgesloten = true;
        redenen.push({ key: k('duurPastNiet'), params: p, past: false });
      }
    }
    if (typeof invoer.aantalStudenten === 'number') {
      maxScore += 1;
      const d = afstand(invoer.aantalStudenten, vorm.studentenMin, vorm.studentenMax);
      const p = { aantal: String(invoer.aantalStudenten), min: String(vorm.studentenMin), max: String(vorm.studentenMax) };
      if (d === 0) {
        score += 1;
        redenen.push({ key: k('studentenPast'), params: p, past: true });
      } else if (d <= 0.5) {
        score += 0.5;
        redenen.push({ key: k('studentenBijna'), params: p, past: true });
      } else {
        redenen.push({ key: k('studentenPastNiet'), params: p, past: false });
      }
    }
    if (invoer.diepgang) {
      maxScore += 2;
      if (vorm.diepgang === invoer.diepgang) {
        score += 2;
        redenen.push({ key: k('diepgangPast'), params: { diepgang: invoer.diepgang }, past: true });
      } else {
        redenen.push({ key: k('diepgangAnders'), params: { diepgang: vorm.diepgang }, past: false });
      }
    }
    // Half the points at least: a form that fits on one input and misses the others is no advice.
    if (!uitgesloten && score > 0 && score >= maxScore / 2) adviezen.push({ vorm, score, maxScore, redenen });
  }
  // Best first; equal scores in the order of the reference data (vormen come sorted by volgorde).
  adviezen.sort((a, b) => b.score / b.maxScore - a.score / a.maxScore);
  return { adviezen, ontbreekt };
}
