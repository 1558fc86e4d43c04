import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { useRequestContext } from 'hono/jsx-renderer';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isAccount, type AccountActor } from '../../../platform/actor.ts';
import { refuseAnonymous } from '../../../web/access.ts';
import { clientIp } from '../../../web/client-ip.ts';
import type { AppEnv } from '../../../web/context.ts';
import { ErrorSummary, type FieldError } from '../../../web/components/alerts.tsx';
import { TextField } from '../../../web/components/form-fields.tsx';
import { renderErrorPage } from '../../../web/error-page.tsx';
import { flash } from '../../../web/flash.ts';
import { readForm } from '../../../web/forms.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { checkRateLimit } from '../rate-limit.ts';
import { accounts } from '../schema.ts';
import { clearSessionCookie } from '../session-middleware.ts';
import { deleteAccount, organisationsBlockingDeletion, type BlockingOrganisatie } from './delete-account.ts';

/**
 * /account/verwijderen: what deleting means, then a deliberate confirmation: the word shown, typed,
 * and (for an account with a password) the current password, so a session left open on a shared
 * computer cannot delete the account in passing.
 */
type View = { values?: Record<string, string>; fieldErrors?: Record<string, string>; blocking?: BlockingOrganisatie[] };

async function renderDeletePage(c: Context<AppEnv>, actor: AccountActor, view: View = {}, status: ContentfulStatusCode = 200) {
  const { t, locale } = c.var;
  const { db } = c.var.deps.database;
  const [account] = await db.select({ wachtwoordHash: accounts.wachtwoordHash }).from(accounts).where(eq(accounts.id, actor.accountId)).limit(1);
  const heeftWachtwoord = Boolean(account?.wachtwoordHash);
  const blocking = view.blocking ?? (await organisationsBlockingDeletion(db, actor.accountId));
  const fieldErrors = view.fieldErrors ?? {};
  const errors: FieldError[] = Object.entries(fieldErrors).map(([field, message]) => ({ field: `verwijderen-${field}`, message }));
  const title = t('mijnGegevens.verwijderen.title');
  const woord = t('mijnGegevens.verwijderen.woord');
  return renderPage(
    c,
    {
      title,
      breadcrumbs: [
        { label: t('mijnGegevens.mijnAccount'), path: '/account' },
        { label: t('mijnGegevens.title'), path: '/account/gegevens' },
        { label: title },
      ],
    },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t('mijnGegevens.verwijderen.intro')}</p>
      <ErrorSummary errors={errors} />
      <h2 class="utrecht-heading-2">{t('mijnGegevens.verwijderen.watGebeurt')}</h2>
      <ul class="utrecht-unordered-list">
        <li>{t('mijnGegevens.verwijderen.li1')}</li>
        <li>{t('mijnGegevens.verwijderen.li2')}</li>
        <li>{t('mijnGegevens.verwijderen.li3')}</li>
        <li>{t('mijnGegevens.verwijderen.li4')}</li>
        <li>{t('mijnGegevens.verwijderen.li5')}</li>
      </ul>
      <p class="utrecht-paragraph">
        {t('mijnGegevens.verwijderen.eerstDownloaden')}{' '}
        <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/account/gegevens/download')}>
          {t('mijnGegevens.rechten.download')}
        </a>
      </p>
      {blocking.length > 0 ? (
        <Blocking organisaties={blocking} />
      ) : (
        <form method="post" action={localizedPath(locale, '/account/verwijderen')} novalidate>
          <input type="hidden" name="_csrf" value={c.var.csrfToken} />
          <TextField
            id="verwijderen-bevestiging"
            name="bevestiging"
            label={t('mijnGegevens.verwijderen.bevestigingLabel', { woord })}
            value={view.values?.bevestiging ?? ''}
            maxlength={50}
            autocomplete="off"
            error={fieldErrors.bevestiging}
          />
          {heeftWachtwoord ? (
            <TextField id="verwijderen-wachtwoord" name="wachtwoord" type="password" value="" autocomplete="current-password" maxlength={256} label={t('mijnGegevens.verwijderen.wachtwoordLabel')} error={fieldErrors.wachtwoord} />
          ) : null}
          <button class="utrecht-button utrecht-button--primary-action utrecht-button--warning" type="submit">
            {t('mijnGegevens.verwijderen.knop')}
          </button>
        </form>
      )}
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/account/gegevens')}>
          {t('mijnGegevens.verwijderen.annuleren')}
        </a>
      </p>
    </>,
    status,
  );
}

function Blocking({ organisaties }: { organisaties: BlockingOrganisatie[] }) {
  const { t, locale } = useRequestContext<AppEnv>().var;
  return (
    <div class="utrecht-alert utrecht-alert--warning ip-empty-state" id="verwijderen-overdragen">
      <p class="utrecht-paragraph">
        <strong>{t('mijnGegevens.verwijderen.laatsteCoordinatorTitel')}</strong>
      </p>
      <p class="utrecht-paragraph">{t('mijnGegevens.verwijderen.laatsteCoordinatorTekst')}</p>
      <ul class="utrecht-unordered-list">
        {organisaties.map((o) => (
          <li>
            <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, `/organisaties/${o.slug}/leden`)}>
              {t('mijnGegevens.verwijderen.ledenVan', { organisatie: o.naam })}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export async function deleteAccountPage(c: Context<AppEnv>) {
  const actor = c.var.actor;
  if (!isAccount(actor)) return refuseAnonymous(c);
  return renderDeletePage(c, actor);
}

export async function deleteAccountSubmit(c: Context<AppEnv>) {
  const actor = c.var.actor;
  if (!isAccount(actor)) return refuseAnonymous(c);
  const { t, locale } = c.var;
  const { db } = c.var.deps.database;
  const values = await readForm(c);
  const bevestiging = (values.bevestiging ?? '').trim();
  const wachtwoord = values.wachtwoord ?? '';
  // The password is never shown again: only the typed word is kept.
  const kept = { bevestiging: bevestiging.slice(0, 50) };
  const fieldErrors: Record<string, string> = {};
  if (!bevestiging) fieldErrors.bevestiging = t('mijnGegevens.verwijderen.fouten.bevestigingLeeg', { woord: t('mijnGegevens.verwijderen.woord') });
  else if (bevestiging.toUpperCase() !== t('mijnGegevens.verwijderen.woord')) {
    fieldErrors.bevestiging = t('mijnGegevens.verwijderen.fouten.bevestiging', { woord: t('mijnGegevens.verwijderen.woord') });
  }
  const [account] = await db.select({ wachtwoordHash: accounts.wachtwoordHash }).from(accounts).where(eq(accounts.id, actor.accountId)).limit(1);
  const needsPassword = Boolean(account?.wachtwoordHash);
  if (needsPassword && !wachtwoord) fieldErrors.wachtwoord = t('mijnGegevens.verwijderen.fouten.wachtwoordLeeg');
  if (Object.keys(fieldErrors).length > 0) return renderDeletePage(c, actor, { values: kept, fieldErrors }, 400);

  if (needsPassword) {
    // A password guess is a login attempt: the same limits apply.
    const limit = await checkRateLimit(db, 'login', { ip: clientIp(c), account: actor.email });
    if (!limit.allowed) {
      const minuten = Math.ceil(limit.retryAfterSeconds / 60);
      return renderDeletePage(c, actor, { values: kept, fieldErrors: { wachtwoord: t('mijnGegevens.verwijderen.fouten.teVaak', { minuten }) } }, 429);
    }
  }
  const outcome = await deleteAccount(db, { accountId: actor.accountId, actor, wachtwoord, requestId: c.var.requestId });
  if (!outcome.ok) {
    switch (outcome.reden) {
      case 'wachtwoord-onjuist':
        return renderDeletePage(c, actor, { values: kept, fieldErrors: { wachtwoord: t('mijnGegevens.verwijderen.fouten.wachtwoordOnjuist') } }, 400);
      case 'laatste-coordinator':
        return renderDeletePage(
          c,
          actor,
          { values: kept, fieldErrors: { overdragen: t('mijnGegevens.verwijderen.laatsteCoordinatorTitel') }, blocking: outcome.organisaties },
          409,
        );
      case 'niet-gevonden':
        return renderErrorPage(c, 404);
    }
  }
  clearSessionCookie(c);
  flash(c, 'mijnGegevens.verwijderen.gelukt');
  return c.redirect(localizedPath(locale, '/'), 303);
}
