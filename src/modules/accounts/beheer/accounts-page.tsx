import type { Context } from 'hono';
import type { Locale } from '../../../platform/i18n.ts';
import { EmptyState, ErrorSummary } from '../../../web/components/alerts.tsx';
import { SelectField, TextField } from '../../../web/components/form-fields.tsx';
import { Pagination } from '../../../web/components/pagination.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { ForbiddenError } from '../../../platform/errors.ts';
import { accountSorteringen, accountZoekSchema } from './beheer.schema.ts';
import { can } from './policy.ts';
import { searchAccounts } from './queries.ts';

const pageSize = 25;

export const formatDate = (locale: Locale, d: Date) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeZone: 'Europe/Amsterdam' }).format(d);

/** GET /beheer/accounts: find accounts by name or e-mail address. */
export async function accountsPage(c: Context<AppEnv>) {
  if (!can(c.var.actor, 'accounts-bekijken')) throw new ForbiddenError();
  const { t, locale } = c.var;
  const parsed = accountZoekSchema.safeParse(c.req.query());
  // A refused search (too long, control characters) is reported and the full list shown.
  const filter = parsed.success ? parsed.data : { zoek: undefined, sort: undefined, page: 1 };
  const errors = parsed.success ? [] : [{ field: 'beheer-zoek', message: t('beheer.fouten.zoek') }];
  const { items, total } = await searchAccounts(c.var.deps.database.db, { ...filter, pageSize });
  const totalPages = Math.max(1, Math.ceil(total / pageSize));
  const title = t('beheer.accounts.title');
  const self = localizedPath(locale, '/beheer/accounts');
  return renderPage(
    c,
    { title, breadcrumbs: [{ label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <ErrorSummary errors={errors} />
      <div role="search">
        <form method="get" action={self} class="ip-filter">
          <TextField
            id="beheer-zoek"
            name="zoek"
            type="search"
            label={t('beheer.accounts.zoek')}
            value={filter.zoek ?? (c.req.query('zoek') ?? '').slice(0, 300)}
            maxlength={200}
            autocomplete="off"
            error={errors[0]?.message}
            class="ip-filter__search"
          />
          <SelectField
            id="beheer-sort"
            name="sort"
            label={t('beheer.accounts.sort')}
            selected={filter.sort ?? 'naam'}
            options={accountSorteringen.map((s) => ({ value: s, label: t(`beheer.sort.${s}`) }))}
          />
          <div class="ip-filter__actions">
            <button class="utrecht-button utrecht-button--primary-action" type="submit">
              {t('beheer.accounts.zoekKnop')}
            </button>
          </div>
        </form>
      </div>
      <h2 class="utrecht-heading-2" id="resultaten">
        {t('beheer.accounts.resultaten')}
      </h2>
      <p class="utrecht-paragraph" role="status">
        {t('beheer.accounts.aantal', { count: total })}
      </p>
      {items.length === 0 ? (
        <EmptyState title={t('beheer.accounts.leeg')} />
      ) : (
        <div class="utrecht-table-container ip-table-scroll" tabindex={0} role="region" aria-labelledby="accounts-tabel">
          <table class="utrecht-table utrecht-table--html-table">
            <caption class="utrecht-table__caption" id="accounts-tabel">
              {t('beheer.accounts.caption')}
            </caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">{t('beheer.veld.naam')}</th>
                <th class="utrecht-table__header-cell" scope="col">{t('beheer.veld.email')}</th>
                <th class="utrecht-table__header-cell" scope="col">{t('beheer.veld.persoonstype')}</th>
                <th class="utrecht-table__header-cell" scope="col">{t('beheer.veld.aangemaakt')}</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {items.map((a) => (
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row">
                    <a class="utrecht-link utrecht-link--html-a" href={`${self}/${a.id}`}>
                      {a.naam}
                    </a>
                  </th>
                  <td class="utrecht-table__cell">{a.email ?? '–'}</td>
                  <td class="utrecht-table__cell">{a.persoonstype ? t(`beheer.persoonstype.${a.persoonstype}`) : '–'}</td>
                  <td class="utrecht-table__cell">{formatDate(locale, a.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={Math.min(filter.page, totalPages)} totalPages={totalPages} />
    </>,
  );
}
