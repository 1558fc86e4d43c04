import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { isAccount, mayWrite, type AccountActor, type Actor } from '../../../platform/actor.ts';
import { ForbiddenError, NotFoundError } from '../../../platform/errors.ts';
import { isUuid, laadVraagstukKern, type VraagstukKern } from '../../vraagstukken/index.ts';
import { mayReadBelangstelling } from '../policy.ts';
import { belangstellingen } from '../schema.ts';

/** Who may act on an interest, on top of being allowed to read it (answer: the owners; withdraw: the person). */
type Mag = (actor: AccountActor, resource: { accountId: string; vraagstuk: VraagstukKern }) => boolean;

/** Refuses anonymous callers and read-only tokens before a transaction starts. */
export function vereisSchrijver(actor: Actor, waarom: string): AccountActor {
  if (!isAccount(actor)) throw new ForbiddenError(waarom);
  if (!mayWrite(actor)) throw new ForbiddenError("This token lacks the 'write' scope");
  return actor;
}

/**
 * Locks an interest for a change inside `tx` and checks who acts: 404 for someone who may not even
 * read it (its existence is not disclosed), 403 for a reader who may not do this.
 */
export async function vergrendelBelangstelling(tx: Db, actor: AccountActor, id: string, mag: Mag, weigering: string) {
  if (!isUuid(id)) throw new NotFoundError('No such belangstelling');
  const [voor] = await tx.select().from(belangstellingen).where(eq(belangstellingen.id, id)).for('update');
  const vraagstuk = voor ? await laadVraagstukKern(tx, voor.vraagstukId) : undefined;
  if (!voor || !vraagstuk) throw new NotFoundError('No such belangstelling');
  const resource = { accountId: voor.accountId, vraagstuk };
  if (!mayReadBelangstelling(actor, resource)) throw new NotFoundError('No such belangstelling');
  if (!mag(actor, resource)) throw new ForbiddenError(weigering);
  return voor;
}
