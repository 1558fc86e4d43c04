import { eq, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog, type Wijzigingen } from './schema.ts';

/**
 * When an account is deleted, the log keeps what happened but not who the person was: in every
 * entry about the account, the values of personal fields become null and the field is marked
 * 'geanonimiseerd'; elsewhere (e.g. an invitation sent to the address before the account existed)
 * only values equal to the person's e-mail address are scrubbed.
 */
export const personalFields = new Set(['email', 'naam', 'nieuwEmail', 'oudEmail', 'toelichting']);

export type ScrubbedChange = { voor: unknown; na: unknown; geanonimiseerd?: true };

export function isScrubbed(change: { voor: unknown; na: unknown }): boolean {
  return (change as ScrubbedChange).geanonimiseerd === true;
}

function scrub(wijzigingen: Wijzigingen, about: boolean, email: string | null): Wijzigingen | undefined {
  let changed = false;
  const out: Record<string, ScrubbedChange> = {};
  const isEmail = (v: unknown) => email !== null && typeof v === 'string' && v.toLowerCase() === email;
  for (const [field, change] of Object.entries(wijzigingen)) {
    const all = about && personalFields.has(field);
    const voor = all || isEmail(change.voor) ? null : change.voor;
    const na = all || isEmail(change.na) ? null : change.na;
    if (voor !== change.voor || na !== change.na || (all && !isScrubbed(change))) {
      out[field] = { voor, na, geanonimiseerd: true };
      changed = true;
    } else {
      out[field] = change;
    }
  }
  return changed ? out : undefined;
}

/** Scrubs the personal values of one person from the log; returns the number of entries changed. */
export async function anonymiseAuditEntries(tx: Db, accountId: string, email: string | null): Promise<number> {
  const lowered = email?.toLowerCase() ?? null;
  // The entries about the account come from the index; entries that merely mention the address
  // need a scan of the log's text, which is acceptable for something as rare as a deletion. A LIKE
  // wildcard in the address ('_') can only widen the match; the exact comparison below decides.
  const mentions = lowered ? sql`lower(${auditLog.wijzigingen}::text) like ${`%${JSON.stringify(lowered).slice(1, -1)}%`}` : undefined;
  const rows = await tx
    .select({ id: auditLog.id, betreft: auditLog.betreftAccountId, wijzigingen: auditLog.wijzigingen })
    .from(auditLog)
    .where(mentions ? or(eq(auditLog.betreftAccountId, accountId), mentions) : eq(auditLog.betreftAccountId, accountId));
  let n = 0;
  for (const row of rows) {
    const scrubbed = scrub(row.wijzigingen, row.betreft === accountId, lowered);
    if (!scrubbed) continue;
    await tx.update(auditLog).set({ wijzigingen: scrubbed }).where(eq(auditLog.id, row.id));
    n += 1;
  }
  return n;
}
