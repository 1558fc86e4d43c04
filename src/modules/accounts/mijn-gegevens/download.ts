import type { Context } from 'hono';
import { isAccount } from '../../../platform/actor.ts';
import { refuseAnonymous } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { renderErrorPage } from '../../../web/error-page.tsx';
import { dutchDate, isScrubbed, listAuditEntriesOfPerson, type AuditRow } from '../../audit/index.ts';
import { collectMyData } from './my-data.ts';

/**
 * /account/gegevens/download: everything about me as one JSON document (AVG art. 15 and 20). The
 * audit entries are those about my data and those of my own actions. Of my actions on other
 * people's data (a coordinator removing a member) only the fact is given, not the changed values:
 * those are the other person's data. Who else changed my data is said by role, not by name.
 */
function auditEntry(row: AuditRow, accountId: string) {
  const about = row.betreftAccountId === accountId;
  return {
    op: row.op.toISOString(),
    actie: row.actie,
    objectType: row.objectType,
    objectId: row.objectId,
    door: row.actorId === accountId ? 'zelf' : row.actorId === null ? 'systeem' : 'andere gebruiker',
    overMij: about,
    ...(about
      ? {
          wijzigingen: Object.fromEntries(
            Object.entries(row.wijzigingen).map(([field, change]) => [field, isScrubbed(change) ? 'geanonimiseerd' : change]),
          ),
        }
      : {}),
  };
}

export async function downloadMyData(c: Context<AppEnv>) {
  const actor = c.var.actor;
  if (!isAccount(actor)) return refuseAnonymous(c);
  const { db } = c.var.deps.database;
  const [data, audit] = await Promise.all([collectMyData(db, actor.accountId), listAuditEntriesOfPerson(db, actor.accountId)]);
  if (!data) return renderErrorPage(c, 404);
  const document = {
    toelichting: c.var.t('mijnGegevens.download.toelichting'),
    aangemaaktOp: new Date().toISOString(),
    ...data,
    auditLog: audit.map((row) => auditEntry(row, actor.accountId)),
  };
  const filename = `i-partnerschap-mijn-gegevens-${dutchDate()}.json`;
  return c.body(JSON.stringify(document, null, 2), 200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Disposition': `attachment; filename="${filename}"`,
    // Personal data: no shared or browser cache keeps a copy.
    'Cache-Control': 'no-store',
  });
}
