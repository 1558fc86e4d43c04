import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { apiTokens } from '../schema.ts';

/** A person's own tokens, newest first; never the hash. */
export function listTokens(db: Db, accountId: string) {
  return db
    .select({
      id: apiTokens.id,
      naam: apiTokens.naam,
      prefix: apiTokens.prefix,
      scopes: apiTokens.scopes,
      verlooptOp: apiTokens.verlooptOp,
      laatstGebruiktOp: apiTokens.laatstGebruiktOp,
      ingetrokkenOp: apiTokens.ingetrokkenOp,
      createdAt: apiTokens.createdAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.accountId, accountId))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
    .limit(200);
}

export async function findToken(db: Db, id: string) {
  const [row] = await db
    .select({ id: apiTokens.id, accountId: apiTokens.accountId, naam: apiTokens.naam, prefix: apiTokens.prefix, ingetrokkenOp: apiTokens.ingetrokkenOp })
    .from(apiTokens)
    .where(eq(apiTokens.id, id))
    .limit(1);
  return row;
}

export type TokenStatus = 'actief' | 'verlopen' | 'ingetrokken';

export function tokenStatus(row: { verlooptOp: Date; ingetrokkenOp: Date | null }): TokenStatus {
  if (row.ingetrokkenOp) return 'ingetrokken';
  return row.verlooptOp.getTime() <= Date.now() ? 'verlopen' : 'actief';
}
