import type { Context } from 'hono';
import type { AppEnv } from '../../../web/context.ts';
import { ErrorSummary, type FieldError } from '../../../web/components/alerts.tsx';
import { TextField } from '../../../web/components/form-fields.tsx';
import { PostForm, SubmitButton } from '../../../web/components/form-parts.tsx';
import { flash } from '../../../web/flash.ts';
import { readForm, validateForm, type FormValues } from '../../../web/forms.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { clientIp } from '../../../web/client-ip.ts';
import { recordAudit } from '../../audit/index.ts';
import { inlogSchema, safeReturnPath } from '../account.schema.ts';
import { checkLogin } from '../login.ts';
import { oidcProviderLinks } from '../oidc/providers.ts';
import { checkRateLimit, resetRateLimit } from '../rate-limit.ts';
import { resendVerification } from '../register.ts';
import { startSession } from '../session-middleware.ts';
import { RateLimited } from './rate-limited.tsx';

type Props = { c: Context<AppEnv>; values: FormValues; fieldErrors: Record<string, string>; errors: FieldError[]; terug: string | undefined; melding?: string };

function LoginPage({ c, values, fieldErrors, errors, terug, melding }: Props) {
  const { t, locale, deps } = c.var;
  const providers = oidcProviderLinks(deps.config);
  const suffix = terug ? `?terug=${encodeURIComponent(terug)}` : '';
  return (
    <>
      <h1 class="utrecht-heading-1">{t('accounts.inloggen.titel')}</h1>
      <ErrorSummary errors={errors} />
      {melding ? (
        <div class="utrecht-alert utrecht-alert--warning" role="alert">
          <p class="utrecht-paragraph">{melding}</p>
        </div>
      ) : null}
      <PostForm action={`/inloggen${suffix}`}>
        <TextField id="email" name="email" type="email" label={t('accounts.velden.email')} value={values.email ?? ''} error={fieldErrors.email} autocomplete="username" maxlength={254} spellcheck={false} />
        <TextField id="wachtwoord" name="wachtwoord" type="password" label={t('accounts.velden.wachtwoord')} value="" error={fieldErrors.wachtwoord} autocomplete="current-password" />
        <SubmitButton label={t('accounts.inloggen.knop')} />
      </PostForm>
      <ul class="utrecht-unordered-list ip-link-list">
        <li>
          <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/wachtwoord-vergeten')}>
            {t('accounts.inloggen.vergeten')}
          </a>
        </li>
        <li>
          <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/registreren')}>
            {t('accounts.inloggen.registreren')}
          </a>
        </li>
      </ul>
      {providers.length > 0 ? (
        <section aria-labelledby="sso-titel">
          <h2 class="utrecht-heading-2" id="sso-titel">
            {t('accounts.inloggen.ssoTitel')}
          </h2>
          <ul class="utrecht-unordered-list ip-link-list">
            {providers.map((p) => (
              <li>
                <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={localizedPath(locale, p.path) + suffix}>
                  {t('accounts.inloggen.ssoKnop', { naam: p.naam })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

const page = (c: Context<AppEnv>, props: Omit<Props, 'c'>, status: 200 | 400 = 200) => {
  const title = c.var.t('accounts.inloggen.titel');
  return renderPage(c, { title, breadcrumbs: [{ label: title }] }, <LoginPage c={c} {...props} />, status);
};

export function loginForm(c: Context<AppEnv>) {
  const terug = safeReturnPath(c.req.query('terug'));
  if (c.var.actor.kind === 'account') return c.redirect(terug ?? localizedPath(c.var.locale, '/account'), 303);
  return page(c, { values: {}, fieldErrors: {}, errors: [], terug });
}

export async function loginSubmit(c: Context<AppEnv>) {
  const { t, locale } = c.var;
  const { db } = c.var.deps.database;
  const terug = safeReturnPath(c.req.query('terug'));
  const values = await readForm(c);
  const result = validateForm(c, inlogSchema, values);
  const kept = { email: values.email ?? '' };
  if (!result.ok) return page(c, { values: kept, fieldErrors: result.fieldErrors, errors: result.errors, terug }, 400);

  const { email, wachtwoord } = result.data;
  const limit = await checkRateLimit(db, 'login', { ip: clientIp(c), account: email });
  if (!limit.allowed) return RateLimited(c, limit.retryAfterSeconds);

  const check = await checkLogin(db, email, wachtwoord);
  if (check.kind === 'onjuist') {
    const message = t('accounts.inloggen.onjuist');
    return page(c, { values: kept, fieldErrors: { email: message }, errors: [{ field: 'email', message }], terug }, 400);
  }
  if (check.kind === 'onbevestigd') {
    await resendVerification(c, email);
    return page(c, { values: kept, fieldErrors: {}, errors: [], terug, melding: t('accounts.inloggen.onbevestigd') }, 400);
  }
  await resetRateLimit(db, 'login', email);
  if (check.tweedeFactorAan) {
    await startSession(c, check.accountId, 'tweede-factor', 'wachtwoord');
    const next = localizedPath(locale, '/inloggen/tweede-factor') + (terug ? `?terug=${encodeURIComponent(terug)}` : '');
    return c.redirect(next, 303);
  }
  await startSession(c, check.accountId, 'actief', 'wachtwoord');
  await recordAudit(db, {
    actor: { kind: 'systeem' },
    actie: 'account.ingelogd',
    objectType: 'account',
    objectId: check.accountId,
    betreftAccountId: check.accountId,
    na: { methode: 'wachtwoord' },
    requestId: c.var.requestId,
  });
  if (check.tweedeFactorVereist) {
    flash(c, 'accounts.tweedeFactor.vereist');
    return c.redirect(localizedPath(locale, '/account/tweede-factor'), 303);
  }
  flash(c, 'accounts.inloggen.gelukt');
  return c.redirect(terug ?? localizedPath(locale, '/account'), 303);
}
