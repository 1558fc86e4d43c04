import type { Context } from 'hono';
import type { AppEnv } from '../../../web/context.ts';
import { ErrorSummary, type FieldError } from '../../../web/components/alerts.tsx';
import { SelectField, TextField } from '../../../web/components/form-fields.tsx';
import { PostForm, SubmitButton } from '../../../web/components/form-parts.tsx';
import { readForm, toSummary, validateForm, type FormValues } from '../../../web/forms.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { clientIp } from '../../../web/client-ip.ts';
import { checkNewPassword, registratieSchema } from '../account.schema.ts';
import { passwordMinLength } from '../passwords.ts';
import { checkRateLimit } from '../rate-limit.ts';
import { register } from '../register.ts';
import { persoonstypes } from '../schema.ts';
import { RateLimited } from './rate-limited.tsx';

function RegisterPage(props: { c: Context<AppEnv>; values: FormValues; fieldErrors: Record<string, string>; errors: FieldError[] }) {
  const { t, locale } = props.c.var;
  const v = (k: string) => props.values[k] ?? '';
  const e = (k: string) => props.fieldErrors[k];
  return (
    <>
      <h1 class="utrecht-heading-1">{t('accounts.registreren.titel')}</h1>
      <p class="utrecht-paragraph">{t('accounts.registreren.intro')}</p>
      <ErrorSummary errors={props.errors} />
      <PostForm action="/registreren">
        <TextField id="naam" name="naam" label={t('accounts.velden.naam')} value={v('naam')} error={e('naam')} autocomplete="name" maxlength={200} />
        <TextField id="email" name="email" type="email" label={t('accounts.velden.email')} value={v('email')} error={e('email')} autocomplete="email" maxlength={254} spellcheck={false} />
        <SelectField
          id="persoonstype"
          name="persoonstype"
          label={t('accounts.velden.persoonstype')}
          selected={v('persoonstype')}
          error={e('persoonstype')}
          options={[{ value: '', label: t('accounts.velden.kies') }, ...persoonstypes.map((p) => ({ value: p, label: t(`accounts.persoonstypes.${p}`) }))]}
        />
        <TextField id="wachtwoord" name="wachtwoord" type="password" label={t('accounts.velden.wachtwoord')} value="" error={e('wachtwoord')} autocomplete="new-password" hint={t('accounts.wachtwoord.uitleg', { min: passwordMinLength })} />
        <TextField id="wachtwoordHerhaling" name="wachtwoordHerhaling" type="password" label={t('accounts.velden.wachtwoordHerhaling')} value="" error={e('wachtwoordHerhaling')} autocomplete="new-password" />
        <p class="utrecht-paragraph">
          {t('accounts.registreren.privacy')}{' '}
          <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/privacy')}>
            {t('accounts.registreren.privacyLink')}
          </a>
        </p>
        <SubmitButton label={t('accounts.registreren.knop')} />
      </PostForm>
      <p class="utrecht-paragraph">
        {t('accounts.registreren.alAccount')}{' '}
        <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/inloggen')}>
          {t('accounts.inloggen.titel')}
        </a>
      </p>
    </>
  );
}

export function registerForm(c: Context<AppEnv>) {
  if (c.var.actor.kind === 'account') return c.redirect(localizedPath(c.var.locale, '/account'), 303);
  const title = c.var.t('accounts.registreren.titel');
  return renderPage(c, { title, breadcrumbs: [{ label: title }] }, <RegisterPage c={c} values={{}} fieldErrors={{}} errors={[]} />);
}

export async function registerSubmit(c: Context<AppEnv>) {
  const { t } = c.var;
  const title = t('accounts.registreren.titel');
  const values = await readForm(c);
  delete values._csrf;
  const result = validateForm(c, registratieSchema, values);
  const fieldErrors: Record<string, string> = result.ok ? {} : { ...result.fieldErrors };
  checkNewPassword(t, values, fieldErrors, [values.email ?? '', values.naam ?? '']);
  if (!result.ok || Object.keys(fieldErrors).length > 0) {
    const kept = { naam: values.naam ?? '', email: values.email ?? '', persoonstype: values.persoonstype ?? '' };
    return renderPage(
      c,
      { title, breadcrumbs: [{ label: title }] },
      <RegisterPage c={c} values={kept} fieldErrors={fieldErrors} errors={toSummary(fieldErrors)} />,
      400,
    );
  }
  const limit = await checkRateLimit(c.var.deps.database.db, 'registratie', { ip: clientIp(c), account: result.data.email });
  if (!limit.allowed) return RateLimited(c, limit.retryAfterSeconds);
  await register(c, result.data);
  return c.redirect(`${localizedPath(c.var.locale, '/registreren/verstuurd')}`, 303);
}

/** The same page for a new and a known address: look in your mailbox. */
export function registerSent(c: Context<AppEnv>) {
  const { t } = c.var;
  const title = t('accounts.registreren.verstuurdTitel');
  return renderPage(
    c,
    { title, breadcrumbs: [{ label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{t('accounts.registreren.verstuurdTekst')}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={localizedPath(c.var.locale, '/account/verifieren/opnieuw')}>
          {t('accounts.verifieren.opnieuwLink')}
        </a>
      </p>
    </>,
  );
}
