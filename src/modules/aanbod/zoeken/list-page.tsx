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
import { aanbodSoorten } from '../schema.ts';
import { aanbodFilterSchema, aanbodFilterVelden, type AanbodFilter } from './filter.schema.ts';
import { zoekAanbod, type AanbodLijstItem } from './queries.ts';

/** Reads the filter of the list page; unknown codes count as invalid, like malformed ones. */
export async function aanbodFilterVan(db: Db, query: Record<string, string[]>): Promise<{ filter: AanbodFilter; invalid: Set<string>; organisatieNaam?: string }> {
  const { filter, invalid } = parseQueryFilter(aanbodFilterSchema, query, aanbodFilterVelden, { pageSize: 20 });
  return { filter, invalid, ...(await checkSearchFilter(db, filter, invalid)) };
}

/** The query string of a filter as a saved search stores it: normalised, without page. */
export const aanbodZoekopdracht = (filter: AanbodFilter) => filterQueryString(filter, aanbodFilterVelden);

export async function aanbodLijstPage(c: Context<AppEnv>) {
  const { t, locale, actor } = c.var;
  const { db } = c.var.deps.database;
  const { filter, invalid, organisatieNaam } = await aanbodFilterVan(db, c.req.queries());
  const { resultaat, totalPages } = await searchPage(filter, invalid, () => zoekAanbod(db, actor, filter, locale));
  const [themas, vormen, regios] = await Promise.all([listThemas(db), listSamenwerkingsvormen(db), listRegios(db)]);
  const { errors, errorFor } = filterErrors(t, invalid);
  const rawZoek = (c.req.query('zoek') ?? '').slice(0, 1000);
  const title = t('zoeken.aanbod.title');
  const path = (p: string) => localizedPath(locale, p);
  const bedoeldHref = resultaat.bedoeld ? `${path('/aanbod')}?${filterQueryString({ ...filter, zoek: resultaat.bedoeld }, aanbodFilterVelden)}` : '';
  const naam = (list: { code: string; naamNl: string; naamEn: string }[]) => list.map((x) => ({ value: x.code, label: locale === 'en' ? x.naamEn : x.naamNl }));

  return renderPage(
    c,
    { title, breadcrumbs: [{ label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t('zoeken.aanbod.intro')}</p>
      <SearchForm action={path('/aanbod')} errors={errors}>
        <TextField id="filter-zoek" name="zoek" type="search" label={t('zoeken.filter.zoek')} hint={t('zoeken.filter.zoekHint')} value={filter.zoek ?? rawZoek} maxlength={200} autocomplete="off" error={errorFor('zoek')} class="ip-filter__search" />
        <FilterCheckboxes name="soort" legend={t('zoeken.filter.soort')} options={aanbodSoorten.map((s) => ({ value: s, label: t(`marktplaats.aanbodSoort.${s}`) }))} selected={filter.soort ?? []} error={errorFor('soort')} />
        <FilterCheckboxes name="thema" legend={t('zoeken.filter.thema')} options={naam(themas)} selected={filter.thema ?? []} error={errorFor('thema')} />
        <FilterCheckboxes name="niveau" legend={t('zoeken.filter.niveau')} options={onderwijsniveaus.map((n) => ({ value: n, label: t(`marktplaats.niveau.${n}`) }))} selected={filter.niveau ?? []} error={errorFor('niveau')} />
        <SelectField id="filter-vorm" name="vorm" label={t('zoeken.filter.vorm')} selected={filter.vorm?.[0]} error={errorFor('vorm')} options={[{ value: '', label: t('zoeken.filter.alleVormen') }, ...naam(vormen)]} />
        <SelectField id="filter-regio" name="regio" label={t('zoeken.filter.regio')} selected={filter.regio} error={errorFor('regio')} options={[{ value: '', label: t('zoeken.filter.alleRegios') }, ...regios.map((r) => ({ value: r.code, label: r.naam }))]} />
        <PeriodFilter van={filter.periodeVan} tot={filter.periodeTot} errorFor={errorFor} />
        <SortFilter selected={filter.sort} zoek={filter.zoek} labelKey="zoeken.aanbodSort" error={errorFor('sort')} />
        {filter.organisatie && organisatieNaam ? (
          <OrganisatieFilter value={filter.organisatie} naam={organisatieNaam} clearHref={`${path('/aanbod')}?${filterQueryString({ ...filter, organisatie: undefined }, aanbodFilterVelden)}`} />
        ) : null}
      </SearchForm>

      <SearchResults
        count={t(resultaat.totaalIsMinimum ? 'zoeken.aanbod.countMeer' : 'zoeken.aanbod.count', { count: resultaat.total })}
        page={filter.page}
        totalPages={totalPages}
        bedoeld={resultaat.bedoeld}
        bedoeldHref={bedoeldHref}
        empty={{ title: t('zoeken.aanbod.leegTitel'), text: t('zoeken.aanbod.leegTekst') }}
        isEmpty={resultaat.items.length === 0}
      >
        {resultaat.items.map((item) => (
          <AanbodItem item={item} themas={themas} />
        ))}
      </SearchResults>

      <SaveSearch lijst="aanbod" zoekopdracht={aanbodZoekopdracht(filter)} naam={filter.zoek ?? ''} />
    </>,
  );
}

function AanbodItem({ item, themas }: { item: AanbodLijstItem; themas: { code: string; naamNl: string; naamEn: string }[] }) {
  const { t, locale } = useRequestContext<AppEnv>().var;
  const meta = [
    t(`marktplaats.aanbodSoort.${item.soort}`),
    item.organisatie?.naam ?? '',
    item.regio?.naam ?? t('zoeken.lijst.landelijk'),
    item.opleiding ?? '',
    item.intakeDeadline ? t('zoeken.lijst.intake', { datum: datum(item.intakeDeadline, locale) }) : '',
  ];
  const themaNamen = item.themaCodes.map((code) => themas.find((th) => th.code === code)).filter((th) => th !== undefined).map((th) => (locale === 'en' ? th.naamEn : th.naamNl));
  return (
    <ResultItem
      path={`/aanbod/${item.id}`}
      titel={inTaal(locale, item.titelNl, item.titelEn) ?? { text: t('zoeken.lijst.geenTitel'), lang: undefined }}
      meta={[meta, themaNamen, item.periodes.map((p) => p.label)]}
      isDemo={item.isDemo}
      snippet={item.snippet ? { html: item.snippet } : null}
      samenvatting={inTaal(locale, item.samenvattingNl, item.samenvattingEn)}
    />
  );
}
