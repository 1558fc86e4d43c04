import { integer, pgTable, text } from 'drizzle-orm/pg-core';

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
});

export const themas = pgTable('themas', {
  code: text('code').primaryKey(),
  naamNl: text('naam_nl').notNull(),
  naamEn: text('naam_en').notNull(),
  volgorde: integer('volgorde').notNull().default(0),
});

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
});
