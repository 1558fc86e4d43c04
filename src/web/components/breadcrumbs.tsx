import { useRequestContext } from 'hono/jsx-renderer';
import type { AppEnv } from '../context.ts';
import { localizedPath } from '../paths.ts';

/** A crumb without a path is the current page. Paths are locale-free; the locale is added here. */
export type Crumb = { label: string; path?: string };

export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  const { t, locale } = useRequestContext<AppEnv>().var;
  const all: Crumb[] = [{ label: t('common.nav.home'), path: '/' }, ...crumbs];
  return (
    <nav class="utrecht-breadcrumb-nav ip-breadcrumbs" aria-label={t('common.breadcrumbs')}>
      <ol class="ip-breadcrumbs__list">
        {all.map((crumb) => (
          <li class="ip-breadcrumbs__item">
            {crumb.path ? (
              <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, crumb.path)}>
                {crumb.label}
              </a>
            ) : (
              <span aria-current="page">{crumb.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
