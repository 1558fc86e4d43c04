import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/schema.ts';
import { aanbod } from '../aanbod/schema.ts';
import { vraagstukken } from '../vraagstukken/schema.ts';

/**
 * open -> in-gesprek | geaccepteerd | afgewezen (the vraagstuk's owner answers, with a message);
 * the interested person can withdraw ('ingetrokken') while it is not decided. Both see the status.
 */
export const belangstellingStatussen = ['open', 'in-gesprek', 'geaccepteerd', 'afgewezen', 'ingetrokken'] as const;
export type BelangstellingStatus = (typeof belangstellingStatussen)[number];

/** A docent, student or researcher signals interest in a vraagstuk, optionally with the aanbod it fits. */
export const belangstellingen = pgTable(
  'belangstellingen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    vraagstukId: uuid('vraagstuk_id')
      .notNull()
      .references(() => vraagstukken.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    aanbodId: uuid('aanbod_id').references(() => aanbod.id, { onDelete: 'set null' }),
    motivatie: text('motivatie').notNull(),
    status: text('status', { enum: belangstellingStatussen }).notNull().default('open'),
    // The owner's answer (shown to the interested person).
    antwoord: text('antwoord'),
    beantwoordDoor: uuid('beantwoord_door').references(() => accounts.id, { onDelete: 'set null' }),
    beantwoordOp: timestamp('beantwoord_op', { withTimezone: true }),
    versie: integer('versie').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One live interest per person per vraagstuk; after withdrawing they may signal again.
    uniqueIndex('belangstellingen_een_per_persoon_idx').on(t.vraagstukId, t.accountId).where(sql`status <> 'ingetrokken'`),
    index('belangstellingen_account_idx').on(t.accountId),
    index('belangstellingen_aanbod_idx').on(t.aanbodId),
  ],
);
