import type { Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { EmptyState } from '../components/alerts.tsx';
import { localizedPath } from '../paths.ts';
import { renderPage } from '../render.tsx';

/**
 * Sections whose content arrives with later features. They exist now so that no link is dead, and
 * they say plainly that nothing has been published yet and where to go meanwhile.
 */
export function upcomingSectionPage(section: 'vraagstukken' | 'aanbod' | 'kennisbank') {
  return (c: Context<AppEnv>) => {
    const { t, locale } = c.var;
    const title = t(`sections.${section}.title`);
    return renderPage(
      c,
      { title, breadcrumbs: [{ label: title }] },
      <>
        <h1 class="utrecht-heading-1">{title}</h1>
        <p class="utrecht-paragraph utrecht-paragraph--lead">{t(`sections.${section}.intro`)}</p>
        <EmptyState title={t('sections.empty')}>
          <p class="utrecht-paragraph">{t(`sections.${section}.meanwhile`)}</p>
          <p class="utrecht-paragraph">
            <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/organisaties')}>
              {t('sections.toOrganisaties')}
            </a>
          </p>
        </EmptyState>
      </>,
    );
  };
}
