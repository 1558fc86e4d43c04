import type { Context } from 'hono';
import type { AppEnv } from '../../../web/context.ts';
import { ErrorSummary, type FieldError } from '../../../web/components/alerts.tsx';
import { TextField } from '../../../web/components/form-fields.tsx';
import { PostForm, SubmitButton } from '../../../web/components/form-parts.tsx';
import { flash } from '../../../web/flash.ts';
import { readForm, validateForm } from '../../../web/forms.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { clientIp } from '../../../web/client-ip.ts';
import { emailOnlySchema } from '../account.schema.ts';
import { checkRateLimit } from '../rate-limit.ts';
import { resendVerification } from '../register.ts';
import { verifyEmail } from '../verify-email.ts';
import { RateLimited } from './rate-limited.tsx';

/** A link from a mail that no longer works: say why and what to do. */
export function TokenProblemPage(c: Context<AppEnv>, reden: 'onbekend' | 'verlopen' | 'gebruikt', again: { path: string; label: string }) {
  const { t, locale } = c.var;
  const title = t('accounts.link.titel');
  return renderPage(
    c,
    { title, breadcrumbs: [{ label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <div class="utrecht-alert utrecht-alert--warning" role="alert">
        <p class="utrecht-paragraph">{t(`accounts.link.${reden}`)}</p>
      </div>
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, again.path)}>
          {again.label}
        </a>
      </p>
    </>,
    400,
  );
}

/** GET /account/verifieren?token=...: the link in the verification mail. */
export async function verifyLink(c: Context<AppEnv>) {
  const outcome = await verifyEmail(c, c.req.query('token'));
  if (outcome !== 'ok') {
    return TokenProblemPage(c, outcome, { path: '/account/verifieren/opnieuw', label: c.var.t('accounts.verifieren.opnieuwLink') });
  }
  flash(c, 'accounts.verifieren.gelukt');
  const next = c.var.actor.kind === 'account' ? '/account' : '/inloggen';
  return c.redirect(localizedPath(c.var.locale, next), 303);
}

function ResendPage({ c, email, fieldErrors, errors }: { c: Context<AppEnv>; email: string; fieldErrors: Record<string, string>; errors: FieldError[] }) {
  const { t } = c.var;
  return (
    <>
      <h1 class="utrecht-heading-1">{t('accounts.verifieren.opnieuwTitel')}</h1>
      <p class="utrecht-paragraph">{t('accounts.verifieren.opnieuwIntro')}</p>
      <ErrorSummary errors={errors} />
      <PostForm action="/account/verifieren/opnieuw">
        <TextField id="email" name="email" type="email" label={t('accounts.velden.email')} value={email} error={fieldErrors.email} autocomplete="email" maxlength={254} spellcheck={false} />
        <SubmitButton label={t('accounts.verifieren.opnieuwKnop')} />
      </PostForm>
    </>
  );
}

const resendTitle = (c: Context<AppEnv>) => c.var.t('accounts.verifieren.opnieuwTitel');

export function resendForm(c: Context<AppEnv>) {
  const title = resendTitle(c);
  return renderPage(c, { title, breadcrumbs: [{ label: title }] }, <ResendPage c={c} email="" fieldErrors={{}} errors={[]} />);
}

export async function resendSubmit(c: Context<AppEnv>) {
  const values = await readForm(c);
  const result = validateForm(c, emailOnlySchema, values);
  const title = resendTitle(c);
  if (!result.ok) {
    return renderPage(c, { title, breadcrumbs: [{ label: title }] }, <ResendPage c={c} email={values.email ?? ''} fieldErrors={result.fieldErrors} errors={result.errors} />, 400);
  }
  const limit = await checkRateLimit(c.var.deps.database.db, 'registratie', { ip: clientIp(c), account: result.data.email });
  if (!limit.allowed) return RateLimited(c, limit.retryAfterSeconds);
  await resendVerification(c, result.data.email);
  return c.redirect(localizedPath(c.var.locale, '/registreren/verstuurd'), 303);
}
