import type { Context } from 'hono';
import { isAccount } from '../../../platform/actor.ts';
import { refuseAnonymous, refuseForbidden } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { EmptyState, ErrorSummary } from '../../../web/components/alerts.tsx';
import { Pagination } from '../../../web/components/pagination.tsx';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { AuditTable, auditCan, listAuditEntries } from '../../audit/index.ts';

const pageSize = 50;

/** /account/gegevens/logboek: the audit entries about my data, newest first. */
export async function logboekPage(c: Context<AppEnv>) {
  const actor = c.var.actor;
  if (!isAccount(actor)) return refuseAnonymous(c);
  if (!auditCan(actor, 'eigen-logboek', { accountId: actor.accountId })) return refuseForbidden(c);
  const { t, locale } = c.var;
  const { db } = c.var.deps.database;
  const rawPage = c.req.query('page');
  let invalidPage = rawPage !== undefined && !/^[1-9][0-9]{0,5}$/.test(rawPage);
  let page = rawPage !== undefined && !invalidPage ? Number(rawPage) : 1;
  const filter = { betreftAccountId: actor.accountId };
  let { items, total } = await listAuditEntries(db, filter, { page, pageSize });
  const totalPages = Math.max(1, Math.ceil(total / pageSize));
  if (page > totalPages) {
    invalidPage = true;
    page = 1;
    ({ items, total } = await listAuditEntries(db, filter, { page, pageSize }));
  }
  const title = t('mijnGegevens.logboek.title');
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
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t('mijnGegevens.logboek.intro')}</p>
      <ErrorSummary errors={invalidPage ? [{ field: 'resultaten', message: t('mijnGegevens.logboek.paginaOngeldig') }] : []} />
      <h2 class="utrecht-heading-2" id="resultaten" tabindex={-1}>
        {t('mijnGegevens.logboek.resultaten')}
      </h2>
      <p class="utrecht-paragraph" role="status">
        {t('audit.aantal', { count: total })}
        {totalPages > 1 ? ` ${t('audit.paginaVan', { page, pages: totalPages })}` : ''}
      </p>
      {items.length === 0 ? (
        <EmptyState title={t('mijnGegevens.logboek.leeg')} />
      ) : (
        <AuditTable rows={items} id="logboek-tabel" caption={t('mijnGegevens.logboek.caption')} selfId={actor.accountId} />
      )}
      <Pagination page={page} totalPages={totalPages} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/account/gegevens')}>
          {t('mijnGegevens.terug')}
        </a>
      </p>
    </>,
  );
}
