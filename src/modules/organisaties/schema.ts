import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { tsvector } from '../../db/column-types.ts';
import { provincies } from '../taxonomie/schema.ts';

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
