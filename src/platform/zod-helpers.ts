import { z } from '@hono/zod-openapi';

/**
 * Text from the outside world: trimmed, bounded, and free of control characters (a NUL byte
 * would make PostgreSQL refuse the query, which must be a 400 for the sender, not a 500).
 */
export function safeText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    // eslint-disable-next-line no-control-regex
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), {
      message: 'contains control characters',
    });
}

/** Query parameters that are empty in a submitted GET form ('?zoek=') mean "not given". */
export function optionalQuery<T extends z.ZodTypeAny>(schema: T) {
  return z.preprocess((v) => (v === '' ? undefined : v), schema.optional());
}

export const pageParam = z.coerce.number().int().min(1).max(100_000).default(1);
export const pageSizeParam = z.coerce.number().int().min(1).max(100).default(20);
