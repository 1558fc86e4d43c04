import { index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/** A region of the partnership. Which provincies belong to it is data (provincies.regio_code). */
export const regios = pgTable('regios', {
  code: text('code').primaryKey(),
  naam: text('naam').notNull(),
  volgorde: integer('volgorde').notNull().default(0),
});

export const provincies = pgTable('provincies', {
  naam: text('naam').primaryKey(),
  hoofdstad: text('hoofdstad').notNull(),
  regioCode: text('regio_code')
    .notNull()
    .references(() => regios.code, { onUpdate: 'cascade', onDelete: 'restrict' }),
  versie: integer('versie').notNull().default(1),
});

export const themas = pgTable('themas', {
  code: text('code').primaryKey(),
  naamNl: text('naam_nl').notNull(),
  naamEn: text('naam_en').notNull(),
  beschrijvingNl: text('beschrijving_nl'),
  beschrijvingEn: text('beschrijving_en'),
  volgorde: integer('volgorde').notNull().default(0),
  versie: integer('versie').notNull().default(1),
});

/**
 * Other words for a theme, per language, so that a search for 'AI' finds 'kunstmatige intelligentie'
 * and 'IHH' finds 'informatiehuishouding'. Maintained by a beheerder; a term belongs to one theme.
 */
export const themaSynoniemen = pgTable(
  'thema_synoniemen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    themaCode: text('thema_code')
      .notNull()
      .references(() => themas.code, { onUpdate: 'cascade', onDelete: 'cascade' }),
    taal: text('taal', { enum: ['nl', 'en'] }).notNull(),
    term: text('term').notNull(),
  },
  (t) => [uniqueIndex('thema_synoniemen_term_idx').on(t.taal, sql`lower(${t.term})`), index('thema_synoniemen_thema_idx').on(t.themaCode)],
);

export const samenwerkingsvormen = pgTable('samenwerkingsvormen', {
  code: text('code').primaryKey(),
  naamNl: text('naam_nl').notNull(),
  naamEn: text('naam_en').notNull(),
  niveaus: text('niveaus').array().notNull(),
  wekenMin: integer('weken_min').notNull(),
  wekenMax: integer('weken_max').notNull(),
  studentenMin: integer('studenten_min').notNull(),
  studentenMax: integer('studenten_max').notNull(),
  diepgang: text('diepgang').notNull(),
  volgorde: integer('volgorde').notNull().default(0),
  versie: integer('versie').notNull().default(1),
});

/**
 * Levels of education a vraagstuk asks for and an aanbod item is at: mbo, and bachelor or master at a
 * hogeschool (hbo) or a university (wo). Shared by vraagstukken, aanbod and (later) matching, so that
 * "level fit" compares like with like. The samenwerkingsvormen list only the sector (mbo, hbo, wo):
 * `sectorVan` maps one to the other.
 */
export const onderwijsniveaus = ['mbo', 'hbo-bachelor', 'hbo-master', 'wo-bachelor', 'wo-master'] as const;
export type Onderwijsniveau = (typeof onderwijsniveaus)[number];
export const sectorVan = (niveau: Onderwijsniveau): 'mbo' | 'hbo' | 'wo' => (niveau === 'mbo' ? 'mbo' : niveau.startsWith('hbo') ? 'hbo' : 'wo');

/**
 * How deep a collaboration goes, the characteristic of each samenwerkingsvorm (reference data:
 * forms[].depth) that a vraagstuk can state too, so that the vormenwijzer can compare them.
 */
export const diepgangen = ['kennismaking', 'verkenning', 'toepassing', 'onderzoek', 'structureel', 'kennisoverdracht', 'talent'] as const;
export type Diepgang = (typeof diepgangen)[number];
