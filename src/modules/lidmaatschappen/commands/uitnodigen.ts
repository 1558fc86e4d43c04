import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { isAccount } from '../../../platform/actor.ts';
import { hashToken, randomToken } from '../../../platform/secrets.ts';
import { accounts } from '../../accounts/index.ts';
import { recordAudit } from '../../audit/index.ts';
import { lidmaatschappen, uitnodigingen, type OrganisatieRol } from '../schema.ts';
import type { CommandContext } from './context.ts';

export const uitnodigingGeldigDagen = 14;

export type UitnodigenResult =
  | { ok: true; token: string; uitnodigingId: string; taal: 'nl' | 'en' | undefined }
  | { ok: false; reden: 'al-lid' };

/**
 * Invites an e-mail address to join an organisatie with a role. The link token is returned once,
 * to be mailed; only its hash is stored. A new invitation replaces the open ones to the same
 * address for the same organisatie, so that only the newest link works.
 */
export async function uitnodigen(
  db: Db,
  ctx: CommandContext,
  input: { organisatieId: string; email: string; rol: OrganisatieRol },
): Promise<UitnodigenResult> {
  const email = input.email.trim().toLowerCase();
  return db.transaction(async (tx) => {
    const [bestaand] = await tx
      .select({ id: accounts.id, taal: accounts.taal, lid: lidmaatschappen.id })
      .from(accounts)
      .leftJoin(
        lidmaatschappen,
        and(eq(lidmaatschappen.accountId, accounts.id), eq(lidmaatschappen.organisatieId, input.organisatieId)),
      )
      .where(and(eq(accounts.email, email), isNull(accounts.verwijderdOp)))
      .limit(1);
    if (bestaand?.lid) return { ok: false, reden: 'al-lid' } as const;

    const vervangen = await tx
      .update(uitnodigingen)
      .set({ ingetrokkenOp: new Date() })
      .where(
        and(
          eq(uitnodigingen.organisatieId, input.organisatieId),
          eq(uitnodigingen.email, email),
          isNull(uitnodigingen.geaccepteerdOp),
          isNull(uitnodigingen.ingetrokkenOp),
        ),
      )
      .returning({ id: uitnodigingen.id });
    for (const v of vervangen) {
      await recordAudit(tx, {
        actor: ctx.actor,
        actie: 'uitnodiging.ingetrokken',
        objectType: 'uitnodiging',
        objectId: v.id,
        voor: { status: 'open' },
        na: { status: 'ingetrokken', reden: 'vervangen' },
        requestId: ctx.requestId,
      });
    }

    const token = randomToken();
    const verlooptOp = new Date(Date.now() + uitnodigingGeldigDagen * 24 * 3600 * 1000);
    const [row] = await tx
      .insert(uitnodigingen)
      .values({
        organisatieId: input.organisatieId,
        email,
        rol: input.rol,
        tokenHash: hashToken(token),
        uitgenodigdDoor: isAccount(ctx.actor) ? ctx.actor.accountId : null,
        verlooptOp,
      })
      .returning({ id: uitnodigingen.id });
    await recordAudit(tx, {
      actor: ctx.actor,
      actie: 'uitnodiging.aangemaakt',
      objectType: 'uitnodiging',
      objectId: row!.id,
      betreftAccountId: bestaand?.id ?? null,
      na: { organisatieId: input.organisatieId, email, rol: input.rol, verlooptOp },
      requestId: ctx.requestId,
    });
    return { ok: true, token, uitnodigingId: row!.id, taal: bestaand?.taal };
  });
}
