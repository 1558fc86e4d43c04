import type { Child } from 'hono/jsx';
import { useRequestContext } from 'hono/jsx-renderer';
import { raw } from 'hono/html';
import { isAccount } from '../../platform/actor.ts';
import type { Locale } from '../../platform/i18n.ts';
import { formatDay } from '../../modules/audit/index.ts';
import type { AppEnv } from '../context.ts';
import { localizedPath } from '../paths.ts';
import { EmptyState, ErrorSummary, type FieldError } from './alerts.tsx';
import { CheckboxGroup, SelectField, TextField, type Option } from './form-fields.tsx';
import { PostForm, SubmitButton } from './form-parts.tsx';
import { Pagination } from './pagination.tsx';

/**
 * The parts of the public search lists (vraagstukken, aanbod): the filter form's frame and its
 * refused fields, the results with their count, "Did you mean", snippets and pagination, one result,
 * and the form that saves a search. The lists fill in their own filters and result lines. Strings
 * come from the zoeken and marktplaats namespaces.
 */

/** The message key of a refused filter field (both dates share one). */
const foutSleutel = (field: string) => `zoeken.fout.${field === 'periodeVan' || field === 'periodeTot' ? 'datum' : field}`;

/**
 * The refused fields of a list filter as an error summary and per-field messages: a page number past
 * the end points at the results, a period that ends before it starts at its first date.
 */
export function filterErrors(t: (key: string) => string, invalid: ReadonlySet<string>): { errors: FieldError[]; errorFor: (field: string) => string | undefined } {
  const errors = [...invalid].map((field) => ({
    field: field === 'page' ? 'resultaten' : field === 'periode' ? 'filter-periodeVan' : `filter-${field}`,
    message: t(foutSleutel(field)),
  }));
  return { errors, errorFor: (field) => (invalid.has(field) ? t(foutSleutel(field)) : undefined) };
}

/** The filter form (GET, works without JavaScript) in a search landmark, with submit and reset. */
export function SearchForm({ action, errors, children }: { action: string; errors: FieldError[]; children: Child }) {
  const { t } = useRequestContext<AppEnv>().var;
  return (
    <>
      <ErrorSummary errors={errors} />
      <div role="search">
        <form method="get" action={action} class="ip-filter">
          {children}
          <div class="ip-filter__actions">
            <button class="utrecht-button utrecht-button--primary-action" type="submit">
              {t('zoeken.filter.submit')}
            </button>
            <a class="utrecht-link utrecht-link--html-a" href={action}>
              {t('zoeken.filter.reset')}
            </a>
          </div>
        </form>
      </div>
    </>
  );
}

/** A checkbox filter, collapsed in a <details> while nothing is chosen (works without JavaScript). */
export function FilterCheckboxes(props: { name: string; legend: string; options: Option[]; selected: readonly string[]; error?: string | undefined }) {
  const { t } = useRequestContext<AppEnv>().var;
  return (
    <details class="ip-filter__group" open={props.selected.length > 0 || Boolean(props.error)}>
      <summary>
        {props.legend}
        {props.selected.length > 0 ? ` (${t('zoeken.filter.gekozen', { aantal: props.selected.length })})` : ''}
      </summary>
      <CheckboxGroup id={`filter-${props.name}`} name={props.name} legend={props.legend} options={props.options} checked={props.selected} error={props.error} />
    </details>
  );
}

/**
 * Runs a list's search; a page number past the last page counts as refused and the first page is
 * shown instead (the error summary points at the results).
 */
export async function searchPage<R extends { total: number }>(filter: { page: number; pageSize: number }, invalid: Set<string>, search: () => Promise<R>): Promise<{ resultaat: R; totalPages: number }> {
  let resultaat = await search();
  const totalPages = Math.max(1, Math.ceil(resultaat.total / filter.pageSize));
  if (filter.page > totalPages) {
    invalid.add('page');
    filter.page = 1;
    resultaat = await search();
  }
  return { resultaat, totalPages };
}

/** The period filter: two dates; a period that ends before it starts is reported at its first date. */
export function PeriodFilter({ van, tot, errorFor }: { van: string | undefined; tot: string | undefined; errorFor: (field: string) => string | undefined }) {
  const { t } = useRequestContext<AppEnv>().var;
  return (
    <>
      <TextField id="filter-periodeVan" name="periodeVan" type="date" label={t('zoeken.filter.periodeVan')} hint={t('zoeken.filter.periodeHint')} value={van ?? ''} error={errorFor('periodeVan') ?? errorFor('periode')} />
      <TextField id="filter-periodeTot" name="periodeTot" type="date" label={t('zoeken.filter.periodeTot')} hint={t('zoeken.filter.periodeHint')} value={tot ?? ''} error={errorFor('periodeTot')} />
    </>
  );
}

/** The sort order: relevance only with a search term (and then by default), else newest first. */
export function SortFilter(props: { selected: string | undefined; zoek: string | undefined; labelKey: string; error: string | undefined }) {
  const { t } = useRequestContext<AppEnv>().var;
  const orders = [...(props.zoek ? ['relevantie'] : []), 'nieuwste', 'deadline'];
  return (
    <SelectField
      id="filter-sort"
      name="sort"
      label={t('zoeken.filter.sort')}
      selected={props.selected ?? (props.zoek ? 'relevantie' : 'nieuwste')}
      error={props.error}
      options={orders.map((s) => ({ value: s, label: t(`${props.labelKey}.${s}`) }))}
    />
  );
}

/** The organisatie the list is limited to (from a link on its page), kept in the form, with a way out. */
export function OrganisatieFilter({ value, naam, clearHref }: { value: string; naam: string; clearHref: string }) {
  const { t } = useRequestContext<AppEnv>().var;
  return (
    <p class="utrecht-paragraph">
      <input type="hidden" name="organisatie" value={value} />
      {t('zoeken.filter.organisatie', { naam })}{' '}
      <a class="utrecht-link utrecht-link--html-a" href={clearHref}>
        {t('zoeken.filter.organisatieWissen')}
      </a>
    </p>
  );
}

/**
 * The results: a heading the error summary can point at, "Did you mean", the count (announced), the
 * list or an empty state, and the page links.
 */
export function SearchResults(props: {
  count: string;
  page: number;
  totalPages: number;
  bedoeld: string | null;
  bedoeldHref: string;
  empty: { title: string; text: string };
  children: Child;
  isEmpty: boolean;
}) {
  const { t } = useRequestContext<AppEnv>().var;
  return (
    <>
      <h2 class="utrecht-heading-2" id="resultaten" tabindex={-1}>
        {t('zoeken.lijst.resultaten')}
      </h2>
      <Bedoeld bedoeld={props.bedoeld} href={props.bedoeldHref} />
      <p class="utrecht-paragraph" role="status">
        {props.count}
        {props.totalPages > 1 ? ` ${t('zoeken.lijst.pagina', { page: props.page, pages: props.totalPages })}` : ''}
      </p>
      {props.isEmpty ? (
        <EmptyState title={props.empty.title}>
          <p class="utrecht-paragraph">{props.empty.text}</p>
        </EmptyState>
      ) : (
        <ul class="ip-results">{props.children}</ul>
      )}
      <Pagination page={props.page} totalPages={props.totalPages} />
    </>
  );
}

/** "Did you mean: ...?" with a link that searches the corrected term (the results already are for it). */
function Bedoeld({ bedoeld, href }: { bedoeld: string | null; href: string }) {
  const { t } = useRequestContext<AppEnv>().var;
  if (!bedoeld) return null;
  return (
    <p class="utrecht-paragraph ip-bedoeld">
      {t('zoeken.lijst.bedoelde')}{' '}
      <a class="utrecht-link utrecht-link--html-a" href={href}>
        <strong>{bedoeld}</strong>
      </a>
      ? {t('zoeken.lijst.bedoeldeUitleg')}
    </p>
  );
}

/**
 * One result: its title as a link, meta lines (parts joined with ' · '; the first line carries the
 * demo badge), then a search snippet or else the start of the summary.
 */
export function ResultItem(props: {
  path: string;
  titel: { text: string; lang: Locale | undefined };
  meta: string[][];
  isDemo: boolean;
  snippet: { html: string; lang?: string | undefined } | null;
  samenvatting: { text: string; lang: Locale | undefined } | undefined;
}) {
  const { locale } = useRequestContext<AppEnv>().var;
  const [first = [], ...rest] = props.meta.map((line) => line.filter(Boolean));
  return (
    <li class="ip-result">
      <h3 class="utrecht-heading-3 ip-result__title">
        <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, props.path)} lang={props.titel.lang}>
          {props.titel.text}
        </a>
      </h3>
      <p class="utrecht-paragraph ip-result__meta">
        {first.join(' · ')}
        {props.isDemo ? (
          <>
            {' '}
            <DemoBadge />
          </>
        ) : null}
      </p>
      {rest.filter((line) => line.length > 0).map((line) => (
        <p class="utrecht-paragraph ip-result__meta">{line.join(' · ')}</p>
      ))}
      {props.snippet ? (
        // Escaped text with <mark> only (built by snippetHtml in src/db/tekst-zoeken.ts).
        <p class="utrecht-paragraph ip-result__snippet" lang={props.snippet.lang}>
          {raw(props.snippet.html)}
        </p>
      ) : props.samenvatting ? (
        <p class="utrecht-paragraph" lang={props.samenvatting.lang}>
          {inkorten(props.samenvatting.text)}
        </p>
      ) : null}
    </li>
  );
}

function DemoBadge() {
  const { t } = useRequestContext<AppEnv>().var;
  return <span class="utrecht-status-badge utrecht-status-badge--neutral">{t('marktplaats.demo')}</span>;
}

/** The form that saves the current search (signed in), or a pointer to signing in. */
export function SaveSearch({ lijst, zoekopdracht, naam }: { lijst: 'vraagstukken' | 'aanbod'; zoekopdracht: string; naam: string }) {
  const { t, locale, actor } = useRequestContext<AppEnv>().var;
  return (
    <>
      <h2 class="utrecht-heading-2">{t('zoeken.bewaren.titel')}</h2>
      {isAccount(actor) ? (
        <PostForm action="/account/zoekopdrachten">
          <p class="utrecht-paragraph">{t('zoeken.bewaren.uitleg')}</p>
          <input type="hidden" name="lijst" value={lijst} />
          <input type="hidden" name="zoekopdracht" value={zoekopdracht} />
          <TextField id="bewaren-naam" name="naam" label={t('zoeken.bewaren.naam')} value={naam} maxlength={100} />
          <SubmitButton label={t('zoeken.bewaren.knop')} variant="secondary" />
        </PostForm>
      ) : (
        <p class="utrecht-paragraph">
          {t('zoeken.bewaren.inloggen')}{' '}
          <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/inloggen')}>
            {t('zoeken.bewaren.inloggenLink')}
          </a>
        </p>
      )}
    </>
  );
}

/** Text in the page language, or else in the other one (with its language for screen readers). */
export function inTaal(locale: Locale, nl: string | null, en: string | null): { text: string; lang: Locale | undefined } | undefined {
  const own = locale === 'en' ? en : nl;
  if (own) return { text: own, lang: undefined };
  const other = locale === 'en' ? nl : en;
  return other ? { text: other, lang: locale === 'en' ? 'nl' : 'en' } : undefined;
}

/** A calendar date (YYYY-MM-DD) as a long date in the page language. */
export const datum = (ymd: string, locale: Locale) => formatDay(new Date(`${ymd}T12:00:00Z`), locale);

export const inkorten = (text: string, max = 240) => (text.length > max ? `${text.slice(0, max).replace(/\s+\S*$/, '')} …` : text);
