import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tsvector } from '../../db/column-types.ts';
import { accounts } from '../accounts/schema.ts';
import { onderdelen, organisaties } from '../organisaties/schema.ts';
import { regios } from '../taxonomie/schema.ts';

/**
 * What education offers, in five kinds:
 * - onderwijs: a course, module or minor that takes practice cases (opleiding, periods, places);
 * - onderzoekslijn: the topics of a lectoraat or leerstoel and the kind of questions it takes;
 * - studenten: a student or a group seeking a stage, afstudeeropdracht or praktijkopdracht;
 * - bijscholing: a course for civil servants (dates, level, format, cost, registration link);
 * - gastdocent: a person available for guest lectures on given themes.
 * One table: they share most fields and are searched and matched together; the kind decides which of
 * the specific fields apply (checked by aanbod.schema.ts).
 */
export const aanbodSoorten = ['onderwijs', 'onderzoekslijn', 'studenten', 'bijscholing', 'gastdocent'] as const;
export type AanbodSoort = (typeof aanbodSoorten)[number];

/** Published aanbod is public; 'gearchiveerd' is kept for history but no longer listed. */
export const aanbodStatussen = ['concept', 'gepubliceerd', 'gearchiveerd'] as const;
export type AanbodStatus = (typeof aanbodStatussen)[number];

/** What students seek (soort 'studenten'). */
export const opdrachtsoorten = ['stage', 'afstudeeropdracht', 'praktijkopdracht'] as const;
/** How a bijscholing is given. */
export const bijscholingFormaten = ['online', 'op-locatie', 'hybride'] as const;
/** How a period of the academic year is named. */
export const periodeSoorten = ['semester', 'kwartaal', 'blok', 'periode'] as const;

export const aanbod = pgTable(
  'aanbod',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    soort: text('soort', { enum: aanbodSoorten }).notNull(),
    // Required for onderwijs, onderzoekslijn and bijscholing; optional for studenten and gastdocent.
    organisatieId: uuid('organisatie_id').references(() => organisaties.id, { onDelete: 'restrict' }),
    onderdeelId: uuid('onderdeel_id').references(() => onderdelen.id, { onDelete: 'set null' }),
    // The owner: the person who posted it (and for gastdocent: the guest lecturer).
    aangemaaktDoor: uuid('aangemaakt_door').references(() => accounts.id, { onDelete: 'set null' }),
    titelNl: text('titel_nl'),
    titelEn: text('titel_en'),
    beschrijvingNl: text('beschrijving_nl'),
    beschrijvingEn: text('beschrijving_en'),
    // What kind of cases or questions fit (onderwijs, onderzoekslijn); the field of study (studenten).
    geschikteVragenNl: text('geschikte_vragen_nl'),
    geschikteVragenEn: text('geschikte_vragen_en'),
    themaCodes: text('thema_codes').array().notNull().default(sql`'{}'::text[]`),
    vormCodes: text('vorm_codes').array().notNull().default(sql`'{}'::text[]`),
    niveaus: text('niveaus').array().notNull().default(sql`'{}'::text[]`),
    // Null: no regio preference (landelijk). By default the organisatie's regio.
    regioCode: text('regio_code').references(() => regios.code, { onUpdate: 'cascade', onDelete: 'restrict' }),
    opleiding: text('opleiding'),
    aantalStudenten: integer('aantal_studenten'),
    aantalTeams: integer('aantal_teams'),
    // The last day a case can be brought in for the next run (onderwijs).
    intakeDeadline: date('intake_deadline'),
    opdrachtsoort: text('opdrachtsoort', { enum: opdrachtsoorten }),
    vakgebied: text('vakgebied'),
    formaat: text('formaat', { enum: bijscholingFormaten }),
    // Whole euros per participant; 0 is free; null is not stated.
    kostenEuro: integer('kosten_euro'),
    aanmeldUrl: text('aanmeld_url'),
    status: text('status', { enum: aanbodStatussen }).notNull().default('concept'),
    gepubliceerdOp: timestamp('gepubliceerd_op', { withTimezone: true }),
    isDemo: boolean('is_demo').notNull().default(false),
    versie: integer('versie').notNull().default(1),
    zoekvector: tsvector('zoekvector').generatedAlwaysAs(
      sql`setweight(to_tsvector('dutch', coalesce(titel_nl, '')), 'A') || setweight(to_tsvector('dutch', coalesce(beschrijving_nl, '') || ' ' || coalesce(geschikte_vragen_nl, '') || ' ' || coalesce(opleiding, '') || ' ' || coalesce(vakgebied, '')), 'B') || setweight(to_tsvector('english', coalesce(titel_en, '')), 'A') || setweight(to_tsvector('english', coalesce(beschrijving_en, '') || ' ' || coalesce(geschikte_vragen_en, '')), 'C')`,
    ),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('aanbod_zoekvector_idx').using('gin', t.zoekvector),
    index('aanbod_titel_nl_trgm_idx').using('gin', sql`${t.titelNl} gin_trgm_ops`),
    index('aanbod_thema_codes_idx').using('gin', t.themaCodes),
    index('aanbod_vorm_codes_idx').using('gin', t.vormCodes),
    index('aanbod_niveaus_idx').using('gin', t.niveaus),
    index('aanbod_status_soort_idx').on(t.status, t.soort, t.gepubliceerdOp.desc()),
    index('aanbod_organisatie_idx').on(t.organisatieId),
    index('aanbod_aangemaakt_door_idx').on(t.aangemaaktDoor),
  ],
);

/**
 * When an aanbod item runs: periods of the academic year (semester 2, blok 3, kwartaal 1) with
 * dates, or the dates of a bijscholing, or when students are available. Matching compares these
 * with a vraagstuk's window.
 */
export const aanbodPeriodes = pgTable(
  'aanbod_periodes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    aanbodId: uuid('aanbod_id')
      .notNull()
      .references(() => aanbod.id, { onDelete: 'cascade' }),
    soort: text('soort', { enum: periodeSoorten }).notNull(),
    // As people say it: 'Semester 2, 2026-2027', 'Blok 3'.
    label: text('label').notNull(),
    van: date('van').notNull(),
    tot: date('tot').notNull(),
  },
  (t) => [index('aanbod_periodes_aanbod_idx').on(t.aanbodId), index('aanbod_periodes_van_tot_idx').on(t.van, t.tot)],
);
