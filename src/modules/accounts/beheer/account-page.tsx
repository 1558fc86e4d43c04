import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isAccount, type AccountActor } from '../../../platform/actor.ts';
import { ForbiddenError, NotFoundError } from '../../../platform/errors.ts';
import { ErrorSummary } from '../../../web/components/alerts.tsx';
import { SelectField } from '../../../web/components/form-fields.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { readForm, toSummary, validateForm, type FormValues } from '../../../web/forms.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { listRegios } from '../../taxonomie/index.ts';
import { platformRollen } from '../schema.ts';
import { formatDate } from './accounts-page.tsx';
import { rolFormSchema } from './beheer.schema.ts';
import { can } from './policy.ts';
import { findRol, getAccountDetail } from './queries.ts';
import { rolIntrekken } from './rol-intrekken.ts';
import { rolToekennen } from './rol-toekennen.ts';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function beheerder(c: Context<AppEnv>, action: 'accounts-bekijken' | 'rol-toekennen'): AccountActor {
  const actor = c.var.actor;
  if (!isAccount(actor) || !can(actor, action)) throw new ForbiddenError();
  return actor;
}

async function accountOf(c: Context<AppEnv>) {
  const id = c.req.param('accountId') ?? '';
  if (!uuidPattern.test(id)) throw new NotFoundError();
  const account = await getAccountDetail(c.var.deps.database.db, id);
  if (!account) throw new NotFoundError();
  return account;
}

type Account = NonNullable<Awaited<ReturnType<typeof getAccountDetail>>>;
const accountPath = (c: Context<AppEnv>, id: string, rest = '') => localizedPath(c.var.locale, `/beheer/accounts/${id}${rest}`);

/** GET /beheer/accounts/:accountId: the account (no secrets), its roles and memberships. */
export async function accountPage(c: Context<AppEnv>) {
  beheerder(c, 'accounts-bekijken');
  return renderAccount(c, await accountOf(c), { values: {}, fieldErrors: {} });
}

async function renderAccount(
  c: Context<AppEnv>,
  account: Account,
  form: { values: FormValues; fieldErrors: Record<string, string> },
  status: ContentfulStatusCode = 200,
) {
  const { t, locale } = c.var;
  const actor = c.var.actor;
  const regios = await listRegios(c.var.deps.database.db);
  const naam = account.verwijderdOp ? t('beheer.verwijderd') : account.naam;
  const item = (label: string, value: string) => (
    <div class="ip-data-list__item">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return renderPage(
    c,
    { title: naam, breadcrumbs: [{ label: t('beheer.accounts.title'), path: '/beheer/accounts' }, { label: naam }] },
    <>
      <h1 class="utrecht-heading-1">{naam}</h1>
      <ErrorSummary errors={toSummary(form.fieldErrors, 'rol-')} />
      <dl class="utrecht-data-list ip-data-list">
        {item(t('beheer.veld.email'), account.email ?? '–')}
        {item(t('beheer.veld.geverifieerd'), account.emailGeverifieerdOp ? formatDate(locale, account.emailGeverifieerdOp) : t('beheer.nee'))}
        {item(t('beheer.veld.persoonstype'), account.persoonstype ? t(`beheer.persoonstype.${account.persoonstype}`) : '–')}
        {item(t('beheer.veld.taal'), t(`beheer.taal.${account.taal}`))}
        {item(t('beheer.veld.tweedeFactor'), account.tweedeFactorAan ? t('beheer.aan') : t('beheer.uit'))}
        {item(t('beheer.veld.aangemaakt'), formatDate(locale, account.createdAt))}
      </dl>

      <h2 class="utrecht-heading-2">{t('beheer.rollen.kop')}</h2>
      <p class="utrecht-paragraph">{t('beheer.rollen.tweedeFactorNoot')}</p>
      {account.rollen.length === 0 ? (
        <p class="utrecht-paragraph">{t('beheer.rollen.geen')}</p>
      ) : (
        <ul class="utrecht-unordered-list">
          {account.rollen.map((r) => {
            const label = r.regioNaam ? t('beheer.rollen.metRegio', { rol: t(`beheer.rol.${r.rol}`), regio: r.regioNaam }) : t(`beheer.rol.${r.rol}`);
            return (
              <li>
                {label}{' '}
                {can(actor, 'rol-intrekken', { accountId: account.id, rol: r.rol }) ? (
                  <a class="utrecht-link utrecht-link--html-a" href={accountPath(c, account.id, `/rollen/${r.id}/intrekken`)}>
                    {t('beheer.rollen.intrekken', { rol: label })}
                  </a>
                ) : (
                  <span>{t('beheer.rollen.eigenBeheerder')}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}

      <h3 class="utrecht-heading-3">{t('beheer.rollen.toekennenKop')}</h3>
      <form method="post" action={accountPath(c, account.id, '/rollen')} novalidate>
        <input type="hidden" name="_csrf" value={c.var.csrfToken} />
        <SelectField
          id="rol-rol"
          name="rol"
          label={t('beheer.veld.rol')}
          selected={form.values.rol}
          error={form.fieldErrors.rol}
          options={[{ value: '', label: t('beheer.kies') }, ...platformRollen.map((r) => ({ value: r, label: t(`beheer.rol.${r}`) }))]}
        />
        <SelectField
          id="rol-regio"
          name="regio"
          label={t('beheer.veld.regio')}
          selected={form.values.regio}
          error={form.fieldErrors.regio}
          options={[{ value: '', label: t('beheer.geenRegio') }, ...regios.map((r) => ({ value: r.code, label: r.naam }))]}
        />
        <button class="utrecht-button utrecht-button--primary-action" type="submit">
          {t('beheer.rollen.toekennen')}
        </button>
      </form>

      <h2 class="utrecht-heading-2">{t('beheer.leden.kop')}</h2>
      {account.leden.length === 0 ? (
        <p class="utrecht-paragraph">{t('beheer.leden.geen')}</p>
      ) : (
        <ul class="utrecht-unordered-list">
          {account.leden.map((l) => (
            <li>
              <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, `/organisaties/${l.slug}`)}>
                {l.naam}
              </a>
              {` – ${t(`beheer.orgRol.${l.rol}`)}`}
            </li>
          ))}
        </ul>
      )}
    </>,
    status,
  );
}

/** POST /beheer/accounts/:accountId/rollen: assign a platform role. */
export async function rolToekennenPost(c: Context<AppEnv>) {
  const actor = beheerder(c, 'rol-toekennen');
  const account = await accountOf(c);
  const { t } = c.var;
  const values = await readForm(c);
  const form = validateForm(c, rolFormSchema, values, 'rol-');
  if (!form.ok) return renderAccount(c, account, { values, fieldErrors: form.fieldErrors }, 400);
  const regios = await listRegios(c.var.deps.database.db);
  // Only a verbinder works for a regio; a regio given with another role is ignored, not stored.
  const regioCode = form.data.rol === 'verbinder' ? (form.data.regio ?? null) : null;
  if (regioCode && !regios.some((r) => r.code === regioCode)) {
    return renderAccount(c, account, { values, fieldErrors: { regio: t('beheer.fouten.regio') } }, 400);
  }
  if (account.verwijderdOp) return renderAccount(c, account, { values, fieldErrors: { rol: t('beheer.fouten.verwijderd') } }, 409);
  const result = await rolToekennen(c.var.deps.database.db, { actor, requestId: c.var.requestId }, { accountId: account.id, rol: form.data.rol, regioCode });
  if (!result.ok) return renderAccount(c, account, { values, fieldErrors: { rol: t('beheer.fouten.alToegekend') } }, 409);
  flash(c, 'beheer.flash.toegekend');
  return c.redirect(accountPath(c, account.id), 303);
}

async function rolOf(c: Context<AppEnv>) {
  beheerder(c, 'accounts-bekijken');
  const account = await accountOf(c);
  const id = c.req.param('id') ?? '';
  const rol = uuidPattern.test(id) ? await findRol(c.var.deps.database.db, account.id, id) : undefined;
  if (!rol) throw new NotFoundError();
  return { account, rol };
}

function renderIntrekken(c: Context<AppEnv>, account: Account, rol: { id: string; rol: string; regioCode: string | null }) {
  const { t } = c.var;
  const title = t('beheer.intrekken.title');
  const eigen = !can(c.var.actor, 'rol-intrekken', { accountId: account.id, rol: rol.rol as (typeof platformRollen)[number] });
  return renderPage(
    c,
    {
      title,
      breadcrumbs: [
        { label: t('beheer.accounts.title'), path: '/beheer/accounts' },
        { label: account.naam, path: `/beheer/accounts/${account.id}` },
        { label: title },
      ],
    },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      {eigen ? (
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <p class="utrecht-paragraph">{t('beheer.fouten.eigenBeheerder')}</p>
        </div>
      ) : (
        <form method="post" action={accountPath(c, account.id, `/rollen/${rol.id}/intrekken`)}>
          <input type="hidden" name="_csrf" value={c.var.csrfToken} />
          <p class="utrecht-paragraph">
            {t('beheer.intrekken.vraag', { rol: t(`beheer.rol.${rol.rol}`), naam: account.naam })}
          </p>
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--primary-action">
              {t('beheer.intrekken.bevestig')}
            </button>
            <a class="utrecht-link utrecht-link--html-a" href={accountPath(c, account.id)}>
              {t('beheer.intrekken.annuleren')}
            </a>
          </div>
        </form>
      )}
    </>,
    eigen ? 403 : 200,
  );
}

/** GET /beheer/accounts/:accountId/rollen/:id/intrekken: the confirmation step. */
export async function rolIntrekkenPage(c: Context<AppEnv>) {
  const { account, rol } = await rolOf(c);
  return renderIntrekken(c, account, rol);
}

/** POST /beheer/accounts/:accountId/rollen/:id/intrekken */
export async function rolIntrekkenPost(c: Context<AppEnv>) {
  const { account, rol } = await rolOf(c);
  const actor = c.var.actor as AccountActor;
  if (!can(actor, 'rol-intrekken', { accountId: account.id, rol: rol.rol })) return renderIntrekken(c, account, rol);
  await rolIntrekken(c.var.deps.database.db, { actor, requestId: c.var.requestId }, { accountId: account.id, rolId: rol.id });
  flash(c, 'beheer.flash.ingetrokken');
  return c.redirect(accountPath(c, account.id), 303);
}
