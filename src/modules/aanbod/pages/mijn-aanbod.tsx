import type { Context } from 'hono';
import { isAccount } from '../../../platform/actor.ts';
import { pageParam } from '../../../platform/zod-helpers.ts';
import { refuseAnonymous } from '../../../web/access.ts';
import { EmptyState } from '../../../web/components/alerts.tsx';
import { Pagination } from '../../../web/components/pagination.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { formatDay } from '../../audit/index.ts';
import { mijnAanbod } from '../queries.ts';
import { aanbodPath, titelVan } from './shared.tsx';

const pageSize = 20;

/** GET /account/aanbod: what I posted and what belongs to the organisaties I coordinate, newest first. */
export async function mijnAanbodPage(c: Context<AppEnv>) {
  const { t, locale, actor } = c.var;
  if (!isAccount(actor)) return refuseAnonymous(c);
  const parsed = pageParam.safeParse(c.req.query('page') ?? undefined);
  const page = parsed.success ? parsed.data : 1;
  const { items, total } = await mijnAanbod(c.var.deps.database.db, actor.accountId, { page, pageSize });
  const totalPages = Math.max(1, Math.ceil(total / pageSize));
  const title = t('aanbod.mijn.titel');
  const cell = 'utrecht-table__cell';
  const toevoegen = (
    <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/aanbod/nieuw')}>
      {t('aanbod.mijn.toevoegen')}
    </a>
  );
  return renderPage(
    c,
    { title, breadcrumbs: [{ label: t('aanbod.mijn.account'), path: '/account' }, { label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t('aanbod.mijn.intro')}</p>
      {total === 0 ? (
        <EmptyState title={t('aanbod.mijn.leeg')}>
          <p class="utrecht-paragraph">{toevoegen}</p>
        </EmptyState>
      ) : (
        <>
          <p class="utrecht-paragraph">{toevoegen}</p>
          <p class="utrecht-paragraph" role="status">
            {t('aanbod.mijn.aantal', { count: total })}
          </p>
          <div class="utrecht-table-container ip-table-scroll" tabindex={0} role="region" aria-labelledby="mijn-aanbod-titel">
            <table class="utrecht-table utrecht-table--html-table">
              <caption class="utrecht-table__caption" id="mijn-aanbod-titel">
                {t('aanbod.mijn.caption')}
              </caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="col">{t('aanbod.veld.titel')}</th>
                  <th class="utrecht-table__header-cell" scope="col">{t('aanbod.veld.soort')}</th>
                  <th class="utrecht-table__header-cell" scope="col">{t('aanbod.veld.organisatie')}</th>
                  <th class="utrecht-table__header-cell" scope="col">{t('aanbod.veld.status')}</th>
                  <th class="utrecht-table__header-cell" scope="col">{t('aanbod.veld.gewijzigdOp')}</th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {items.map((item) => {
                  const titel = titelVan(locale, item);
                  return (
                    <tr class="utrecht-table__row">
                      <th class="utrecht-table__header-cell" scope="row">
                        <a class="utrecht-link utrecht-link--html-a" href={aanbodPath(locale, item.id)} lang={titel.lang}>
                          {titel.text || t('aanbod.mijn.zonderTitel')}
                        </a>
                      </th>
                      <td class={cell}>{t(`marktplaats.aanbodSoort.${item.soort}`)}</td>
                      <td class={cell}>{item.organisatieNaam ?? '–'}</td>
                      <td class={cell}>{t(`marktplaats.aanbodStatus.${item.status}`)}</td>
                      <td class={cell}>{formatDay(item.updatedAt, locale)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <Pagination page={page} totalPages={totalPages} />
        </>
      )}
    </>,
  );
}
