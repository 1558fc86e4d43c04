import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { onderdelen } from '../schema.ts';
import type { CommandContext } from './context.ts';
import { koppelingenVan, onderdeelAudit } from './onderdeel-regels.ts';

/**
 * Removes an onderdeel. Its children move up to its parent (or become top-level), rather than
 * losing their place: a faculty closing does not make its lectoraten disappear. With `versie`
 * (the API's If-Match) a stale delete is refused.
 */
export async function onderdeelVerwijderen(
  db: Db,
  ctx: CommandContext,
  input: { organisatieId: string; onderdeelId: string; versie?: number },
): Promise<{ ok: true; kinderen: number } | { ok: false; reden: 'verouderd' }> {
  return db.transaction(async (tx) => {
    const [voor] = await tx
      .select()
      .from(onderdelen)
      .where(and(eq(onderdelen.id, input.onderdeelId), eq(onderdelen.organisatieId, input.organisatieId)))
      .for('update');
    if (!voor) throw new NotFoundError('No such onderdeel');
    if (input.versie !== undefined && voor.versie !== input.versie) return { ok: false, reden: 'verouderd' } as const;
    const koppelingen = await koppelingenVan(tx, voor.id);
    const kinderen = await tx
      .update(onderdelen)
      .set({ bovenliggendId: voor.bovenliggendId, versie: sql`${onderdelen.versie} + 1`, updatedAt: new Date() })
      .where(eq(onderdelen.bovenliggendId, voor.id))
      .returning({ id: onderdelen.id });
    await tx.delete(onderdelen).where(eq(onderdelen.id, voor.id));
    await recordAudit(tx, {
      actor: ctx.actor,
      actie: 'onderdeel.verwijderd',
      objectType: 'onderdeel',
      objectId: voor.id,
      voor: { organisatieId: voor.organisatieId, ...onderdeelAudit(voor, koppelingen), kinderen: kinderen.map((k) => k.id) },
      na: null,
      requestId: ctx.requestId,
    });
    return { ok: true, kinderen: kinderen.length } as const;
  });
}
