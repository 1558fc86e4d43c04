import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { migrationsFolder, openDatabase, type Database } from '../../src/db/client.ts';
import { importReference } from '../../src/db/seed/import-reference.ts';
import { defaultReferenceFile, readReferenceFile } from '../../src/db/seed/reference-file.ts';

/**
 * A fresh, migrated database with the reference data, for one test file. Creating and migrating a
 * database is slow (PGlite: ~4 s), so it is done once into a template that every test copies:
 * - PGlite: a dump of a migrated data folder, cached under .cache/ and keyed by the migrations;
 *   each test loads it into an in-memory database (~0.7 s).
 * - PostgreSQL (TEST_DATABASE_URL set): a template database; each test gets CREATE DATABASE ... TEMPLATE.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const cacheDir = path.join(root, '.cache');

async function templateKey(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of (await readdir(migrationsFolder, { recursive: true })).sort()) {
    const full = path.join(migrationsFolder, file);
    if ((await stat(full)).isFile()) hash.update(file).update(await readFile(full));
  }
  hash.update(await readFile(defaultReferenceFile));
  hash.update(await readFile(path.join(root, 'reference/organisatie-domeinen.json')));
  hash.update(await readFile(path.join(root, 'reference/thema-synoniemen.json')));
  hash.update(JSON.parse(await readFile(path.join(root, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')).version);
  return hash.digest('hex').slice(0, 16);
}

async function seedTemplate(database: Database) {
  await database.migrate();
  await importReference(database.db, await readReferenceFile());
}

/** A directory lock between test processes that run in parallel (mkdir is atomic). */
async function withFileLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const lock = path.join(cacheDir, `${name}.lock`);
  await mkdir(cacheDir, { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lock}; remove it if no test runs`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    return await fn();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

let pgliteTemplate: Promise<Blob> | undefined;

function pgliteTemplateBlob(): Promise<Blob> {
  pgliteTemplate ??= (async () => {
    const file = path.join(cacheDir, `pglite-template-${await templateKey()}.tar.gz`);
    const read = async () => new Blob([new Uint8Array(await readFile(file))]);
    try {
      return await read();
    } catch {
      return withFileLock('pglite-template', async () => {
        try {
          return await read();
        } catch {
          const database = await openDatabase({ kind: 'pglite' });
          await seedTemplate(database);
          const dump = await database.dump!();
          await database.close();
          const tmp = `${file}.${process.pid}.tmp`;
          await writeFile(tmp, new Uint8Array(await dump.arrayBuffer()));
          await rename(tmp, file);
          return read();
        }
      });
    }
  })();
  return pgliteTemplate;
}

async function createPostgresDatabase(url: string): Promise<Database> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const template = `ip_test_template_${await templateKey()}`;
  const name = `ip_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  try {
    await admin.query('select pg_advisory_lock(727001)');
    try {
      const exists = await admin.query('select 1 from pg_database where datname = $1', [template]);
      if (exists.rowCount === 0) {
        // Templates of earlier migrations are of no use any more.
        const stale = await admin.query<{ datname: string }>(
          "select datname from pg_database where datname like 'ip\\_test\\_template\\_%' and datname <> $1",
          [template],
        );
        for (const row of stale.rows) await admin.query(`drop database if exists "${row.datname}" with (force)`);
        await admin.query(`create database "${template}"`);
        const database = await openDatabase({ kind: 'postgres', url: withDatabase(url, template), poolSize: 1 });
        try {
          await seedTemplate(database);
        } catch (error) {
          await database.close();
          await admin.query(`drop database if exists "${template}"`);
          throw error;
        }
        await database.close();
      }
      await admin.query(`create database "${name}" template "${template}"`);
    } finally {
      await admin.query('select pg_advisory_unlock(727001)');
    }
  } finally {
    await admin.end();
  }
  const database = await openDatabase({ kind: 'postgres', url: withDatabase(url, name), poolSize: 4 });
  return {
    ...database,
    async close() {
      await database.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`drop database if exists "${name}" with (force)`);
      await dropper.end();
    },
  };
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function createTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return createPostgresDatabase(url);
  return openDatabase({ kind: 'pglite', loadDataDir: await pgliteTemplateBlob() });
}
