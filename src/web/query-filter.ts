import type { z } from 'zod';

/**
 * Reads list filters from a query string with the list's zod schema. An invalid value is reported
 * (its field name in `invalid`) and left out, so the visitor still gets a useful list and keeps the
 * rest of what they typed. `fixed` adds values that do not come from the query (e.g. pageSize).
 */
export function parseQueryFilter<S extends z.ZodType<object>>(
  schema: S,
  query: Record<string, string>,
  fields: readonly string[],
  fixed: Record<string, unknown> = {},
): { filter: z.output<S>; invalid: Set<string> } {
  const input: Record<string, string> = {};
  for (const key of fields) if (query[key] !== undefined) input[key] = query[key];
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
