import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export type Wijzigingen = Record<string, { voor: unknown; na: unknown }>;

/**
 * The audit log: every write records who, what, when, and the before and after of the changed
 * fields, in the same transaction as the write. `betreftAccountId` names the person whose personal
 * data the entry is about, so that they can see it ("Mijn gegevens", AVG art. 15). Secrets
 * (password hashes, tokens) are never written here: the diff records only that they changed.
 * No foreign keys: the log outlives what it describes.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    op: timestamp('op', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    // e.g. 'account.geregistreerd', 'lidmaatschap.verwijderd'
    actie: text('actie').notNull(),
    objectType: text('object_type').notNull(),
    objectId: text('object_id').notNull(),
    betreftAccountId: uuid('betreft_account_id'),
    wijzigingen: jsonb('wijzigingen').$type<Wijzigingen>().notNull(),
    requestId: text('request_id'),
  },
  (t) => [
    index('audit_log_op_idx').on(t.op.desc()),
    index('audit_log_object_idx').on(t.objectType, t.objectId),
    index('audit_log_betreft_idx').on(t.betreftAccountId),
    index('audit_log_actor_idx').on(t.actorId),
    index('audit_log_actie_idx').on(t.actie),
  ],
);
