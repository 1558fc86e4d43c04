import type { Db } from '../../../db/client.ts';
import { accountIdByEmail, type AuditFilter } from '../queries.ts';
import { isCalendarDate, startOfDutchDay, startOfNextDutchDay } from '../time.ts';

/**
 * The audit log's filters, read from the query string. A value that cannot be used is reported
 * (by field, with an i18n key) and left out, so the beheerder still gets a list and keeps what they
 * typed in the form.
 */
export const filterFields = ['actie', 'objecttype', 'objectid', 'actor', 'betreft', 'van', 'tot'] as const;
export type FilterField = (typeof filterFields)[number] | 'page';

export type ParsedFilter = {
  filter: AuditFilter;
  page: number;
  /** What was typed, as typed (shown again in the form). */
  values: Record<(typeof filterFields)[number], string>;
  invalid: Map<FilterField, string>;
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const maxLength = 320;

export async function parseAuditFilter(
  db: Db,
  query: Record<string, string>,
  known: { acties: string[]; objectTypes: string[] },
): Promise<ParsedFilter> {
  const values = Object.fromEntries(filterFields.map((f) => [f, (query[f] ?? '').trim().slice(0, 1000)])) as ParsedFilter['values'];
  const invalid = new Map<FilterField, string>();
  const filter: AuditFilter = {};
  for (const field of filterFields) {
    // Control characters (a NUL byte makes PostgreSQL refuse the query) match nothing: drop them.
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(values[field])) {
      invalid.set(field, `audit.filter.ongeldig.${field}`);
      values[field] = values[field].replace(/[\u0000-\u001f\u007f]/g, ''); // eslint-disable-line no-control-regex
    }
  }

  if (values.actie && !invalid.has('actie')) {
    if (known.acties.includes(values.actie)) filter.actie = values.actie;
    else invalid.set('actie', 'audit.filter.ongeldig.actie');
  }
  if (values.objecttype && !invalid.has('objecttype')) {
    if (known.objectTypes.includes(values.objecttype)) filter.objectType = values.objecttype;
    else invalid.set('objecttype', 'audit.filter.ongeldig.objecttype');
  }
  if (values.objectid && !invalid.has('objectid')) {
    if (values.objectid.length <= 200) filter.objectId = values.objectid;
    else invalid.set('objectid', 'audit.filter.ongeldig.objectid');
  }
  for (const field of ['actor', 'betreft'] as const) {
    const value = values[field];
    if (!value || invalid.has(field)) continue;
    let id: string | undefined;
    if (value.length <= maxLength && uuidPattern.test(value)) id = value.toLowerCase();
    else if (value.length <= maxLength && emailPattern.test(value)) {
      // An address nobody has: no entries can match, which the empty list then says.
      id = (await accountIdByEmail(db, value)) ?? '00000000-0000-0000-0000-000000000000';
    } else {
      invalid.set(field, `audit.filter.ongeldig.${field}`);
      continue;
    }
    if (field === 'actor') filter.actorId = id;
    else filter.betreftAccountId = id;
  }
  for (const field of ['van', 'tot'] as const) {
    if (values[field] && !invalid.has(field) && !isCalendarDate(values[field])) invalid.set(field, `audit.filter.ongeldig.${field}`);
  }
  if (values.van && !invalid.has('van')) filter.van = startOfDutchDay(values.van);
  if (values.tot && !invalid.has('tot')) {
    if (values.van && !invalid.has('van') && values.tot < values.van) invalid.set('tot', 'audit.filter.ongeldig.totVoorVan');
    else filter.tot = startOfNextDutchDay(values.tot);
  }

  let page = 1;
  const rawPage = query.page;
  if (rawPage !== undefined) {
    if (/^[1-9][0-9]{0,5}$/.test(rawPage)) page = Number(rawPage);
    else invalid.set('page', 'audit.filter.ongeldig.page');
  }
  return { filter, page, values, invalid };
}
