import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { AccountActor } from '../../../platform/actor.ts';
import { accounts } from '../../accounts/index.ts';
import { recordAudit } from '../../audit/index.ts';
import { findOpenVerzoek } from '../queries.ts';
import { lidmaatschapsverzoeken } from '../schema.ts';
import { findLidmaatschap, type CommandContext } from './context.ts';

/** A request to join an organisatie; one open request per person and organisatie. */
export async function verzoekIndienen(
  db: Db,
  ctx: CommandContext & { actor: AccountActor },
  input: { organisatieId: string; toelichting: string | undefined },
): Promise<{ ok: true; verzoekId: string } | { ok: false; reden: 'al-lid' | 'al-open' }> {
  const accountId = ctx.actor.accountId;
  return db.transaction(async (tx) => {
    // Serialises this person's requests: two quick submits must not make two open requests.
    await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, accountId)).for('update');
    if (await findLidmaatschap(tx, input.organisatieId, accountId)) return { ok: false, reden: 'al-lid' } as const;
    if (await findOpenVerzoek(tx, accountId, input.organisatieId)) return { ok: false, reden: 'al-open' } as const;
    const toelichting = input.toelichting?.trim() || null;
    const [row] = await tx
      .insert(lidmaatschapsverzoeken)
      .values({ organisatieId: input.organisatieId, accountId, toelichting })
      .returning({ id: lidmaatschapsverzoeken.id });
    await recordAudit(tx, {
      actor: ctx.actor,
      actie: 'lidmaatschapsverzoek.ingediend',
      objectType: 'lidmaatschapsverzoek',
      objectId: row!.id,
      betreftAccountId: accountId,
      na: { organisatieId: input.organisatieId, status: 'open', toelichting },
      requestId: ctx.requestId,
    });
    return { ok: true, verzoekId: row!.id } as const;
  });
}
