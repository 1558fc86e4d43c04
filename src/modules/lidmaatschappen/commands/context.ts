import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/actor.ts';
import { lidmaatschappen } from '../schema.ts';

/** What every command needs besides its input: who acts (for the audit log) and the request id. */
export type CommandContext = { actor: Actor; requestId?: string | undefined };

/**
 * The members of an organisatie, locked for the rest of the transaction. The last-coordinator rule
 * counts them: without the lock, two coordinators removing each other at the same moment could
 * both see "one other coordinator left" and leave the organisation without one.
 */
export async function lockLeden(tx: Db, organisatieId: string) {
  return tx
    .select({ id: lidmaatschappen.id, accountId: lidmaatschappen.accountId, rol: lidmaatschappen.rol })
    .from(lidmaatschappen)
    .where(eq(lidmaatschappen.organisatieId, organisatieId))
    .for('update');
}

export async function findLidmaatschap(tx: Db, organisatieId: string, accountId: string) {
  const [row] = await tx
    .select()
    .from(lidmaatschappen)
    .where(and(eq(lidmaatschappen.organisatieId, organisatieId), eq(lidmaatschappen.accountId, accountId)))
    .limit(1);
  return row;
}

/** Plain audit fields of a membership (no dates: the log has its own time). */
export const lidmaatschapAudit = (l: { accountId: string; organisatieId: string; rol: string; bron: string }) => ({
  accountId: l.accountId,
  organisatieId: l.organisatieId,
  rol: l.rol,
  bron: l.bron,
});
