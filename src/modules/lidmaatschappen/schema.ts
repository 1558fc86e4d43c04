import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/schema.ts';
import { organisaties } from '../organisaties/schema.ts';

export const organisatieRollen = ['coordinator', 'lid'] as const;
export type OrganisatieRol = (typeof organisatieRollen)[number];

/** A person's membership of an organisatie; a coordinator manages its profile and members. */
export const lidmaatschappen = pgTable(
  'lidmaatschappen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    organisatieId: uuid('organisatie_id')
      .notNull()
      .references(() => organisaties.id, { onDelete: 'cascade' }),
    rol: text('rol', { enum: organisatieRollen }).notNull().default('lid'),
    // How the membership came about: 'uitnodiging', 'verzoek', 'sso' or 'beheer'.
    bron: text('bron').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('lidmaatschappen_uniek_idx').on(t.accountId, t.organisatieId),
    index('lidmaatschappen_organisatie_idx').on(t.organisatieId),
  ],
);

/** An invitation by e-mail to join an organisatie: a hashed single-use token that expires. */
export const uitnodigingen = pgTable(
  'uitnodigingen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisatieId: uuid('organisatie_id')
      .notNull()
      .references(() => organisaties.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    rol: text('rol', { enum: organisatieRollen }).notNull().default('lid'),
    tokenHash: text('token_hash').notNull().unique(),
    uitgenodigdDoor: uuid('uitgenodigd_door').references(() => accounts.id, { onDelete: 'set null' }),
    verlooptOp: timestamp('verloopt_op', { withTimezone: true }).notNull(),
    geaccepteerdOp: timestamp('geaccepteerd_op', { withTimezone: true }),
    geaccepteerdDoor: uuid('geaccepteerd_door').references(() => accounts.id, { onDelete: 'set null' }),
    ingetrokkenOp: timestamp('ingetrokken_op', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('uitnodigingen_organisatie_idx').on(t.organisatieId)],
);

export const verzoekStatussen = ['open', 'goedgekeurd', 'afgewezen', 'ingetrokken'] as const;

/** A request to join an organisatie, decided by one of its coordinators. */
export const lidmaatschapsverzoeken = pgTable(
  'lidmaatschapsverzoeken',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisatieId: uuid('organisatie_id')
      .notNull()
      .references(() => organisaties.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    toelichting: text('toelichting'),
    status: text('status', { enum: verzoekStatussen }).notNull().default('open'),
    beslistDoor: uuid('beslist_door').references(() => accounts.id, { onDelete: 'set null' }),
    beslistOp: timestamp('beslist_op', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('lidmaatschapsverzoeken_organisatie_idx').on(t.organisatieId, t.status),
    index('lidmaatschapsverzoeken_account_idx').on(t.accountId),
  ],
);
