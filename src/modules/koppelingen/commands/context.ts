import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { isAccount, mayWrite, type AccountActor, type Actor } from '../../../platform/actor.ts';
import type { Config } from '../../../platform/config.ts';
import { ForbiddenError, NotFoundError } from '../../../platform/errors.ts';
import type { Mailer } from '../../../platform/mail.ts';
import { isUuid } from '../../vraagstukken/index.ts';
import { mayReadKoppeling } from '../policy.ts';
import { koppelingOphalen, type KoppelingVolledig } from '../queries.ts';
import { koppelingGebeurtenissen, koppelingen } from '../schema.ts';

/**
 * What every command needs besides its input: who acts (for the policy and the audit log), the
 * request id, and where mail goes. Without `mail` (a script, a test of the rules alone) nobody is told.
 */
export type CommandContext = { actor: Actor; requestId?: string | undefined; mail?: { mailer: Mailer; config: Config } | undefined };

/**
 * A refusal of one field that needs the data to decide (a candidate that cannot be proposed, a
 * missing message). `key` is an i18n key; `soort` tells the API whether it conflicts with other data
 * (409) or is an invalid value (400).
 */
export type VeldFout = { veld: string; key: string; soort: 'conflict' | 'ongeldig' };

/** Refuses anonymous callers and read-only tokens before a transaction starts. */
export function vereisSchrijver(actor: Actor, waarom: string): AccountActor {
  if (!isAccount(actor)) throw new ForbiddenError(waarom);
  if (!mayWrite(actor)) throw new ForbiddenError("This token lacks the 'write' scope");
  return actor;
}

/**
 * Locks a koppeling for a change inside `tx` and checks who acts: 404 for someone who may not even
 * read it (its existence is not disclosed), 403 for a reader who may not do this. The lock makes two
 * decisions of the two sides at the same moment run one after the other, so that the second sees the
 * first and the koppeling ends accepted exactly once.
 */
export async function vergrendelKoppeling(
  tx: Db,
  actor: AccountActor,
  id: string,
  mag: (actor: AccountActor, k: KoppelingVolledig) => boolean,
  weigering: string,
): Promise<KoppelingVolledig> {
  if (!isUuid(id)) throw new NotFoundError('No such koppeling');
  const [locked] = await tx.select({ id: koppelingen.id }).from(koppelingen).where(eq(koppelingen.id, id)).for('update');
  const k = locked ? await koppelingOphalen(tx, locked.id) : undefined;
  if (!k || !mayReadKoppeling(actor, k)) throw new NotFoundError('No such koppeling');
  if (!mag(actor, k)) throw new ForbiddenError(weigering);
  return k;
}

/** One step in the koppeling's visible history. */
export async function gebeurtenis(tx: Db, koppelingId: string, actor: AccountActor, soort: string, opmerking?: string | null): Promise<void> {
  await tx.insert(koppelingGebeurtenissen).values({ koppelingId, actorId: actor.accountId, soort, opmerking: opmerking ?? null });
}

export type ActieResult = { ok: true; versie: number } | { ok: false; reden: 'verouderd' | 'niet-mogelijk' } | { ok: false; reden: 'ongeldig'; fouten: VeldFout[] };
