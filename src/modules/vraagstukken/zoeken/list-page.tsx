import type { Context } from 'hono';
import { useRequestContext } from 'hono/jsx-renderer';
import type { Db } from '../../../db/client.ts';
import { SelectField, TextField } from '../../../web/components/form-fields.tsx';
import { datum, filterErrors, FilterCheckboxes, inTaal, OrganisatieFilter, PeriodFilter, ResultItem, SaveSearch, SearchForm, searchPage, SearchResults, SortFilter } from '../../../web/components/search-list.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { localizedPath } from '../../../web/paths.ts';
import { filterQueryString, parseQueryFilter } from '../../../web/query-filter.ts';
import { renderPage } from '../../../web/render.tsx';
import { checkSearchFilter } from '../../../web/search-filter.ts';
import { listRegios, listSamenwerkingsvormen, listThemas } from '../../taxonomie/index.ts';
import { onderwijsniveaus } from '../../taxonomie/schema.ts';
import { vraagstukFilterSchema, vraagstukFilterVelden, vraagstukStatusFilters, type VraagstukFilter } from './filter.schema.ts';
import { zoekVraagstukken, type VraagstukLijstItem } from './queries.ts';

/** Reads the filter of the list page; unknown codes count as invalid, like malformed ones. */
export async function vraagstukFilterVan(db: Db, query: Record<string, string[]>): Promise<{ filter: VraagstukFilter; invalid: Set<string>; organisatieNaam?: string }> {
  const { filter, invalid } = parseQueryFilter(vraagstukFilterSchema, query, vraagstukFilterVelden, { pageSize: 20 });
  return { filter, invalid, ...(await checkSearchFilter(db, filter, invalid)) };
}

/** The query string of a filter as a saved search stores it: normalised, without page. */
export const vraagstukZoekopdracht = (filter: VraagstukFilter) => filterQueryString(filter, vraagstukFilterVelden, { status: 'open' });

export async function vraagstukkenLijstPage(c: Context<AppEnv>) {
  const { t, locale, actor } = c.var;
  const { db } = c.var.deps.database;
  const { filter, invalid, organisatieNaam } = await vraagstukFilterVan(db, c.req.queries());
  const { resultaat, totalPages } = await searchPage(filter, invalid, () => zoekVraagstukken(db, actor, filter, locale));
  const [themas, vormen, regios] = await Promise.all([listThemas(db), listSamenwerkingsvormen(db), listRegios(db)]);
  const { errors, errorFor } = filterErrors(t, invalid);
  const rawZoek = (c.req.query('zoek') ?? '').slice(0, 1000);
  const title = t('zoeken.vraagstukken.title');
  const path = (p: string) => localizedPath(locale, p);
  const zoekopdracht = vraagstukZoekopdracht(filter);
  // The feeds follow the chosen theme(s) and regio only: they list what is newly published.
  const feedQuery = filterQueryString({ thema: filter.thema, regio: filter.regio }, ['thema', 'regio']);
  const feed = (p: string) => `/vraagstukken/feeds/${p}${feedQuery ? `?${feedQuery}` : ''}`;
  const bedoeldHref = resultaat.bedoeld ? `${path('/vraagstukken')}?${filterQueryString({ ...filter, zoek: resultaat.bedoeld }, vraagstukFilterVelden, { status: 'open' })}` : '';
  const feeds = [
    { href: feed('atom'), type: 'application/atom+xml', title: t('zoeken.vraagstukken.feedAtom') },
    { href: feed('rss'), type: 'application/rss+xml', title: t('zoeken.vraagstukken.feedRss') },
    { href: feed('deadlines.ics'), type: 'text/calendar', title: t('zoeken.vraagstukken.feedIcs') },
  ];
  const naam = (list: { code: string; naamNl: string; naamEn: string }[]) => list.map((x) => ({ value: x.code, label: locale === 'en' ? x.naamEn : x.naamNl }));

  return renderPage(
    c,
    { title, breadcrumbs: [{ label: title }], alternates: feeds },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t('zoeken.vraagstukken.intro')}</p>
      <SearchForm action={path('/vraagstukken')} errors={errors}>
        <TextField id="filter-zoek" name="zoek" type="search" label={t('zoeken.filter.zoek')} hint={t('zoeken.filter.zoekHint')} value={filter.zoek ?? rawZoek} maxlength={200} autocomplete="off" error={errorFor('zoek')} class="ip-filter__search" />
        <FilterCheckboxes name="thema" legend={t('zoeken.filter.thema')} options={naam(themas)} selected={filter.thema ?? []} error={errorFor('thema')} />
        <FilterCheckboxes name="niveau" legend={t('zoeken.filter.niveau')} options={onderwijsniveaus.map((n) => ({ value: n, label: t(`marktplaats.niveau.${n}`) }))} selected={filter.niveau ?? []} error={errorFor('niveau')} />
        <SelectField id="filter-vorm" name="vorm" label={t('zoeken.filter.vorm')} selected={filter.vorm?.[0]} error={errorFor('vorm')} options={[{ value: '', label: t('zoeken.filter.alleVormen') }, ...naam(vormen)]} />
        <SelectField id="filter-regio" name="regio" label={t('zoeken.filter.regio')} selected={filter.regio} error={errorFor('regio')} options={[{ value: '', label: t('zoeken.filter.alleRegios') }, ...regios.map((r) => ({ value: r.code, label: r.naam }))]} />
        <PeriodFilter van={filter.periodeVan} tot={filter.periodeTot} errorFor={errorFor} />
        <SelectField id="filter-status" name="status" label={t('zoeken.filter.status')} selected={filter.status} error={errorFor('status')} options={vraagstukStatusFilters.map((s) => ({ value: s, label: s === 'open' || s === 'alle' ? t(`zoeken.status.${s}`) : t(`marktplaats.vraagstukStatus.${s}`) }))} />
        <SortFilter selected={filter.sort} zoek={filter.zoek} labelKey="zoeken.sort" error={errorFor('sort')} />
        {filter.organisatie && organisatieNaam ? (
          <OrganisatieFilter value={filter.organisatie} naam={organisatieNaam} clearHref={`${path('/vraagstukken')}?${filterQueryString({ ...filter, organisatie: undefined }, vraagstukFilterVelden, { status: 'open' })}`} />
        ) : null}
      </SearchForm>

      <SearchResults
        count={t(resultaat.totaalIsMinimum ? 'zoeken.vraagstukken.countMeer' : 'zoeken.vraagstukken.count', { count: resultaat.total })}
        page={filter.page}
        totalPages={totalPages}
        bedoeld={resultaat.bedoeld}
        bedoeldHref={bedoeldHref}
        empty={{ title: t('zoeken.vraagstukken.leegTitel'), text: t('zoeken.vraagstukken.leegTekst') }}
        isEmpty={resultaat.items.length === 0}
      >
        {resultaat.items.map((item) => (
          <VraagstukItem item={item} themas={themas} />
        ))}
      </SearchResults>

      <SaveSearch lijst="vraagstukken" zoekopdracht={zoekopdracht} naam={filter.zoek ?? ''} />

      <h2 class="utrecht-heading-2">{t('zoeken.vraagstukken.feeds')}</h2>
      <p class="utrecht-paragraph">{t('zoeken.vraagstukken.feedUitleg')}</p>
      <ul class="utrecht-unordered-list">
        {feeds.map((f) => (
          <li>
            <a class="utrecht-link utrecht-link--html-a" href={f.href} type={f.type}>
              {f.title}
            </a>
          </li>
        ))}
      </ul>
    </>,
  );
}

function VraagstukItem({ item, themas }: { item: VraagstukLijstItem; themas: { code: string; naamNl: string; naamEn: string }[] }) {
  const { t, locale } = useRequestContext<AppEnv>().var;
  const meta = [
    item.organisatie.naam,
    item.landelijk ? t('zoeken.lijst.landelijk') : item.regio.naam,
    t(`marktplaats.vraagstukStatus.${item.status}`),
    item.deadline ? t('zoeken.lijst.deadline', { datum: datum(item.deadline, locale) }) : '',
  ];
  const themaNamen = item.themaCodes.map((code) => themas.find((th) => th.code === code)).filter((th) => th !== undefined).map((th) => (locale === 'en' ? th.naamEn : th.naamNl));
  // The snippet comes from the summary: in the other language when the page's one has none.
  const snippetLang = locale === 'en' && !item.samenvattingEn && item.samenvattingNl ? 'nl' : locale === 'nl' && !item.samenvattingNl && item.samenvattingEn ? 'en' : undefined;
  return (
    <ResultItem
      path={`/vraagstukken/${item.id}`}
      titel={inTaal(locale, item.titelNl, item.titelEn) ?? { text: t('zoeken.lijst.geenTitel'), lang: undefined }}
      meta={[meta, themaNamen]}
      isDemo={item.isDemo}
      snippet={item.snippet ? { html: item.snippet, lang: snippetLang } : null}
      samenvatting={inTaal(locale, item.samenvattingNl, item.samenvattingEn)}
    />
  );
}
