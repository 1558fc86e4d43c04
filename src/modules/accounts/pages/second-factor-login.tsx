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
import { recordAudit } from '../../audit/index.ts';
import { codeSchema, safeReturnPath } from '../account.schema.ts';
import { checkRateLimit, resetRateLimit } from '../rate-limit.ts';
import { startSession } from '../session-middleware.ts';
import { sessies } from '../schema.ts';
import { useRecoveryCode, useTotpCode } from '../totp.ts';
import { RateLimited } from './rate-limited.tsx';
import { eq } from 'drizzle-orm';

/**
 * The second step of logging in: a session in state 'tweede-factor' (right password, or a single
 * sign-on login of an account with a second factor) becomes a logged-in session after a TOTP code or
 * a recovery code. The session id rotates again here.
 */
function SecondFactorPage({ c, fieldErrors, errors, terug }: { c: Context<AppEnv>; fieldErrors: Record<string, string>; errors: FieldError[]; terug: string | undefined }) {
  const { t } = c.var;
  return (
    <>
      <h1 class="utrecht-heading-1">{t('accounts.tweedeFactorInloggen.titel')}</h1>
      <p class="utrecht-paragraph">{t('accounts.tweedeFactorInloggen.intro')}</p>
      <ErrorSummary errors={errors} />
      <PostForm action={`/inloggen/tweede-factor${terug ? `?terug=${encodeURIComponent(terug)}` : ''}`}>
        <TextField
          id="code"
          name="code"
          label={t('accounts.velden.code')}
          hint={t('accounts.tweedeFactorInloggen.hint')}
          value=""
          error={fieldErrors.code}
          autocomplete="one-time-code"
          inputmode="text"
          maxlength={20}
          spellcheck={false}
        />
        <SubmitButton label={t('accounts.tweedeFactorInloggen.knop')} />
      </PostForm>
    </>
  );
}

const render = (c: Context<AppEnv>, fieldErrors: Record<string, string>, errors: FieldError[], terug: string | undefined, status: 200 | 400 = 200) => {
  const title = c.var.t('accounts.tweedeFactorInloggen.titel');
  return renderPage(c, { title, breadcrumbs: [{ label: title }] }, <SecondFactorPage c={c} fieldErrors={fieldErrors} errors={errors} terug={terug} />, status);
};

export function secondFactorForm(c: Context<AppEnv>) {
  if (c.var.session?.status !== 'tweede-factor') return c.redirect(localizedPath(c.var.locale, '/inloggen'), 303);
  return render(c, {}, [], safeReturnPath(c.req.query('terug')));
}

export async function secondFactorSubmit(c: Context<AppEnv>) {
  const { t, locale, session } = c.var;
  const { db } = c.var.deps.database;
  const terug = safeReturnPath(c.req.query('terug'));
  if (session?.status !== 'tweede-factor') return c.redirect(localizedPath(locale, '/inloggen'), 303);
  const result = validateForm(c, codeSchema, await readForm(c));
  if (!result.ok) return render(c, result.fieldErrors, result.errors, terug, 400);

  const limit = await checkRateLimit(db, 'tweedeFactor', { ip: clientIp(c), account: session.accountId });
  if (!limit.allowed) return RateLimited(c, limit.retryAfterSeconds);

  const code = result.data.code;
  const viaTotp = await useTotpCode(db, c.var.deps.config.appSecret, session.accountId, code);
  const viaHerstelcode = !viaTotp && (await useRecoveryCode(db, session.accountId, code));
  if (!viaTotp && !viaHerstelcode) {
    const message = t('accounts.tweedeFactorInloggen.onjuist');
    return render(c, { code: message }, [{ field: 'code', message }], terug, 400);
  }
  await resetRateLimit(db, 'tweedeFactor', session.accountId);
  const [old] = await db.select({ methode: sessies.methode }).from(sessies).where(eq(sessies.tokenHash, session.hash));
  const methode = old?.methode ?? 'wachtwoord';
  await startSession(c, session.accountId, 'actief', methode, { tweedeFactor: true });
  await recordAudit(db, {
    actor: { kind: 'systeem' },
    actie: 'account.ingelogd',
    objectType: 'account',
    objectId: session.accountId,
    betreftAccountId: session.accountId,
    na: { methode, tweedeFactor: viaTotp ? 'totp' : 'herstelcode' },
    requestId: c.var.requestId,
  });
  flash(c, viaHerstelcode ? 'accounts.tweedeFactorInloggen.herstelcodeGebruikt' : 'accounts.inloggen.gelukt');
  return c.redirect(terug ?? localizedPath(locale, viaHerstelcode ? '/account/tweede-factor' : '/account'), 303);
}
