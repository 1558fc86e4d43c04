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

// eslint-disable-next-line no-control-regex
const controlChars = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Optional plain text written by a person (descriptions, motivations): line endings normalised,
 * trimmed, empty means none (null); newlines allowed (paragraphs), other control characters not.
 * The messages are i18n keys of the calling module.
 */
export function plainText(max: number, messages: { tooLong: string; controlChars: string }) {
  return z.preprocess(
    (v) => {
      if (typeof v !== 'string') return v;
      const s = v.replace(/\r\n?/g, '\n').trim();
      return s === '' ? null : s;
    },
    z
      .string()
      .max(max, messages.tooLong)
      .refine((s) => !controlChars.test(s), messages.controlChars)
      .nullable()
      .optional(),
  );
}

/** A calendar date as YYYY-MM-DD that exists (no 30 February), between 2000 and 2999. */
export function isoDate(message: string) {
  return z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && s >= '2000-01-01' && s <= '2999-12-31';
    }, message)
    .openapi({ format: 'date', example: '2027-02-01' });
}

/** A form's empty field or an API null as "not given"; otherwise the schema. */
export function optionalField<T extends z.ZodTypeAny>(schema: T) {
  return z.preprocess((v) => (v === '' ? null : v), schema.nullable().optional());
}

/** An optional whole number from a form field or JSON, within [min, max], with one message for every refusal. */
export function optionalCount(min: number, max: number, message: string) {
  return optionalField(z.coerce.number(message).int(message).min(min, message).max(max, message));
}
