import { z } from 'zod';
import { safeText } from '../../platform/zod-helpers.ts';
import { passwordMaxLength, passwordMinLength, passwordProblem } from './passwords.ts';
import { persoonstypes } from './schema.ts';

/** The fields of the account forms; messages are i18n keys (src/web/forms.ts translates them). */
export const emailField = z
  .string()
  .trim()
  .min(1, 'accounts.fouten.emailLeeg')
  .max(254, 'accounts.fouten.emailTeLang')
  .pipe(z.email('accounts.fouten.emailOngeldig'))
  .transform((e) => e.toLowerCase());

export const naamField = safeText(200).pipe(z.string().min(1, 'accounts.fouten.naamLeeg'));

// Not trimmed: spaces may be part of a passphrase. The strength check is done after parsing.
export const newPasswordField = z.string().min(1, 'accounts.fouten.wachtwoordLeeg').max(passwordMaxLength, 'accounts.wachtwoord.teLang');
export const currentPasswordField = z.string().min(1, 'accounts.fouten.huidigWachtwoordLeeg').max(1000);

export const persoonstypeField = z.enum(persoonstypes, { error: 'accounts.fouten.persoonstypeKiezen' });

export const registratieSchema = z
  .object({
    naam: naamField,
    email: emailField,
    persoonstype: persoonstypeField,
    wachtwoord: newPasswordField,
    wachtwoordHerhaling: z.string(),
  })
  .refine((v) => v.wachtwoord === v.wachtwoordHerhaling, {
    path: ['wachtwoordHerhaling'],
    message: 'accounts.fouten.herhalingAnders',
  });

export const inlogSchema = z.object({
  email: emailField,
  wachtwoord: currentPasswordField.transform((s) => s),
});

export const emailOnlySchema = z.object({ email: emailField });

export const nieuwWachtwoordSchema = z
  .object({ wachtwoord: newPasswordField, wachtwoordHerhaling: z.string() })
  .refine((v) => v.wachtwoord === v.wachtwoordHerhaling, {
    path: ['wachtwoordHerhaling'],
    message: 'accounts.fouten.herhalingAnders',
  });

export const codeSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, 'accounts.fouten.codeLeeg')
    .max(20, 'accounts.fouten.codeOngeldig')
    .transform((s) => s.replace(/\s+/g, '')),
});

/** A path on this site to return to after logging in: local only (no '//host' or 'https://'). */
export function safeReturnPath(value: string | undefined): string | undefined {
  if (!value || value.length > 500) return undefined;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined;
  return value;
}

/**
 * The checks on a new password that zod cannot do in one pass: the repeat must match (an object
 * refinement would only run once every other field is valid) and the strength check. Adds to
 * `fieldErrors` in place; `translate` turns message keys into text.
 */
export function checkNewPassword(
  translate: (key: string, params?: Record<string, string | number>) => string,
  values: Record<string, string>,
  fieldErrors: Record<string, string>,
  userInputs: string[] = [],
): void {
  const wachtwoord = values.wachtwoord ?? '';
  if (!fieldErrors.wachtwoord && wachtwoord) {
    const problem = passwordProblem(wachtwoord, userInputs);
    if (problem) fieldErrors.wachtwoord = translate(problem, { min: passwordMinLength });
  }
  if (!fieldErrors.wachtwoordHerhaling && wachtwoord !== (values.wachtwoordHerhaling ?? '')) {
    fieldErrors.wachtwoordHerhaling = translate('accounts.fouten.herhalingAnders');
  }
}
