import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea, tsvector } from '../../db/column-types.ts';
import { accounts } from '../accounts/schema.ts';
import { onderdelen, organisaties } from '../organisaties/schema.ts';
import { diepgangen, regios } from '../taxonomie/schema.ts';

/**
 * The lifecycle of domain.md, with pre-moderation: concept -> ingediend -> gepubliceerd (a verbinder
 * of the regio reviews; 'teruggestuurd' is a concept with the verbinder's remark) -> in-gesprek ->
 * opgepakt -> gesloten (with a sluitreden). 'ingetrokken' is the owner's withdrawal. The allowed
 * transitions are in lifecycle.ts, the one place that decides them.
 */
export const vraagstukStatussen = ['concept', 'ingediend', 'teruggestuurd', 'gepubliceerd', 'in-gesprek', 'opgepakt', 'gesloten', 'ingetrokken'] as const;
export type VraagstukStatus = (typeof vraagstukStatussen)[number];

/** Why a vraagstuk was closed. 'vervallen' is set by the expiry job when the deadline passed. */
export const sluitredenen = ['afgerond', 'niet-opgepakt', 'vervallen'] as const;
export type Sluitreden = (typeof sluitredenen)[number];

/**
 * Who may read a vraagstuk (once published):
 * - openbaar: everyone, everything;
 * - partners: only people with an account in a partner organisatie; the public does not see it at all;
 * - na-introductie: everyone sees the summary (title, context, themes, forms, level, period, regio);
 *   the question itself, the desired result, contact people and attachments only the owning
 *   organisatie, verbinders, beheerders and people who were introduced (an accepted belangstelling,
 *   or the candidate's side of an introduced or accepted koppeling).
 */
export const vertrouwelijkheden = ['openbaar', 'partners', 'na-introductie'] as const;
export type Vertrouwelijkheid = (typeof vertrouwelijkheden)[number];

export const vraagstukken = pgTable(
  'vraagstukken',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisatieId: uuid('organisatie_id')
      .notNull()
      .references(() => organisaties.id, { onDelete: 'restrict' }),
    onderdeelId: uuid('onderdeel_id').references(() => onderdelen.id, { onDelete: 'set null' }),
    aangemaaktDoor: uuid('aangemaakt_door').references(() => accounts.id, { onDelete: 'set null' }),
    // Content per language: one language is enough (titel and vraag required in it), both is better.
    titelNl: text('titel_nl'),
    titelEn: text('titel_en'),
    contextNl: text('context_nl'),
    contextEn: text('context_en'),
    vraagNl: text('vraag_nl'),
    vraagEn: text('vraag_en'),
    resultaatNl: text('resultaat_nl'),
    resultaatEn: text('resultaat_en'),
    // Codes of themas and samenwerkingsvormen (checked against the taxonomy by the commands). Arrays
    // with GIN indexes, because list filters ask "has any of" over tens of thousands of rows.
    themaCodes: text('thema_codes').array().notNull().default(sql`'{}'::text[]`),
    vormCodes: text('vorm_codes').array().notNull().default(sql`'{}'::text[]`),
    // onderwijsniveaus (taxonomie): 'mbo', 'hbo-bachelor', 'hbo-master', 'wo-bachelor', 'wo-master'.
    niveaus: text('niveaus').array().notNull().default(sql`'{}'::text[]`),
    // The regio whose verbinder reviews it (by default the organisatie's); landelijk: open to partners
    // in every regio rather than this regio first.
    regioCode: text('regio_code')
      .notNull()
      .references(() => regios.code, { onUpdate: 'cascade', onDelete: 'restrict' }),
    landelijk: boolean('landelijk').notNull().default(false),
    vroegsteStart: date('vroegste_start'),
    deadline: date('deadline'),
    duurWeken: integer('duur_weken'),
    // How deep the work should go (the samenwerkingsvormen's characteristic): feeds the vormenwijzer.
    diepgang: text('diepgang', { enum: diepgangen }),
    aantalStudenten: integer('aantal_studenten'),
    aantalTeams: integer('aantal_teams'),
    vertrouwelijkheid: text('vertrouwelijkheid', { enum: vertrouwelijkheden }).notNull().default('openbaar'),
    status: text('status', { enum: vraagstukStatussen }).notNull().default('concept'),
    sluitreden: text('sluitreden', { enum: sluitredenen }),
    // The verbinder's last remark when returning it; shown to the owner until it is resubmitted.
    opmerkingVerbinder: text('opmerking_verbinder'),
    ingediendOp: timestamp('ingediend_op', { withTimezone: true }),
    gepubliceerdOp: timestamp('gepubliceerd_op', { withTimezone: true }),
    geslotenOp: timestamp('gesloten_op', { withTimezone: true }),
    // Demo content is marked, shown as such, and removed by `npm run cli -- demo-verwijderen`.
    isDemo: boolean('is_demo').notNull().default(false),
    versie: integer('versie').notNull().default(1),
    // Dutch over the Dutch text (titles weigh most), English over the English text.
    zoekvector: tsvector('zoekvector').generatedAlwaysAs(
      sql`setweight(to_tsvector('dutch', coalesce(titel_nl, '')), 'A') || setweight(to_tsvector('dutch', coalesce(vraag_nl, '') || ' ' || coalesce(resultaat_nl, '')), 'B') || setweight(to_tsvector('dutch', coalesce(context_nl, '')), 'C') || setweight(to_tsvector('english', coalesce(titel_en, '')), 'A') || setweight(to_tsvector('english', coalesce(vraag_en, '') || ' ' || coalesce(resultaat_en, '') || ' ' || coalesce(context_en, '')), 'C')`,
    ),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('vraagstukken_zoekvector_idx').using('gin', t.zoekvector),
    index('vraagstukken_titel_nl_trgm_idx').using('gin', sql`${t.titelNl} gin_trgm_ops`),
    index('vraagstukken_thema_codes_idx').using('gin', t.themaCodes),
    index('vraagstukken_vorm_codes_idx').using('gin', t.vormCodes),
    index('vraagstukken_niveaus_idx').using('gin', t.niveaus),
    index('vraagstukken_status_gepubliceerd_idx').on(t.status, t.gepubliceerdOp.desc()),
    index('vraagstukken_status_deadline_idx').on(t.status, t.deadline),
    index('vraagstukken_organisatie_idx').on(t.organisatieId),
    index('vraagstukken_regio_idx').on(t.regioCode, t.status),
    // The public list's default order (newest first, or by deadline) over the open statuses, without
    // a sort of every open row (the status index cannot order across two statuses).
    index('vraagstukken_open_gepubliceerd_idx').on(t.gepubliceerdOp.desc().nullsLast(), t.id).where(sql`status in ('gepubliceerd', 'in-gesprek')`),
    index('vraagstukken_open_deadline_idx').on(t.deadline.asc().nullsLast(), t.id).where(sql`status in ('gepubliceerd', 'in-gesprek')`),
  ],
);

/** Contact people of a vraagstuk: members of its organisatie, shown to those who may see the details. */
export const vraagstukContactpersonen = pgTable(
  'vraagstuk_contactpersonen',
  {
    vraagstukId: uuid('vraagstuk_id')
      .notNull()
      .references(() => vraagstukken.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.vraagstukId, t.accountId] }), index('vraagstuk_contactpersonen_account_idx').on(t.accountId)],
);

/**
 * Attachments: PDF, DOCX or ODT, recognised by their content (not the name or the browser's type),
 * size-limited, stored in the database so that one backup holds everything. Served with
 * Content-Disposition: attachment and the stored type, never inline.
 */
export const vraagstukBijlagen = pgTable(
  'vraagstuk_bijlagen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    vraagstukId: uuid('vraagstuk_id')
      .notNull()
      .references(() => vraagstukken.id, { onDelete: 'cascade' }),
    bestandsnaam: text('bestandsnaam').notNull(),
    mediatype: text('mediatype').notNull(),
    grootte: integer('grootte').notNull(),
    sha256: text('sha256').notNull(),
    inhoud: bytea('inhoud').notNull(),
    toegevoegdDoor: uuid('toegevoegd_door').references(() => accounts.id, { onDelete: 'set null' }),
    toegevoegdOp: timestamp('toegevoegd_op', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('vraagstuk_bijlagen_vraagstuk_idx').on(t.vraagstukId)],
);

/**
 * The visible history of a vraagstuk: every transition and edit, who did it (null: the system, e.g.
 * the expiry job) and the remark that came with it. Separate from the audit log, which is for
 * beheerders; this one is shown on the vraagstuk itself.
 */
export const vraagstukGebeurtenissen = pgTable(
  'vraagstuk_gebeurtenissen',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    vraagstukId: uuid('vraagstuk_id')
      .notNull()
      .references(() => vraagstukken.id, { onDelete: 'cascade' }),
    op: timestamp('op', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => accounts.id, { onDelete: 'set null' }),
    // 'aangemaakt', 'bewerkt', 'ingediend', 'gepubliceerd', 'teruggestuurd', 'in-gesprek', 'opgepakt',
    // 'gesloten', 'ingetrokken', 'vervallen', 'bijlage-toegevoegd', 'bijlage-verwijderd'
    soort: text('soort').notNull(),
    vanStatus: text('van_status', { enum: vraagstukStatussen }),
    naarStatus: text('naar_status', { enum: vraagstukStatussen }),
    opmerking: text('opmerking'),
  },
  (t) => [index('vraagstuk_gebeurtenissen_vraagstuk_idx').on(t.vraagstukId, t.op)],
);

/**
 * A person's saved searches on the vraagstukken or aanbod list: the query string of the list page,
 * re-run by following the link. Alerts come with the notifications issue.
 */
export const zoekopdrachtLijsten = ['vraagstukken', 'aanbod'] as const;
export const opgeslagenZoekopdrachten = pgTable(
  'opgeslagen_zoekopdrachten',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    naam: text('naam').notNull(),
    lijst: text('lijst', { enum: zoekopdrachtLijsten }).notNull(),
    // The normalised query string of the list page, without page ('zoek=data&thema=data-en-ai').
    zoekopdracht: text('zoekopdracht').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('opgeslagen_zoekopdrachten_naam_idx').on(t.accountId, sql`lower(${t.naam})`)],
);

/**
 * Words of vraagstukken and aanbod (lower case, 3+ letters), kept by triggers (migration 0007), for
 * typo tolerance: a query word that occurs nowhere is replaced by the most similar words here
 * (pg_trgm), then searched with the ordinary full-text index. Separate from `zoekwoorden` (names of
 * organisaties), so that the one does not skew corrections of the other.
 */
export const marktplaatsZoekwoorden = pgTable(
  'marktplaats_zoekwoorden',
  { woord: text('woord').primaryKey() },
  (t) => [index('marktplaats_zoekwoorden_woord_trgm_idx').using('gin', sql`${t.woord} gin_trgm_ops`)],
);
