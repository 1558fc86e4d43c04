import type { Context } from 'hono';
import { EmptyState, ErrorSummary } from '../../../web/components/alerts.tsx';
import { TextField } from '../../../web/components/form-fields.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { listSynoniemen, listThemas } from '../queries.ts';
import { expandWithSynonyms, normalize } from '../synoniemen.ts';

const maxZoek = 200;

/** Whether `term` starts a word (or run of words) in `text`: 'cyber' finds 'Cybersecurity', 'ai' not 'Sustainable'. */
const startsWordIn = (text: string, term: string) => ` ${normalize(text)} `.includes(` ${normalize(term)}`);

/**
 * GET /themas: the shared themes, with their descriptions and synonyms in both languages. The
 * filter searches names, descriptions and synonyms, and widens the search with the synonyms of a
 * theme the visitor names ('IHH' also searches 'informatiehuishouding'); it says which terms it added.
 */
export async function themasPubliekPage(c: Context<AppEnv>) {
  const { t, locale } = c.var;
  const { db } = c.var.deps.database;
  const raw = c.req.query('zoek') ?? '';
  const tooLong = raw.length > maxZoek;
  const zoek = tooLong ? '' : raw.trim();
  const [themas, synoniemen, extra] = await Promise.all([
    listThemas(db),
    listSynoniemen(db),
    zoek ? expandWithSynonyms(db, zoek, locale) : Promise.resolve([]),
  ]);
  const items = themas.map((thema) => ({ thema, synoniemen: synoniemen.filter((s) => s.themaCode === thema.code) }));
  const terms = [zoek, ...extra].filter((x) => normalize(x));
  const shown = terms.length === 0
    ? items
    : items.filter(({ thema, synoniemen: syn }) => {
        const texts = [thema.naamNl, thema.naamEn, thema.beschrijvingNl ?? '', thema.beschrijvingEn ?? '', ...syn.map((s) => s.term)];
        return terms.some((term) => texts.some((text) => startsWordIn(text, term)));
      });
  const title = t('taxonomie.publiek.title');
  const other = locale === 'en' ? 'nl' : 'en';
  return renderPage(
    c,
    { title, breadcrumbs: [{ label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t('taxonomie.publiek.intro')}</p>
      <ErrorSummary errors={tooLong ? [{ field: 'themas-zoek', message: t('taxonomie.publiek.teLang', { max: maxZoek }) }] : []} />
      <div role="search">
        <form method="get" action={localizedPath(locale, '/themas')} class="ip-filter">
          <TextField
            id="themas-zoek"
            name="zoek"
            type="search"
            label={t('taxonomie.publiek.zoek')}
            value={tooLong ? raw.slice(0, 1000) : zoek}
            maxlength={maxZoek}
            autocomplete="off"
            error={tooLong ? t('taxonomie.publiek.teLang', { max: maxZoek }) : undefined}
            class="ip-filter__search"
          />
          <div class="ip-filter__actions">
            <button class="utrecht-button utrecht-button--primary-action" type="submit">
              {t('taxonomie.publiek.zoeken')}
            </button>
            {zoek ? (
              <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/themas')}>
                {t('taxonomie.publiek.alle')}
              </a>
            ) : null}
          </div>
        </form>
      </div>
      <p class="utrecht-paragraph" role="status" id="themas-status">
        {t('taxonomie.publiek.aantal', { count: shown.length })}
        {extra.length > 0 ? ` ${t('taxonomie.publiek.ookGezocht', { termen: extra.join(', ') })}` : ''}
      </p>
      {shown.length === 0 ? (
        <EmptyState title={t('taxonomie.publiek.leegTitel')}>
          <p class="utrecht-paragraph">{t('taxonomie.publiek.leegTekst')}</p>
        </EmptyState>
      ) : (
        <ul class="ip-results">
          {shown.map(({ thema, synoniemen: syn }) => {
            const naam = locale === 'en' ? thema.naamEn : thema.naamNl;
            const andereNaam = locale === 'en' ? thema.naamNl : thema.naamEn;
            const eigen = locale === 'en' ? thema.beschrijvingEn : thema.beschrijvingNl;
            const ander = locale === 'en' ? thema.beschrijvingNl : thema.beschrijvingEn;
            return (
              <li class="ip-result" id={`thema-${thema.code}`}>
                <h2 class="utrecht-heading-3 ip-result__title">{naam}</h2>
                <p class="utrecht-paragraph ip-result__meta">
                  {t(`taxonomie.publiek.andereNaam.${other}`)}: <span lang={other}>{andereNaam}</span>
                </p>
                {eigen ? (
                  <p class="utrecht-paragraph">{eigen}</p>
                ) : ander ? (
                  <p class="utrecht-paragraph" lang={other}>
                    {ander}
                  </p>
                ) : null}
                {(['nl', 'en'] as const).map((taal) => {
                  const lijst = syn.filter((s) => s.taal === taal);
                  return lijst.length === 0 ? null : (
                    <p class="utrecht-paragraph">
                      {t(`taxonomie.publiek.synoniemen.${taal}`)}: <span lang={taal}>{lijst.map((s) => s.term).join(', ')}</span>
                    </p>
                  );
                })}
              </li>
            );
          })}
        </ul>
      )}
    </>,
  );
}
