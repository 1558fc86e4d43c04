import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tsvector } from '../../db/column-types.ts';
import { accounts } from '../accounts/schema.ts';
import { onderdelen, organisaties } from '../organisaties/schema.ts';
import { themas } from '../taxonomie/schema.ts';

/**
 * A person's profile beyond the account: expertise, keywords, languages, links. Public only when the
 * account says so (accounts.profiel_openbaar, off by default); otherwise only the person, their
 * organisations' coordinators where needed, and beheerders see it.
 */
export const profielen = pgTable(
  'profielen',
  {
    accountId: uuid('account_id')
      .primaryKey()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    expertiseNl: text('expertise_nl'),
    expertiseEn: text('expertise_en'),
    trefwoorden: text('trefwoorden').array().notNull().default(sql`'{}'::text[]`),
    // ISO 639-1 codes: 'nl', 'en', 'de', ...
    talen: text('talen').array().notNull().default(sql`'{}'::text[]`),
    links: jsonb('links').$type<{ label: string; url: string }[]>().notNull().default(sql`'[]'::jsonb`),
    versie: integer('versie').notNull().default(1),
    zoekvector: tsvector('zoekvector').generatedAlwaysAs(
      sql`to_tsvector('dutch', coalesce(expertise_nl, '') || ' ' || ip_lijst_als_tekst(trefwoorden)) || to_tsvector('english', coalesce(expertise_en, ''))`,
    ),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('profielen_zoekvector_idx').using('gin', t.zoekvector)],
);

export const profielThemas = pgTable(
  'profiel_themas',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    themaCode: text('thema_code')
      .notNull()
      .references(() => themas.code, { onUpdate: 'cascade', onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.themaCode] }), index('profiel_themas_thema_idx').on(t.themaCode)],
);

/** Where a person works or studies, with an optional onderdeel and their role there ('lector', 'student', ...). */
export const affiliaties = pgTable(
  'affiliaties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    organisatieId: uuid('organisatie_id')
      .notNull()
      .references(() => organisaties.id, { onDelete: 'cascade' }),
    onderdeelId: uuid('onderdeel_id').references(() => onderdelen.id, { onDelete: 'set null' }),
    rol: text('rol'),
  },
  (t) => [index('affiliaties_account_idx').on(t.accountId), index('affiliaties_organisatie_idx').on(t.organisatieId)],
);

/** Periods a person is available for collaboration (a semester, a project window). */
export const beschikbaarheden = pgTable(
  'beschikbaarheden',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    van: date('van').notNull(),
    tot: date('tot').notNull(),
    toelichting: text('toelichting'),
  },
  (t) => [index('beschikbaarheden_account_idx').on(t.accountId)],
);
