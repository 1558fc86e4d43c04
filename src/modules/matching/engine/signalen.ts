// The signals as pure functions of the two sides of a pair: each 0..1 with what explains it. Hard
// constraints are separate (uitsluiting): they remove a candidate rather than lower its score.
import { signalen, type Gewichten, type Signaal } from '../configuratie.ts';
import type { OpgeslagenSignaal } from '../schema.ts';
import type { Datum, EerdereSamenwerking, Naam, OnderwijsKant, Periode, Sector, SignaalUitkomst, ThemaGewichten, Uitsluiting, VraagKant } from './typen.ts';

const neutraal: SignaalUitkomst = { waarde: 0.5, uitleg: null };
const rond = (x: number, d = 1000) => Math.round(Math.min(1, Math.max(0, x)) * d) / d;

/** Names joined per language, as explanation params ('themas.nl', 'themas.en'). */
export function namenParams(sleutel: string, namen: readonly Naam[]): Record<string, string> {
  return { [`${sleutel}.nl`]: namen.map((n) => n.nl).join(', '), [`${sleutel}.en`]: namen.map((n) => n.en).join(', ') };
}

// ---------------------------------------------------------------------------------------------
// tekst

/**
 * BM25 relative to a measure (the best text match, or a fair share of the ideal one: see
 * rangschik.ts), blended with the trigram similarity of the titles when there is one; the shared
 * words as they appear in the source text.
 */
export function tekstSignaal(bm25: number, noemer: number, trigram: number | null, woorden: readonly string[]): SignaalUitkomst {
  const relatief = noemer > 0 ? bm25 / noemer : 0;
  // The square root spreads the middle: half the best BM25 is still a fair text match.
  const bm = Math.sqrt(Math.min(1, relatief));
  const waarde = trigram === null ? bm : 0.85 * bm + 0.15 * Math.min(1, trigram * 2);
  return { waarde: rond(waarde), uitleg: woorden.length > 0 ? { sleutel: 'matching.uitleg.tekst', params: { woorden: woorden.join(', ') } } : null };
}

// ---------------------------------------------------------------------------------------------
// thema

/**
 * How well the candidate covers the vraagstuk's themes (what is asked), with a little for how much
 * of the candidate is about them. Tagged themes count fully, inferred ones less (their strength).
 * Neutral when the vraagstuk has no theme at all.
 */
export function themaSignaal(vraag: ThemaGewichten, onderwijs: ThemaGewichten, namen: ReadonlyMap<string, Naam>): SignaalUitkomst {
  if (vraag.size === 0) return neutraal;
  let gedekt = 0;
  let totaal = 0;
  const gedeeld: string[] = [];
  for (const [code, w] of vraag) {
    totaal += w;
    const k = onderwijs.get(code);
    if (k !== undefined) {
      gedekt += w * k;
      gedeeld.push(code);
    }
  }
  if (gedeeld.length === 0) return { waarde: 0, uitleg: null };
  const dekking = gedekt / totaal;
  const zuiverheid = gedeeld.length / Math.max(1, onderwijs.size);
  const waarde = 0.8 * dekking + 0.2 * zuiverheid;
  const volgorde = gedeeld.sort((a, b) => (vraag.get(b)! * onderwijs.get(b)!) - (vraag.get(a)! * onderwijs.get(a)!) || a.localeCompare(b));
  return { waarde: rond(waarde), uitleg: { sleutel: 'matching.uitleg.thema', params: namenParams('themas', volgorde.map((c) => namen.get(c) ?? { nl: c, en: c })) } };
}

// ---------------------------------------------------------------------------------------------
// vorm

/**
 * Shared forms: 1. No shared form: excluded (see uitsluiting), so every candidate that states forms
 * and is still in the running scores 1. Unknown (either side states none: onderdelen, people) counts
 * as likely rather than as half: at 0.5 the signal would mostly punish onderdelen and people for a
 * field they do not have (in the labelled evaluation set, 0.75 ranked better than 0.5).
 */
export function vormSignaal(vraag: readonly string[], onderwijs: readonly string[], namen: ReadonlyMap<string, Naam>): SignaalUitkomst {
  if (vraag.length === 0 || onderwijs.length === 0) return { waarde: 0.75, uitleg: { sleutel: 'matching.uitleg.vormOnbekend', params: {} } };
  const gedeeld = vraag.filter((v) => onderwijs.includes(v));
  if (gedeeld.length === 0) return { waarde: 0, uitleg: null };
  return { waarde: 1, uitleg: { sleutel: 'matching.uitleg.vorm', params: namenParams('vormen', gedeeld.map((c) => namen.get(c) ?? { nl: c, en: c })) } };
}

// ---------------------------------------------------------------------------------------------
// niveau

export const sectorVanNiveau = (niveau: string): Sector => (niveau === 'mbo' ? 'mbo' : niveau.startsWith('hbo') ? 'hbo' : 'wo');

/**
 * Shared level: 1; same sector (hbo-bachelor against hbo-master): 0.6; otherwise 0.1. Without stated
 * levels, the sector of the candidate's organisaties (a hogeschool's lectoraat is hbo). Neutral when
 * either side is unknown.
 */
export function niveauSignaal(vraag: readonly string[], niveaus: readonly string[], sectoren: readonly Sector[]): SignaalUitkomst {
  if (vraag.length === 0) return neutraal;
  const vraagSectoren = new Set(vraag.map(sectorVanNiveau));
  if (niveaus.length > 0) {
    const gedeeld = vraag.filter((n) => niveaus.includes(n));
    if (gedeeld.length > 0) return { waarde: 1, uitleg: { sleutel: 'matching.uitleg.niveau', params: { niveaus: gedeeld.join(',') } } };
    const sector = niveaus.map(sectorVanNiveau).find((s) => vraagSectoren.has(s));
    if (sector) return { waarde: 0.6, uitleg: { sleutel: 'matching.uitleg.sector', params: { sector } } };
    return { waarde: 0.1, uitleg: { sleutel: 'matching.uitleg.niveauAnders', params: { niveaus: niveaus.join(',') } } };
  }
  if (sectoren.length === 0) return neutraal;
  const sector = sectoren.find((s) => vraagSectoren.has(s));
  if (sector) return { waarde: 0.8, uitleg: { sleutel: 'matching.uitleg.sector', params: { sector } } };
  return { waarde: 0.15, uitleg: { sleutel: 'matching.uitleg.sectorAnders', params: { sector: sectoren[0]! } } };
}

// ---------------------------------------------------------------------------------------------
// timing

/** The date part of a moment in the Netherlands. */
const nederlandseDatum = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
export function alsDatum(moment: Date): Datum {
  return nederlandseDatum.format(moment);
}

const plusMaanden = (d: Datum, maanden: number): Datum => {
  const [j, m, dag] = d.split('-').map(Number) as [number, number, number];
  const totaal = j * 12 + (m - 1) + maanden;
  return `${Math.floor(totaal / 12)}-${String((totaal % 12) + 1).padStart(2, '0')}-${String(Math.min(dag, 28)).padStart(2, '0')}`;
};

/** When the vraagstuk can be worked on: from its earliest start (not before today) to its deadline (or a year on). */
export function vraagVenster(vraag: Pick<VraagKant, 'vroegsteStart' | 'deadline'>, vandaag: Datum): { van: Datum; tot: Datum } {
  const van = vraag.vroegsteStart && vraag.vroegsteStart > vandaag ? vraag.vroegsteStart : vandaag;
  const tot = vraag.deadline ?? plusMaanden(van, 12);
  return { van, tot: tot < van ? van : tot };
}

type PeriodeOordeel = { periode: Periode; soort: 'past' | 'loopt' | 'voorbij' | 'te-laat'; waarde: number };

function beoordeelPeriode(p: Periode, venster: { van: Datum; tot: Datum }): PeriodeOordeel {
  if (p.tot < venster.van) return { periode: p, soort: 'voorbij', waarde: 0 };
  if (p.van > venster.tot) return { periode: p, soort: 'te-laat', waarde: 0 };
  if (p.van >= venster.van) return { periode: p, soort: 'past', waarde: 1 };
  // Already running when the vraagstuk can start: it may still take the case, less surely.
  return { periode: p, soort: 'loopt', waarde: 0.6 };
}

/**
 * The candidate's periods (course periods, a person's availability) against the vraagstuk's window:
 * a period that starts inside the window fits (1), one that is already running overlaps (0.6).
 * Neutral without periods. (Whether none can fit at all is a hard constraint: timingUitsluiting.)
 */
export function timingSignaal(vraag: Pick<VraagKant, 'vroegsteStart' | 'deadline'>, periodes: readonly Periode[], vandaag: Datum): SignaalUitkomst {
  if (periodes.length === 0) return neutraal;
  const venster = vraagVenster(vraag, vandaag);
  const oordelen = periodes.map((p) => beoordeelPeriode(p, venster));
  const beste = oordelen.filter((o) => o.waarde > 0).sort((a, b) => b.waarde - a.waarde || a.periode.van.localeCompare(b.periode.van))[0];
  if (!beste) return { waarde: 0, uitleg: null };
  const sleutel = beste.soort === 'past' ? 'matching.uitleg.periodePast' : 'matching.uitleg.periodeLoopt';
  return { waarde: beste.waarde, uitleg: { sleutel, params: { 'periode.nl': beste.periode.label.nl, 'periode.en': beste.periode.label.en } } };
}

/** Every period ended before the window or starts after the deadline, or the intake deadline has passed. */
export function timingUitsluiting(vraag: Pick<VraagKant, 'vroegsteStart' | 'deadline'>, onderwijs: Pick<OnderwijsKant, 'periodes' | 'intakeDeadline'>, vandaag: Datum): Uitsluiting | null {
  if (onderwijs.intakeDeadline && onderwijs.intakeDeadline < vandaag) return 'intake';
  if (onderwijs.periodes.length === 0) return null;
  const venster = vraagVenster(vraag, vandaag);
  return onderwijs.periodes.every((p) => beoordeelPeriode(p, venster).waarde === 0) ? 'periode' : null;
}

/** A period label for dates without one (a person's availability): '1 feb. 2027 – 30 jun. 2027'. */
const datumOpmaak = {
  nl: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
};
export function periodeLabel(van: Datum, tot: Datum): Naam {
  const fmt = (taal: 'nl' | 'en', d: Datum) => datumOpmaak[taal].format(new Date(`${d}T00:00:00Z`));
  return { nl: `${fmt('nl', van)} – ${fmt('nl', tot)}`, en: `${fmt('en', van)} – ${fmt('en', tot)}` };
}

// ---------------------------------------------------------------------------------------------
// regio

/** Same regio 1; either side landelijk 0.6; another regio 0.2; unknown neutral. */
export function regioSignaal(vraag: Pick<VraagKant, 'regioCode' | 'landelijk'>, onderwijs: Pick<OnderwijsKant, 'regioCodes' | 'landelijk'>, regioNamen: ReadonlyMap<string, string>): SignaalUitkomst {
  const naam = (code: string) => regioNamen.get(code) ?? code;
  if (onderwijs.regioCodes.includes(vraag.regioCode)) return { waarde: 1, uitleg: { sleutel: 'matching.uitleg.regioZelfde', params: { regio: naam(vraag.regioCode) } } };
  if (onderwijs.landelijk || vraag.landelijk) return { waarde: 0.6, uitleg: { sleutel: 'matching.uitleg.regioLandelijk', params: {} } };
  if (onderwijs.regioCodes.length === 0) return neutraal;
  return { waarde: 0.2, uitleg: { sleutel: 'matching.uitleg.regioAnders', params: { regio: onderwijs.regioCodes.map(naam).join(', ') } } };
}

// ---------------------------------------------------------------------------------------------
// capaciteit

/** Places offered against places asked (students, teams): enough is 1, fewer in proportion; neutral when unknown. */
export function capaciteitSignaal(vraag: Pick<VraagKant, 'aantalStudenten' | 'aantalTeams'>, onderwijs: Pick<OnderwijsKant, 'aantalStudenten' | 'aantalTeams'>): SignaalUitkomst {
  const delen: { gevraagd: number; aangeboden: number; sleutel: string }[] = [];
  if (vraag.aantalStudenten && onderwijs.aantalStudenten) delen.push({ gevraagd: vraag.aantalStudenten, aangeboden: onderwijs.aantalStudenten, sleutel: 'studenten' });
  if (vraag.aantalTeams && onderwijs.aantalTeams) delen.push({ gevraagd: vraag.aantalTeams, aangeboden: onderwijs.aantalTeams, sleutel: 'teams' });
  if (delen.length === 0) return neutraal;
  const krapste = delen.sort((a, b) => a.aangeboden / a.gevraagd - b.aangeboden / b.gevraagd)[0]!;
  const verhouding = krapste.aangeboden / krapste.gevraagd;
  const genoeg = verhouding >= 1;
  return {
    waarde: rond(genoeg ? 1 : Math.max(0.1, verhouding)),
    uitleg: { sleutel: `matching.uitleg.capaciteit.${krapste.sleutel}${genoeg ? 'Genoeg' : 'TeWeinig'}`, params: { aangeboden: krapste.aangeboden, gevraagd: krapste.gevraagd } },
  };
}

// ---------------------------------------------------------------------------------------------
// eerder

/**
 * Earlier successful collaboration (accepted koppelingen and belangstellingen) between the
 * vraagstuk's organisatie and the candidate's: the same onderdeel 1, the same organisatie 0.7.
 */
export function eerderSignaal(vraag: Pick<VraagKant, 'organisatieId' | 'organisatieNaam'>, onderwijs: Pick<OnderwijsKant, 'organisaties' | 'onderdeelIds'>, eerder: readonly EerdereSamenwerking[], richting: 'vraagstuk' | 'aanbod'): SignaalUitkomst {
  let beste = 0;
  let naam = '';
  for (const s of eerder) {
    if (s.vraagOrganisatieId !== vraag.organisatieId) continue;
    const org = onderwijs.organisaties.find((o) => o.id === s.onderwijsOrganisatieId);
    const waarde = s.onderwijsOnderdeelId && onderwijs.onderdeelIds.includes(s.onderwijsOnderdeelId) ? 1 : org ? 0.7 : 0;
    if (waarde > beste) {
      beste = waarde;
      naam = richting === 'vraagstuk' ? (org?.naam ?? onderwijs.organisaties[0]?.naam ?? '') : vraag.organisatieNaam;
    }
  }
  if (beste === 0) return { waarde: 0, uitleg: null };
  return { waarde: beste, uitleg: { sleutel: 'matching.uitleg.eerder', params: { organisatie: naam } } };
}

// ---------------------------------------------------------------------------------------------
// versheid

const halveringsDagen = 120;

/** Published or updated recently: 1 today, halving every 120 days; neutral when unknown. */
export function versheidSignaal(bijgewerkt: number | null, peildatum: Date): SignaalUitkomst {
  if (bijgewerkt === null) return neutraal;
  const dagen = Math.max(0, Math.floor((peildatum.getTime() - bijgewerkt) / 86_400_000));
  const waarde = rond(0.5 ** (dagen / halveringsDagen));
  if (dagen > 60) return { waarde, uitleg: null };
  return { waarde, uitleg: dagen === 0 ? { sleutel: 'matching.uitleg.versheidVandaag', params: {} } : { sleutel: 'matching.uitleg.versheid', params: { count: dagen } } };
}

// ---------------------------------------------------------------------------------------------
// hard constraints and the score

/** The hard constraints of a pair, in the order they are checked; null when the pair may be suggested. */
export function uitsluiting(vraag: VraagKant, onderwijs: OnderwijsKant, vandaag: Datum): Uitsluiting | null {
  if (vraag.vertrouwelijkheid === 'partners' && !onderwijs.binnenPartners) return 'partners';
  if (onderwijs.soort === 'persoon' && (onderwijs.ambtenaar || onderwijs.lidVan.includes(vraag.organisatieId))) return 'eigen-organisatie';
  if (vraag.vormCodes.length > 0 && onderwijs.vormCodes.length > 0 && !vraag.vormCodes.some((v) => onderwijs.vormCodes.includes(v))) return 'vorm';
  return timingUitsluiting(vraag, onderwijs, vandaag);
}

/** The weighted mean of the signals, and every signal with its part in it, most contributing first. */
export function combineer(uitkomsten: Record<Signaal, SignaalUitkomst>, gewichten: Gewichten): { score: number; signalen: OpgeslagenSignaal[] } {
  const som = signalen.reduce((n, s) => n + gewichten[s], 0) || 1;
  const lijst = signalen.map((s, i) => {
    const { waarde, uitleg } = uitkomsten[s];
    return { i, signaal: { signaal: s, waarde: rond(waarde), gewicht: gewichten[s], bijdrage: rond((gewichten[s] * waarde) / som, 10_000), uitleg } };
  });
  lijst.sort((a, b) => b.signaal.bijdrage - a.signaal.bijdrage || a.i - b.i);
  const score = rond(signalen.reduce((n, s) => n + gewichten[s] * Math.min(1, Math.max(0, uitkomsten[s].waarde)), 0) / som, 10_000);
  return { score, signalen: lijst.map((x) => x.signaal) };
}
