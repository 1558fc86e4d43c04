import { and, asc, count, desc, eq, gte, lt, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { accounts } from '../accounts/index.ts';
import { auditLog, type Wijzigingen } from './schema.ts';

/**
 * Reading the audit log. Every filter is served by one of the indexes on audit_log (op, actie,
 * object_type + object_id, actor_id, betreft_account_id); the newest entries come first through
 * the index on op.
 */
export type AuditFilter = {
  actie?: string | undefined;
  objectType?: string | undefined;
  objectId?: string | undefined;
  actorId?: string | undefined;
  betreftAccountId?: string | undefined;
  /** Inclusive lower bound. */
  van?: Date | undefined;
  /** Exclusive upper bound. */
  tot?: Date | undefined;
};

export type AuditRow = {
  id: number;
  op: Date;
  actie: string;
  objectType: string;
  objectId: string;
  wijzigingen: Wijzigingen;
  actorId: string | null;
  actorNaam: string | null;
  actorVerwijderd: boolean;
  betreftAccountId: string | null;
  betreftNaam: string | null;
  betreftVerwijderd: boolean;
};

const actor = alias(accounts, 'actor');
const betreft = alias(accounts, 'betreft');

function conditions(filter: AuditFilter): SQL | undefined {
  const where: SQL[] = [];
  if (filter.actie) where.push(eq(auditLog.actie, filter.actie));
  if (filter.objectType) where.push(eq(auditLog.objectType, filter.objectType));
  if (filter.objectId) where.push(eq(auditLog.objectId, filter.objectId));
  if (filter.actorId) where.push(eq(auditLog.actorId, filter.actorId));
  if (filter.betreftAccountId) where.push(eq(auditLog.betreftAccountId, filter.betreftAccountId));
  if (filter.van) where.push(gte(auditLog.op, filter.van));
  if (filter.tot) where.push(lt(auditLog.op, filter.tot));
  return where.length ? and(...where) : undefined;
}

function selectRows(db: Db, where: SQL | undefined) {
  return db
    .select({
      id: auditLog.id,
      op: auditLog.op,
      actie: auditLog.actie,
      objectType: auditLog.objectType,
      objectId: auditLog.objectId,
      wijzigingen: auditLog.wijzigingen,
      actorId: auditLog.actorId,
      actorNaam: actor.naam,
      actorVerwijderdOp: actor.verwijderdOp,
      actorGevonden: actor.id,
      betreftAccountId: auditLog.betreftAccountId,
      betreftNaam: betreft.naam,
      betreftVerwijderdOp: betreft.verwijderdOp,
      betreftGevonden: betreft.id,
    })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorId))
    .leftJoin(betreft, eq(betreft.id, auditLog.betreftAccountId))
    .where(where)
    .orderBy(desc(auditLog.op), desc(auditLog.id));
}

type Selected = Awaited<ReturnType<typeof selectRows>>[number];

/** A row whose account was deleted (or never existed any more) has no name to show. */
function toRow(r: Selected): AuditRow {
  const actorVerwijderd = r.actorId !== null && (r.actorGevonden === null || r.actorVerwijderdOp !== null);
  const betreftVerwijderd = r.betreftAccountId !== null && (r.betreftGevonden === null || r.betreftVerwijderdOp !== null);
  return {
    id: r.id,
    op: r.op,
    actie: r.actie,
    objectType: r.objectType,
    objectId: r.objectId,
    wijzigingen: r.wijzigingen,
    actorId: r.actorId,
    actorNaam: actorVerwijderd ? null : r.actorNaam,
    actorVerwijderd,
    betreftAccountId: r.betreftAccountId,
    betreftNaam: betreftVerwijderd ? null : r.betreftNaam,
    betreftVerwijderd,
  };
}

/** One page of entries, newest first, and the number of matches. */
export async function listAuditEntries(
  db: Db,
  filter: AuditFilter,
  paging: { page: number; pageSize: number },
): Promise<{ items: AuditRow[]; total: number }> {
  const where = conditions(filter);
  const [rows, [counted]] = await Promise.all([
    selectRows(db, where)
      .limit(paging.pageSize)
      .offset((paging.page - 1) * paging.pageSize),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { items: rows.map(toRow), total: counted?.n ?? 0 };
}

/** The actions that occur in the log, for the filter's select (an index-only scan on actie). */
export async function listAuditActies(db: Db): Promise<string[]> {
  const rows = await db.selectDistinct({ actie: auditLog.actie }).from(auditLog).orderBy(asc(auditLog.actie));
  return rows.map((r) => r.actie);
}

/** The object types that occur in the log (the leading column of the object index). */
export async function listAuditObjectTypes(db: Db): Promise<string[]> {
  const rows = await db.selectDistinct({ objectType: auditLog.objectType }).from(auditLog).orderBy(asc(auditLog.objectType));
  return rows.map((r) => r.objectType);
}

/** The account with this e-mail address (stored lower-cased), for the actor and 'betreft' filters. */
export async function accountIdByEmail(db: Db, email: string): Promise<string | undefined> {
  const [row] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, email.trim().toLowerCase())).limit(1);
  return row?.id;
}

/** Entries about a person's data (betreft) or made by them (actor): for their data download. */
export async function listAuditEntriesOfPerson(db: Db, accountId: string): Promise<AuditRow[]> {
  const rows = await selectRows(db, or(eq(auditLog.betreftAccountId, accountId), eq(auditLog.actorId, accountId)));
  return rows.map(toRow);
}
