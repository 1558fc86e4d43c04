import { useRequestContext } from 'hono/jsx-renderer';
import type { AppEnv } from '../context.ts';

/** Page links that keep every other query parameter. Shows first, last and two pages around the current one. */
export function Pagination({ page, totalPages }: { page: number; totalPages: number }) {
  const c = useRequestContext<AppEnv>();
  const { t } = c.var;
  if (totalPages <= 1) return null;
  const url = new URL(c.req.url);
  const href = (p: number) => {
    const u = new URL(url);
    if (p === 1) u.searchParams.delete('page');
    else u.searchParams.set('page', String(p));
    return u.pathname + u.search;
  };
  const pages = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, totalPages])]
    .filter((p) => p >= 1 && p <= totalPages)
    .sort((a, b) => a - b);
  const items: (number | 'gap')[] = [];
  pages.forEach((p, i) => {
    if (i > 0 && p - (pages[i - 1] ?? p) > 1) items.push('gap');
    items.push(p);
  });
  return (
    <nav class="utrecht-pagination ip-pagination" aria-label={t('common.pagination.label')}>
      <ul class="ip-pagination__list">
        {page > 1 ? (
          <li>
            <a class="utrecht-link utrecht-link--html-a" href={href(page - 1)} rel="prev">
              {t('common.pagination.previous')}
            </a>
          </li>
        ) : null}
        {items.map((item) =>
          item === 'gap' ? (
            <li aria-hidden="true">…</li>
          ) : (
            <li>
              <a
                class="utrecht-link utrecht-link--html-a"
                href={href(item)}
                aria-current={item === page ? 'page' : undefined}
                aria-label={t('common.pagination.page', { page: item })}
              >
                {String(item)}
              </a>
            </li>
          ),
        )}
        {page < totalPages ? (
          <li>
            <a class="utrecht-link utrecht-link--html-a" href={href(page + 1)} rel="next">
              {t('common.pagination.next')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
