// Phase 1, retrieval: the source's most informative terms and BM25 over the matching index.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { listSynoniemen, listThemas } from '../../taxonomie/index.ts';
import type { MatchingDocumentSoort } from '../schema.ts';
import { getal, jsonb, rijen } from './sql.ts';

/** A term of the source: a stem of its text, a theme ('thema:<code>'), or a stem of a theme's synonyms. */
export type ZoekTerm = { term: string; gewicht: number; soort: 'woord' | 'thema' | 'synoniem' };
/** A chosen term with its IDF (its BM25 query weight is IDF times the term's own weight); `bekend`: in the statistics. */
export type GekozenTerm = ZoekTerm & { idf: number; bekend: boolean };
/** A retrieved document: BM25 over every chosen term, over the text terms only (not themes), and the terms it matched. */
export type Treffer = { id: string; bm25: number; tekst: number; termen: string[] };
export type DocumentStatistiek = { documenten: number; gemiddeldeLengte: number };

export const bm25 = { k1: 1.2, b: 0.75 } as const;
/**
 * How many of each kind go on to scoring (their features are loaded, one query per kind). Further
 * down the BM25 ranking a candidate rarely reaches a top 20, and loading features is most of the
 * cost of a ranking after retrieval.
 */
export const kandidatenPerSoort = 200;
/** How many of each kind are scored exactly (with their length) after the first, rough pass. */
const voorselectiePerSoort = 500;
const maxWoorden = 24;
const maxThemas = 12;
const maxSynoniemen = 16;
/** A term in more than this share of the documents says little and costs most (its posting list). */
const maxAandeel = 0.3;
/**
 * The most index entries (postings) one kind's search may read: the cost of a ranking grows with
 * them, and the rare terms that decide it come first. It keeps a top-20 over 100,000 candidates
 * fast when the vocabulary is small (generated text); real text rarely reaches it.
 */
export const maxPostingsPerSoort = 4_000;
/** A term the statistics do not know is read up to this many postings (it should be rare; if it is not, the statistics are stale). */
const maxPostingsOnbekend = 500;

// ---------------------------------------------------------------------------------------------
// Statistics. N and the mean length of a large kind are kept in memory for 30 seconds: they change
// slowly, and counting 100,000 documents costs more than the rest of a ranking. A small kind is
// counted every time (cheap), so that its first documents are found at once.

const bewaarMs = 30_000;
const grootAantal = 5_000;
const statistiekCache = new WeakMap<object, Map<MatchingDocumentSoort, { tot: number; waarde: DocumentStatistiek }>>();

/** Forget the kept document statistics of this database. */
export function vergeetStatistiek(db: Db): void {
  statistiekCache.delete(db);
}

export async function documentStatistieken(db: Db, soorten: readonly MatchingDocumentSoort[]): Promise<Map<MatchingDocumentSoort, DocumentStatistiek>> {
  let cache = statistiekCache.get(db);
  if (!cache) statistiekCache.set(db, (cache = new Map()));
  const nu = Date.now();
  const uit = new Map<MatchingDocumentSoort, DocumentStatistiek>();
  for (const s of soorten) {
    const hit = cache.get(s);
    if (hit && hit.tot > nu) uit.set(s, hit.waarde);
  }
  const ontbreekt = soorten.filter((s) => !uit.has(s));
  if (ontbreekt.length > 0) {
    const r = await rijen<{ soort: MatchingDocumentSoort; n: unknown; gem: unknown }>(
      db,
      sql`select soort, count(*)::int as n, coalesce(avg(lengte), 1)::float8 as gem from matching_documenten
          where soort in (select value from jsonb_array_elements_text(${jsonb(ontbreekt)})) group by soort`,
    );
    for (const s of ontbreekt) {
      const rij = r.find((x) => x.soort === s);
      const waarde = { documenten: getal(rij?.n) ?? 0, gemiddeldeLengte: Math.max(1, getal(rij?.gem) ?? 1) };
      uit.set(s, waarde);
      if (waarde.documenten >= grootAantal) cache.set(s, { tot: nu + bewaarMs, waarde });
    }
  }
  return uit;
}

/** Document frequencies of the terms per kind (matching_term_statistiek; a missing term counts as rare). */
export async function documentFrequenties(db: Db, soorten: readonly MatchingDocumentSoort[], termen: readonly string[]): Promise<Map<string, number>> {
  if (termen.length === 0 || soorten.length === 0) return new Map();
  const r = await rijen<{ soort: string; term: string; documenten: unknown }>(
    db,
    sql`select soort, term, documenten from matching_term_statistiek
        where soort in (select value from jsonb_array_elements_text(${jsonb(soorten)}))
          and term in (select value from jsonb_array_elements_text(${jsonb(termen)}))`,
  );
  return new Map(r.map((x) => [`${x.soort}\u0000${x.term}`, getal(x.documenten) ?? 0]));
}

/**
 * The terms to search one kind with: per term its IDF (BM25's, never negative) times its own weight;
 * terms in more than 30% of the documents dropped (once there are enough documents to say so);
 * then, most informative first, the 24 best words, 12 themes and 16 synonym stems, as long as their
 * postings fit the kind's budget. A term the statistics do not know is kept on top of those: it is
 * in no document or in a few new ones, so its scan costs next to nothing and may find a document
 * added since the statistics were refreshed.
 */
export function kiesTermen(termen: readonly ZoekTerm[], stat: DocumentStatistiek, df: (term: string) => number, budget = maxPostingsPerSoort): GekozenTerm[] {
  const n = stat.documenten;
  if (n === 0) return [];
  const beste = new Map<string, ZoekTerm & { idf: number; df: number }>();
  for (const t of termen) {
    const d = Math.min(n, df(t.term));
    if (n >= 20 && d > maxAandeel * n) continue;
    const idf = Math.log(1 + (n - d + 0.5) / (d + 0.5));
    const eerder = beste.get(t.term);
    if (!eerder || eerder.idf * eerder.gewicht < idf * t.gewicht) beste.set(t.term, { ...t, idf, df: d });
  }
  const max = { woord: maxWoorden, thema: maxThemas, synoniem: maxSynoniemen };
  const aantal = { woord: 0, thema: 0, synoniem: 0 };
  let kosten = 0;
  const gekozen: GekozenTerm[] = [];
  const volgorde = [...beste.values()].sort((a, b) => b.idf * b.gewicht - a.idf * a.gewicht || a.term.localeCompare(b.term));
  for (const t of volgorde) {
    if (t.df === 0) {
      // Unknown to the statistics: cheap, and not counted against the kind's maximum.
      if (aantal[t.soort] < 3 * max[t.soort]) gekozen.push({ term: t.term, gewicht: t.gewicht, soort: t.soort, idf: t.idf, bekend: false });
      continue;
    }
    if (aantal[t.soort] >= max[t.soort] || kosten + t.df > budget) continue;
    kosten += t.df;
    aantal[t.soort]++;
    gekozen.push({ term: t.term, gewicht: t.gewicht, soort: t.soort, idf: t.idf, bekend: true });
  }
  return gekozen;
}

/**
 * BM25 per document over the chosen terms, the best `perSoort` of each kind, with the terms each
 * matched. Every term is one range scan of the primary key (soort, term, document_id), capped (a
 * term the statistics underestimate cannot run away). A first pass sums the terms
 * without length normalisation (no join per posting); the best 500 of each kind are then scored
 * exactly with their length.
 */
export async function zoekKandidaten(db: Db, gekozen: ReadonlyMap<MatchingDocumentSoort, { termen: GekozenTerm[]; stat: DocumentStatistiek }>, perSoort = kandidatenPerSoort): Promise<Map<MatchingDocumentSoort, Treffer[]>> {
  const q = [...gekozen].flatMap(([soort, { termen }]) => termen.map((t) => ({ s: soort, t: t.term, w: t.idf * t.gewicht, l: t.bekend ? maxPostingsPerSoort : maxPostingsOnbekend })));
  const uit = new Map<MatchingDocumentSoort, Treffer[]>([...gekozen.keys()].map((s) => [s, []]));
  if (q.length === 0) return uit;
  const { k1, b } = bm25;
  const r = await rijen<{ soort: MatchingDocumentSoort; id: string; termen: string[]; gewichten: unknown[]; lengte: unknown }>(
    db,
    sql`with q as (select * from jsonb_to_recordset(${jsonb(q)}) as q(s text, t text, w float8, l int)),
      g as (
        select q.s as soort, m.document_id, sum(q.w * m.gewicht * ${k1 + 1} / (m.gewicht + ${k1})) as ruw,
          array_agg(q.t) as termen, array_agg(m.gewicht) as gewichten
        from q cross join lateral (
          select mt.document_id, mt.gewicht from matching_termen mt where mt.soort = q.s and mt.term = q.t limit q.l) m
        group by q.s, m.document_id),
      t as (select * from (select g.*, row_number() over (partition by soort order by ruw desc, document_id) as r from g) x where r <= ${voorselectiePerSoort})
      select t.soort, t.document_id::text as id, t.termen, t.gewichten,
        (select d.lengte from matching_documenten d where d.soort = t.soort and d.document_id = t.document_id) as lengte
      from t
      -- Never more rows than this; the limit also keeps the planner's cost estimate (it expects far
      -- more rows) below jit_above_cost: compiling the query would cost more than running it.
      limit ${voorselectiePerSoort * gekozen.size}`,
  );
  const w = new Map([...gekozen].map(([soort, { termen }]) => [soort, new Map(termen.map((t) => [t.term, t.idf * t.gewicht]))]));
  for (const x of r) {
    const avgdl = gekozen.get(x.soort)!.stat.gemiddeldeLengte;
    const gewichtVan = w.get(x.soort)!;
    const norm = k1 * (1 - b + (b * (getal(x.lengte) ?? avgdl)) / avgdl);
    let score = 0;
    let tekst = 0;
    for (let i = 0; i < x.termen.length; i++) {
      const term = x.termen[i]!;
      const g = getal(x.gewichten[i]) ?? 1;
      const bijdrage = ((gewichtVan.get(term) ?? 0) * g * (k1 + 1)) / (g + norm);
      score += bijdrage;
      if (!term.startsWith('thema:')) tekst += bijdrage;
    }
    uit.get(x.soort)?.push({ id: x.id, bm25: score, tekst, termen: x.termen });
  }
  for (const [soort, lijst] of uit) uit.set(soort, lijst.sort((a, b) => b.bm25 - a.bm25 || a.id.localeCompare(b.id)).slice(0, perSoort));
  return uit;
}

// ---------------------------------------------------------------------------------------------
// Themes through their names and synonyms, as stems (the index holds stems).

export type ThemaFrasen = Map<string, string[][]>;
const frasenCache = new WeakMap<object, { themas: object; waarde: Promise<ThemaFrasen> }>();

/**
 * Per theme, the stems of each of its names and synonyms in both languages ('kunstmatige
 * intelligentie' -> [kunstmat, intelligentie]). A text names the theme when it holds every stem of
 * one of them. Computed again whenever the taxonomy module hands out a new list of synonyms (it
 * keeps them 30 seconds, and drops them at once after a change).
 */
export async function themaFrasen(db: Db): Promise<ThemaFrasen> {
  const [themas, synoniemen] = await Promise.all([listThemas(db), listSynoniemen(db)]);
  const hit = frasenCache.get(synoniemen);
  if (hit && hit.themas === themas) return hit.waarde;
  const waarde = (async () => {
    const frasen = [
      ...themas.flatMap((t) => [
        { code: t.code, cfg: 'dutch', term: t.naamNl },
        { code: t.code, cfg: 'english', term: t.naamEn },
      ]),
      ...synoniemen.map((s) => ({ code: s.themaCode, cfg: s.taal === 'en' ? 'english' : 'dutch', term: s.term })),
    ].map((f, i) => ({ ...f, i }));
    const r =
      frasen.length === 0
        ? []
        : await rijen<{ i: number; stammen: string[] }>(
            db,
            sql`select x.i, tsvector_to_array(to_tsvector(x.cfg::regconfig, x.term)) as stammen from jsonb_to_recordset(${jsonb(frasen)}) as x(i int, cfg text, term text)`,
          );
    const uit: ThemaFrasen = new Map();
    for (const x of r) {
      const f = frasen[Number(x.i)]!;
      if (x.stammen.length === 0) continue;
      const stammen = [...x.stammen].sort();
      const lijst = uit.get(f.code) ?? [];
      if (!lijst.some((s) => s.join(' ') === stammen.join(' '))) lijst.push(stammen);
      uit.set(f.code, lijst);
    }
    return uit;
  })();
  waarde.catch(() => frasenCache.delete(synoniemen));
  frasenCache.set(synoniemen, { themas, waarde });
  return waarde;
}

/** The themes whose name or synonym occurs (all its stems) among these terms. */
export function afgeleideThemas(termen: ReadonlySet<string>, frasen: ThemaFrasen, alleen?: ReadonlySet<string>): string[] {
  const uit: string[] = [];
  for (const [code, lijst] of frasen) {
    if (alleen && !alleen.has(code)) continue;
    if (lijst.some((stammen) => stammen.every((s) => termen.has(s)))) uit.push(code);
  }
  return uit;
}

// ---------------------------------------------------------------------------------------------
// Stems back to words: an explanation shows 'algoritmes', not 'algoritm'.

/** The words of a text in order, each once (lower case as key, the first spelling as shown). */
export function woordenVan(tekst: string): Map<string, string> {
  const uit = new Map<string, string>();
  for (const w of tekst.normalize('NFKC').split(/[^\p{L}\p{N}]+/u)) {
    if (w.length < 2 || w.length > 60) continue;
    const key = w.toLowerCase();
    if (!uit.has(key)) uit.set(key, w);
    if (uit.size >= 800) break;
  }
  return uit;
}

/**
 * For each of these stems, the first word of the text (Dutch or English) that stems to it. Only words
 * that begin like one of the stems are stemmed (a stem keeps at least the start of its word), so the
 * query stems a handful of words rather than the whole text.
 */
export async function woordVoorStam(db: Db, woorden: ReadonlyMap<string, string>, stammen: readonly string[]): Promise<Map<string, string>> {
  const uit = new Map<string, string>();
  const begin = (w: string) => w.slice(0, 3);
  const beginnen = new Set(stammen.map(begin));
  const lijst = [...woorden.keys()].filter((w) => beginnen.has(begin(w)));
  if (lijst.length === 0 || stammen.length === 0) return uit;
  const r = await rijen<{ o: unknown; stam: string }>(
    db,
    sql`select x.o, s.stam from jsonb_array_elements_text(${jsonb(lijst)}) with ordinality as x(w, o),
          lateral unnest(tsvector_to_array(to_tsvector('dutch', x.w)) || tsvector_to_array(to_tsvector('english', x.w))) as s(stam)
        where s.stam in (select value from jsonb_array_elements_text(${jsonb(stammen)}))
        order by x.o`,
  );
  for (const x of r) if (!uit.has(x.stam)) uit.set(x.stam, woorden.get(lijst[Number(x.o) - 1]!)!);
  return uit;
}
