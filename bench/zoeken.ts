/**
 * The search queries of the vraagstukken and aanbod lists measured in-process (no HTTP), on a seeded
 * marketplace, with EXPLAIN ANALYZE of the main statements: to see what the database costs apart from
 * rendering, and whether the GIN indexes are used.
 *
 *   npx tsx bench/zoeken.ts [--only pglite|postgres] [--vraagstukken N] [--aanbod N] [--rounds N] [--connections C] [--explain]
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../src/db/client.ts';
import { importReference } from '../src/db/seed/import-reference.ts';
import { readReferenceFile } from '../src/db/seed/reference-file.ts';
import { anonymous } from '../src/platform/actor.ts';
import { aanbodFilterSchema } from '../src/modules/aanbod/zoeken/filter.schema.ts';
import { zoekAanbod } from '../src/modules/aanbod/zoeken/queries.ts';
import { vraagstukFilterSchema } from '../src/modules/vraagstukken/zoeken/filter.schema.ts';
import { zoekVraagstukken } from '../src/modules/vraagstukken/zoeken/queries.ts';
import { percentile } from './load.ts';
import { seedMarktplaats } from './marktplaats.ts';
import pg from 'pg';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    vraagstukken: { type: 'string', default: '50000' },
    aanbod: { type: 'string', default: '20000' },
    rounds: { type: 'string', default: '200' },
    connections: { type: 'string', default: '10' },
    explain: { type: 'boolean', default: false },
  },
});
const rounds = Number(values.rounds);
const connections = Number(values.connections);

type Case = { name: string; run: (db: Database['db']) => Promise<unknown> };
const v = (q: Record<string, unknown>) => (db: Database['db']) => zoekVraagstukken(db, anonymous, vraagstukFilterSchema.parse({ pageSize: 20, ...q }), 'nl');
const a = (q: Record<string, unknown>) => (db: Database['db']) => zoekAanbod(db, anonymous, aanbodFilterSchema.parse({ pageSize: 20, ...q }), 'nl');
const cases: Case[] = [
  { name: 'vr list', run: v({}) },
  { name: 'vr filters', run: v({ thema: 'cybersecurity', regio: 'west', niveau: 'hbo-bachelor' }) },
  { name: 'vr search+thema', run: v({ zoek: 'archivering', thema: 'informatiehuishouding' }) },
  { name: 'vr search common', run: v({ zoek: 'onderzoeken' }) },
  { name: 'vr typo', run: v({ zoek: 'informatiehuishoudng', regio: 'west' }) },
  { name: 'vr synonym', run: v({ zoek: 'AI', niveau: 'hbo-bachelor' }) },
  { name: 'vr deadline', run: v({ sort: 'deadline', status: 'alle', page: 50 }) },
  { name: 'aanbod search', run: a({ zoek: 'datagedreven', soort: 'onderwijs' }) },
  { name: 'aanbod periode', run: a({ periodeVan: '2027-01-01', periodeTot: '2027-03-01', thema: 'data-en-ai' }) },
];

async function measureCase(db: Database['db'], c: Case) {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < rounds) {
        next++;
        const t0 = performance.now();
        await c.run(db);
        times.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const sorted = Float64Array.from(times).sort();
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), perSecond: times.length / seconds };
}

async function explain(db: Database['db']) {
  const statements = [
    sql`explain analyze select id from vraagstukken where status in ('gepubliceerd','in-gesprek') and vertrouwelijkheid <> 'partners'
      and zoekvector @@ (websearch_to_tsquery('dutch', 'archivering') || websearch_to_tsquery('english', 'archivering') || to_tsquery('dutch', 'archivering:*'))
      and thema_codes && array['informatiehuishouding'] order by ts_rank_cd('{0.1,0.2,0.4,1.0}', zoekvector, websearch_to_tsquery('dutch', 'archivering')) desc limit 20`,
    sql`explain analyze select id from vraagstukken where status in ('gepubliceerd','in-gesprek') and vertrouwelijkheid <> 'partners'
      order by gepubliceerd_op desc nulls last, id limit 20`,
    sql`explain analyze select count(*) from vraagstukken where status in ('gepubliceerd','in-gesprek') and vertrouwelijkheid <> 'partners'
      and zoekvector @@ websearch_to_tsquery('dutch', 'onderzoeken')`,
    sql`explain analyze select q.w, (select z.woord from marktplaats_zoekwoorden z where z.woord % q.w order by similarity(z.woord, q.w) desc limit 1)
      from unnest(array['informatiehuishoudng']) q(w)`,
  ];
  for (const statement of statements) {
    const result = (await db.execute(statement)) as unknown as { rows: Record<string, string>[] };
    console.log(result.rows.map((r) => Object.values(r)[0]).join('\n'), '\n');
  }
}

async function run(kind: 'pglite' | 'postgres') {
  let database: Database;
  let drop: (() => Promise<void>) | undefined;
  if (kind === 'postgres') {
    const admin = process.env.DATABASE_URL!;
    const name = `ip_bench_zoeken_${process.pid}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`create database ${name}`);
    await client.end();
    const url = new URL(admin);
    url.pathname = `/${name}`;
    database = await openDatabase({ kind: 'postgres', url: url.toString() });
    drop = async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  } else {
    database = await openDatabase({ kind: 'pglite' });
  }
  try {
    await database.migrate();
    await importReference(database.db, await readReferenceFile());
    const seeded = await seedMarktplaats(database.db, { vraagstukken: Number(values.vraagstukken), aanbod: Number(values.aanbod) }, { analyze: true });
    console.log(`\n== ${kind}: ${seeded.vraagstukken} vraagstukken, ${seeded.aanbod} aanbod, seeded in ${seeded.seconds.toFixed(1)} s; ${rounds} calls per case, ${connections} concurrent`);
    for (const c of cases) await c.run(database.db); // warm-up (caches, plans)
    for (const c of cases) {
      const r = await measureCase(database.db, c);
      console.log(`${c.name.padEnd(16)} p50 ${r.p50.toFixed(2).padStart(7)} ms  p95 ${r.p95.toFixed(2).padStart(7)} ms  ${r.perSecond.toFixed(0).padStart(5)}/s`);
    }
    if (values.explain) await explain(database.db);
  } finally {
    await database.close();
    await drop?.();
  }
}

if (values.only !== 'postgres') await run('pglite');
if (values.only !== 'pglite' && process.env.DATABASE_URL) await run('postgres');
