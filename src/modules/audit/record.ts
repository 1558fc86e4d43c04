import type { Db } from '../../db/client.ts';
import { isAccount, type Actor } from '../../platform/actor.ts';
import { auditLog, type Wijzigingen } from './schema.ts';

/** Fields whose values never enter the log: only the fact that they changed. */
const secretFields = new Set(['wachtwoordHash', 'totpGeheim', 'tokenHash', 'codeHash']);

/** Before and after of the fields that differ. Dates compare by time; arrays and objects by JSON. */
export function diff(voor: Record<string, unknown> | null, na: Record<string, unknown> | null): Wijzigingen {
  const out: Wijzigingen = {};
  const keys = new Set([...Object.keys(voor ?? {}), ...Object.keys(na ?? {})]);
  const norm = (v: unknown) => (v instanceof Date ? v.toISOString() : v === undefined ? null : v);
  for (const key of keys) {
    if (key === 'updatedAt' || key === 'versie') continue;
    const a = norm(voor?.[key]);
    const b = norm(na?.[key]);
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    out[key] = secretFields.has(key) ? { voor: a === null ? null : '***', na: b === null ? null : '***' } : { voor: a, na: b };
  }
  return out;
}

export type AuditEntry = {
  actor: Actor | { kind: 'systeem' };
  actie: string;
  objectType: string;
  objectId: string;
  /** The person whose personal data this is about, if any. */
  betreftAccountId?: string | null | undefined;
  voor?: Record<string, unknown> | null;
  na?: Record<string, unknown> | null;
  requestId?: string | undefined;
};

/** Writes one audit entry. Call it with the transaction of the write it describes. */
export async function recordAudit(tx: Db, entry: AuditEntry): Promise<void> {
  const actorId = entry.actor.kind === 'account' && isAccount(entry.actor) ? entry.actor.accountId : null;
  await tx.insert(auditLog).values({
    actorId,
    actie: entry.actie,
    objectType: entry.objectType,
    objectId: entry.objectId,
    betreftAccountId: entry.betreftAccountId ?? null,
    wijzigingen: diff(entry.voor ?? null, entry.na ?? null),
    requestId: entry.requestId ?? null,
  });
}
