import type { Context } from 'hono';
import { listRegios, listSamenwerkingsvormen, listThemas } from '../../modules/taxonomie/index.ts';
import { hasTranslation } from '../../platform/i18n.ts';
import type { AppEnv } from '../context.ts';
import { CatalogueSections } from '../components/content.tsx';
import { localizedPath } from '../paths.ts';
import { renderPage } from '../render.tsx';

/** About the partnership: its story, and its regions, themes and forms of collaboration as data. */
export async function overPage(c: Context<AppEnv>) {
  const { t, locale } = c.var;
  const { db } = c.var.deps.database;
  const [regios, themas, vormen] = await Promise.all([listRegios(db), listThemas(db), listSamenwerkingsvormen(db)]);
  const title = t('over.title');
  return renderPage(
    c,
    { title, breadcrumbs: [{ label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t('over.intro')}</p>
      <CatalogueSections at="over.sections" />

      <section aria-labelledby="regios">
        <h2 class="utrecht-heading-2" id="regios">
          {t('over.regios.title')}
        </h2>
        <p class="utrecht-paragraph">{t('over.regios.intro')}</p>
        {/* A region that scrolls on small screens must be reachable by keyboard (WCAG 2.1.1). */}
        <div class="utrecht-table-container ip-table-scroll" tabindex={0} role="region" aria-labelledby="regios-tabel">
          <table class="utrecht-table utrecht-table--html-table">
            <caption class="utrecht-table__caption" id="regios-tabel">
              {t('over.regios.caption')}
            </caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">{t('over.regios.regio')}</th>
                <th class="utrecht-table__header-cell" scope="col">{t('over.regios.provincies')}</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {regios.map((r) => (
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row">
                    <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, `/organisaties?regio=${r.code}`)}>
                      {r.naam}
                    </a>
                  </th>
                  <td class="utrecht-table__cell">{r.provincies.map((p) => p.naam).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="themas">
        <h2 class="utrecht-heading-2" id="themas">
          {t('over.themas.title')}
        </h2>
        <p class="utrecht-paragraph">{t('over.themas.intro')}</p>
        <ul class="utrecht-unordered-list ip-columns">
          {themas.map((th) => (
            <li>{locale === 'en' ? th.naamEn : th.naamNl}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="vormen">
        <h2 class="utrecht-heading-2" id="vormen">
          {t('over.vormen.title')}
        </h2>
        <p class="utrecht-paragraph">{t('over.vormen.intro')}</p>
        <div class="utrecht-table-container ip-table-scroll" tabindex={0} role="region" aria-labelledby="vormen-tabel">
          <table class="utrecht-table utrecht-table--html-table">
            <caption class="utrecht-table__caption" id="vormen-tabel">
              {t('over.vormen.caption')}
            </caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">{t('over.vormen.vorm')}</th>
                <th class="utrecht-table__header-cell" scope="col">{t('over.vormen.niveaus')}</th>
                <th class="utrecht-table__header-cell" scope="col">{t('over.vormen.weken')}</th>
                <th class="utrecht-table__header-cell" scope="col">{t('over.vormen.studenten')}</th>
                <th class="utrecht-table__header-cell" scope="col">{t('over.vormen.diepgang')}</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {vormen.map((v) => (
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row">{locale === 'en' ? v.naamEn : v.naamNl}</th>
                  <td class="utrecht-table__cell">{v.niveaus.join(', ')}</td>
                  <td class="utrecht-table__cell">{t('over.vormen.range', { min: v.wekenMin, max: v.wekenMax })}</td>
                  <td class="utrecht-table__cell">{t('over.vormen.range', { min: v.studentenMin, max: v.studentenMax })}</td>
                  <td class="utrecht-table__cell">{hasTranslation(locale, `over.vormen.diepgangen.${v.diepgang}`) ? t(`over.vormen.diepgangen.${v.diepgang}`) : v.diepgang}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>,
  );
}
