// The engine, both directions: retrieval in SQL (termen.ts), features (kandidaten.ts), signals and
// hard constraints (signalen.ts). Pure computation: it stores nothing.
import type { Db } from '../../../db/client.ts';
import { listRegios, listSamenwerkingsvormen, listThemas } from '../../taxonomie/index.ts';
import { leesConfiguratie, type Gewichten, type Signaal } from '../configuratie.ts';
import { kandidaatSoorten, type KandidaatSoort, type MatchingDocumentSoort, type OpgeslagenSignaal, type SuggestieRichting } from '../schema.ts';
import { laadAanbod, laadAanbodBron, laadEerdereSamenwerking, laadOnderdelen, laadPersonen, laadVraagBron, laadVraagstukken, type Met } from './kandidaten.ts';
import {
  alsDatum,
  capaciteitSignaal,
  combineer,
  eerderSignaal,
  niveauSignaal,
  regioSignaal,
  tekstSignaal,
  themaSignaal,
  timingSignaal,
  uitsluiting,
  versheidSignaal,
  vormSignaal,
} from './signalen.ts';
import { afgeleideThemas, bm25, documentFrequenties, documentStatistieken, kiesTermen, themaFrasen, woordenVan, woordVoorStam, zoekKandidaten, type GekozenTerm, type ThemaFrasen, type Treffer, type ZoekTerm } from './termen.ts';
import type { EerdereSamenwerking, Naam, OnderwijsKant, SignaalUitkomst, ThemaGewichten, VraagKant } from './typen.ts';

/** One ranked candidate. For richting 'aanbod', kandidaatSoort is 'aanbod', kandidaatId the aanbod item, and vraagstukId the suggested vraagstuk. */
export type Suggestie = {
  richting: SuggestieRichting;
  vraagstukId: string;
  kandidaatSoort: KandidaatSoort;
  kandidaatId: string;
  /** 0..1: the weighted mean of the signals. */
  score: number;
  /** Every signal, most contributing first. */
  signalen: OpgeslagenSignaal[];
};

export type RangschikOpties = {
  soorten?: readonly KandidaatSoort[];
  limiet?: number;
  gewichten?: Gewichten;
  /** 'Today' for the timing and freshness signals (default: now); the evaluation fixes it. */
  peildatum?: Date;
};

const uuidVorm = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An inferred theme counts for less than a tagged one: the synonyms can be wrong. */
const afgeleidGewicht = 0.6;
/** How many shared words an explanation names. */
const maxWoorden = 5;

type Namen = { themas: Map<string, Naam>; vormen: Map<string, Naam>; regios: Map<string, string> };

async function laadNamen(db: Db): Promise<Namen> {
  const [themas, vormen, regios] = await Promise.all([listThemas(db), listSamenwerkingsvormen(db), listRegios(db)]);
  return {
    themas: new Map(themas.map((t) => [t.code, { nl: t.naamNl, en: t.naamEn }])),
    vormen: new Map(vormen.map((v) => [v.code, { nl: v.naamNl, en: v.naamEn }])),
    regios: new Map(regios.map((r) => [r.code, r.naam])),
  };
}

/** Tagged themes at 1, themes the terms name through the synonyms at less. */
function themaGewichten(getagd: ReadonlyMap<string, number>, afgeleid: readonly string[]): ThemaGewichten {
  const uit = new Map(getagd);
  for (const code of afgeleid) if (!uit.has(code)) uit.set(code, afgeleidGewicht);
  return uit;
}

/**
 * The source's search terms: its stems (title counts more than body, a repeated word a little
 * more), its themes, and the stems of its themes' names and synonyms (query expansion: a question
 * about 'kunstmatige intelligentie' finds aanbod that says 'machine learning').
 */
function zoekTermen(lexemen: readonly { t: string; w: number; n: number }[], themas: ThemaGewichten, frasen: ThemaFrasen): ZoekTerm[] {
  const termen: ZoekTerm[] = lexemen.map((l) => ({ term: l.t, gewicht: (1 + 0.5 * (l.w - 1)) * (1 + 0.15 * Math.min(3, l.n - 1)), soort: 'woord' }));
  for (const [code, w] of themas) {
    termen.push({ term: `thema:${code}`, gewicht: w === 1 ? 1.5 : 1, soort: 'thema' });
    for (const stammen of frasen.get(code) ?? []) for (const s of stammen) termen.push({ term: s, gewicht: 0.5, soort: 'synoniem' });
  }
  return termen;
}

type Zoekresultaat = {
  treffers: Map<MatchingDocumentSoort, Treffer[]>;
  gekozen: Map<string, GekozenTerm>;
  /** Per kind, what the text BM25 is measured against (see tekstNoemer). */
  noemer: Map<MatchingDocumentSoort, number>;
};

/**
 * The text signal is BM25 relative to the best text match over every kind, but never relative to
 * less than a fair share of what a document holding every chosen word (twice, at average length)
 * would score: when even the best match is weak, it is not made to look strong.
 */
const eerlijkDeel = 0.3;
function tekstNoemers(treffers: ReadonlyMap<MatchingDocumentSoort, Treffer[]>, termen: ReadonlyMap<MatchingDocumentSoort, GekozenTerm[]>): Map<MatchingDocumentSoort, number> {
  const beste = Math.max(0, ...[...treffers.values()].flatMap((l) => l.map((t) => t.tekst)));
  const tf = (2 * (bm25.k1 + 1)) / (2 + bm25.k1);
  return new Map(
    [...termen].map(([soort, lijst]) => [soort, Math.max(beste, eerlijkDeel * lijst.filter((t) => t.soort === 'woord').reduce((n, t) => n + t.idf * t.gewicht * tf, 0))]),
  );
}

/** Phase 1 for each kind: statistics, the chosen terms, BM25. */
async function zoek(db: Db, soorten: readonly MatchingDocumentSoort[], termen: readonly ZoekTerm[]): Promise<Zoekresultaat> {
  const [stats, df] = await Promise.all([documentStatistieken(db, soorten), documentFrequenties(db, soorten, [...new Set(termen.map((t) => t.term))])]);
  const perSoort = new Map(soorten.map((s) => [s, { stat: stats.get(s)!, termen: kiesTermen(termen, stats.get(s)!, (t) => df.get(`${s}\u0000${t}`) ?? 0) }]));
  const gekozen = new Map<string, GekozenTerm>();
  for (const { termen: lijst } of perSoort.values()) for (const t of lijst) if (!gekozen.has(t.term) || gekozen.get(t.term)!.idf < t.idf) gekozen.set(t.term, t);
  const treffers = await zoekKandidaten(db, perSoort);
  return { treffers, gekozen, noemer: tekstNoemers(treffers, new Map([...perSoort].map(([s, x]) => [s, x.termen]))) };
}

/** The shared words of one candidate, most informative first, as words of the source text. */
function gedeeldeWoorden(treffer: Treffer, gekozen: ReadonlyMap<string, GekozenTerm>, woord: ReadonlyMap<string, string>): string[] {
  const woorden = treffer.termen
    .filter((t) => !t.startsWith('thema:') && woord.has(t))
    .sort((a, b) => (gekozen.get(b)?.idf ?? 0) - (gekozen.get(a)?.idf ?? 0) || a.localeCompare(b))
    .map((t) => woord.get(t)!);
  return [...new Set(woorden)].slice(0, maxWoorden);
}

type Context = { gewichten: Gewichten; namen: Namen; vandaag: string; peildatum: Date; eerder: EerdereSamenwerking[]; richting: SuggestieRichting };

function beoordeel(vraag: VraagKant, onderwijs: OnderwijsKant, tekst: SignaalUitkomst, ctx: Context): { score: number; signalen: OpgeslagenSignaal[] } | null {
  if (uitsluiting(vraag, onderwijs, ctx.vandaag)) return null;
  const kandidaat = ctx.richting === 'vraagstuk' ? onderwijs : vraag;
  const uitkomsten: Record<Signaal, SignaalUitkomst> = {
    tekst,
    thema: themaSignaal(vraag.themas, onderwijs.themas, ctx.namen.themas),
    vorm: vormSignaal(vraag.vormCodes, onderwijs.vormCodes, ctx.namen.vormen),
    niveau: niveauSignaal(vraag.niveaus, onderwijs.niveaus, onderwijs.sectoren),
    timing: timingSignaal(vraag, onderwijs.periodes, ctx.vandaag),
    regio: regioSignaal(vraag, onderwijs, ctx.namen.regios),
    capaciteit: capaciteitSignaal(vraag, onderwijs),
    eerder: eerderSignaal(vraag, onderwijs, ctx.eerder, ctx.richting),
    versheid: versheidSignaal(kandidaat.bijgewerkt, ctx.peildatum),
  };
  return combineer(uitkomsten, ctx.gewichten);
}

const opScore = (a: Suggestie, b: Suggestie) =>
  b.score - a.score || kandidaatSoorten.indexOf(a.kandidaatSoort) - kandidaatSoorten.indexOf(b.kandidaatSoort) || (a.richting === 'aanbod' ? a.vraagstukId.localeCompare(b.vraagstukId) : a.kandidaatId.localeCompare(b.kandidaatId));

/** The best candidates of each kind for a vraagstuk (limiet per kind, default 20), best first; [] when it does not exist. */
export async function rangschikVoorVraagstuk(db: Db, vraagstukId: string, opties: RangschikOpties = {}): Promise<Suggestie[]> {
  if (!uuidVorm.test(vraagstukId)) return [];
  const soorten = kandidaatSoorten.filter((s) => !opties.soorten || opties.soorten.includes(s));
  const limiet = opties.limiet ?? 20;
  const peildatum = opties.peildatum ?? new Date();
  const [bron, gewichten, frasen, namen] = await Promise.all([
    laadVraagBron(db, vraagstukId),
    opties.gewichten ?? leesConfiguratie(db).then((c) => c.gewichten),
    themaFrasen(db),
    laadNamen(db),
  ]);
  if (!bron || soorten.length === 0 || limiet <= 0) return [];
  const vraag = bron.vraag;
  vraag.themas = themaGewichten(vraag.themas, afgeleideThemas(new Set(bron.lexemen.map((l) => l.t)), frasen));
  const { treffers, gekozen, noemer: noemers } = await zoek(db, soorten, zoekTermen(bron.lexemen, vraag.themas, frasen));

  // A na-introductie vraagstuk's explanation may only show words of its public summary.
  const toonbaar = [...gekozen.keys()].filter((t) => !t.startsWith('thema:') && (vraag.vertrouwelijkheid !== 'na-introductie' || bron.publiek.has(t)));
  const ids = (s: KandidaatSoort) => (treffers.get(s) ?? []).map((t) => t.id);
  const [woord, aanbod, onderdelen, personen, eerder] = await Promise.all([
    woordVoorStam(db, woordenVan(bron.tekst), toonbaar),
    laadAanbod(db, ids('aanbod'), vraag.titel),
    laadOnderdelen(db, ids('onderdeel'), vraag.titel),
    laadPersonen(db, ids('persoon')),
    laadEerdereSamenwerking(db, { vraagOrganisatieId: vraag.organisatieId }),
  ]);
  const ctx: Context = { gewichten, namen, vandaag: alsDatum(peildatum), peildatum, eerder, richting: 'vraagstuk' };
  const bronThemas = new Set(vraag.themas.keys());
  const kenmerken = new Map<KandidaatSoort, Met<OnderwijsKant>[]>([['aanbod', aanbod], ['onderdeel', onderdelen], ['persoon', personen]]);

  const uit: Suggestie[] = [];
  for (const soort of soorten) {
    const lijst = treffers.get(soort) ?? [];
    const perId = new Map((kenmerken.get(soort) ?? []).map((k) => [k.id, k]));
    const noemer = noemers.get(soort) ?? 0;
    const soortUit: Suggestie[] = [];
    for (const treffer of lijst) {
      const kandidaat = perId.get(treffer.id);
      if (!kandidaat) continue;
      kandidaat.themas = themaGewichten(kandidaat.themas, afgeleideThemas(new Set(treffer.termen), frasen, bronThemas));
      const tekst = tekstSignaal(treffer.tekst, noemer, kandidaat.trigram, gedeeldeWoorden(treffer, gekozen, woord));
      const oordeel = beoordeel(vraag, kandidaat, tekst, ctx);
      if (oordeel) soortUit.push({ richting: 'vraagstuk', vraagstukId: vraag.id, kandidaatSoort: soort, kandidaatId: kandidaat.id, ...oordeel });
    }
    uit.push(...soortUit.sort(opScore).slice(0, limiet));
  }
  return uit.sort(opScore);
}

/** The best open vraagstukken for an aanbod item (default 20), best first; [] when it does not exist. */
export async function rangschikVoorAanbod(db: Db, aanbodId: string, opties: Omit<RangschikOpties, 'soorten'> = {}): Promise<Suggestie[]> {
  if (!uuidVorm.test(aanbodId)) return [];
  const limiet = opties.limiet ?? 20;
  const peildatum = opties.peildatum ?? new Date();
  const [bron, gewichten, frasen, namen] = await Promise.all([
    laadAanbodBron(db, aanbodId),
    opties.gewichten ?? leesConfiguratie(db).then((c) => c.gewichten),
    themaFrasen(db),
    laadNamen(db),
  ]);
  if (!bron || limiet <= 0) return [];
  const onderwijs = bron.aanbod;
  onderwijs.themas = themaGewichten(onderwijs.themas, afgeleideThemas(new Set(bron.lexemen.map((l) => l.t)), frasen));
  const { treffers, gekozen, noemer: noemers } = await zoek(db, ['vraagstuk'], zoekTermen(bron.lexemen, onderwijs.themas, frasen));
  const lijst = treffers.get('vraagstuk') ?? [];
  const toonbaar = [...gekozen.keys()].filter((t) => !t.startsWith('thema:'));
  const [woord, vraagstukken, eerder] = await Promise.all([
    woordVoorStam(db, woordenVan(bron.tekst), toonbaar),
    laadVraagstukken(db, lijst.map((t) => t.id), onderwijs.titel),
    laadEerdereSamenwerking(db, { onderwijsOrganisatieIds: onderwijs.organisaties.map((o) => o.id) }),
  ]);
  const ctx: Context = { gewichten, namen, vandaag: alsDatum(peildatum), peildatum, eerder, richting: 'aanbod' };
  const bronThemas = new Set(onderwijs.themas.keys());
  const perId = new Map(vraagstukken.map((v) => [v.id, v]));
  const noemer = noemers.get('vraagstuk') ?? 0;

  const uit: Suggestie[] = [];
  for (const treffer of lijst) {
    const vraag = perId.get(treffer.id);
    if (!vraag) continue;
    vraag.themas = themaGewichten(vraag.themas, afgeleideThemas(new Set(treffer.termen), frasen, bronThemas));
    const tekst = tekstSignaal(treffer.tekst, noemer, vraag.trigram, gedeeldeWoorden(treffer, gekozen, woord));
    const oordeel = beoordeel(vraag, onderwijs, tekst, ctx);
    if (oordeel) uit.push({ richting: 'aanbod', vraagstukId: vraag.id, kandidaatSoort: 'aanbod', kandidaatId: onderwijs.id, ...oordeel });
  }
  return uit.sort(opScore).slice(0, limiet);
}
