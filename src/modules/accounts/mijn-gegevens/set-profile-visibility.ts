import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { AccountActor } from '../../../platform/actor.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { accounts } from '../schema.ts';

/**
 * A person makes their profile public or private. Public is consent (AVG art. 6 lid 1 sub a), so it
 * is off by default and only this person can turn it on; versioned like the profile form.
 */
export type VisibilityResult = { ok: true } | { ok: false; reden: 'verouderd' };

export async function setProfileVisibility(
  db: Db,
  input: { actor: AccountActor; versie: number; openbaar: boolean; requestId?: string | undefined },
): Promise<VisibilityResult> {
  const id = input.actor.accountId;
  return db.transaction(async (tx) => {
    const [voor] = await tx
      .select({ profielOpenbaar: accounts.profielOpenbaar, versie: accounts.versie })
      .from(accounts)
      .where(and(eq(accounts.id, id), isNull(accounts.verwijderdOp)))
      .limit(1);
    if (!voor) throw new NotFoundError('No such account');
    if (voor.versie !== input.versie) return { ok: false, reden: 'verouderd' };
    if (voor.profielOpenbaar === input.openbaar) return { ok: true };
    const updated = await tx
      .update(accounts)
      .set({ profielOpenbaar: input.openbaar, versie: sql`${accounts.versie} + 1`, updatedAt: new Date() })
      .where(and(eq(accounts.id, id), eq(accounts.versie, input.versie)))
      .returning({ id: accounts.id });
    if (updated.length === 0) return { ok: false, reden: 'verouderd' };
    await recordAudit(tx, {
      actor: input.actor,
      actie: 'account.profiel-openbaar-gewijzigd',
      objectType: 'account',
      objectId: id,
      betreftAccountId: id,
      voor: { profielOpenbaar: voor.profielOpenbaar },
      na: { profielOpenbaar: input.openbaar },
      requestId: input.requestId,
    });
    return { ok: true };
  });
}
