import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/**
 * Every distinct word (lower case, at least 3 characters) that occurs in searchable names, kept up
 * to date by triggers (migration 0002). Typo tolerance looks up the words that resemble a query
 * word here, in a small table, instead of computing trigram similarity against every row of a
 * large one; the corrected words then use the ordinary indexes. (The technique of the pg_trgm
 * documentation, "text search with a separate words table".)
 */
export const zoekwoorden = pgTable(
  'zoekwoorden',
  { woord: text('woord').primaryKey() },
  (t) => [index('zoekwoorden_woord_trgm_idx').using('gin', sql`${t.woord} gin_trgm_ops`)],
);
