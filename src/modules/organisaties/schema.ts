import { sql } from 'drizzle-orm';
import { boolean, index, integer, primaryKey, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { bytea, tsvector } from '../../db/column-types.ts';
import { provincies, themas } from '../taxonomie/schema.ts';
import { accounts } from '../accounts/schema.ts';

export const organisatieSoorten = ['rijksorganisatie', 'hogeschool', 'universiteit', 'mbo-instelling'] as const;
export const rijksorganisatieTypes = [
  'ministerie',
  'agentschap',
  'uitvoeringsorganisatie',
  'zbo',
  'inspectie',
  'dienst',
] as const;
/**
 * Where an organisatie's record came from: the reference file, the Register van
 * Overheidsorganisaties (ROO), DUO's open education data, or typed in by a beheerder.
 */
export const organisatieBronnen = ['referentie', 'roo', 'duo', 'handmatig'] as const;

export const organisaties = pgTable(
  'organisaties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    naam: text('naam').notNull(),
    afkorting: text('afkorting'),
    soort: text('soort', { enum: organisatieSoorten }).notNull(),
    type: text('type', { enum: rijksorganisatieTypes }),
    bovenliggendeId: uuid('bovenliggende_id').references((): AnyPgColumn => organisaties.id, {
      onDelete: 'set null',
    }),
    provincie: text('provincie')
      .notNull()
      .references(() => provincies.naam, { onUpdate: 'cascade', onDelete: 'restrict' }),
    steden: text('steden').array().notNull().default(sql`'{}'::text[]`),
    // Official identifiers (validated in identificatie.schema.ts). Unique when set: NULLs never collide.
    oin: text('oin').unique('organisaties_oin_key'),
    brinCode: text('brin_code').unique('organisaties_brin_code_key'),
    // RIO ids of the onderwijsaanbieder and its onderwijsbestuur, kept as DUO writes them.
    rioOnderwijsaanbiederCode: text('rio_onderwijsaanbieder_code'),
    rioOnderwijsbestuurCode: text('rio_onderwijsbestuur_code'),
    website: text('website'),
    // Every existing row came from the reference file, and the reference import does not set it.
    bron: text('bron', { enum: organisatieBronnen }).notNull().default('referentie'),
    // The register's own key (ROO systeemId, DUO instellingscode), so a re-import finds the same row.
    bronId: text('bron_id'),
    // Optimistic locking: every edit raises it; an edit based on an older version is refused (ETag/If-Match, forms).
    versie: integer('versie').notNull().default(1),
    // A small logo (PNG, JPEG, WebP or SVG-free: checked by content, at most 200 kB), served by the app.
    logo: bytea('logo'),
    logoType: text('logo_type'),
    // A duplicate merged into another organisatie by a beheerder: kept as a pointer for old links.
    samengevoegdIn: uuid('samengevoegd_in').references((): AnyPgColumn => organisaties.id, { onDelete: 'set null' }),
    beschrijvingNl: text('beschrijving_nl'),
    beschrijvingEn: text('beschrijving_en'),
    // Demo descriptions are marked so that they can be shown as such and removed for production.
    beschrijvingIsDemo: boolean('beschrijving_is_demo').notNull().default(false),
    // Dutch full-text index over name and abbreviation; the 'simple' part keeps abbreviations unstemmed.
    zoekvector: tsvector('zoekvector').generatedAlwaysAs(
      sql`to_tsvector('dutch', coalesce(naam, '') || ' ' || coalesce(afkorting, '')) || to_tsvector('simple', coalesce(afkorting, ''))`,
    ),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('organisaties_zoekvector_idx').using('gin', t.zoekvector),
    // Trigram indexes serve ILIKE '%...%' and the word-similarity operator <% (both case-insensitive).
    index('organisaties_naam_trgm_idx').using('gin', sql`${t.naam} gin_trgm_ops`),
    index('organisaties_afkorting_trgm_idx').using('gin', sql`${t.afkorting} gin_trgm_ops`),
    index('organisaties_soort_idx').on(t.soort),
    index('organisaties_provincie_idx').on(t.provincie),
    index('organisaties_naam_idx').on(t.naam),
    uniqueIndex('organisaties_bron_bron_id_idx').on(t.bron, t.bronId),
  ],
);

/**
 * The e-mail and SSO domains an organisatie registered (e.g. 'hva.nl'). A SURFconext login with
 * schac_home_organization 'hva.nl' lands in that organisatie; a domain belongs to one organisatie.
 */
export const organisatieDomeinen = pgTable('organisatie_domeinen', {
  domein: text('domein').primaryKey(),
  organisatieId: uuid('organisatie_id')
    .notNull()
    .references(() => organisaties.id, { onDelete: 'cascade' }),
});

export const onderdeelSoorten = ['faculteit', 'opleiding', 'directie', 'afdeling', 'lectoraat', 'leerstoel', 'lab'] as const;
export type OnderdeelSoort = (typeof onderdeelSoorten)[number];

/** A unit inside an organisatie (a faculty, a lectoraat, a directorate), nested to any depth. */
export const onderdelen = pgTable(
  'onderdelen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisatieId: uuid('organisatie_id')
      .notNull()
      .references(() => organisaties.id, { onDelete: 'cascade' }),
    bovenliggendId: uuid('bovenliggend_id').references((): AnyPgColumn => onderdelen.id, { onDelete: 'set null' }),
    soort: text('soort', { enum: onderdeelSoorten }).notNull(),
    naam: text('naam').notNull(),
    // Unique within the organisatie: /organisaties/<slug>/onderdelen/<onderdeel-slug>.
    slug: text('slug').notNull(),
    beschrijvingNl: text('beschrijving_nl'),
    beschrijvingEn: text('beschrijving_en'),
    versie: integer('versie').notNull().default(1),
    zoekvector: tsvector('zoekvector').generatedAlwaysAs(
      sql`to_tsvector('dutch', coalesce(naam, '') || ' ' || coalesce(beschrijving_nl, '')) || to_tsvector('english', coalesce(beschrijving_en, ''))`,
    ),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('onderdelen_organisatie_slug_idx').on(t.organisatieId, t.slug),
    index('onderdelen_bovenliggend_idx').on(t.bovenliggendId),
    index('onderdelen_zoekvector_idx').using('gin', t.zoekvector),
  ],
);

/** The themes an onderdeel works on. */
export const onderdeelThemas = pgTable(
  'onderdeel_themas',
  {
    onderdeelId: uuid('onderdeel_id')
      .notNull()
      .references(() => onderdelen.id, { onDelete: 'cascade' }),
    themaCode: text('thema_code')
      .notNull()
      .references(() => themas.code, { onUpdate: 'cascade', onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.onderdeelId, t.themaCode] }), index('onderdeel_themas_thema_idx').on(t.themaCode)],
);

/** Contact people of an onderdeel: accounts (their public profile shows when they consented). */
export const onderdeelContactpersonen = pgTable(
  'onderdeel_contactpersonen',
  {
    onderdeelId: uuid('onderdeel_id')
      .notNull()
      .references(() => onderdelen.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.onderdeelId, t.accountId] }), index('onderdeel_contactpersonen_account_idx').on(t.accountId)],
);
