import { max } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { ConflictError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { WriteContext } from './context.ts';
import { invalidateTaxonomie } from './queries.ts';
import { themas } from './schema.ts';
import type { ThemaVelden } from './thema-bijwerken.ts';

/** A new theme, at the end of the list. Its code is its permanent key: an existing code is refused. */
export async function themaToevoegen(db: Db, ctx: WriteContext, code: string, velden: ThemaVelden) {
  const row = await db.transaction(async (tx) => {
    const [last] = await tx.select({ n: max(themas.volgorde) }).from(themas);
    const [na] = await tx
      .insert(themas)
      .values({ code, ...velden, volgorde: (last?.n ?? -1) + 1 })
      .onConflictDoNothing()
      .returning();
    if (!na) throw new ConflictError(`A theme with code '${code}' exists already`);
    await recordAudit(tx, { actor: ctx.actor, actie: 'thema.toegevoegd', objectType: 'thema', objectId: code, na, requestId: ctx.requestId });
    return na;
  });
  invalidateTaxonomie(db);
  return row;
}
