import type { z } from 'zod';

/**
 * Reads list filters from a query string with the list's zod schema. An invalid value is reported
 * (its field name in `invalid`) and left out, so the visitor still gets a useful list and keeps the
 * rest of what they typed. `fixed` adds values that do not come from the query (e.g. pageSize).
 * The query may hold single values (c.req.query()) or lists of repeated parameters
 * (c.req.queries(), ?thema=a&thema=b); a list of one is read as its value, longer lists are cut at 40.
 */
export function parseQueryFilter<S extends z.ZodType<object>>(
  schema: S,
  query: Record<string, string | string[] | undefined>,
  fields: readonly string[],
  fixed: Record<string, unknown> = {},
): { filter: z.output<S>; invalid: Set<string> } {
  const input: Record<string, string | string[]> = {};
  for (const key of fields) {
    const value = query[key];
    if (typeof value === 'string') input[key] = value;
    else if (value && value.length > 0) input[key] = value.length === 1 ? value[0]! : value.slice(0, 40);
  }
  const invalid = new Set<string>();
  for (;;) {
    const parsed = schema.safeParse({ ...input, ...fixed });
    if (parsed.success) return { filter: parsed.data, invalid };
    const before = Object.keys(input).length;
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      invalid.add(field);
      delete input[field];
    }
    // Nothing left to drop would loop forever; the defaults are always valid.
    if (Object.keys(input).length === before) return { filter: schema.parse(fixed), invalid };
  }
}

/** A query string as a record of lists, from URLSearchParams (the shape of Hono's c.req.queries()). */
export function queryLists(params: URLSearchParams): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of params) (out[k] ??= []).push(v);
  return out;
}

/**
 * A parsed filter back to a query string, in the order of `fields`: without page and pageSize,
 * without values equal to `defaults`, lists sorted. Used for saved searches (so that the same search
 * is stored the same way) and for links that keep the filters.
 */
export function filterQueryString(filter: Record<string, unknown>, fields: readonly string[], defaults: Record<string, unknown> = {}): string {
  const params = new URLSearchParams();
  for (const key of fields) {
    if (key === 'page' || key === 'pageSize') continue;
    const value = filter[key];
    if (value === undefined || value === null || value === '' || value === defaults[key]) continue;
    if (Array.isArray(value)) for (const v of [...value].map(String).sort()) params.append(key, v);
    else params.set(key, String(value));
  }
  return params.toString();
}
