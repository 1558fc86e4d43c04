import type { Db } from '../../../db/client.ts';
import type { AccountActor } from '../../../platform/actor.ts';
import { hashToken, randomToken } from '../../../platform/secrets.ts';
import { recordAudit } from '../../audit/index.ts';
import { apiTokens, type ApiTokenScope } from '../schema.ts';
import { apiTokenPrefix } from '../session-middleware.ts';

/**
 * Makes a personal API token. The token is returned once, to show on the page; the database keeps
 * its SHA-256 and the first 8 characters after 'ipt_' so the person can tell tokens apart.
 */
export async function createToken(
  db: Db,
  ctx: { actor: AccountActor; requestId?: string | undefined },
  input: { naam: string; scopes: ApiTokenScope[]; dagen: number },
): Promise<{ id: string; token: string }> {
  const secret = randomToken();
  const token = `${apiTokenPrefix}${secret}`;
  const verlooptOp = new Date(Date.now() + input.dagen * 24 * 3600 * 1000);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({
        accountId: ctx.actor.accountId,
        naam: input.naam,
        tokenHash: hashToken(token),
        prefix: secret.slice(0, 8),
        scopes: input.scopes,
        verlooptOp,
      })
      .returning({ id: apiTokens.id, prefix: apiTokens.prefix });
    await recordAudit(tx, {
      actor: ctx.actor,
      actie: 'apitoken.aangemaakt',
      objectType: 'api-token',
      objectId: row!.id,
      betreftAccountId: ctx.actor.accountId,
      na: { naam: input.naam, prefix: row!.prefix, scopes: input.scopes, verlooptOp },
      requestId: ctx.requestId,
    });
    return { id: row!.id, token };
  });
}
