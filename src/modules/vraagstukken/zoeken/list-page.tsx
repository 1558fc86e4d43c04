import type { Context } from 'hono';
import { useRequestContext } from 'hono/jsx-renderer';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { isAccount } from '../../../platform/actor.ts';
import { EmptyState, ErrorSummary, type FieldError } from '../../../web/components/alerts.tsx';
import { SelectField, TextField } from '../../../web/components/form-fields.tsx';
import { PostForm, SubmitButton } from '../../../web/components/form-parts.tsx';
import { Pagination } from '../../../web/components/pagination.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { organisaties } from '../../organisaties/schema.ts';
import { listRegios, listSamenwerkingsvormen, listThemas } from '../../taxonomie/index.ts';
import { onderwijsniveaus } from '../../taxonomie/schema.ts';
import { vraagstukFilterSchema, vraagstukFilterVelden, vraagstukStatusFilters, type VraagstukFilter } from './filter.schema.ts';
import { leesFilter, serialiseer } from './filter-query.ts';
import { Bedoeld, CheckboxGroup, datum, DemoBadge, inkorten, inTaal, ResultLink, Snippet } from './list-parts.tsx';
import { zoekVraagstukken, type VraagstukLijstItem } from './queries.ts';

/** The message of a refused filter field (both dates share one). */
const foutSleutel = (field: string) => `zoeken.fout.${field === 'periodeVan' || field === 'periodeTot' ? 'datum' : field}`;

/** Reads the filter of the list page; unknown codes count as invalid, like malformed ones. */
export async function vraagstukFilterVan(db: Db, query: Record<string, string[]>): Promise<{ filter: VraagstukFilter; invalid: Set<string>; organisatieNaam?: string }> {
  const { filter, invalid } = leesFilter(vraagstukFilterSchema, query, vraagstukFilterVelden, { pageSize: 20 });
  const [themas, vormen, regios] = await Promise.all([listThemas(db), listSamenwerkingsvormen(db), listRegios(db)]);
  const drop = (field: 'thema' | 'vorm', known: { code: string }[]) => {
    if (filter[field]?.some((c) => !known.some((k) => k.code === c))) {
      invalid.add(field);
      filter[field] = undefined;
    }
  };
  drop('thema', themas);
  drop('vorm', vormen);
  if (filter.regio && !regios.some((r) => r.code === filter.regio)) {
    invalid.add('regio');
    filter.regio = undefined;
  }
  if (filter.periodeVan && filter.periodeTot && filter.periodeTot < filter.periodeVan) {
    invalid.add('periode');
    filter.periodeVan = filter.periodeTot = undefined;
  }
  let organisatieNaam: string | undefined;
  if (filter.organisatie) {
    const column = /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(filter.organisatie) ? organisaties.id : organisaties.slug;
    const [org] = await db.select({ naam: organisaties.naam }).from(organisaties).where(eq(column, filter.organisatie)).limit(1);
    if (org) organisatieNaam = org.naam;
    else {
      invalid.add('organisatie');
      filter.organisatie = undefined;
    }
  }
  return { filter, invalid, ...(organisatieNaam ? { organisatieNaam } : {}) };
}

/** The query string of a filter as a saved search stores it: normalised, without page. */
export const vraagstukZoekopdracht = (filter: VraagstukFilter) => serialiseer(filter, vraagstukFilterVelden, { status: 'open' });

export async function vraagstukkenLijstPage(c: Context<AppEnv>) {
  const { t, locale, actor } = c.var;
  const { db } = c.var.deps.database;
  const { filter, invalid, organisatieNaam } = await vraagstukFilterVan(db, c.req.queries());
  let resultaat = await zoekVraagstukken(db, actor, filter, locale);
  const totalPages = Math.max(1, Math.ceil(resultaat.total / filter.pageSize));
  if (filter.page > totalPages) {
    invalid.add('page');
    filter.page = 1;
    resultaat = await zoekVraagstukken(db, actor, filter, locale);
  }
  const [themas, vormen, regios] = await Promise.all([listThemas(db), listSamenwerkingsvormen(db), listRegios(db)]);
  const errors: FieldError[] = [...invalid].map((field) => ({
    field: field === 'page' ? 'resultaten' : field === 'periode' ? 'filter-periodeVan' : `filter-${field}`,
    message: t(foutSleutel(field)),
  }));
  const errorFor = (field: string) => (invalid.has(field) ? t(foutSleutel(field)) : undefined);
  const rawZoek = (c.req.query('zoek') ?? '').slice(0, 1000);
  const title = t('zoeken.vraagstukken.title');
  const path = (p: string) => localizedPath(locale, p);
  const zoekopdracht = vraagstukZoekopdracht(filter);
  // The feeds follow the chosen theme(s) and regio only: they list what is newly published.
  const feedQuery = serialiseer({ thema: filter.thema, regio: filter.regio }, ['thema', 'regio']);
  const feed = (p: string) => `/vraagstukken/feeds/${p}${feedQuery ? `?${feedQuery}` : ''}`;
  const bedoeldHref = resultaat.bedoeld ? `${path('/vraagstukken')}?${serialiseer({ ...filter, zoek: resultaat.bedoeld }, vraagstukFilterVelden, { status: 'open' })}` : '';
  const naam = (list: { code: string; naamNl: string; naamEn: string }[]) => list.map((x) => ({ value: x.code, label: locale === 'en' ? x.naamEn : x.naamNl }));

  return renderPage(
    c,
    { title, breadcrumbs: [{ label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t('zoeken.vraagstukken.intro')}</p>
      <ErrorSummary errors={errors} />
      <div role="search">
        <form method="get" action={path('/vraagstukken')} class="ip-filter">
          <TextField id="filter-zoek" name="zoek" type="search" label={t('zoeken.filter.zoek')} hint={t('zoeken.filter.zoekHint')} value={filter.zoek ?? rawZoek} maxlength={200} autocomplete="off" error={errorFor('zoek')} class="ip-filter__search" />
          <CheckboxGroup name="thema" legend={t('zoeken.filter.thema')} options={naam(themas)} selected={filter.thema ?? []} error={errorFor('thema')} />
          <CheckboxGroup name="niveau" legend={t('zoeken.filter.niveau')} options={onderwijsniveaus.map((n) => ({ value: n, label: t(`marktplaats.niveau.${n}`) }))} selected={filter.niveau ?? []} error={errorFor('niveau')} />
          <SelectField id="filter-vorm" name="vorm" label={t('zoeken.filter.vorm')} selected={filter.vorm?.[0]} error={errorFor('vorm')} options={[{ value: '', label: t('zoeken.filter.alleVormen') }, ...naam(vormen)]} />
          <SelectField id="filter-regio" name="regio" label={t('zoeken.filter.regio')} selected={filter.regio} error={errorFor('regio')} options={[{ value: '', label: t('zoeken.filter.alleRegios') }, ...regios.map((r) => ({ value: r.code, label: r.naam }))]} />
          <TextField id="filter-periodeVan" name="periodeVan" type="date" label={t('zoeken.filter.periodeVan')} hint={t('zoeken.filter.periodeHint')} value={filter.periodeVan ?? ''} error={errorFor('periodeVan') ?? errorFor('periode')} />
          <TextField id="filter-periodeTot" name="periodeTot" type="date" label={t('zoeken.filter.periodeTot')} hint={t('zoeken.filter.periodeHint')} value={filter.periodeTot ?? ''} error={errorFor('periodeTot')} />
          <SelectField id="filter-status" name="status" label={t('zoeken.filter.status')} selected={filter.status} error={errorFor('status')} options={vraagstukStatusFilters.map((s) => ({ value: s, label: s === 'open' || s === 'alle' ? t(`zoeken.status.${s}`) : t(`marktplaats.vraagstukStatus.${s}`) }))} />
          <SelectField
            id="filter-sort"
            name="sort"
            label={t('zoeken.filter.sort')}
            selected={filter.sort ?? (filter.zoek ? 'relevantie' : 'nieuwste')}
            error={errorFor('sort')}
            options={[...(filter.zoek ? ['relevantie' as const] : []), 'nieuwste' as const, 'deadline' as const].map((s) => ({ value: s, label: t(`zoeken.sort.${s}`) }))}
          />
          {filter.organisatie && organisatieNaam ? (
            <p class="utrecht-paragraph">
              <input type="hidden" name="organisatie" value={filter.organisatie} />
              {t('zoeken.filter.organisatie', { naam: organisatieNaam })}{' '}
              <a class="utrecht-link utrecht-link--html-a" href={`${path('/vraagstukken')}?${serialiseer({ ...filter, organisatie: undefined }, vraagstukFilterVelden, { status: 'open' })}`}>
                {t('zoeken.filter.organisatieWissen')}
              </a>
            </p>
          ) : null}
          <div class="ip-filter__actions">
            <button class="utrecht-button utrecht-button--primary-action" type="submit">
              {t('zoeken.filter.submit')}
            </button>
            <a class="utrecht-link utrecht-link--html-a" href={path('/vraagstukken')}>
              {t('zoeken.filter.reset')}
            </a>
          </div>
        </form>
      </div>

      <h2 class="utrecht-heading-2" id="resultaten" tabindex={-1}>
        {t('zoeken.lijst.resultaten')}
      </h2>
      <Bedoeld bedoeld={resultaat.bedoeld} href={bedoeldHref} />
      <p class="utrecht-paragraph" role="status">
        {t('zoeken.vraagstukken.count', { count: resultaat.total })}
        {totalPages > 1 ? ` ${t('zoeken.lijst.pagina', { page: filter.page, pages: totalPages })}` : ''}
      </p>
      {resultaat.items.length === 0 ? (
        <EmptyState title={t('zoeken.vraagstukken.leegTitel')}>
          <p class="utrecht-paragraph">{t('zoeken.vraagstukken.leegTekst')}</p>
        </EmptyState>
      ) : (
        <ul class="ip-results">
          {resultaat.items.map((item) => (
            <VraagstukItem item={item} themas={themas} />
          ))}
        </ul>
      )}
      <Pagination page={filter.page} totalPages={totalPages} />

      <h2 class="utrecht-heading-2">{t('zoeken.bewaren.titel')}</h2>
      {isAccount(actor) ? (
        <PostForm action="/account/zoekopdrachten">
          <p class="utrecht-paragraph">{t('zoeken.bewaren.uitleg')}</p>
          <input type="hidden" name="lijst" value="vraagstukken" />
          <input type="hidden" name="zoekopdracht" value={zoekopdracht} />
          <TextField id="bewaren-naam" name="naam" label={t('zoeken.bewaren.naam')} value={filter.zoek ?? ''} maxlength={100} />
          <SubmitButton label={t('zoeken.bewaren.knop')} variant="secondary" />
        </PostForm>
      ) : (
        <p class="utrecht-paragraph">
          {t('zoeken.bewaren.inloggen')}{' '}
          <a class="utrecht-link utrecht-link--html-a" href={path('/inloggen')}>
            {t('zoeken.bewaren.inloggenLink')}
          </a>
        </p>
      )}

      <h2 class="utrecht-heading-2">{t('zoeken.vraagstukken.feeds')}</h2>
      <p class="utrecht-paragraph">{t('zoeken.vraagstukken.feedUitleg')}</p>
      <ul class="utrecht-unordered-list">
        <li>
          <a class="utrecht-link utrecht-link--html-a" href={feed('atom')} type="application/atom+xml">
            {t('zoeken.vraagstukken.feedAtom')}
          </a>
        </li>
        <li>
          <a class="utrecht-link utrecht-link--html-a" href={feed('rss')} type="application/rss+xml">
            {t('zoeken.vraagstukken.feedRss')}
          </a>
        </li>
        <li>
          <a class="utrecht-link utrecht-link--html-a" href={feed('deadlines.ics')} type="text/calendar">
            {t('zoeken.vraagstukken.feedIcs')}
          </a>
        </li>
      </ul>
    </>,
  );
}

function VraagstukItem({ item, themas }: { item: VraagstukLijstItem; themas: { code: string; naamNl: string; naamEn: string }[] }) {
  const { t, locale } = useRequestContext<AppEnv>().var;
  const titel = inTaal(locale, item.titelNl, item.titelEn) ?? { text: t('zoeken.lijst.geenTitel'), lang: undefined };
  const samenvatting = inTaal(locale, item.samenvattingNl, item.samenvattingEn);
  const meta = [
    item.organisatie.naam,
    item.landelijk ? t('zoeken.lijst.landelijk') : item.regio.naam,
    t(`marktplaats.vraagstukStatus.${item.status}`),
    item.deadline ? t('zoeken.lijst.deadline', { datum: datum(item.deadline, locale) }) : '',
  ].filter(Boolean);
  const themaNamen = item.themaCodes.map((code) => themas.find((th) => th.code === code)).filter((th) => th !== undefined).map((th) => (locale === 'en' ? th.naamEn : th.naamNl));
  return (
    <li class="ip-result">
      <h3 class="utrecht-heading-3 ip-result__title">
        <ResultLink path={`/vraagstukken/${item.id}`} text={titel.text} lang={titel.lang} />
      </h3>
      <p class="utrecht-paragraph ip-result__meta">
        {meta.join(' · ')}
        {item.isDemo ? (
          <>
            {' '}
            <DemoBadge />
          </>
        ) : null}
      </p>
      {themaNamen.length ? <p class="utrecht-paragraph ip-result__meta">{themaNamen.join(' · ')}</p> : null}
      {item.snippet ? (
        <Snippet html={item.snippet} lang={locale === 'en' && !item.samenvattingEn && item.samenvattingNl ? 'nl' : locale === 'nl' && !item.samenvattingNl && item.samenvattingEn ? 'en' : undefined} />
      ) : samenvatting ? (
        <p class="utrecht-paragraph" lang={samenvatting.lang}>
          {inkorten(samenvatting.text)}
        </p>
      ) : null}
    </li>
  );
}
