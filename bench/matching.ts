/**
 * The matching bench (issue 6, "Measured quality"): in this process, on PGlite and (with
 * DATABASE_URL) on PostgreSQL, over a fresh database with --kandidaten candidates (60% aanbod, 25%
 * onderdelen, 15% public profiles) and --vraagstukken open vraagstukken:
 * - top-20 suggestions per kind for one vraagstuk (p50, p95 over --metingen different vraagstukken,
 *   one connection), and top-20 vraagstukken for one aanbod item;
 * - ranking and storing one vraagstuk's suggestions;
 * - refreshing the term statistics;
 * - recomputing and storing the suggestions of every vraagstuk (total time; peak RSS of this
 *   process, sampled; on PostgreSQL the server's memory is not in it).
 *
 *   npm run bench -- --matching [--kandidaten N] [--vraagstukken N] [--metingen N] [--gelijktijdig N] [--only pglite|postgres]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { inArray, sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.ts';
import { importReference } from '../src/db/seed/import-reference.ts';
import { readReferenceFile } from '../src/db/seed/reference-file.ts';
import { aanbod } from '../src/modules/aanbod/schema.ts';
// Straight from the files rather than the module's index.ts, which would also load its pages.
import { rangschikVoorAanbod, rangschikVoorVraagstuk } from '../src/modules/matching/engine/rangschik.ts';
import { alleSuggestiesHerberekenen, statistiekVerversen, suggestiesBijwerkenVoorVraagstuk } from '../src/modules/matching/suggesties/bijwerken.ts';
import { vraagstukken } from '../src/modules/vraagstukken/schema.ts';
import { emptyDatabase, type DatabaseKind } from './database.ts';
import { createRandom, seedSynthetic } from './generate.ts';
import { seedMatching, type MatchingSeedAantallen } from './matching-seed.ts';
import { repoRoot } from './server.ts';

type Verdeling = { n: number; p50: number; p95: number; p99: number; max: number; mean: number };
type MatchingResultaat = {
  database: DatabaseKind;
  location: string;
  seed: MatchingSeedAantallen & { organisaties: number };
  vraagstukNaarKandidaten: Verdeling;
  aanbodNaarVraagstukken: Verdeling;
  rangschikkenEnOpslaan: Verdeling;
  statistiekSeconden: number;
  herberekenen: { vraagstukken: number; mislukt: number; seconden: number; msPerVraagstuk: number; gelijktijdig: number; rijen: number; rssStartMb: number; rssPiekMb: number };
};

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');
const mb = (bytes: number) => bytes / 1024 / 1024;

function verdeling(ms: number[]): Verdeling {
  const s = [...ms].sort((a, b) => a - b);
  const p = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN;
  return { n: s.length, p50: p(0.5), p95: p(0.95), p99: p(0.99), max: s.at(-1) ?? NaN, mean: s.reduce((a, b) => a + b, 0) / Math.max(1, s.length) };
}

async function meet(ids: readonly string[], werk: (id: string) => Promise<unknown>): Promise<Verdeling> {
  const tijden: number[] = [];
  for (const id of ids) {
    const t = performance.now();
    await werk(id);
    tijden.push(performance.now() - t);
  }
  return verdeling(tijden);
}

/** `n` ids of the list, spread deterministically, and `warm` others for the warm-up. */
function steekproef(ids: readonly string[], n: number, warm: number, seed: number): { meting: string[]; warm: string[] } {
  const r = createRandom(seed);
  const geschud = [...ids];
  for (let i = geschud.length - 1; i > 0; i--) {
    const j = r.int(i + 1);
    [geschud[i], geschud[j]] = [geschud[j]!, geschud[i]!];
  }
  return { meting: geschud.slice(0, n), warm: geschud.slice(n, n + warm) };
}

async function benchmark(kind: DatabaseKind, o: { kandidaten: number; vraagstukken: number; metingen: number; gelijktijdig: number }, cleanups: (() => Promise<void>)[]): Promise<MatchingResultaat> {
  const leeg = await emptyDatabase(kind, process.env.DATABASE_URL || undefined);
  cleanups.push(leeg.cleanup);
  const log = (tekst: string) => console.log(`[matching ${kind}] ${tekst}`);
  log(`seeding into ${leeg.location} ...`);
  let database: Database = await leeg.open(4);
  let seed: MatchingResultaat['seed'];
  const seedStart = performance.now();
  try {
    await database.migrate();
    await importReference(database.db, await readReferenceFile());
    const organisaties = await seedSynthetic(database.db, Math.max(500, Math.round(o.kandidaten / 20)), { analyze: false });
    const aantallen = await seedMatching(database.db, o, { voortgang: (t) => log(`  ${t}`) });
    // The whole preparation: migrations, reference data, organisations and the matching data.
    seed = { ...aantallen, organisaties, seconds: (performance.now() - seedStart) / 1000 };
  } finally {
    await database.close();
  }
  log(`seeded in ${fmt(seed.seconds)} s (matching index and term statistics ${fmt(seed.indexSeconds)} s)`);

  // One connection for the latencies: what one request of the app gets.
  database = await leeg.open(1);
  const { db } = database;
  try {
    const vraagstukIds = (await db.select({ id: vraagstukken.id }).from(vraagstukken).where(inArray(vraagstukken.status, ['gepubliceerd', 'in-gesprek', 'ingediend']))).map((x) => x.id);
    const aanbodIds = (await db.select({ id: aanbod.id }).from(aanbod)).map((x) => x.id);
    const v = steekproef(vraagstukIds, o.metingen, 10, 1);
    const a = steekproef(aanbodIds, o.metingen, 10, 2);
    log(`top-20 for ${v.meting.length} vraagstukken ...`);
    for (const id of v.warm) await rangschikVoorVraagstuk(db, id, { limiet: 20 });
    const vraagstukNaarKandidaten = await meet(v.meting, (id) => rangschikVoorVraagstuk(db, id, { limiet: 20 }));
    log(`  p50 ${fmt(vraagstukNaarKandidaten.p50)} ms, p95 ${fmt(vraagstukNaarKandidaten.p95)} ms`);
    log(`top-20 for ${a.meting.length} aanbod items ...`);
    for (const id of a.warm) await rangschikVoorAanbod(db, id, { limiet: 20 });
    const aanbodNaarVraagstukken = await meet(a.meting, (id) => rangschikVoorAanbod(db, id, { limiet: 20 }));
    log(`  p50 ${fmt(aanbodNaarVraagstukken.p50)} ms, p95 ${fmt(aanbodNaarVraagstukken.p95)} ms`);
    const rangschikkenEnOpslaan = await meet(v.meting.slice(0, 50), (id) => suggestiesBijwerkenVoorVraagstuk(db, id));
    let t = performance.now();
    await statistiekVerversen(db);
    const statistiekSeconden = (performance.now() - t) / 1000;
    await database.close();

    database = await leeg.open(o.gelijktijdig);
    log(`recomputing the suggestions of ${vraagstukIds.length} vraagstukken (${o.gelijktijdig} at a time) ...`);
    const rssStart = process.memoryUsage().rss;
    let piek = rssStart;
    const sampler = setInterval(() => (piek = Math.max(piek, process.memoryUsage().rss)), 100);
    let gemeld = 0;
    t = performance.now();
    const her = await alleSuggestiesHerberekenen(database.db, {
      richtingen: ['vraagstuk'],
      gelijktijdig: o.gelijktijdig,
      opVoortgang: (klaar, totaal) => {
        if (klaar - gemeld >= Math.max(1000, totaal / 10) || klaar === totaal) {
          gemeld = klaar;
          log(`  ${klaar}/${totaal} after ${fmt((performance.now() - t) / 1000)} s`);
        }
      },
    }).finally(() => clearInterval(sampler));
    piek = Math.max(piek, process.memoryUsage().rss);
    const seconden = (performance.now() - t) / 1000;
    const [telling] = ((await database.db.execute(sql`select count(*)::int as n from suggesties where richting = 'vraagstuk'`)) as unknown as { rows: { n: number }[] }).rows;
    return {
      database: kind,
      location: leeg.location,
      seed,
      vraagstukNaarKandidaten,
      aanbodNaarVraagstukken,
      rangschikkenEnOpslaan,
      statistiekSeconden,
      herberekenen: {
        vraagstukken: her.vraagstukken,
        mislukt: her.mislukt,
        seconden,
        msPerVraagstuk: (seconden * 1000) / Math.max(1, her.vraagstukken),
        gelijktijdig: o.gelijktijdig,
        rijen: Number(telling?.n ?? 0),
        rssStartMb: mb(rssStart),
        rssPiekMb: mb(piek),
      },
    };
  } finally {
    await database.close();
  }
}

/** The section of the report: one block per database. */
export function matchingRapport(resultaten: readonly MatchingResultaat[]): string {
  const blokken = resultaten.map((r) => {
    const s = r.seed;
    const header = ['measure', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'mean ms'];
    const rij = (naam: string, d: Verdeling) => [naam, String(d.n), fmt(d.p50), fmt(d.p95), fmt(d.p99), fmt(d.max), fmt(d.mean)];
    const rows = [
      rij('top-20 per kind for a vraagstuk', r.vraagstukNaarKandidaten),
      rij('top-20 vraagstukken for an aanbod item', r.aanbodNaarVraagstukken),
      rij('rank and store a vraagstuk', r.rangschikkenEnOpslaan),
    ];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((x) => x[i]!.length)));
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
    const h = r.herberekenen;
    return [
      `== matching on ${r.database} (${r.location}): ${s.aanbod + s.onderdelen + s.personen} candidates (${s.aanbod} aanbod, ${s.onderdelen} onderdelen, ${s.personen} public profiles), ${s.vraagstukken} open vraagstukken, ${s.organisaties} synthetic organisations; seeded in ${fmt(s.seconds)} s`,
      line(header),
      line(widths.map((w) => '-'.repeat(w))),
      ...rows.map(line),
      `term statistics refresh: ${fmt(r.statistiekSeconden, 2)} s`,
      `recompute and store every vraagstuk's suggestions: ${h.vraagstukken} vraagstukken in ${fmt(h.seconden)} s (${fmt(h.msPerVraagstuk)} ms each, ${h.gelijktijdig} at a time), ${h.rijen} rows stored, ${h.mislukt} failed; ` +
        `peak RSS of this process ${fmt(h.rssPiekMb, 0)} MB (${fmt(h.rssStartMb, 0)} MB at the start${r.database === 'postgres' ? '; the server process is not included' : '; PGlite runs in this process'})`,
    ].join('\n');
  });
  return ['latencies are in-process over one connection, after 10 warm-up calls; each measurement is a different item.', ...blokken].join('\n\n');
}

const usage = 'usage: npm run bench -- --matching [--kandidaten N] [--vraagstukken N] [--metingen N] [--gelijktijdig N] [--only pglite|postgres]';

/** Runs the matching bench; returns the exit code. Without DATABASE_URL only PGlite is measured. */
export async function matchingBench(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      kandidaten: { type: 'string', default: '100000' },
      vraagstukken: { type: 'string', default: '20000' },
      metingen: { type: 'string', default: '200' },
      gelijktijdig: { type: 'string', default: '2' },
      only: { type: 'string' },
    },
    strict: true,
  });
  const getal = (naam: string, waarde: string, min: number) => {
    const x = Number(waarde);
    if (!Number.isInteger(x) || x < min) throw new Error(`--${naam} must be a whole number >= ${min}, not '${waarde}'\n${usage}`);
    return x;
  };
  const o = {
    kandidaten: getal('kandidaten', values.kandidaten, 100),
    vraagstukken: getal('vraagstukken', values.vraagstukken, 20),
    metingen: getal('metingen', values.metingen, 1),
    gelijktijdig: getal('gelijktijdig', values.gelijktijdig, 1),
  };
  if (values.only !== undefined && values.only !== 'pglite' && values.only !== 'postgres') throw new Error(`--only must be 'pglite' or 'postgres'\n${usage}`);
  const targets: DatabaseKind[] = [];
  if (values.only !== 'postgres') targets.push('pglite');
  if (values.only !== 'pglite' && process.env.DATABASE_URL) targets.push('postgres');
  if (values.only === 'postgres' && !process.env.DATABASE_URL) throw new Error('--only postgres needs DATABASE_URL');

  const startedAt = new Date();
  const cleanups: (() => Promise<void>)[] = [];
  // Ctrl-C drops the bench database (or folder) too.
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: cleaning up`);
    void Promise.allSettled(cleanups.map((c) => c())).finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const resultaten: MatchingResultaat[] = [];
  let failed = false;
  try {
    for (const kind of targets) {
      resultaten.push(await benchmark(kind, o, cleanups));
      await cleanups.pop()?.();
    }
  } catch (error) {
    failed = true;
    console.error(`\nmatching bench failed: ${(error as Error).stack ?? String(error)}`);
  } finally {
    while (cleanups.length) await cleanups.pop()!().catch((e: unknown) => console.error(`cleanup failed: ${(e as Error).message}`));
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  if (resultaten.length) {
    console.log(`\nI-Partnerschap matching bench, ${startedAt.toISOString()}: node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim() ?? 'unknown'}), load average now ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}.`);
    console.log(`${matchingRapport(resultaten)}\n`);
    const dir = path.join(repoRoot, 'bench', 'results');
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, `matching-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
    await writeFile(file, `${JSON.stringify({ startedAt: startedAt.toISOString(), options: o, failed, results: resultaten }, null, 2)}\n`);
    console.log(`results written to ${path.relative(process.cwd(), file)}`);
  }
  return failed || resultaten.length === 0 ? 1 : 0;
}
