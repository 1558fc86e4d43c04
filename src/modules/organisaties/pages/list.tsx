import type { Context } from 'hono';
import { useRequestContext } from 'hono/jsx-renderer';
import type { AppEnv } from '../../../web/context.ts';
import { parseQueryFilter } from '../../../web/query-filter.ts';
import { EmptyState, ErrorSummary, type FieldError } from '../../../web/components/alerts.tsx';
import { SelectField, TextField } from '../../../web/components/form-fields.tsx';
import { Pagination } from '../../../web/components/pagination.tsx';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { listRegios } from '../../taxonomie/index.ts';
import { organisatieFilterSchema, type OrganisatieFilter } from '../organisatie.schema.ts';
import { listOrganisaties, type OrganisatieRow } from '../queries.ts';
import { organisatieSoorten } from '../schema.ts';

const filterFields = ['zoek', 'soort', 'regio', 'sort', 'page'] as const;

function parseFilter(query: Record<string, string>): { filter: OrganisatieFilter; invalid: Set<string> } {
  return parseQueryFilter(organisatieFilterSchema, query, filterFields, { pageSize: 20 });
}

export async function organisatieListPage(c: Context<AppEnv>) {
  const { t, locale } = c.var;
  const { db } = c.var.deps.database;
  const { filter, invalid } = parseFilter(c.req.query());
  const regios = await listRegios(db);
  if (filter.regio && !regios.some((r) => r.code === filter.regio)) {
    invalid.add('regio');
    filter.regio = undefined;
  }
  let { items, total } = await listOrganisaties(db, filter);
  const totalPages = Math.max(1, Math.ceil(total / filter.pageSize));
  if (filter.page > totalPages) {
    // A page past the end (an old bookmark, a hand-edited link): say so and show the first page.
    invalid.add('page');
    filter.page = 1;
    ({ items, total } = await listOrganisaties(db, filter));
  }
  const messages = new Map([...invalid].map((field) => [field, t(`organisaties.filter.invalid.${field}`)]));
  const errors: FieldError[] = [...messages].map(([field, message]) => ({
    field: field === 'page' ? 'resultaten' : `filter-${field}`,
    message,
  }));
  const errorFor = (field: string) => messages.get(field);
  // A refused search term is shown again as typed (escaped), so the visitor can correct it.
  const rawZoek = (c.req.query('zoek') ?? '').slice(0, 1000);
  const title = t('organisaties.list.title');

  return renderPage(
    c,
    { title, breadcrumbs: [{ label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t('organisaties.list.intro')}</p>
      <ErrorSummary errors={errors} />
      <div role="search">
        <form method="get" action={localizedPath(locale, '/organisaties')} class="ip-filter">
          <TextField
            id="filter-zoek"
            name="zoek"
            type="search"
            label={t('organisaties.filter.zoek')}
            value={filter.zoek ?? rawZoek}
            maxlength={200}
            autocomplete="off"
            error={errorFor('zoek')}
            class="ip-filter__search"
          />
          <SelectField
            id="filter-soort"
            name="soort"
            label={t('organisaties.filter.soort')}
            selected={filter.soort}
            error={errorFor('soort')}
            options={[
              { value: '', label: t('organisaties.filter.alleSoorten') },
              ...organisatieSoorten.map((s) => ({ value: s, label: t(`organisaties.soort.${s}`) })),
            ]}
          />
          <SelectField
            id="filter-regio"
            name="regio"
            label={t('organisaties.filter.regio')}
            selected={filter.regio}
            error={errorFor('regio')}
            options={[
              { value: '', label: t('organisaties.filter.alleRegios') },
              ...regios.map((r) => ({ value: r.code, label: r.naam })),
            ]}
          />
          <SelectField
            id="filter-sort"
            name="sort"
            label={t('organisaties.filter.sort')}
            selected={filter.sort ?? (filter.zoek ? 'relevantie' : 'naam')}
            error={errorFor('sort')}
            options={[
              ...(filter.zoek ? [{ value: 'relevantie', label: t('organisaties.sort.relevantie') }] : []),
              { value: 'naam', label: t('organisaties.sort.naam') },
              { value: '-naam', label: t('organisaties.sort.-naam') },
            ]}
          />
          <div class="ip-filter__actions">
            <button class="utrecht-button utrecht-button--primary-action" type="submit">
              {t('organisaties.filter.submit')}
            </button>
            <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/organisaties')}>
              {t('organisaties.filter.reset')}
            </a>
          </div>
        </form>
      </div>

      <h2 class="utrecht-heading-2" id="resultaten" tabindex={-1}>
        {t('organisaties.list.results')}
      </h2>
      <p class="utrecht-paragraph" role="status">
        {t('organisaties.list.count', { count: total })}
        {totalPages > 1 ? ` ${t('organisaties.list.pageOf', { page: filter.page, pages: totalPages })}` : ''}
      </p>
      {items.length === 0 ? (
        <EmptyState title={t('organisaties.list.emptyTitle')}>
          <p class="utrecht-paragraph">{t('organisaties.list.emptyBody')}</p>
        </EmptyState>
      ) : (
        <ul class="ip-results">
          {items.map((row) => (
            <OrganisatieItem row={row} />
          ))}
        </ul>
      )}
      <Pagination page={filter.page} totalPages={totalPages} />
    </>,
  );
}

function OrganisatieItem({ row }: { row: OrganisatieRow }) {
  const { t, locale } = useRequestContext<AppEnv>().var;
  return (
    <li class="ip-result">
      <h3 class="utrecht-heading-3 ip-result__title">
        <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, `/organisaties/${row.slug}`)}>
          {row.naam}
        </a>
      </h3>
      <p class="utrecht-paragraph ip-result__meta">
        {t(`organisaties.soort.${row.soort}`)}
        {row.type ? ` (${t(`organisaties.type.${row.type}`)})` : ''}
        {' · '}
        {row.steden.join(', ') || row.provincie}
        {' · '}
        {t('organisaties.regioLabel', { regio: row.regioNaam })}
      </p>
    </li>
  );
}
