import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { uitnodigingen } from '../schema.ts';
import type { CommandContext } from './context.ts';

/** Revokes an open invitation of this organisatie; its link stops working. Unknown here: 404. */
export async function uitnodigingIntrekken(
  db: Db,
  ctx: CommandContext,
  input: { organisatieId: string; uitnodigingId: string },
): Promise<{ ok: true } | { ok: false; reden: 'niet-open' }> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(uitnodigingen)
      .where(and(eq(uitnodigingen.id, input.uitnodigingId), eq(uitnodigingen.organisatieId, input.organisatieId)))
      .for('update');
    if (!row) throw new NotFoundError();
    if (row.geaccepteerdOp || row.ingetrokkenOp) return { ok: false, reden: 'niet-open' } as const;
    await tx
      .update(uitnodigingen)
      .set({ ingetrokkenOp: new Date() })
      .where(and(eq(uitnodigingen.id, row.id), isNull(uitnodigingen.ingetrokkenOp)));
    await recordAudit(tx, {
      actor: ctx.actor,
      actie: 'uitnodiging.ingetrokken',
      objectType: 'uitnodiging',
      objectId: row.id,
      voor: { status: 'open', email: row.email },
      na: { status: 'ingetrokken', email: row.email },
      requestId: ctx.requestId,
    });
    return { ok: true } as const;
  });
}
