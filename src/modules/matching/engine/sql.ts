// Raw SQL for the engine, the same on PGlite and node-postgres.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';

/** The rows of a raw query (node-postgres and PGlite both answer with `{ rows }`). */
export async function rijen<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * A value as one jsonb parameter. Lists go to the database this way rather than as array
 * parameters, which the two drivers serialise differently; jsonb_to_recordset and
 * jsonb_array_elements_text unpack them in the query.
 */
export const jsonb = (value: unknown): SQL => sql`${JSON.stringify(value)}::jsonb`;

/** `id in (...)` for a list of uuids passed as one parameter. */
export const uuidLijst = (ids: readonly string[]): SQL => sql`(select value::uuid from jsonb_array_elements_text(${jsonb(ids)}))`;

/** A numeric column as a number: bigint and numeric arrive as strings from node-postgres. */
export const getal = (x: unknown): number | null => (x === null || x === undefined ? null : Number(x));

/** A text[] column as an array of strings. */
export const tekstLijst = (x: unknown): string[] => (Array.isArray(x) ? x.map(String) : []);

/** A json column: node-postgres and PGlite parse it; a string is parsed here just in case. */
export function json<T>(x: unknown, leeg: T): T {
  if (x === null || x === undefined) return leeg;
  return (typeof x === 'string' ? JSON.parse(x) : x) as T;
}
