import type { Context } from 'hono';
import { useRequestContext } from 'hono/jsx-renderer';
import type { Db } from '../../../db/client.ts';
import type { Locale } from '../../../platform/i18n.ts';
import { EmptyState, ErrorSummary, type FieldError } from '../../../web/components/alerts.tsx';
import { SelectField, TextField } from '../../../web/components/form-fields.tsx';
import { Pagination } from '../../../web/components/pagination.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { parseQueryFilter } from '../../../web/query-filter.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { persoonstypes } from '../../accounts/schema.ts';
import { organisatieSoorten } from '../../organisaties/schema.ts';
import { listRegios, listThemas } from '../../taxonomie/index.ts';
import { listPubliekeProfielen, type PersoonRij } from '../directory.ts';
import { persoonFilterSchema, type PersoonFilter } from '../profiel.schema.ts';
import { zoekTermenVoor } from '../synoniemen.ts';

const filterFields = ['zoek', 'soort', 'regio', 'thema', 'persoonstype', 'sort', 'page'] as const;

function parseFilter(query: Record<string, string>): { filter: PersoonFilter; invalid: Set<string> } {
  return parseQueryFilter(persoonFilterSchema, query, filterFields, { pageSize: 20 });
}

/** Unknown regio or thema codes are reported like malformed ones (shared with the API). */
export async function checkCodes(db: Db, filter: PersoonFilter): Promise<{ regio: boolean; thema: boolean }> {
  const [regios, themas] = await Promise.all([listRegios(db), listThemas(db)]);
  return {
    regio: !filter.regio || regios.some((r) => r.code === filter.regio),
    thema: !filter.thema || themas.some((t) => t.code === filter.thema),
  };
}

/** The expertise in the page language, or else in the other one (marked with its language). */
export function expertiseIn(locale: Locale, row: { expertiseNl: string | null; expertiseEn: string | null }): { text: string; lang: Locale } | undefined {
  const own = locale === 'en' ? row.expertiseEn : row.expertiseNl;
  if (own) return { text: own, lang: locale };
  const other = locale === 'en' ? row.expertiseNl : row.expertiseEn;
  return other ? { text: other, lang: locale === 'en' ? 'nl' : 'en' } : undefined;
}

export async function personenListPage(c: Context<AppEnv>) {
  const { t, locale } = c.var;
  const { db } = c.var.deps.database;
  const { filter, invalid } = parseFilter(c.req.query());
  const [regios, themas, known] = await Promise.all([listRegios(db), listThemas(db), checkCodes(db, filter)]);
  if (!known.regio) {
    invalid.add('regio');
    filter.regio = undefined;
  }
  if (!known.thema) {
    invalid.add('thema');
    filter.thema = undefined;
  }
  const extra = filter.zoek ? await zoekTermenVoor(db, filter.zoek, locale) : [];
  let { items, total } = await listPubliekeProfielen(db, filter, extra);
  const totalPages = Math.max(1, Math.ceil(total / filter.pageSize));
  if (filter.page > totalPages) {
    // A page past the end (an old bookmark, a hand-edited link): say so and show the first page.
    invalid.add('page');
    filter.page = 1;
    ({ items, total } = await listPubliekeProfielen(db, filter, extra));
  }
  const messages = new Map([...invalid].map((field) => [field, t(`personen.filter.invalid.${field}`)]));
  const errors: FieldError[] = [...messages].map(([field, message]) => ({ field: field === 'page' ? 'resultaten' : `filter-${field}`, message }));
  const errorFor = (field: string) => messages.get(field);
  // A refused search term is shown again as typed (escaped), so the visitor can correct it.
  const rawZoek = (c.req.query('zoek') ?? '').slice(0, 1000);
  const title = t('personen.list.title');

  return renderPage(
    c,
    { title, breadcrumbs: [{ label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t('personen.list.intro')}</p>
      <p class="utrecht-paragraph">
        {t('personen.list.ookOrganisaties')}{' '}
        <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/organisaties')}>
          {t('personen.list.naarOrganisaties')}
        </a>
      </p>
      <ErrorSummary errors={errors} />
      <div role="search">
        <form method="get" action={localizedPath(locale, '/personen')} class="ip-filter">
          <TextField
            id="filter-zoek"
            name="zoek"
            type="search"
            label={t('personen.filter.zoek')}
            value={filter.zoek ?? rawZoek}
            maxlength={200}
            autocomplete="off"
            error={errorFor('zoek')}
            class="ip-filter__search"
          />
          <SelectField
            id="filter-soort"
            name="soort"
            label={t('personen.filter.soort')}
            selected={filter.soort}
            error={errorFor('soort')}
            options={[{ value: '', label: t('personen.filter.alleSoorten') }, ...organisatieSoorten.map((s) => ({ value: s, label: t(`organisaties.soort.${s}`) }))]}
          />
          <SelectField
            id="filter-regio"
            name="regio"
            label={t('personen.filter.regio')}
            selected={filter.regio}
            error={errorFor('regio')}
            options={[{ value: '', label: t('personen.filter.alleRegios') }, ...regios.map((r) => ({ value: r.code, label: r.naam }))]}
          />
          <SelectField
            id="filter-thema"
            name="thema"
            label={t('personen.filter.thema')}
            selected={filter.thema}
            error={errorFor('thema')}
            options={[{ value: '', label: t('personen.filter.alleThemas') }, ...themas.map((th) => ({ value: th.code, label: locale === 'en' ? th.naamEn : th.naamNl }))]}
          />
          <SelectField
            id="filter-persoonstype"
            name="persoonstype"
            label={t('personen.filter.persoonstype')}
            selected={filter.persoonstype}
            error={errorFor('persoonstype')}
            options={[{ value: '', label: t('personen.filter.alleTypes') }, ...persoonstypes.map((p) => ({ value: p, label: t(`mijnGegevens.persoonstype.${p}`) }))]}
          />
          <SelectField
            id="filter-sort"
            name="sort"
            label={t('personen.filter.sort')}
            selected={filter.sort ?? (filter.zoek ? 'relevantie' : 'naam')}
            error={errorFor('sort')}
            options={[
              ...(filter.zoek ? [{ value: 'relevantie', label: t('personen.sort.relevantie') }] : []),
              { value: 'naam', label: t('personen.sort.naam') },
              { value: '-naam', label: t('personen.sort.-naam') },
            ]}
          />
          <div class="ip-filter__actions">
            <button class="utrecht-button utrecht-button--primary-action" type="submit">
              {t('personen.filter.submit')}
            </button>
            <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/personen')}>
              {t('personen.filter.reset')}
            </a>
          </div>
        </form>
      </div>

      <h2 class="utrecht-heading-2" id="resultaten" tabindex={-1}>
        {t('personen.list.results')}
      </h2>
      <p class="utrecht-paragraph" role="status">
        {t('personen.list.count', { count: total })}
        {totalPages > 1 ? ` ${t('personen.list.pageOf', { page: filter.page, pages: totalPages })}` : ''}
      </p>
      {items.length === 0 ? (
        <EmptyState title={t('personen.list.emptyTitle')}>
          <p class="utrecht-paragraph">{t('personen.list.emptyBody')}</p>
        </EmptyState>
      ) : (
        <ul class="ip-results">
          {items.map((row) => (
            <PersoonItem row={row} />
          ))}
        </ul>
      )}
      <Pagination page={filter.page} totalPages={totalPages} />
    </>,
  );
}

const snippet = (text: string, max = 240) => (text.length > max ? `${text.slice(0, max).replace(/\s+\S*$/, '')} …` : text);

function PersoonItem({ row }: { row: PersoonRij }) {
  const { t, locale } = useRequestContext<AppEnv>().var;
  const expertise = expertiseIn(locale, row);
  const meta = [
    row.persoonstype ? t(`mijnGegevens.persoonstype.${row.persoonstype}`) : '',
    row.organisaties.map((o) => o.naam).join(', '),
  ].filter(Boolean);
  return (
    <li class="ip-result">
      <h3 class="utrecht-heading-3 ip-result__title">
        <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, `/personen/${row.id}`)}>
          {row.naam}
        </a>
      </h3>
      {meta.length ? <p class="utrecht-paragraph ip-result__meta">{meta.join(' · ')}</p> : null}
      {row.themas.length || row.trefwoorden.length ? (
        <p class="utrecht-paragraph ip-result__meta">
          {[...row.themas.map((th) => (locale === 'en' ? th.naamEn : th.naamNl)), ...row.trefwoorden].join(' · ')}
        </p>
      ) : null}
      {expertise ? (
        <p class="utrecht-paragraph" lang={expertise.lang === locale ? undefined : expertise.lang}>
          {snippet(expertise.text)}
        </p>
      ) : null}
    </li>
  );
}
