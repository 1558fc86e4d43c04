import type { Context } from 'hono';
import { and, eq, inArray } from 'drizzle-orm';
import type { AppEnv } from '../../../web/context.ts';
import { isAccount, type AccountActor } from '../../../platform/actor.ts';
import { decrypt } from '../../../platform/secrets.ts';
import { ErrorSummary, type FieldError } from '../../../web/components/alerts.tsx';
import { TextField } from '../../../web/components/form-fields.tsx';
import { PostForm, SubmitButton } from '../../../web/components/form-parts.tsx';
import { flash } from '../../../web/flash.ts';
import { readForm, validateForm } from '../../../web/forms.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { clientIp } from '../../../web/client-ip.ts';
import { recordAudit } from '../../audit/index.ts';
import { codeSchema } from '../account.schema.ts';
import { checkRateLimit, resetRateLimit } from '../rate-limit.ts';
import { accounts, herstelcodes, platformrollen, sessies } from '../schema.ts';
import { newRecoveryCodes, newTotpSecret, remainingRecoveryCodes, sealTotpSecret, totpEnrolment, useTotpCode } from '../totp.ts';
import { formatDateTime } from './format.ts';
import { RateLimited } from './rate-limited.tsx';

/** /account/tweede-factor: turn the second factor on (QR code + first code), renew recovery codes, turn it off. */
const actorOf = (c: Context<AppEnv>): AccountActor => {
  const actor = c.var.actor;
  if (!isAccount(actor)) throw new Error('access gate let an anonymous request through');
  return actor;
};

async function accountTotp(c: Context<AppEnv>, accountId: string) {
  const [row] = await c.var.deps.database.db
    .select({ geheim: accounts.totpGeheim, aanSinds: accounts.totpAanSinds })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  return row ?? { geheim: null, aanSinds: null };
}

async function holdsRoleNeedingSecondFactor(c: Context<AppEnv>, accountId: string): Promise<boolean> {
  const rows = await c.var.deps.database.db
    .select({ rol: platformrollen.rol })
    .from(platformrollen)
    .where(and(eq(platformrollen.accountId, accountId), inArray(platformrollen.rol, ['beheerder', 'verbinder'])))
    .limit(1);
  return rows.length > 0;
}

const crumbs = (c: Context<AppEnv>, title: string) => [{ label: c.var.t('accounts.overzicht.titel'), path: '/account' }, { label: title }];

function CodeForm({ action, label, button, fieldErrors, variant }: { action: string; label: string; button: string; fieldErrors: Record<string, string>; variant?: 'primary' | 'secondary' | 'warning' }) {
  const id = `code-${action.split('/').pop()}`;
  return (
    <PostForm action={action}>
      <TextField id={id} name="code" label={label} value="" error={fieldErrors[id]} autocomplete="one-time-code" inputmode="numeric" maxlength={20} spellcheck={false} />
      <SubmitButton label={button} variant={variant ?? 'primary'} />
    </PostForm>
  );
}

async function renderSetup(c: Context<AppEnv>, fieldErrors: Record<string, string> = {}, status: 200 | 400 = 200) {
  const actor = actorOf(c);
  const { t, locale } = c.var;
  const { db } = c.var.deps.database;
  const { appSecret } = c.var.deps.config;
  const title = t('accounts.tweedeFactor.titel');
  const errors: FieldError[] = Object.entries(fieldErrors).map(([field, message]) => ({ field, message }));
  const current = await accountTotp(c, actor.accountId);
  const aanSinds = current.aanSinds;
  let geheim = current.geheim;
  const vereist = c.req.query('vereist') === '1' || actor.tweedeFactorVereist;

  if (aanSinds) {
    const remaining = await remainingRecoveryCodes(db, actor.accountId);
    const required = await holdsRoleNeedingSecondFactor(c, actor.accountId);
    return renderPage(
      c,
      { title, breadcrumbs: crumbs(c, title) },
      <>
        <h1 class="utrecht-heading-1">{title}</h1>
        <ErrorSummary errors={errors} />
        <p class="utrecht-paragraph">{t('accounts.tweedeFactor.aanSinds', { datum: formatDateTime(aanSinds, locale) })}</p>
        <p class="utrecht-paragraph">{t('accounts.tweedeFactor.herstelcodesOver', { count: remaining })}</p>
        <h2 class="utrecht-heading-2">{t('accounts.tweedeFactor.nieuweCodesTitel')}</h2>
        <CodeForm action="/account/tweede-factor/herstelcodes" label={t('accounts.velden.code')} button={t('accounts.tweedeFactor.nieuweCodesKnop')} fieldErrors={fieldErrors} variant="secondary" />
        <h2 class="utrecht-heading-2">{t('accounts.tweedeFactor.uitzettenTitel')}</h2>
        {required ? (
          <p class="utrecht-paragraph">{t('accounts.tweedeFactor.uitzettenKanNiet')}</p>
        ) : (
          <>
            <p class="utrecht-paragraph">{t('accounts.tweedeFactor.uitzettenUitleg')}</p>
            <CodeForm action="/account/tweede-factor/uitzetten" label={t('accounts.velden.code')} button={t('accounts.tweedeFactor.uitzettenKnop')} fieldErrors={fieldErrors} variant="warning" />
          </>
        )}
      </>,
      status,
    );
  }

  // Not on yet: a pending secret is kept until the first correct code turns it on.
  if (!geheim) {
    geheim = sealTotpSecret(appSecret, newTotpSecret());
    await db.update(accounts).set({ totpGeheim: geheim, totpLaatsteStap: null }).where(eq(accounts.id, actor.accountId));
  }
  const base32 = decrypt(appSecret, 'totp', geheim);
  const { qrDataUrl } = await totpEnrolment(base32, actor.email);
  return renderPage(
    c,
    { title, breadcrumbs: crumbs(c, title) },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      {vereist ? (
        <div class="utrecht-alert utrecht-alert--warning" role="alert">
          <p class="utrecht-paragraph">{t('accounts.tweedeFactor.vereist')}</p>
        </div>
      ) : null}
      <ErrorSummary errors={errors} />
      <p class="utrecht-paragraph">{t('accounts.tweedeFactor.intro')}</p>
      <ol class="utrecht-ordered-list">
        <li>{t('accounts.tweedeFactor.stap1')}</li>
        <li>
          {t('accounts.tweedeFactor.stap2')}
          <div class="ip-qr">
            <img src={qrDataUrl} width="200" height="200" alt={t('accounts.tweedeFactor.qrAlt')} />
          </div>
          <p class="utrecht-paragraph">
            {t('accounts.tweedeFactor.handmatig')} <code class="ip-secret" data-testid="totp-geheim">{base32.replace(/(.{4})/g, '$1 ').trim()}</code>
          </p>
        </li>
        <li>{t('accounts.tweedeFactor.stap3')}</li>
      </ol>
      <CodeForm action="/account/tweede-factor" label={t('accounts.velden.code')} button={t('accounts.tweedeFactor.aanzettenKnop')} fieldErrors={fieldErrors} />
    </>,
    status,
  );
}

export function setupPage(c: Context<AppEnv>) {
  return renderSetup(c);
}

function RecoveryCodesPage({ c, codes }: { c: Context<AppEnv>; codes: string[] }) {
  const { t, locale } = c.var;
  return (
    <>
      <h1 class="utrecht-heading-1">{t('accounts.tweedeFactor.codesTitel')}</h1>
      <div class="utrecht-alert utrecht-alert--warning" role="status">
        <p class="utrecht-paragraph">{t('accounts.tweedeFactor.codesUitleg')}</p>
      </div>
      <ul class="ip-recovery-codes" data-testid="herstelcodes">
        {codes.map((code) => (
          <li>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/account')}>
          {t('accounts.tweedeFactor.klaar')}
        </a>
      </p>
    </>
  );
}

/** Checks the posted code (rate-limited); a field error map when it is wrong, or a Response when limited. */
async function checkCode(c: Context<AppEnv>, fieldId: string): Promise<Record<string, string> | Response | null> {
  const actor = actorOf(c);
  const { t } = c.var;
  const { db } = c.var.deps.database;
  const result = validateForm(c, codeSchema, await readForm(c));
  if (!result.ok) return { [fieldId]: result.fieldErrors.code ?? t('accounts.fouten.codeLeeg') };
  const limit = await checkRateLimit(db, 'tweedeFactor', { ip: clientIp(c), account: actor.accountId });
  if (!limit.allowed) return RateLimited(c, limit.retryAfterSeconds);
  if (!(await useTotpCode(db, c.var.deps.config.appSecret, actor.accountId, result.data.code))) {
    return { [fieldId]: t('accounts.tweedeFactorInloggen.onjuist') };
  }
  await resetRateLimit(db, 'tweedeFactor', actor.accountId);
  return null;
}

export async function turnOn(c: Context<AppEnv>) {
  const actor = actorOf(c);
  const { db } = c.var.deps.database;
  const { aanSinds } = await accountTotp(c, actor.accountId);
  if (aanSinds) return c.redirect(localizedPath(c.var.locale, '/account/tweede-factor'), 303);
  const problem = await checkCode(c, 'code-tweede-factor');
  if (problem instanceof Response) return problem;
  if (problem) return renderSetup(c, problem, 400);
  const codes = await db.transaction(async (tx) => {
    const now = new Date();
    await tx.update(accounts).set({ totpAanSinds: now, updatedAt: now }).where(eq(accounts.id, actor.accountId));
    // This session has just shown the second factor: roles that need it count from now on.
    if (c.var.session) await tx.update(sessies).set({ tweedeFactorOp: now }).where(eq(sessies.tokenHash, c.var.session.hash));
    await recordAudit(tx, {
      actor,
      actie: 'account.tweede-factor-aan',
      objectType: 'account',
      objectId: actor.accountId,
      betreftAccountId: actor.accountId,
      voor: { totpAanSinds: null },
      na: { totpAanSinds: now },
      requestId: c.var.requestId,
    });
    return newRecoveryCodes(tx, actor.accountId);
  });
  const title = c.var.t('accounts.tweedeFactor.codesTitel');
  return renderPage(c, { title, breadcrumbs: crumbs(c, title) }, <RecoveryCodesPage c={c} codes={codes} />);
}

export async function renewRecoveryCodes(c: Context<AppEnv>) {
  const actor = actorOf(c);
  const problem = await checkCode(c, 'code-herstelcodes');
  if (problem instanceof Response) return problem;
  if (problem) return renderSetup(c, problem, 400);
  const codes = await c.var.deps.database.db.transaction(async (tx) => {
    await recordAudit(tx, { actor, actie: 'account.herstelcodes-vernieuwd', objectType: 'account', objectId: actor.accountId, betreftAccountId: actor.accountId, na: { aantal: 10 }, requestId: c.var.requestId });
    return newRecoveryCodes(tx, actor.accountId);
  });
  const title = c.var.t('accounts.tweedeFactor.codesTitel');
  return renderPage(c, { title, breadcrumbs: crumbs(c, title) }, <RecoveryCodesPage c={c} codes={codes} />);
}

export async function turnOff(c: Context<AppEnv>) {
  const actor = actorOf(c);
  if (await holdsRoleNeedingSecondFactor(c, actor.accountId)) return renderSetup(c, { 'code-uitzetten': c.var.t('accounts.tweedeFactor.uitzettenKanNiet') }, 400);
  const problem = await checkCode(c, 'code-uitzetten');
  if (problem instanceof Response) return problem;
  if (problem) return renderSetup(c, problem, 400);
  await c.var.deps.database.db.transaction(async (tx) => {
    const [before] = await tx.select({ aanSinds: accounts.totpAanSinds }).from(accounts).where(eq(accounts.id, actor.accountId));
    await tx.update(accounts).set({ totpGeheim: null, totpAanSinds: null, totpLaatsteStap: null, updatedAt: new Date() }).where(eq(accounts.id, actor.accountId));
    await tx.delete(herstelcodes).where(eq(herstelcodes.accountId, actor.accountId));
    await recordAudit(tx, { actor, actie: 'account.tweede-factor-uit', objectType: 'account', objectId: actor.accountId, betreftAccountId: actor.accountId, voor: { totpAanSinds: before?.aanSinds ?? null }, na: { totpAanSinds: null }, requestId: c.var.requestId });
  });
  flash(c, 'accounts.tweedeFactor.uitgezet');
  return c.redirect(localizedPath(c.var.locale, '/account'), 303);
}
