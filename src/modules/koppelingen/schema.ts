import { sql } from 'drizzle-orm';
import { bigserial, check, index, integer, jsonb, pgTable, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/schema.ts';
import { aanbod } from '../aanbod/schema.ts';
import { onderdelen } from '../organisaties/schema.ts';
import { kandidaatSoorten, type OpgeslagenSignaal } from '../matching/schema.ts';
import { vraagstukken } from '../vraagstukken/schema.ts';

/**
 * The koppeling lifecycle of domain.md:
 * - voorgesteld: proposed by a verbinder from a suggestion (the system's suggestions themselves live
 *   in `suggesties`); the verbinder reviews it and introduces or withdraws it;
 * - geintroduceerd: both sides got a message and each accepts or declines (with a reason). A party
 *   that proposes a koppeling itself (the vraagstuk's owner, or an aanbod owner) introduces it at
 *   once, with its own side accepted;
 * - geaccepteerd: both sides accepted; a 'samenwerking-concept' domain event is stored;
 * - afgewezen: one side declined (the other side's answer no longer matters);
 * - ingetrokken: the proposer or a verbinder withdrew it before it was decided.
 */
export const koppelingStatussen = ['voorgesteld', 'geintroduceerd', 'geaccepteerd', 'afgewezen', 'ingetrokken'] as const;
export type KoppelingStatus = (typeof koppelingStatussen)[number];
/** Statuses in which a koppeling is alive: at most one live koppeling per vraagstuk and candidate. */
export const levendeKoppelingStatussen = ['voorgesteld', 'geintroduceerd', 'geaccepteerd'] as const;

export const koppelingBesluiten = ['geaccepteerd', 'afgewezen'] as const;
export type KoppelingBesluit = (typeof koppelingBesluiten)[number];

/** Who proposed: the engine's suggestion taken up by a verbinder, or one of the two sides. */
export const koppelingBronnen = ['verbinder', 'vraagzijde', 'aanbodzijde'] as const;

export const koppelingen = pgTable(
  'koppelingen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    vraagstukId: uuid('vraagstuk_id')
      .notNull()
      .references(() => vraagstukken.id, { onDelete: 'cascade' }),
    kandidaatSoort: text('kandidaat_soort', { enum: kandidaatSoorten }).notNull(),
    // Exactly the one named by kandidaatSoort is set (checked).
    aanbodId: uuid('aanbod_id').references(() => aanbod.id, { onDelete: 'cascade' }),
    onderdeelId: uuid('onderdeel_id').references(() => onderdelen.id, { onDelete: 'cascade' }),
    persoonId: uuid('persoon_id').references(() => accounts.id, { onDelete: 'cascade' }),
    status: text('status', { enum: koppelingStatussen }).notNull().default('voorgesteld'),
    bron: text('bron', { enum: koppelingBronnen }).notNull(),
    // The engine's score and signals when it was proposed (null when no suggestion existed).
    score: real('score'),
    signalen: jsonb('signalen').$type<OpgeslagenSignaal[]>(),
    // The proposer's or verbinder's message to both sides: why these two should talk.
    toelichting: text('toelichting'),
    voorgesteldDoor: uuid('voorgesteld_door').references(() => accounts.id, { onDelete: 'set null' }),
    geintroduceerdDoor: uuid('geintroduceerd_door').references(() => accounts.id, { onDelete: 'set null' }),
    geintroduceerdOp: timestamp('geintroduceerd_op', { withTimezone: true }),
    besluitVraagzijde: text('besluit_vraagzijde', { enum: koppelingBesluiten }),
    redenVraagzijde: text('reden_vraagzijde'),
    besluitVraagzijdeDoor: uuid('besluit_vraagzijde_door').references(() => accounts.id, { onDelete: 'set null' }),
    besluitVraagzijdeOp: timestamp('besluit_vraagzijde_op', { withTimezone: true }),
    besluitAanbodzijde: text('besluit_aanbodzijde', { enum: koppelingBesluiten }),
    redenAanbodzijde: text('reden_aanbodzijde'),
    besluitAanbodzijdeDoor: uuid('besluit_aanbodzijde_door').references(() => accounts.id, { onDelete: 'set null' }),
    besluitAanbodzijdeOp: timestamp('besluit_aanbodzijde_op', { withTimezone: true }),
    afgeslotenOp: timestamp('afgesloten_op', { withTimezone: true }),
    versie: integer('versie').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'koppelingen_een_kandidaat',
      sql`(kandidaat_soort = 'aanbod' and aanbod_id is not null and onderdeel_id is null and persoon_id is null) or (kandidaat_soort = 'onderdeel' and onderdeel_id is not null and aanbod_id is null and persoon_id is null) or (kandidaat_soort = 'persoon' and persoon_id is not null and aanbod_id is null and onderdeel_id is null)`,
    ),
    uniqueIndex('koppelingen_een_levende_idx')
      .on(t.vraagstukId, t.kandidaatSoort, sql`coalesce(aanbod_id, onderdeel_id, persoon_id)`)
      .where(sql`status in ('voorgesteld', 'geintroduceerd', 'geaccepteerd')`),
    index('koppelingen_vraagstuk_idx').on(t.vraagstukId),
    index('koppelingen_aanbod_idx').on(t.aanbodId),
    index('koppelingen_onderdeel_idx').on(t.onderdeelId),
    index('koppelingen_persoon_idx').on(t.persoonId),
    index('koppelingen_status_idx').on(t.status, t.updatedAt),
  ],
);

/** The visible history of a koppeling: every step, who took it and the reason or message with it. */
export const koppelingGebeurtenissen = pgTable(
  'koppeling_gebeurtenissen',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    koppelingId: uuid('koppeling_id')
      .notNull()
      .references(() => koppelingen.id, { onDelete: 'cascade' }),
    op: timestamp('op', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => accounts.id, { onDelete: 'set null' }),
    // 'voorgesteld', 'geintroduceerd', 'geaccepteerd-vraagzijde', 'afgewezen-vraagzijde',
    // 'geaccepteerd-aanbodzijde', 'afgewezen-aanbodzijde', 'geaccepteerd', 'afgewezen', 'ingetrokken'
    soort: text('soort').notNull(),
    opmerking: text('opmerking'),
  },
  (t) => [index('koppeling_gebeurtenissen_koppeling_idx').on(t.koppelingId, t.op)],
);
