import type { Context } from 'hono';
import { refuseForbidden } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { EmptyState, ErrorSummary, type FieldError } from '../../../web/components/alerts.tsx';
import { SelectField, TextField } from '../../../web/components/form-fields.tsx';
import { Pagination } from '../../../web/components/pagination.tsx';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { can } from '../policy.ts';
import { listAuditActies, listAuditEntries, listAuditObjectTypes } from '../queries.ts';
import { AuditTable } from './audit-table.tsx';
import { parseAuditFilter } from './filter.ts';

export const auditPageSize = 50;

/** /beheer/audit: the whole log for beheerders, newest first, filterable. */
export async function auditLogPage(c: Context<AppEnv>) {
  if (!can(c.var.actor, 'audit-bekijken')) return refuseForbidden(c);
  const { t, locale } = c.var;
  const { db } = c.var.deps.database;
  const [acties, objectTypes] = await Promise.all([listAuditActies(db), listAuditObjectTypes(db)]);
  const { filter, page: requested, values, invalid } = await parseAuditFilter(db, c.req.query(), { acties, objectTypes });
  let page = requested;
  let { items, total } = await listAuditEntries(db, filter, { page, pageSize: auditPageSize });
  const totalPages = Math.max(1, Math.ceil(total / auditPageSize));
  if (page > totalPages) {
    // An old bookmark past the end: say so and show the first page.
    invalid.set('page', 'audit.filter.ongeldig.pageVoorbij');
    page = 1;
    ({ items, total } = await listAuditEntries(db, filter, { page, pageSize: auditPageSize }));
  }
  const errorFor = (field: string) => {
    const key = invalid.get(field as never);
    return key ? t(key) : undefined;
  };
  const errors: FieldError[] = [...invalid].map(([field, key]) => ({
    field: field === 'page' ? 'resultaten' : `filter-${field}`,
    message: t(key),
  }));
  const title = t('audit.beheer.title');
  // A refused select value is offered again, so the form shows what was asked for.
  const options = (all: string[], current: string, allLabel: string) => [
    { value: '', label: allLabel },
    ...(current && !all.includes(current) ? [{ value: current, label: current }] : []),
    ...all.map((a) => ({ value: a, label: a })),
  ];

  return renderPage(
    c,
    { title, breadcrumbs: [{ label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t('audit.beheer.intro')}</p>
      <ErrorSummary errors={errors} />
      <div role="search">
        <form method="get" action={localizedPath(locale, '/beheer/audit')} class="ip-filter">
          <SelectField
            id="filter-actie"
            name="actie"
            label={t('audit.filter.actie')}
            selected={values.actie}
            error={errorFor('actie')}
            options={options(acties, values.actie, t('audit.filter.alle'))}
          />
          <SelectField
            id="filter-objecttype"
            name="objecttype"
            label={t('audit.filter.objecttype')}
            selected={values.objecttype}
            error={errorFor('objecttype')}
            options={options(objectTypes, values.objecttype, t('audit.filter.alle'))}
          />
          <TextField id="filter-objectid" name="objectid" label={t('audit.filter.objectid')} value={values.objectid} maxlength={200} autocomplete="off" error={errorFor('objectid')} />
          <TextField id="filter-actor" name="actor" label={t('audit.filter.actor')} value={values.actor} maxlength={320} autocomplete="off" error={errorFor('actor')} />
          <TextField id="filter-betreft" name="betreft" label={t('audit.filter.betreft')} value={values.betreft} maxlength={320} autocomplete="off" error={errorFor('betreft')} />
          <TextField id="filter-van" name="van" type="date" label={t('audit.filter.van')} value={values.van} error={errorFor('van')} />
          <TextField id="filter-tot" name="tot" type="date" label={t('audit.filter.tot')} value={values.tot} error={errorFor('tot')} />
          <div class="ip-filter__actions">
            <button class="utrecht-button utrecht-button--primary-action" type="submit">
              {t('audit.filter.submit')}
            </button>
            <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/beheer/audit')}>
              {t('audit.filter.reset')}
            </a>
          </div>
        </form>
      </div>

      <h2 class="utrecht-heading-2" id="resultaten" tabindex={-1}>
        {t('audit.beheer.resultaten')}
      </h2>
      <p class="utrecht-paragraph" role="status">
        {t('audit.aantal', { count: total })}
        {totalPages > 1 ? ` ${t('audit.paginaVan', { page, pages: totalPages })}` : ''}
      </p>
      {items.length === 0 ? (
        <EmptyState title={t('audit.beheer.leegTitel')}>
          <p class="utrecht-paragraph">{t('audit.beheer.leegTekst')}</p>
        </EmptyState>
      ) : (
        <AuditTable rows={items} id="audit-tabel" caption={t('audit.beheer.caption')} linkAccounts showBetreft />
      )}
      <Pagination page={page} totalPages={totalPages} />
    </>,
  );
}

