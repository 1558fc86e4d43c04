import type { Context } from 'hono';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { AppEnv } from '../../../web/context.ts';
import { isAccount, type AccountActor } from '../../../platform/actor.ts';
import { ErrorSummary, type FieldError } from '../../../web/components/alerts.tsx';
import { TextField } from '../../../web/components/form-fields.tsx';
import { PostForm, SubmitButton } from '../../../web/components/form-parts.tsx';
import { flash } from '../../../web/flash.ts';
import { readForm, toSummary, validateForm, type FormValues } from '../../../web/forms.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { clientIp } from '../../../web/client-ip.ts';
import { checkNewPassword, emailField, newPasswordField } from '../account.schema.ts';
import { confirmEmailChange, requestEmailChange } from '../email-change.ts';
import { changePassword } from '../password-reset.ts';
import { passwordMinLength, verifyPassword } from '../passwords.ts';
import { checkRateLimit } from '../rate-limit.ts';
import { accounts } from '../schema.ts';
import { RateLimited } from './rate-limited.tsx';
import { TokenProblemPage } from './verify.tsx';

/** Change password (/account/wachtwoord) and e-mail address (/account/email), both confirmed with the current password. */
const actorOf = (c: Context<AppEnv>): AccountActor => {
  const actor = c.var.actor;
  if (!isAccount(actor)) throw new Error('access gate let an anonymous request through');
  return actor;
};

async function storedHash(c: Context<AppEnv>, accountId: string): Promise<string | null> {
  const [row] = await c.var.deps.database.db.select({ hash: accounts.wachtwoordHash }).from(accounts).where(eq(accounts.id, accountId));
  return row?.hash ?? null;
}

const crumbs = (c: Context<AppEnv>, title: string) => [{ label: c.var.t('accounts.overzicht.titel'), path: '/account' }, { label: title }];

function PasswordPage({ c, hasPassword, fieldErrors, errors }: { c: Context<AppEnv>; hasPassword: boolean; fieldErrors: Record<string, string>; errors: FieldError[] }) {
  const { t } = c.var;
  return (
    <>
      <h1 class="utrecht-heading-1">{t('accounts.wachtwoordWijzigen.titel')}</h1>
      {hasPassword ? null : <p class="utrecht-paragraph">{t('accounts.wachtwoordWijzigen.geenWachtwoord')}</p>}
      <ErrorSummary errors={errors} />
      <PostForm action="/account/wachtwoord">
        {hasPassword ? (
          <TextField id="huidig" name="huidig" type="password" label={t('accounts.velden.huidigWachtwoord')} value="" error={fieldErrors.huidig} autocomplete="current-password" />
        ) : null}
        <TextField id="wachtwoord" name="wachtwoord" type="password" label={t('accounts.velden.nieuwWachtwoord')} value="" error={fieldErrors.wachtwoord} autocomplete="new-password" hint={t('accounts.wachtwoord.uitleg', { min: passwordMinLength })} />
        <TextField id="wachtwoordHerhaling" name="wachtwoordHerhaling" type="password" label={t('accounts.velden.wachtwoordHerhaling')} value="" error={fieldErrors.wachtwoordHerhaling} autocomplete="new-password" />
        <SubmitButton label={t('accounts.wachtwoordWijzigen.knop')} />
      </PostForm>
    </>
  );
}

export async function passwordForm(c: Context<AppEnv>) {
  const actor = actorOf(c);
  const title = c.var.t('accounts.wachtwoordWijzigen.titel');
  const hasPassword = (await storedHash(c, actor.accountId)) !== null;
  return renderPage(c, { title, breadcrumbs: crumbs(c, title) }, <PasswordPage c={c} hasPassword={hasPassword} fieldErrors={{}} errors={[]} />);
}

const passwordSchema = z
  .object({ huidig: z.string().max(1000).optional(), wachtwoord: newPasswordField, wachtwoordHerhaling: z.string() })
  .refine((v) => v.wachtwoord === v.wachtwoordHerhaling, { path: ['wachtwoordHerhaling'], message: 'accounts.fouten.herhalingAnders' });

export async function passwordSubmit(c: Context<AppEnv>) {
  const actor = actorOf(c);
  const { t } = c.var;
  const values = await readForm(c);
  const hash = await storedHash(c, actor.accountId);
  const result = validateForm(c, passwordSchema, values);
  const fieldErrors: Record<string, string> = result.ok ? {} : { ...result.fieldErrors };
  if (hash !== null) {
    const limit = await checkRateLimit(c.var.deps.database.db, 'login', { ip: clientIp(c), account: actor.email });
    if (!limit.allowed) return RateLimited(c, limit.retryAfterSeconds);
    if (!values.huidig) fieldErrors.huidig = t('accounts.fouten.huidigWachtwoordLeeg');
    else if (!(await verifyPassword(hash, values.huidig))) fieldErrors.huidig = t('accounts.fouten.huidigWachtwoordOnjuist');
  }
  checkNewPassword(t, values, fieldErrors, [actor.email, actor.naam]);
  if (!result.ok || Object.keys(fieldErrors).length > 0) {
    const title = t('accounts.wachtwoordWijzigen.titel');
    return renderPage(c, { title, breadcrumbs: crumbs(c, title) }, <PasswordPage c={c} hasPassword={hash !== null} fieldErrors={fieldErrors} errors={toSummary(fieldErrors)} />, 400);
  }
  await changePassword(c, actor, result.data.wachtwoord);
  flash(c, 'accounts.wachtwoordWijzigen.gelukt');
  return c.redirect(localizedPath(c.var.locale, '/account'), 303);
}

function EmailPage({ c, actor, hasPassword, values, fieldErrors, errors }: { c: Context<AppEnv>; actor: AccountActor; hasPassword: boolean; values: FormValues; fieldErrors: Record<string, string>; errors: FieldError[] }) {
  const { t } = c.var;
  return (
    <>
      <h1 class="utrecht-heading-1">{t('accounts.emailWijzigen.titel')}</h1>
      <p class="utrecht-paragraph">{t('accounts.emailWijzigen.huidig', { email: actor.email })}</p>
      <p class="utrecht-paragraph">{t('accounts.emailWijzigen.intro')}</p>
      <ErrorSummary errors={errors} />
      <PostForm action="/account/email">
        <TextField id="email" name="email" type="email" label={t('accounts.velden.nieuwEmail')} value={values.email ?? ''} error={fieldErrors.email} autocomplete="email" maxlength={254} spellcheck={false} />
        {hasPassword ? (
          <TextField id="huidig" name="huidig" type="password" label={t('accounts.velden.huidigWachtwoord')} value="" error={fieldErrors.huidig} autocomplete="current-password" />
        ) : null}
        <SubmitButton label={t('accounts.emailWijzigen.knop')} />
      </PostForm>
    </>
  );
}

export async function emailForm(c: Context<AppEnv>) {
  const actor = actorOf(c);
  const title = c.var.t('accounts.emailWijzigen.titel');
  const hasPassword = (await storedHash(c, actor.accountId)) !== null;
  return renderPage(c, { title, breadcrumbs: crumbs(c, title) }, <EmailPage c={c} actor={actor} hasPassword={hasPassword} values={{}} fieldErrors={{}} errors={[]} />);
}

export async function emailSubmit(c: Context<AppEnv>) {
  const actor = actorOf(c);
  const { t } = c.var;
  const values = await readForm(c);
  const hash = await storedHash(c, actor.accountId);
  const result = validateForm(c, z.object({ email: emailField }), values);
  const fieldErrors: Record<string, string> = result.ok ? {} : { ...result.fieldErrors };
  if (result.ok && result.data.email === actor.email) fieldErrors.email = t('accounts.emailWijzigen.zelfde');
  const limit = await checkRateLimit(c.var.deps.database.db, 'emailWijziging', { ip: clientIp(c), account: actor.email });
  if (!limit.allowed) return RateLimited(c, limit.retryAfterSeconds);
  if (hash !== null) {
    if (!values.huidig) fieldErrors.huidig = t('accounts.fouten.huidigWachtwoordLeeg');
    else if (!(await verifyPassword(hash, values.huidig))) fieldErrors.huidig = t('accounts.fouten.huidigWachtwoordOnjuist');
  }
  if (!result.ok || Object.keys(fieldErrors).length > 0) {
    const title = t('accounts.emailWijzigen.titel');
    return renderPage(
      c,
      { title, breadcrumbs: crumbs(c, title) },
      <EmailPage c={c} actor={actor} hasPassword={hash !== null} values={{ email: values.email ?? '' }} fieldErrors={fieldErrors} errors={toSummary(fieldErrors)} />,
      400,
    );
  }
  await requestEmailChange(c, actor, result.data.email);
  flash(c, 'accounts.emailWijzigen.verstuurd');
  return c.redirect(localizedPath(c.var.locale, '/account'), 303);
}

/** GET /account/email-bevestigen?token=...: the link in the mail to the new address. */
export async function emailConfirm(c: Context<AppEnv>) {
  const outcome = await confirmEmailChange(c, c.req.query('token'));
  const again = { path: '/account/email', label: c.var.t('accounts.emailWijzigen.opnieuw') };
  if (outcome === 'bezet') return TokenProblemPage(c, 'gebruikt', again);
  if (outcome !== 'ok') return TokenProblemPage(c, outcome, again);
  flash(c, 'accounts.emailWijzigen.gelukt');
  return c.redirect(localizedPath(c.var.locale, c.var.actor.kind === 'account' ? '/account' : '/inloggen'), 303);
}
