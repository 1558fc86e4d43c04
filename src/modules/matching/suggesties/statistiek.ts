import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { rijenVan } from './wachtrij.ts';

/** How many documents the matching index holds (all kinds). */
export async function geindexeerdeDocumenten(db: Db): Promise<number> {
  const [rij] = rijenVan<{ n: number | string }>(await db.execute(sql`select count(*)::int as n from matching_documenten`));
  return Number(rij?.n ?? 0);
}

/**
 * Recomputes the document frequency of every term (BM25's IDF) in one statement, and returns the
 * number of indexed documents it was computed over.
 */
export async function statistiekVerversen(db: Db): Promise<number> {
  await db.execute(sql`select ip_matching_statistiek_verversen()`);
  return geindexeerdeDocumenten(db);
}

/**
 * VACUUM ANALYZE of the matching index: fresh planner statistics for the engine's queries, and a
 * visibility map so that index-only scans skip the table. PostgreSQL's autovacuum would get there
 * too; PGlite has no autovacuum at all, so without this its statistics never change.
 */
export async function indexOnderhouden(db: Db): Promise<void> {
  await db.execute(sql`vacuum (analyze) matching_termen, matching_documenten, matching_term_statistiek`);
}

/**
 * Decides when the job refreshes the term statistics (and then vacuums the index): at most once
 * per `intervalMs` (IDF moves slowly), or sooner when the index grew by more than `groei` since the
 * last refresh (a bulk import makes every new term look rare until then). The state lives in the
 * process: after a restart the first run refreshes, and with several instances each refreshes on
 * its own clock, which costs a few extra refreshes an hour and no harm.
 */
export function statistiekBewaker(opties: { intervalMs?: number; groei?: number } = {}) {
  const intervalMs = opties.intervalMs ?? 3_600_000;
  const groei = opties.groei ?? 0.1;
  let laatste: { op: number; documenten: number } | undefined;
  return {
    /** Refreshes when due; true when it did. */
    async misschienVerversen(db: Db, nu: number = Date.now()): Promise<boolean> {
      if (laatste && nu - laatste.op < intervalMs) {
        const documenten = await geindexeerdeDocumenten(db);
        if (documenten <= laatste.documenten * (1 + groei)) return false;
      }
      laatste = { op: nu, documenten: await statistiekVerversen(db) };
      await indexOnderhouden(db);
      return true;
    },
  };
}
