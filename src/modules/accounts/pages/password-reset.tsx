import type { Context } from 'hono';
import type { AppEnv } from '../../../web/context.ts';
import { ErrorSummary, type FieldError } from '../../../web/components/alerts.tsx';
import { TextField } from '../../../web/components/form-fields.tsx';
import { PostForm, SubmitButton } from '../../../web/components/form-parts.tsx';
import { flash } from '../../../web/flash.ts';
import { readForm, toSummary, validateForm } from '../../../web/forms.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { clientIp } from '../../../web/client-ip.ts';
import { checkNewPassword, emailOnlySchema, nieuwWachtwoordSchema } from '../account.schema.ts';
import { checkEmailToken } from '../email-tokens.ts';
import { requestPasswordReset, resetPassword } from '../password-reset.ts';
import { passwordMinLength } from '../passwords.ts';
import { checkRateLimit } from '../rate-limit.ts';
import { RateLimited } from './rate-limited.tsx';
import { TokenProblemPage } from './verify.tsx';

function ForgotPage({ c, email, fieldErrors, errors, sent }: { c: Context<AppEnv>; email: string; fieldErrors: Record<string, string>; errors: FieldError[]; sent?: boolean }) {
  const { t } = c.var;
  return (
    <>
      <h1 class="utrecht-heading-1">{t('accounts.vergeten.titel')}</h1>
      {sent ? (
        <div class="utrecht-alert utrecht-alert--info" role="status">
          <p class="utrecht-paragraph">{t('accounts.vergeten.verstuurd')}</p>
        </div>
      ) : (
        <>
          <p class="utrecht-paragraph">{t('accounts.vergeten.intro')}</p>
          <ErrorSummary errors={errors} />
          <PostForm action="/wachtwoord-vergeten">
            <TextField id="email" name="email" type="email" label={t('accounts.velden.email')} value={email} error={fieldErrors.email} autocomplete="email" maxlength={254} spellcheck={false} />
            <SubmitButton label={t('accounts.vergeten.knop')} />
          </PostForm>
        </>
      )}
    </>
  );
}

const forgotTitle = (c: Context<AppEnv>) => c.var.t('accounts.vergeten.titel');

export function forgotForm(c: Context<AppEnv>) {
  const title = forgotTitle(c);
  return renderPage(c, { title, breadcrumbs: [{ label: title }] }, <ForgotPage c={c} email="" fieldErrors={{}} errors={[]} sent={c.req.query('verstuurd') === '1'} />);
}

export async function forgotSubmit(c: Context<AppEnv>) {
  const values = await readForm(c);
  const result = validateForm(c, emailOnlySchema, values);
  const title = forgotTitle(c);
  if (!result.ok) {
    return renderPage(c, { title, breadcrumbs: [{ label: title }] }, <ForgotPage c={c} email={values.email ?? ''} fieldErrors={result.fieldErrors} errors={result.errors} />, 400);
  }
  const limit = await checkRateLimit(c.var.deps.database.db, 'herstel', { ip: clientIp(c), account: result.data.email });
  if (!limit.allowed) return RateLimited(c, limit.retryAfterSeconds);
  await requestPasswordReset(c, result.data.email);
  return c.redirect(`${localizedPath(c.var.locale, '/wachtwoord-vergeten')}?verstuurd=1`, 303);
}

function ResetPage({ c, token, fieldErrors, errors }: { c: Context<AppEnv>; token: string; fieldErrors: Record<string, string>; errors: FieldError[] }) {
  const { t } = c.var;
  return (
    <>
      <h1 class="utrecht-heading-1">{t('accounts.herstellen.titel')}</h1>
      <ErrorSummary errors={errors} />
      <PostForm action="/wachtwoord-herstellen">
        <input type="hidden" name="token" value={token} />
        <TextField id="wachtwoord" name="wachtwoord" type="password" label={t('accounts.velden.nieuwWachtwoord')} value="" error={fieldErrors.wachtwoord} autocomplete="new-password" hint={t('accounts.wachtwoord.uitleg', { min: passwordMinLength })} />
        <TextField id="wachtwoordHerhaling" name="wachtwoordHerhaling" type="password" label={t('accounts.velden.wachtwoordHerhaling')} value="" error={fieldErrors.wachtwoordHerhaling} autocomplete="new-password" />
        <SubmitButton label={t('accounts.herstellen.knop')} />
      </PostForm>
    </>
  );
}

const resetTitle = (c: Context<AppEnv>) => c.var.t('accounts.herstellen.titel');
const againLink = (c: Context<AppEnv>) => ({ path: '/wachtwoord-vergeten', label: c.var.t('accounts.herstellen.opnieuw') });

export async function resetForm(c: Context<AppEnv>) {
  const token = c.req.query('token') ?? '';
  const check = await checkEmailToken(c.var.deps.database.db, token, 'wachtwoord-herstel');
  if (!check.ok) return TokenProblemPage(c, check.reden, againLink(c));
  const title = resetTitle(c);
  return renderPage(c, { title, breadcrumbs: [{ label: title }] }, <ResetPage c={c} token={token} fieldErrors={{}} errors={[]} />);
}

export async function resetSubmit(c: Context<AppEnv>) {
  const { t } = c.var;
  const values = await readForm(c);
  const token = (values.token ?? '').slice(0, 100);
  const check = await checkEmailToken(c.var.deps.database.db, token, 'wachtwoord-herstel');
  if (!check.ok) return TokenProblemPage(c, check.reden, againLink(c));
  const result = validateForm(c, nieuwWachtwoordSchema, values);
  const fieldErrors: Record<string, string> = result.ok ? {} : { ...result.fieldErrors };
  checkNewPassword(t, values, fieldErrors);
  if (!result.ok || Object.keys(fieldErrors).length > 0) {
    const title = resetTitle(c);
    return renderPage(c, { title, breadcrumbs: [{ label: title }] }, <ResetPage c={c} token={token} fieldErrors={fieldErrors} errors={toSummary(fieldErrors)} />, 400);
  }
  const outcome = await resetPassword(c, token, result.data.wachtwoord);
  if (outcome !== 'ok') return TokenProblemPage(c, outcome, againLink(c));
  flash(c, 'accounts.herstellen.gelukt');
  return c.redirect(localizedPath(c.var.locale, '/inloggen'), 303);
}
