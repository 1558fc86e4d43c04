import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { isAccount, mayWrite } from '../../../platform/actor.ts';
import { ForbiddenError, NotFoundError } from '../../../platform/errors.ts';
import { aanbod } from '../../aanbod/schema.ts';
import { recordAudit } from '../../audit/index.ts';
import { isUuid, laadVraagstukKern } from '../../vraagstukken/index.ts';
import { vraagstukken } from '../../vraagstukken/schema.ts';
import type { BelangstellingInvoer } from '../belangstelling.schema.ts';
import { mayLinkAanbod, tonenWeigering } from '../policy.ts';
import { belangstellingen } from '../schema.ts';
import type { CommandContext, VeldFout } from './context.ts';

export type BelangstellingTonenResult =
  | { ok: true; id: string }
  | { ok: false; reden: 'niet-open' | 'al-getoond' | 'eigen-vraagstuk' }
  | { ok: false; reden: 'ongeldig'; fouten: VeldFout[] };

/**
 * A person signals interest in a vraagstuk, with a motivation and optionally the aanbod it fits.
 * The vraagstuk's row is locked for the check and the insert: two posts of the same person (a double
 * click) and a transition (closing) cannot pass each other, so the second post finds the first.
 * A vraagstuk the person may not see does not exist for them (NotFoundError).
 */
export async function belangstellingTonen(
  db: Db,
  ctx: CommandContext,
  input: { vraagstukId: string; invoer: BelangstellingInvoer },
): Promise<BelangstellingTonenResult> {
  const { actor } = ctx;
  if (!isAccount(actor)) throw new ForbiddenError('Log in to signal interest');
  if (!mayWrite(actor)) throw new ForbiddenError("This token lacks the 'write' scope");
  if (!isUuid(input.vraagstukId)) throw new NotFoundError('No such vraagstuk');
  return db.transaction(async (tx) => {
    const [locked] = await tx.select({ id: vraagstukken.id }).from(vraagstukken).where(eq(vraagstukken.id, input.vraagstukId)).for('update');
    const kern = locked ? await laadVraagstukKern(tx, locked.id) : undefined;
    if (!kern) throw new NotFoundError('No such vraagstuk');
    const weigering = tonenWeigering(actor, kern);
    if (weigering === 'onzichtbaar') throw new NotFoundError('No such vraagstuk');
    if (weigering) return { ok: false, reden: weigering } as const;
    const [eerder] = await tx
      .select({ id: belangstellingen.id })
      .from(belangstellingen)
      .where(and(eq(belangstellingen.vraagstukId, kern.id), eq(belangstellingen.accountId, actor.accountId), ne(belangstellingen.status, 'ingetrokken')));
    if (eerder) return { ok: false, reden: 'al-getoond' } as const;

    const aanbodId = input.invoer.aanbodId ?? null;
    if (aanbodId) {
      const [item] = isUuid(aanbodId)
        ? await tx.select({ aangemaaktDoor: aanbod.aangemaaktDoor, organisatieId: aanbod.organisatieId, status: aanbod.status }).from(aanbod).where(eq(aanbod.id, aanbodId))
        : [];
      if (!item || !mayLinkAanbod(actor, item)) {
        return { ok: false, reden: 'ongeldig', fouten: [{ veld: 'aanbodId', key: 'belangstellingen.fouten.aanbodNietVanU', soort: 'ongeldig' }] } as const;
      }
    }

    const [rij] = await tx
      .insert(belangstellingen)
      .values({ vraagstukId: kern.id, accountId: actor.accountId, aanbodId, motivatie: input.invoer.motivatie })
      .returning();
    await recordAudit(tx, {
      actor,
      actie: 'belangstelling.getoond',
      objectType: 'belangstelling',
      objectId: rij!.id,
      betreftAccountId: actor.accountId,
      // The motivation is logged as 'toelichting': a personal field that deleting the account scrubs from the log.
      na: { vraagstukId: kern.id, aanbodId, status: rij!.status, toelichting: rij!.motivatie },
      requestId: ctx.requestId,
    });
    return { ok: true, id: rij!.id } as const;
  });
}
