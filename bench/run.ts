/**
 * Load benchmark of the platform with a large organisation table, on PGlite and (when DATABASE_URL
 * is set) on a PostgreSQL server. Each database is seeded from scratch, the server runs as a child
 * process in production mode, and autocannon measures a fixed set of routes against a reference.
 *
 *   npm run bench -- [--organisaties N] [--vraagstukken N] [--aanbod N] [--duration S] [--connections C] [--only pglite|postgres] [--skip-analyze] [--zonder-matching]
 *
 * Then, in its own section, the matching bench (bench/matching.ts) at its default size; it takes
 * long, so --zonder-matching leaves it out, and `npm run bench -- --matching [its options]` runs
 * only that part.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { preparePglite, preparePostgres, type DatabaseKind, type PreparedDatabase } from './database.ts';
import { measure, type Scenario, type ScenarioResult } from './load.ts';
import { matchingBench } from './matching.ts';
import { readMemory, repoRoot, startServer, type Memory, type RunningServer } from './server.ts';

const WARMUP_SECONDS = 2;

// Only the matching bench, with its own options (--kandidaten, --vraagstukken, ...).
if (process.argv.slice(2).includes('--matching')) {
  const code = await matchingBench(process.argv.slice(2).filter((a) => a !== '--matching')).catch((error: unknown) => {
    console.error((error as Error).message);
    return 2;
  });
  process.exit(code);
}

const scenarios: Scenario[] = [
  {
    name: 'reference',
    path: '/health/live',
    note: 'GET /health/live: a fixed tiny JSON body, no database; the baseline for the framework and middleware',
  },
  { name: 'home', path: '/' },
  { name: 'search page', path: '/organisaties?zoek=digitale%20dienst' },
  { name: 'api list', path: '/api/v1/organisaties?pageSize=20' },
  { name: 'api search', path: '/api/v1/organisaties?zoek=rijksdienst&regio=west' },
  { name: 'login page', path: '/inloggen' },
  // The marketplace (issue 5): 50,000 vraagstukken and 20,000 aanbod by default.
  { name: 'vraagstukken', path: '/vraagstukken', note: 'GET /vraagstukken: the open ones, newest first, with the count' },
  { name: 'vr search', path: '/vraagstukken?zoek=archivering&thema=informatiehuishouding', note: 'full-text search with a theme filter, snippets' },
  { name: 'vr typo', path: '/vraagstukken?zoek=informatiehuishoudng&regio=west', note: 'typo correction (pg_trgm on the words table), then search' },
  { name: 'vr synonym', path: '/vraagstukken?zoek=AI&niveau=hbo-bachelor', note: "theme synonyms: 'AI' also looks for 'kunstmatige intelligentie'" },
  { name: 'api vr', path: '/api/v1/vraagstukken?zoek=cybersecurity&regio=west&pageSize=20', skipOn404: true },
  { name: 'aanbod search', path: '/aanbod?zoek=datagedreven&soort=onderwijs' },
  { name: 'atom feed', path: '/vraagstukken/feeds/atom?thema=data-en-ai' },
];

/** Scenarios behind a login: the session cookie and API token of the bench person (production cookie names). */
function loggedInScenarios(auth: PreparedDatabase['auth']): Scenario[] {
  const cookie = { cookie: `__Host-ip_sessie=${auth.sessionToken}` };
  return [
    { name: 'account', path: '/account', headers: cookie, note: 'GET /account with a session: actor loading on every request' },
    { name: 'members', path: '/account/organisaties', headers: cookie },
    { name: 'api mij', path: '/api/v1/mij', headers: { authorization: `Bearer ${auth.apiToken}` } },
  ];
}

type DatabaseResult = {
  database: DatabaseKind;
  location: string;
  organisaties: { reference: number; synthetic: number };
  seedSeconds: number;
  serverStartSeconds: number;
  scenarios: (ScenarioResult & { ratioToReference: number; peakRssMbAfter: number | null })[];
  /** Right after start-up (before any load), and at the end of the last scenario. */
  memoryAtStart: Memory | null;
  memory: Memory | null;
};

function usage(message: string): never {
  console.error(`${message}\nusage: npm run bench -- [--organisaties N] [--vraagstukken N] [--aanbod N] [--duration S] [--connections C] [--only pglite|postgres] [--skip-analyze] [--zonder-matching]\n       npm run bench -- --matching [--kandidaten N] [--vraagstukken N] [--metingen N] [--gelijktijdig N] [--only pglite|postgres]`);
  process.exit(2);
}

function positiveInt(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) usage(`--${name} must be a whole number >= 0, not '${value}'`);
  return n;
}

const { values } = parseArgs({
  options: {
    organisaties: { type: 'string', default: '20000' },
    vraagstukken: { type: 'string', default: '50000' },
    aanbod: { type: 'string', default: '20000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    only: { type: 'string' },
    'skip-analyze': { type: 'boolean', default: false },
    'zonder-matching': { type: 'boolean', default: false },
  },
  strict: true,
});
const options = {
  organisaties: positiveInt('organisaties', values.organisaties),
  vraagstukken: positiveInt('vraagstukken', values.vraagstukken),
  aanbod: positiveInt('aanbod', values.aanbod),
  duration: positiveInt('duration', values.duration),
  connections: positiveInt('connections', values.connections),
  analyze: !values['skip-analyze'],
};
if (options.duration < 1 || options.connections < 1) usage('--duration and --connections must be at least 1');
if (values.only !== undefined && values.only !== 'pglite' && values.only !== 'postgres') {
  usage(`--only must be 'pglite' or 'postgres', not '${values.only}'`);
}
const databaseUrl = process.env.DATABASE_URL || undefined;
const targets: DatabaseKind[] = [];
if (values.only !== 'postgres') targets.push('pglite');
if (values.only !== 'pglite' && databaseUrl) targets.push('postgres');
if (values.only === 'postgres' && !databaseUrl) usage('--only postgres needs DATABASE_URL (the server to create the bench database on)');

// Everything that must be undone, newest first; also run on Ctrl-C.
const cleanups: (() => Promise<void>)[] = [];
async function runCleanups() {
  while (cleanups.length) {
    const cleanup = cleanups.pop()!;
    await cleanup().catch((error: unknown) => console.error(`cleanup failed: ${(error as Error).message}`));
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: cleaning up`);
    void runCleanups().finally(() => process.exit(130));
  });
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');

function table(result: DatabaseResult): string {
  const header = ['scenario', 'req/s', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'vs ref', 'non-2xx', 'peak RSS MB'];
  const rows = result.scenarios.map((s) => [
    s.name,
    fmt(s.reqPerSec, s.reqPerSec < 100 ? 1 : 0),
    String(s.requests),
    fmt(s.latencyMs.p50, 2),
    fmt(s.latencyMs.p95, 2),
    fmt(s.latencyMs.p99, 2),
    `${fmt(s.ratioToReference * 100, s.ratioToReference < 0.01 ? 2 : 1)}%`,
    String(s.non2xx + s.errors),
    s.peakRssMbAfter === null ? '-' : fmt(s.peakRssMbAfter, 0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const memory = result.memory
    ? `server memory: RSS ${fmt(result.memoryAtStart?.rssMb ?? NaN, 0)} MB when ready; at the end peak RSS (VmHWM) ${fmt(result.memory.peakRssMb, 0)} MB, current RSS (VmRSS) ${fmt(result.memory.rssMb, 0)} MB`
    : 'server memory: /proc not available';
  return [
    `== ${result.database} (${result.location}): ${result.organisaties.reference} reference + ${result.organisaties.synthetic} synthetic organisations${options.analyze ? '' : ' (no ANALYZE)'}; seeded in ${fmt(result.seedSeconds)} s, server ready in ${fmt(result.serverStartSeconds)} s`,
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    memory,
  ].join('\n');
}

async function benchmark(kind: DatabaseKind): Promise<DatabaseResult> {
  console.log(`\n[${kind}] seeding ${options.organisaties} synthetic organisations ...`);
  const seedOptions = { count: options.organisaties, analyze: options.analyze, vraagstukken: options.vraagstukken, aanbod: options.aanbod };
  const prepared: PreparedDatabase =
    kind === 'pglite' ? await preparePglite(seedOptions) : await preparePostgres(databaseUrl!, seedOptions);
  cleanups.push(() => prepared.cleanup());
  console.log(`[${kind}] seeded in ${fmt(prepared.seedSeconds)} s (${prepared.location}); starting the server ...`);

  const server: RunningServer = await startServer(prepared.env);
  cleanups.push(() => server.stop());
  console.log(`[${kind}] server pid ${server.pid} ready at ${server.baseUrl} after ${fmt(server.startSeconds)} s`);
  const memoryAtStart = (await readMemory(server.pid)) ?? null;

  const results: DatabaseResult['scenarios'] = [];
  for (const scenario of [...scenarios, ...loggedInScenarios(prepared.auth)]) {
    process.stdout.write(`[${kind}] ${scenario.name.padEnd(12)} ${scenario.path} ... `);
    // A route another part of the work has not built yet: skipped, and said so.
    if (scenario.skipOn404 && (await fetch(`${server.baseUrl}${scenario.path}`, { headers: scenario.headers ?? {} })).status === 404) {
      console.log('skipped (404: not built yet)');
      continue;
    }
    const r = await measure(server.baseUrl, scenario, { ...options, warmup: WARMUP_SECONDS });
    const peak = await readMemory(server.pid);
    const reference = results[0]?.reqPerSec ?? r.reqPerSec;
    results.push({ ...r, ratioToReference: reference ? r.reqPerSec / reference : NaN, peakRssMbAfter: peak?.peakRssMb ?? null });
    console.log(`${fmt(r.reqPerSec, r.reqPerSec < 100 ? 1 : 0)} req/s, p95 ${fmt(r.latencyMs.p95, 2)} ms, codes ${JSON.stringify(r.statusCodes)}`);
  }
  const memory = (await readMemory(server.pid)) ?? null;

  // Stop the server (and then remove its database) now rather than at the very end.
  cleanups.pop();
  await server.stop();
  const serverWarnings = server.output().trim();
  if (serverWarnings) console.log(`[${kind}] server output (warnings/errors):\n${serverWarnings}`);
  cleanups.pop();
  await prepared.cleanup();

  return {
    database: kind,
    location: prepared.location,
    organisaties: prepared.organisaties,
    seedSeconds: prepared.seedSeconds,
    serverStartSeconds: server.startSeconds,
    scenarios: results,
    memoryAtStart,
    memory,
  };
}

const startedAt = new Date();
const loadAtStart = os.loadavg();
const all: DatabaseResult[] = [];
let failed = false;
try {
  for (const kind of targets) all.push(await benchmark(kind));
} catch (error) {
  failed = true;
  console.error(`\nbenchmark failed: ${(error as Error).stack ?? String(error)}`);
} finally {
  await runCleanups();
}

if (all.length) {
  console.log(
    `\nI-Partnerschap benchmark, ${startedAt.toISOString()}: ${options.connections} connections, ${options.duration} s per scenario after ${WARMUP_SECONDS} s warm-up; ` +
      `node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim() ?? 'unknown'}), load generator on the same machine.`,
  );
  const load = (l: number[]) => l.map((n) => n.toFixed(2)).join(' ');
  console.log(
    `load average (1/5/15 min) at the start ${load(loadAtStart)}, at the end ${load(os.loadavg())}; ` +
      'a load well above the CPU count means other work competed with the benchmark.',
  );
  console.log(`reference = ${scenarios[0]!.note}.`);
  console.log('req/s = mean of per-second counts; latencies are exact percentiles over all measured responses; n = responses measured; vs ref = req/s relative to the reference; peak RSS = VmHWM of the server after the scenario.\n');
  for (const result of all) console.log(`${table(result)}\n`);

  const problems = all.flatMap((r) =>
    r.scenarios
      .filter((s) => s.errors > 0 || s.non2xx > 0 || s.timeouts > 0 || s.requests === 0)
      .map((s) =>
        s.requests === 0
          ? `${r.database} / ${s.name}: no response completed within the ${options.duration} s run`
          : `${r.database} / ${s.name}: ${s.non2xx} non-2xx ${JSON.stringify(s.statusCodes)}, ${s.errors} errors, ${s.timeouts} timeouts`,
      ),
  );
  if (problems.length) {
    failed = true;
    console.error(`FAILED: responses other than 2xx or connection errors:\n  ${problems.join('\n  ')}`);
  }

  const dir = path.join(repoRoot, 'bench', 'results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const json = {
    startedAt: startedAt.toISOString(),
    options: { ...options, warmupSeconds: WARMUP_SECONDS },
    loadAverage: { start: loadAtStart, end: os.loadavg() },
    machine: { node: process.version, platform: `${os.platform()} ${os.release()}`, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model.trim() },
    failed,
    problems,
    results: all,
  };
  await writeFile(file, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`results written to ${path.relative(process.cwd(), file)}`);
}
if (targets.length === 0) failed = true;
if (!values['zonder-matching']) {
  console.log('\n== matching (bench/matching.ts; leave out with --zonder-matching)');
  if ((await matchingBench(values.only ? ['--only', values.only] : [])) !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
