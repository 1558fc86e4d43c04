import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { isAccount, isBeheerder, type Actor } from '../../../platform/actor.ts';
import { ForbiddenError } from '../../../platform/errors.ts';
import { anonymiseAuditEntries, recordAudit } from '../../audit/index.ts';
import { lidmaatschappen, lidmaatschapsverzoeken, uitnodigingen } from '../../lidmaatschappen/index.ts';
import { onderdeelContactpersonen } from '../../organisaties/schema.ts';
import { organisaties } from '../../organisaties/index.ts';
import { affiliaties, beschikbaarheden, profielen, profielThemas } from '../../personen/schema.ts';
import { verifyPassword } from '../passwords.ts';
import { deleteMarktplaatsData } from './my-data-marktplaats.ts';
import {
  accounts,
  apiTokens,
  emailTokens,
  externeIdentiteiten,
  herstelcodes,
  platformrollen,
  sessies,
} from '../schema.ts';

/**
 * Deleting an account (AVG art. 17). The row stays, because shared work points at it (invitations a
 * person sent, decisions they took); every personal field in it is emptied, and it is then shown as
 * 'verwijderde gebruiker'. Everything that only serves the person goes: sessions, tokens, recovery
 * codes, external logins, roles, memberships, open requests, the invitations sent to the address, the
 * profile (expertise, affiliations, availability) and being a unit's contact person.
 * The audit log keeps what happened, with the person's name and address scrubbed from it.
 * All of it happens in one transaction: a deletion is complete or it did not happen.
 */

/** Stored in Dutch (the platform's language of record); shown in the page language. */
export const verwijderdeGebruikerNaam = 'verwijderde gebruiker';

export type BlockingOrganisatie = { naam: string; slug: string };

export type DeleteAccountResult =
  | { ok: true }
  | { ok: false; reden: 'niet-gevonden' }
  | { ok: false; reden: 'wachtwoord-onjuist' }
  /** The last coordinator of an organisation that has other members must hand over first. */
  | { ok: false; reden: 'laatste-coordinator'; organisaties: BlockingOrganisatie[] };

/**
 * The organisations where this account is the only coordinator while other members remain. Locks
 * the coordinator rows of those organisations first, so that two coordinators who delete their
 * accounts at the same moment cannot both pass this check.
 */
export async function organisationsBlockingDeletion(tx: Db, accountId: string, lock = false): Promise<BlockingOrganisatie[]> {
  const mine = await tx
    .select({ organisatieId: lidmaatschappen.organisatieId })
    .from(lidmaatschappen)
    .where(and(eq(lidmaatschappen.accountId, accountId), eq(lidmaatschappen.rol, 'coordinator')));
  if (mine.length === 0) return [];
  const ids = mine.map((m) => m.organisatieId);
  if (lock) {
    await tx
      .select({ id: lidmaatschappen.id })
      .from(lidmaatschappen)
      .where(and(inArray(lidmaatschappen.organisatieId, ids), eq(lidmaatschappen.rol, 'coordinator')))
      .for('update');
  }
  const others = (rol?: 'coordinator') => sql`exists (
    select 1 from ${lidmaatschappen} andere
    where andere.organisatie_id = ${organisaties.id} and andere.account_id <> ${accountId}
    ${rol ? sql`and andere.rol = ${rol}` : sql``})`;
  return tx
    .select({ naam: organisaties.naam, slug: organisaties.slug })
    .from(organisaties)
    .where(and(inArray(organisaties.id, ids), sql`not ${others('coordinator')}`, others()))
    .orderBy(organisaties.naam);
}

export async function deleteAccount(
  db: Db,
  input: {
    accountId: string;
    actor: Actor;
    /** Required when a person deletes their own account and has a password. */
    wachtwoord?: string | undefined;
    requestId?: string | undefined;
  },
): Promise<DeleteAccountResult> {
  const { accountId, actor } = input;
  if (!isAccount(actor)) throw new ForbiddenError();
  const self = actor.accountId === accountId;
  if (!self && !isBeheerder(actor)) throw new ForbiddenError();

  const [account] = await db
    .select({ email: accounts.email, wachtwoordHash: accounts.wachtwoordHash })
    .from(accounts)
    .where(and(eq(accounts.id, accountId), isNull(accounts.verwijderdOp)))
    .limit(1);
  if (!account) return { ok: false, reden: 'niet-gevonden' };
  // argon2 takes a while: verify before the transaction, not while holding its locks.
  if (self && account.wachtwoordHash !== null) {
    const ok = input.wachtwoord !== undefined && (await verifyPassword(account.wachtwoordHash, input.wachtwoord));
    if (!ok) return { ok: false, reden: 'wachtwoord-onjuist' };
  }

  return db.transaction(async (tx): Promise<DeleteAccountResult> => {
    const [current] = await tx
      .select({ email: accounts.email })
      .from(accounts)
      .where(and(eq(accounts.id, accountId), isNull(accounts.verwijderdOp)))
      .for('update');
    if (!current) return { ok: false, reden: 'niet-gevonden' };
    const blocking = await organisationsBlockingDeletion(tx, accountId, true);
    if (blocking.length > 0) return { ok: false, reden: 'laatste-coordinator', organisaties: blocking };
    const email = current.email?.toLowerCase() ?? null;

    await anonymiseAuditEntries(tx, accountId, email);
    await tx.delete(sessies).where(eq(sessies.accountId, accountId));
    await tx.delete(emailTokens).where(eq(emailTokens.accountId, accountId));
    await tx.delete(herstelcodes).where(eq(herstelcodes.accountId, accountId));
    await tx.delete(externeIdentiteiten).where(eq(externeIdentiteiten.accountId, accountId));
    await tx.delete(apiTokens).where(eq(apiTokens.accountId, accountId));
    await tx.delete(platformrollen).where(eq(platformrollen.accountId, accountId));
    await tx.delete(lidmaatschappen).where(eq(lidmaatschappen.accountId, accountId));
    await tx
      .delete(lidmaatschapsverzoeken)
      .where(and(eq(lidmaatschapsverzoeken.accountId, accountId), eq(lidmaatschapsverzoeken.status, 'open')));
    // Decided requests stay as the organisation's history, without the person's own words.
    await tx
      .update(lidmaatschapsverzoeken)
      .set({ toelichting: null })
      .where(and(eq(lidmaatschapsverzoeken.accountId, accountId), ne(lidmaatschapsverzoeken.status, 'open')));
    if (email) await tx.delete(uitnodigingen).where(sql`lower(${uitnodigingen.email}) = ${email}`);
    // The profile (expertise, affiliations, availability) and being a unit's contact person.
    await tx.delete(profielThemas).where(eq(profielThemas.accountId, accountId));
    await tx.delete(affiliaties).where(eq(affiliaties.accountId, accountId));
    await tx.delete(beschikbaarheden).where(eq(beschikbaarheden.accountId, accountId));
    await tx.delete(profielen).where(eq(profielen.accountId, accountId));
    await tx.delete(onderdeelContactpersonen).where(eq(onderdeelContactpersonen.accountId, accountId));
    await deleteMarktplaatsData(tx, accountId);

    const now = new Date();
    await tx
      .update(accounts)
      .set({
        email: null,
        emailGeverifieerdOp: null,
        naam: verwijderdeGebruikerNaam,
        wachtwoordHash: null,
        totpGeheim: null,
        totpAanSinds: null,
        totpLaatsteStap: null,
        persoonstype: null,
        profielOpenbaar: false,
        taal: 'nl',
        verwijderdOp: now,
        versie: sql`${accounts.versie} + 1`,
        updatedAt: now,
      })
      .where(eq(accounts.id, accountId));
    // No personal data in this entry: only the fact and the moment.
    await recordAudit(tx, {
      actor,
      actie: 'account.verwijderd',
      objectType: 'account',
      objectId: accountId,
      betreftAccountId: accountId,
      voor: { verwijderd: false },
      na: { verwijderd: true },
      requestId: input.requestId,
    });
    return { ok: true };
  });
}
