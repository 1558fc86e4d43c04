import type { Context } from 'hono';
import { countPerSoort } from '../../modules/organisaties/index.ts';
import type { AppEnv } from '../context.ts';
import { localizedPath } from '../paths.ts';
import { renderPage } from '../render.tsx';

const sections = ['vraagstukken', 'aanbod', 'organisaties', 'kennisbank', 'over'] as const;

export async function homePage(c: Context<AppEnv>) {
  const { t, locale } = c.var;
  const perSoort = await countPerSoort(c.var.deps.database.db);
  return renderPage(
    c,
    { title: t('home.title') },
    <>
      <h1 class="utrecht-heading-1">{t('home.heading')}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t('home.lead')}</p>
      <p class="utrecht-paragraph">{t('home.body1')}</p>
      <p class="utrecht-paragraph">{t('home.body2')}</p>

      <h2 class="utrecht-heading-2">{t('home.sectionsTitle')}</h2>
      <ul class="ip-tasks">
        {sections.map((s) => (
          <li class="ip-task">
            <a class="ip-task__link" href={localizedPath(locale, `/${s}`)}>
              <span class="ip-task__title">{t(`home.sections.${s}.title`)}</span>
              <span class="ip-task__text">{t(`home.sections.${s}.text`)}</span>
            </a>
          </li>
        ))}
      </ul>

      <h2 class="utrecht-heading-2">{t('home.partnersTitle')}</h2>
      <ul class="utrecht-unordered-list">
        {perSoort.map((row) => (
          <li>
            <a
              class="utrecht-link utrecht-link--html-a"
              href={localizedPath(locale, `/organisaties?soort=${encodeURIComponent(row.soort)}`)}
            >
              {t(`home.partners.${row.soort}`, { count: row.aantal })}
            </a>
          </li>
        ))}
      </ul>
    </>,
  );
}
