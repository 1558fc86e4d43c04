import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { regios } from '../taxonomie/schema.ts';

export const persoonstypes = [
  'ambtenaar',
  'docent',
  'lector',
  'onderzoeker',
  'student',
  'stagecoordinator',
  'anders',
] as const;
export type Persoonstype = (typeof persoonstypes)[number];

export const platformRollen = ['beheerder', 'verbinder', 'programmamanagement'] as const;
export type PlatformRol = (typeof platformRollen)[number];

/**
 * A person's account. The fewest attributes needed (AVG art. 5 lid 1 sub c): an e-mail address to
 * reach them, a display name, and what kind of person they are. An account made by single sign-on
 * has no password. A deleted account keeps its row (shared work points at it) with every personal
 * field emptied and `verwijderdOp` set: it is then shown as 'verwijderde gebruiker'.
 */
export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Stored lower-cased; null only once the account is deleted.
    email: text('email'),
    emailGeverifieerdOp: timestamp('email_geverifieerd_op', { withTimezone: true }),
    wachtwoordHash: text('wachtwoord_hash'),
    naam: text('naam').notNull(),
    persoonstype: text('persoonstype', { enum: persoonstypes }),
    // The language mails are written in; the last language the person used the site in.
    taal: text('taal', { enum: ['nl', 'en'] }).notNull().default('nl'),
    profielOpenbaar: boolean('profiel_openbaar').notNull().default(false),
    // TOTP secret, encrypted with a key derived from APP_SECRET (never stored in the clear).
    totpGeheim: text('totp_geheim'),
    totpAanSinds: timestamp('totp_aan_sinds', { withTimezone: true }),
    // The last TOTP time step used: a code is accepted once (no replay within its 30 s window).
    totpLaatsteStap: integer('totp_laatste_stap'),
    verwijderdOp: timestamp('verwijderd_op', { withTimezone: true }),
    versie: integer('versie').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('accounts_email_idx').on(t.email)],
);

/** Recovery codes for the second factor: hashed, each usable once. */
export const herstelcodes = pgTable(
  'herstelcodes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    gebruiktOp: timestamp('gebruikt_op', { withTimezone: true }),
  },
  (t) => [index('herstelcodes_account_idx').on(t.accountId)],
);

/**
 * A login session. The cookie holds a random token; only its SHA-256 is stored, so a copy of the
 * database does not hand out sessions. `status` is 'tweede-factor' between a correct password and
 * a correct second factor: such a session is not logged in.
 */
export const sessies = pgTable(
  'sessies',
  {
    tokenHash: text('token_hash').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['actief', 'tweede-factor'] }).notNull(),
    // How the person logged in: 'wachtwoord' or 'oidc:<provider>'.
    methode: text('methode').notNull(),
    tweedeFactorOp: timestamp('tweede_factor_op', { withTimezone: true }),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true }).notNull().defaultNow(),
    laatstActiefOp: timestamp('laatst_actief_op', { withTimezone: true }).notNull().defaultNow(),
    verlooptOp: timestamp('verloopt_op', { withTimezone: true }).notNull(),
    // Shown in the list of one's own sessions; a browser name, not a fingerprint.
    apparaat: text('apparaat'),
  },
  (t) => [index('sessies_account_idx').on(t.accountId), index('sessies_verloopt_idx').on(t.verlooptOp)],
);

export const emailTokenDoelen = ['verificatie', 'wachtwoord-herstel', 'email-wijziging'] as const;

/** Single-use tokens sent by e-mail; stored hashed, with an expiry. */
export const emailTokens = pgTable(
  'email_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    doel: text('doel', { enum: emailTokenDoelen }).notNull(),
    // For 'email-wijziging': the new address, confirmed by following the link sent to it.
    nieuwEmail: text('nieuw_email'),
    verlooptOp: timestamp('verloopt_op', { withTimezone: true }).notNull(),
    gebruiktOp: timestamp('gebruikt_op', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('email_tokens_account_idx').on(t.accountId, t.doel)],
);

/** A link between an account and a login at an OpenID Connect provider (issuer + subject). */
export const externeIdentiteiten = pgTable(
  'externe_identiteiten',
  {
    provider: text('provider').notNull(),
    subject: text('subject').notNull(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    laatstGebruiktOp: timestamp('laatst_gebruikt_op', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.subject] }), index('externe_identiteiten_account_idx').on(t.accountId)],
);

/** Platform roles. A verbinder works for one regio (a row per regio); the others have no regio. */
export const platformrollen = pgTable(
  'platformrollen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    rol: text('rol', { enum: platformRollen }).notNull(),
    regioCode: text('regio_code').references(() => regios.code, { onUpdate: 'cascade', onDelete: 'cascade' }),
    toegekendDoor: uuid('toegekend_door').references(() => accounts.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('platformrollen_uniek_idx').on(t.accountId, t.rol, sql`coalesce(${t.regioCode}, '')`),
    index('platformrollen_account_idx').on(t.accountId),
  ],
);

export const apiTokenScopes = ['read', 'write'] as const;
export type ApiTokenScope = (typeof apiTokenScopes)[number];

/** Personal API tokens: shown once, stored as a SHA-256, scoped, with an expiry. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    naam: text('naam').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    // The first characters of the token, so the person can tell their tokens apart.
    prefix: text('prefix').notNull(),
    scopes: text('scopes', { enum: apiTokenScopes }).array().notNull(),
    verlooptOp: timestamp('verloopt_op', { withTimezone: true }).notNull(),
    laatstGebruiktOp: timestamp('laatst_gebruikt_op', { withTimezone: true }),
    ingetrokkenOp: timestamp('ingetrokken_op', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('api_tokens_account_idx').on(t.accountId)],
);

/** Fixed-window counters for rate limits, shared by every instance on the same database. */
export const rateLimits = pgTable('rate_limits', {
  sleutel: text('sleutel').primaryKey(),
  vensterStart: timestamp('venster_start', { withTimezone: true }).notNull(),
  aantal: integer('aantal').notNull(),
});
