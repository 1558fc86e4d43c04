import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Domain events that another part of the product acts on later (an outbox). The first: an accepted
 * koppeling asks for a samenwerking to be drafted ('samenwerking-concept'); the samenwerkingen module
 * will read the unprocessed ones and set verwerktOp. Until then they are stored and shown on the
 * koppeling. gegevens holds what the draft needs, as it was at the moment of the event.
 */
export const domeinGebeurtenissen = pgTable(
  'domein_gebeurtenissen',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    soort: text('soort').notNull(),
    // The row the event is about (for 'samenwerking-concept': the koppeling).
    onderwerpId: uuid('onderwerp_id').notNull(),
    gegevens: jsonb('gegevens').$type<Record<string, unknown>>().notNull(),
    op: timestamp('op', { withTimezone: true }).notNull().defaultNow(),
    verwerktOp: timestamp('verwerkt_op', { withTimezone: true }),
  },
  (t) => [index('domein_gebeurtenissen_onderwerp_idx').on(t.onderwerpId), index('domein_gebeurtenissen_soort_idx').on(t.soort, t.verwerktOp)],
);
