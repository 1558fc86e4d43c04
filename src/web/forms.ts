import type { Context } from 'hono';
import type { z } from 'zod';
import { hasTranslation } from '../platform/i18n.ts';
import type { FieldError } from './components/alerts.tsx';
import type { AppEnv } from './context.ts';

/**
 * Forms: read the posted fields as strings, validate them with the zod schema that also feeds the
 * API, and turn refusals into one message per field for the error summary and the field itself.
 * A schema's own message may be an i18n key ('accounts.fouten.emailOngeldig'); otherwise a message
 * is chosen by the kind of refusal (required, too long, malformed).
 */
export type FormValues = Record<string, string>;

export type FormResult<T> =
  | { ok: true; data: T; values: FormValues }
  | { ok: false; values: FormValues; errors: FieldError[]; fieldErrors: Record<string, string> };

/** The posted fields, each as a single string (the first, if sent twice); files are ignored. */
export async function readForm(c: Context<AppEnv>): Promise<FormValues> {
  const body = await c.req.parseBody();
  const values: FormValues = {};
  for (const [key, value] of Object.entries(body)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string') values[key] = first;
  }
  return values;
}

function messageFor(c: Context<AppEnv>, issue: z.core.$ZodIssue): string {
  const { t, locale } = c.var;
  if (issue.message && hasTranslation(locale, issue.message)) return t(issue.message);
  if (issue.code === 'too_small' && 'minimum' in issue && Number(issue.minimum) <= 1) return t('common.validation.required');
  if (issue.code === 'too_small' && 'minimum' in issue) return t('common.validation.tooShort', { min: Number(issue.minimum) });
  if (issue.code === 'too_big' && 'maximum' in issue) return t('common.validation.tooLong', { max: Number(issue.maximum) });
  if (issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined) return t('common.validation.required');
  if (issue.code === 'invalid_format' && 'format' in issue && issue.format === 'email') return t('common.validation.email');
  return t('common.validation.invalid');
}

/** Validates `values`; field ids in the page are `${idPrefix}${fieldName}`. */
export function validateForm<S extends z.ZodType>(
  c: Context<AppEnv>,
  schema: S,
  values: FormValues,
  idPrefix = '',
): FormResult<z.output<S>> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data, values };
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    fieldErrors[field] ??= messageFor(c, issue);
  }
  return { ok: false, values, fieldErrors, errors: toSummary(fieldErrors, idPrefix) };
}

/** Field errors as the error summary's list, linking to `${idPrefix}${field}`. */
export function toSummary(fieldErrors: Record<string, string>, idPrefix = ''): FieldError[] {
  return Object.entries(fieldErrors).map(([field, message]) => ({ field: `${idPrefix}${field}`, message }));
}
