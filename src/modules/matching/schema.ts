import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, real, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/schema.ts';
import { vraagstukken } from '../vraagstukken/schema.ts';

/**
 * What the matching engine ranks: aanbod, onderdelen (of education) and people with a public profile
 * for a vraagstuk; vraagstukken for an aanbod item.
 */
export const matchingDocumentSoorten = ['aanbod', 'onderdeel', 'persoon', 'vraagstuk'] as const;
export type MatchingDocumentSoort = (typeof matchingDocumentSoorten)[number];
/** The candidates for a vraagstuk. */
export const kandidaatSoorten = ['aanbod', 'onderdeel', 'persoon'] as const;
export type KandidaatSoort = (typeof kandidaatSoorten)[number];

/**
 * The matching index: an inverted index (term -> documents) with a weighted term frequency, kept by
 * triggers (migration 0009, function ip_matching_index) from each document's tsvector (Dutch and
 * English stems; title words weigh 3, body 2, the rest 1) plus one 'thema:<code>' term per theme.
 * Only documents that may be suggested are in it (published aanbod, open vraagstukken, onderdelen of
 * education, public profiles). It exists so that BM25 (with inverse document frequency, which
 * ts_rank lacks) can be computed from a few index scans instead of reading every matching tsvector.
 * The primary key INCLUDEs gewicht (migration 0009; drizzle cannot express INCLUDE): retrieval then
 * reads the index only, not the table (about 500 buffer reads instead of 36,000 at 100,000 documents).
 */
export const matchingTermen = pgTable(
  'matching_termen',
  {
    soort: text('soort', { enum: matchingDocumentSoorten }).notNull(),
    term: text('term').notNull(),
    documentId: uuid('document_id').notNull(),
    gewicht: real('gewicht').notNull(),
  },
  (t) => [primaryKey({ columns: [t.soort, t.term, t.documentId] }), index('matching_termen_document_idx').on(t.soort, t.documentId)],
);

/** One row per indexed document: its weighted length (BM25's length normalisation). */
export const matchingDocumenten = pgTable(
  'matching_documenten',
  {
    soort: text('soort', { enum: matchingDocumentSoorten }).notNull(),
    documentId: uuid('document_id').notNull(),
    lengte: real('lengte').notNull(),
    bijgewerktOp: timestamp('bijgewerkt_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.soort, t.documentId] })],
);

/**
 * Document frequency per term, refreshed in bulk (ip_matching_statistiek_verversen()) by the matching
 * job rather than by triggers: IDF moves slowly, and a counter row per term would be a hot spot when
 * thousands of documents are written at once. A term missing here counts as rare.
 */
export const matchingTermStatistiek = pgTable(
  'matching_term_statistiek',
  {
    soort: text('soort', { enum: matchingDocumentSoorten }).notNull(),
    term: text('term').notNull(),
    documenten: integer('documenten').notNull(),
  },
  (t) => [primaryKey({ columns: [t.soort, t.term] })],
);

/**
 * Vraagstukken and aanbod items whose suggestions must be recomputed: filled by triggers on every
 * change that can affect a match, emptied by the matching job (every minute). A queue table rather
 * than a job per change, so that ten edits in a row cost one recomputation.
 */
export const matchingWachtrij = pgTable(
  'matching_wachtrij',
  {
    soort: text('soort', { enum: ['vraagstuk', 'aanbod'] }).notNull(),
    documentId: uuid('document_id').notNull(),
    sinds: timestamp('sinds', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.soort, t.documentId] })],
);

/**
 * The engine's configuration, one row: the weight of each signal (jsonb, checked by zod in
 * configuratie.ts), and after how many days without an answer an introduced koppeling counts as
 * stalled. A beheerder changes it in /beheer/matching (with a preview); each change is audited.
 */
export const matchingConfiguratie = pgTable(
  'matching_configuratie',
  {
    id: smallint('id').primaryKey().default(1),
    gewichten: jsonb('gewichten').$type<Record<string, number>>().notNull(),
    stagnatieDagen: integer('stagnatie_dagen').notNull().default(14),
    versie: integer('versie').notNull().default(1),
    bijgewerktDoor: uuid('bijgewerkt_door').references(() => accounts.id, { onDelete: 'set null' }),
    bijgewerktOp: timestamp('bijgewerkt_op', { withTimezone: true }).notNull().defaultNow(),
  },
  () => [check('matching_configuratie_een_rij', sql`id = 1`)],
);

/** Which side a stored suggestion list belongs to: a vraagstuk's candidates, or an aanbod item's vraagstukken. */
export const suggestieRichtingen = ['vraagstuk', 'aanbod'] as const;
export type SuggestieRichting = (typeof suggestieRichtingen)[number];

/** One signal's part in a score, with what explains it (rendered in nl or en by uitleg.ts). */
export type OpgeslagenSignaal = {
  signaal: string;
  waarde: number;
  gewicht: number;
  bijdrage: number;
  uitleg: { sleutel: string; params: Record<string, string | number> } | null;
};

/**
 * Stored suggestions: for richting 'vraagstuk' the top candidates of each kind for that vraagstuk;
 * for richting 'aanbod' the top vraagstukken for the aanbod item kandidaatId. Replaced as a whole per
 * item by the job or an on-demand recomputation. kandidaatId has no foreign key (it names a row of
 * one of three tables); triggers delete the rows of a deleted candidate.
 */
export const suggesties = pgTable(
  'suggesties',
  {
    richting: text('richting', { enum: suggestieRichtingen }).notNull(),
    vraagstukId: uuid('vraagstuk_id')
      .notNull()
      .references(() => vraagstukken.id, { onDelete: 'cascade' }),
    kandidaatSoort: text('kandidaat_soort', { enum: kandidaatSoorten }).notNull(),
    kandidaatId: uuid('kandidaat_id').notNull(),
    score: real('score').notNull(),
    rang: integer('rang').notNull(),
    signalen: jsonb('signalen').$type<OpgeslagenSignaal[]>().notNull(),
    berekendOp: timestamp('berekend_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.richting, t.vraagstukId, t.kandidaatSoort, t.kandidaatId] }),
    index('suggesties_kandidaat_idx').on(t.kandidaatSoort, t.kandidaatId, t.richting, t.rang),
    index('suggesties_vraagstuk_idx').on(t.vraagstukId, t.richting, t.rang),
  ],
);
