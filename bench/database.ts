import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database, type OpenOptions } from '../src/db/client.ts';
import { importReference } from '../src/db/seed/import-reference.ts';
import { readReferenceFile } from '../src/db/seed/reference-file.ts';
import { seedSynthetic } from './generate.ts';
import { seedMarktplaats } from './marktplaats.ts';
import { accounts, apiTokens, sessies } from '../src/modules/accounts/index.ts';
import { lidmaatschappen } from '../src/modules/lidmaatschappen/index.ts';
import { organisaties } from '../src/modules/organisaties/index.ts';
import { hashToken, randomToken } from '../src/platform/secrets.ts';

export type DatabaseKind = 'pglite' | 'postgres';

/** A seeded, closed database ready for the server: the environment that points at it, and its removal. */
export type PreparedDatabase = {
  kind: DatabaseKind;
  /** Where the data lives, for the report (a folder, or the database name on the server). */
  location: string;
  env: Record<string, string>;
  organisaties: { reference: number; synthetic: number };
  seedSeconds: number;
  /** A logged-in person for the scenarios behind a login: a session cookie value and an API token. */
  auth: BenchAuth;
  cleanup(): Promise<void>;
};

export type BenchAuth = { sessionToken: string; apiToken: string };

/** A verified account with a member role, a session and a read token, written straight into the database. */
async function seedPerson(database: Database): Promise<BenchAuth> {
  const { db } = database;
  const [account] = await db
    .insert(accounts)
    .values({ email: 'bench@example.org', naam: 'Bench Persoon', persoonstype: 'ambtenaar', emailGeverifieerdOp: new Date() })
    .returning({ id: accounts.id });
  const [org] = await db.select({ id: organisaties.id }).from(organisaties).limit(1);
  await db.insert(lidmaatschappen).values({ accountId: account!.id, organisatieId: org!.id, rol: 'coordinator', bron: 'beheer' });
  const sessionToken = randomToken();
  await db.insert(sessies).values({
    tokenHash: hashToken(sessionToken),
    accountId: account!.id,
    status: 'actief',
    methode: 'bench',
    verlooptOp: new Date(Date.now() + 12 * 3_600_000),
  });
  const apiToken = `ipt_${randomToken()}`;
  await db.insert(apiTokens).values({
    accountId: account!.id,
    naam: 'bench',
    tokenHash: hashToken(apiToken),
    prefix: apiToken.slice(4, 12),
    scopes: ['read'],
    verlooptOp: new Date(Date.now() + 86_400_000),
  });
  return { sessionToken, apiToken };
}

export type SeedOptions = { count: number; analyze: boolean; vraagstukken?: number; aanbod?: number };

async function seed(options: OpenOptions, { count, analyze, vraagstukken = 0, aanbod = 0 }: SeedOptions) {
  const database: Database = await openDatabase(options);
  try {
    await database.migrate();
    const report = await importReference(database.db, await readReferenceFile());
    const synthetic = await seedSynthetic(database.db, count, { analyze });
    if (vraagstukken + aanbod > 0) {
      const m = await seedMarktplaats(database.db, { vraagstukken, aanbod }, { analyze });
      console.log(`  marketplace: ${m.vraagstukken} vraagstukken and ${m.aanbod} aanbod in ${m.seconds.toFixed(1)} s`);
    }
    const auth = await seedPerson(database);
    return { reference: report.organisaties.toegevoegd, synthetic, auth };
  } finally {
    await database.close();
  }
}

/** A fresh PGlite data folder in the temp directory; the server must be started after this returns. */
export async function preparePglite(seedOptions: SeedOptions): Promise<PreparedDatabase> {
  const started = performance.now();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ip-bench-pglite-'));
  const cleanup = () => rm(dataDir, { recursive: true, force: true });
  try {
    const { auth, ...organisaties } = await seed({ kind: 'pglite', dataDir }, seedOptions);
    return {
      kind: 'pglite',
      location: dataDir,
      // An empty DATABASE_URL counts as unset in the app's config, and also keeps a .env file from setting it.
      env: { DATA_DIR: dataDir, DATABASE_URL: '' },
      organisaties,
      seedSeconds: (performance.now() - started) / 1000,
      auth,
      cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

async function onServer<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database `ip_bench_<timestamp>` on the server of `adminUrl`; cleanup drops it. */
export async function preparePostgres(adminUrl: string, seedOptions: SeedOptions): Promise<PreparedDatabase> {
  const started = performance.now();
  const name = `ip_bench_${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}_${process.pid}`;
  await onServer(adminUrl, (c) => c.query(`create database ${quoteIdent(name)}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const cleanup = async () => {
    // FORCE (PostgreSQL 13+) ends connections a killed server may have left behind.
    await onServer(adminUrl, (c) => c.query(`drop database if exists ${quoteIdent(name)} with (force)`));
  };
  try {
    const { auth, ...organisaties } = await seed({ kind: 'postgres', url: url.toString() }, seedOptions);
    return {
      kind: 'postgres',
      location: `${url.host}/${name}`,
      env: { DATABASE_URL: url.toString() },
      organisaties,
      seedSeconds: (performance.now() - started) / 1000,
      auth,
      cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/**
 * An empty database for benches that work in-process (the matching bench): a fresh PGlite folder
 * or a fresh database on the server of `adminUrl`. `open` may be called again after closing (PGlite
 * holds the folder's lock while open), with a pool size for PostgreSQL.
 */
export type EmptyDatabase = { kind: DatabaseKind; location: string; open(poolSize?: number): Promise<Database>; cleanup(): Promise<void> };

export async function emptyDatabase(kind: DatabaseKind, adminUrl?: string): Promise<EmptyDatabase> {
  if (kind === 'pglite') {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'ip-bench-pglite-'));
    return { kind, location: dataDir, open: () => openDatabase({ kind: 'pglite', dataDir }), cleanup: () => rm(dataDir, { recursive: true, force: true }) };
  }
  if (!adminUrl) throw new Error('PostgreSQL needs DATABASE_URL (the server to create the bench database on)');
  const name = `ip_bench_${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}_${process.pid}`;
  await onServer(adminUrl, (c) => c.query(`create database ${quoteIdent(name)}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    kind,
    location: `${url.host}/${name}`,
    open: (poolSize = 4) => openDatabase({ kind: 'postgres', url: url.toString(), poolSize }),
    cleanup: () => onServer(adminUrl, (c) => c.query(`drop database if exists ${quoteIdent(name)} with (force)`)).then(() => undefined),
  };
}
