import { parseArgs } from 'node:util';
import { rangschikVoorVraagstuk } from '../../src/modules/matching/index.ts';
import type { Db } from '../../src/db/client.ts';
import { baselineVoorVraagstuk } from './baseline.ts';
import { EvalDataError, leesEvaluatieset, peildatum, type EvalVraagstuk } from './load.ts';
import { mean, scores, type Scores } from './metrics.ts';
import { kandidaatRef, laadEvaluatieset } from './seed.ts';

/**
 * `npm run eval:matching [-- --detail] [-- --postgres] [-- --cluster NN]`: loads the hand-labelled
 * set (README.md) into a fresh database, ranks every vraagstuk with the engine and with the ts_rank
 * baseline over the same pool, and prints nDCG@10, recall@10 and MRR for both. Exit code 1 when the
 * engine does not beat the baseline on all three, so that a regression shows in CI.
 */
const K = 10;

const { values: opties } = parseArgs({
  options: {
    detail: { type: 'boolean', default: false },
    postgres: { type: 'boolean', default: false },
    cluster: { type: 'string', multiple: true },
  },
});

if (opties.postgres) {
  process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
} else {
  // The default is PGlite, even in a shell where the test suite's PostgreSQL URL is set.
  delete process.env.TEST_DATABASE_URL;
}
// Imported after the environment is settled: it reads TEST_DATABASE_URL.
const { createTestDatabase } = await import('../../tests/support/test-db.ts');

type Systeem = 'engine' | 'baseline';
type Uitkomst = { vraagstuk: EvalVraagstuk; lijst: Record<Systeem, string[]>; scores: Record<Systeem, Scores>; fout?: string };

async function engineTop(db: Db, vraagstukId: string, sleutelVan: (ref: string) => string): Promise<string[]> {
  // limiet is per kind: take the best 10 of each kind, merge them by score, keep the best 10. Equal
  // scores are ordered by candidate key (ids are random), so that runs are comparable.
  const suggesties = await rangschikVoorVraagstuk(db, vraagstukId, { limiet: K, peildatum });
  return suggesties
    .map((s) => ({ sleutel: sleutelVan(kandidaatRef(s.kandidaatSoort, s.kandidaatId)), score: s.score }))
    .sort((a, b) => b.score - a.score || a.sleutel.localeCompare(b.sleutel))
    .slice(0, K)
    .map((s) => s.sleutel);
}

const fmt = (x: number) => x.toFixed(3);
const pad = (s: string, n: number) => s.padEnd(n);

async function main(): Promise<number> {
  let set;
  try {
    set = await leesEvaluatieset();
  } catch (error) {
    if (error instanceof EvalDataError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  const gekozen = opties.cluster?.map((c) => c.padStart(2, '0'));
  const vraagstukken = set.vraagstukken.filter((v) => !gekozen || gekozen.some((c) => v.bestand.startsWith(c)));
  const labels = vraagstukken.reduce((n, v) => n + Object.keys(v.relevant).length, 0);

  const start = performance.now();
  const database = await createTestDatabase();
  let engineFout: string | undefined;
  const uitkomsten: Uitkomst[] = [];
  try {
    const geladen = await laadEvaluatieset(database.db, set);
    const laadSeconden = (performance.now() - start) / 1000;
    const sleutelVan = (ref: string) => geladen.kandidaatSleutel.get(ref) ?? `?${ref}`;

    const tijden: number[] = [];
    for (const v of vraagstukken) {
      const id = geladen.vraagstukId.get(v.sleutel)!;
      const baseline = (await baselineVoorVraagstuk(database.db, id))
        .map((r) => ({ sleutel: sleutelVan(r.ref), rank: r.rank }))
        .sort((a, b) => b.rank - a.rank || a.sleutel.localeCompare(b.sleutel))
        .slice(0, K)
        .map((r) => r.sleutel);
      let engine: string[] = [];
      let fout: string | undefined;
      if (!engineFout) {
        const t0 = performance.now();
        try {
          engine = await engineTop(database.db, id, sleutelVan);
          tijden.push(performance.now() - t0);
        } catch (error) {
          fout = (error as Error).message;
          if (fout === 'not yet') engineFout = 'de engine is nog niet gebouwd (rangschikVoorVraagstuk gooit "not yet")';
        }
      }
      uitkomsten.push({
        vraagstuk: v,
        lijst: { engine, baseline },
        scores: { engine: scores(engine, v.relevant, K), baseline: scores(baseline, v.relevant, K) },
        fout,
      });
    }

    const mediaan = tijden.length > 0 ? [...tijden].sort((a, b) => a - b)[Math.floor(tijden.length / 2)]! : 0;
    console.log(`\nEvaluatie matching (peildatum ${peildatum.toISOString().slice(0, 10)}, ${database.kind})`);
    console.log(`${vraagstukken.length} vraagstukken, ${set.kandidaten.length} kandidaten (${telSoorten(set.kandidaten)}), ${labels} labels; geladen in ${laadSeconden.toFixed(1)} s; engine mediaan ${mediaan.toFixed(0)} ms per vraagstuk\n`);

    if (opties.detail) for (const u of uitkomsten) printDetail(u);

    const totaal = { engine: mean(uitkomsten.map((u) => u.scores.engine)), baseline: mean(uitkomsten.map((u) => u.scores.baseline)) };
    console.log(`| systeem  | nDCG@10 | recall@10 |   MRR |`);
    console.log(`|----------|--------:|----------:|------:|`);
    for (const s of ['engine', 'baseline'] as const) {
      console.log(`| ${pad(s, 8)} |   ${fmt(totaal[s].ndcg)} |     ${fmt(totaal[s].recall)} | ${fmt(totaal[s].mrr)} |`);
    }

    console.log(`\nnDCG@10 per cluster:\n`);
    console.log(`| cluster                          | vraagstukken | engine | baseline |`);
    console.log(`|----------------------------------|-------------:|-------:|---------:|`);
    for (const c of set.clusters) {
      const deze = uitkomsten.filter((u) => u.vraagstuk.bestand === c.bestand);
      if (deze.length === 0) continue;
      const e = mean(deze.map((u) => u.scores.engine)).ndcg;
      const b = mean(deze.map((u) => u.scores.baseline)).ndcg;
      console.log(`| ${pad(`${c.bestand.slice(0, 2)} ${c.cluster}`, 32)} | ${String(deze.length).padStart(12)} | ${fmt(e).padStart(6)} | ${fmt(b).padStart(8)} |`);
    }

    const fouten = uitkomsten.filter((u) => u.fout && u.fout !== 'not yet');
    for (const u of fouten) console.error(`\nengine faalde op ${u.vraagstuk.sleutel}: ${u.fout}`);
    if (engineFout) {
      console.error(`\nLet op: ${engineFout}; alleen de baseline telt.`);
      return 1;
    }
    const wint = totaal.engine.ndcg > totaal.baseline.ndcg && totaal.engine.recall > totaal.baseline.recall && totaal.engine.mrr > totaal.baseline.mrr;
    console.log(wint ? '\nDe engine verslaat de baseline op alle drie de maten.' : '\nDe engine verslaat de baseline NIET op alle drie de maten.');
    return wint && fouten.length === 0 ? 0 : 1;
  } finally {
    await database.close();
  }
}

function telSoorten(kandidaten: { soort: string }[]): string {
  const n = (s: string) => kandidaten.filter((k) => k.soort === s).length;
  return `${n('aanbod')} aanbod, ${n('onderdeel')} onderdelen, ${n('persoon')} personen`;
}

function printDetail(u: Uitkomst) {
  const v = u.vraagstuk;
  const rel = v.relevant;
  console.log(`## ${v.sleutel} (${v.bestand.slice(0, 2)}): ${v.titel ?? v.titelEn}`);
  console.log(`   nDCG engine ${fmt(u.scores.engine.ndcg)} / baseline ${fmt(u.scores.baseline.ndcg)}; recall ${fmt(u.scores.engine.recall)} / ${fmt(u.scores.baseline.recall)}; RR ${fmt(u.scores.engine.mrr)} / ${fmt(u.scores.baseline.mrr)}`);
  if (u.fout) console.log(`   engine: ${u.fout}`);
  const rijen = Math.max(u.lijst.engine.length, u.lijst.baseline.length);
  const cel = (k: string | undefined) => (k ? `${rel[k] ? `[${rel[k]}]` : '   '} ${k}` : '');
  for (let i = 0; i < rijen; i++) console.log(`   ${String(i + 1).padStart(2)}. ${pad(cel(u.lijst.engine[i]), 52)} ${cel(u.lijst.baseline[i])}`);
  const gemist = Object.keys(rel).filter((k) => !u.lijst.engine.includes(k));
  if (gemist.length > 0) console.log(`   engine mist: ${gemist.map((k) => `${k} [${rel[k]}]`).join(', ')}`);
  console.log('');
}

process.exitCode = await main();
