import type { z } from 'zod';

/**
 * List filters from a query string with repeated parameters (?thema=a&thema=b), read with the list's
 * zod schema. An invalid value is reported (its field name in `invalid`) and left out, so the visitor
 * still gets a useful list and keeps the rest (as src/web/query-filter.ts, which reads single values).
 */
export function leesFilter<S extends z.ZodType<object>>(
  schema: S,
  query: Record<string, string[]>,
  fields: readonly string[],
  fixed: Record<string, unknown> = {},
): { filter: z.output<S>; invalid: Set<string> } {
  const input: Record<string, string | string[]> = {};
  for (const key of fields) {
    const values = query[key];
    if (values && values.length > 0) input[key] = values.length === 1 ? values[0]! : values.slice(0, 40);
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
    if (Object.keys(input).length === before) return { filter: schema.parse(fixed), invalid };
  }
}

/** A query string as a record of lists, from URLSearchParams (or Hono's c.req.queries()). */
export function alsLijsten(params: URLSearchParams): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of params) (out[k] ??= []).push(v);
  return out;
}

/**
 * A parsed filter back to a query string, in the order of `fields`: without page and pageSize,
 * without values equal to `defaults`, lists sorted. Used for saved searches (so that the same search
 * is stored the same way) and for links that keep the filters.
 */
export function serialiseer(filter: Record<string, unknown>, fields: readonly string[], defaults: Record<string, unknown> = {}): string {
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
