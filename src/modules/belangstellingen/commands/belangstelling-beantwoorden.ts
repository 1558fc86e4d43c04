import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { recordAudit } from '../../audit/index.ts';
import type { BelangstellingAntwoord } from '../belangstelling.schema.ts';
import { kanBeantwoorden, mayAnswerBelangstelling } from '../policy.ts';
import { belangstellingen } from '../schema.ts';
import type { CommandContext } from './context.ts';
import { vereisSchrijver, vergrendelBelangstelling } from './vergrendel.ts';

export type BelangstellingBeantwoordenResult = { ok: true; versie: number } | { ok: false; reden: 'verouderd' | 'niet-mogelijk' };

/**
 * The vraagstuk's owner answers an interest: 'in-gesprek' (let's talk first), 'geaccepteerd' (the
 * person is introduced: they then see the details of a na-introductie vraagstuk) or 'afgewezen'
 * (with a reason; the schema requires it). Possible while the interest is open or in gesprek; an
 * answer based on an older version is refused and writes nothing.
 */
export async function belangstellingBeantwoorden(
  db: Db,
  ctx: CommandContext,
  input: { id: string; versie: number; antwoord: BelangstellingAntwoord },
): Promise<BelangstellingBeantwoordenResult> {
  const actor = vereisSchrijver(ctx.actor, 'Log in to answer');
  return db.transaction(async (tx) => {
    const voor = await vergrendelBelangstelling(tx, actor, input.id, mayAnswerBelangstelling, 'Only the owners of the vraagstuk answer');
    if (voor.versie !== input.versie) return { ok: false, reden: 'verouderd' } as const;
    if (!kanBeantwoorden(voor.status)) return { ok: false, reden: 'niet-mogelijk' } as const;
    const [na] = await tx
      .update(belangstellingen)
      .set({
        status: input.antwoord.besluit,
        antwoord: input.antwoord.antwoord ?? null,
        beantwoordDoor: actor.accountId,
        beantwoordOp: new Date(),
        versie: sql`${belangstellingen.versie} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(belangstellingen.id, voor.id), eq(belangstellingen.versie, input.versie)))
      .returning();
    if (!na) return { ok: false, reden: 'verouderd' } as const;
    await recordAudit(tx, {
      actor,
      actie: 'belangstelling.beantwoord',
      objectType: 'belangstelling',
      objectId: voor.id,
      betreftAccountId: voor.accountId,
      voor: { status: voor.status, antwoord: voor.antwoord },
      na: { status: na.status, antwoord: na.antwoord },
      requestId: ctx.requestId,
    });
    return { ok: true, versie: na.versie } as const;
  });
}
