import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { AccountActor } from '../../../platform/actor.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { accounts, type Persoonstype } from '../schema.ts';

/**
 * A person corrects their own profile (AVG art. 16). Optimistic locking on accounts.versie: the form
 * carries the version it was filled in on; if the account changed meanwhile (another tab, a
 * beheerder) nothing is overwritten and the caller gets the current values to show.
 */
export type ProfileInput = { naam: string; persoonstype: Persoonstype; taal: 'nl' | 'en' };
export type Profile = { naam: string; persoonstype: Persoonstype | null; taal: 'nl' | 'en'; versie: number };

export type UpdateProfileResult = { ok: true; versie: number } | { ok: false; reden: 'verouderd'; huidig: Profile };

const profileColumns = {
  naam: accounts.naam,
  persoonstype: accounts.persoonstype,
  taal: accounts.taal,
  versie: accounts.versie,
};

export async function updateProfile(
  db: Db,
  input: { actor: AccountActor; versie: number; profiel: ProfileInput; requestId?: string | undefined },
): Promise<UpdateProfileResult> {
  const id = input.actor.accountId;
  return db.transaction(async (tx) => {
    const [voor] = await tx.select(profileColumns).from(accounts).where(and(eq(accounts.id, id), isNull(accounts.verwijderdOp))).limit(1);
    if (!voor) throw new NotFoundError('No such account');
    const huidig: Profile = voor;
    if (voor.versie !== input.versie) return { ok: false, reden: 'verouderd', huidig };
    const unchanged =
      voor.naam === input.profiel.naam && voor.persoonstype === input.profiel.persoonstype && voor.taal === input.profiel.taal;
    if (unchanged) return { ok: true, versie: voor.versie };
    // The version check is in the UPDATE itself, so a save that raced past the read above still loses.
    const [na] = await tx
      .update(accounts)
      .set({ ...input.profiel, versie: sql`${accounts.versie} + 1`, updatedAt: new Date() })
      .where(and(eq(accounts.id, id), eq(accounts.versie, input.versie), isNull(accounts.verwijderdOp)))
      .returning(profileColumns);
    if (!na) return { ok: false, reden: 'verouderd', huidig };
    await recordAudit(tx, {
      actor: input.actor,
      actie: 'account.profiel-gewijzigd',
      objectType: 'account',
      objectId: id,
      betreftAccountId: id,
      voor: { naam: voor.naam, persoonstype: voor.persoonstype, taal: voor.taal },
      na: { naam: na.naam, persoonstype: na.persoonstype, taal: na.taal },
      requestId: input.requestId,
    });
    return { ok: true, versie: na.versie };
  });
}
