import type { Context } from 'hono';
import { useRequestContext } from 'hono/jsx-renderer';
import { isAccount, isBeheerder, isVerbinder } from '../../../platform/actor.ts';
import { ForbiddenError } from '../../../platform/errors.ts';
import { pageParam } from '../../../platform/zod-helpers.ts';
import { EmptyState } from '../../../web/components/alerts.tsx';
import { Pagination } from '../../../web/components/pagination.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { formatMoment } from '../../audit/index.ts';
import { listRegios } from '../../taxonomie/index.ts';
import { beoordelingsWachtrij, vraagstukkenVanOrganisaties, type VraagstukRegel } from '../queries.ts';
import { datum, pad, StatusTag, titelVan } from './velden.tsx';

/** The owner's list (/account/vraagstukken) and the verbinder's review queue (/verbinder/vraagstukken). */

const pageSize = 20;

function Tabel({ rijen, id, caption, kolom }: { rijen: VraagstukRegel[]; id: string; caption: string; kolom: 'gewijzigd' | 'ingediend' }) {
  const { t, locale } = useRequestContext<AppEnv>().var;
  return (
    <div class="utrecht-table-container ip-table-scroll" tabindex={0} role="region" aria-labelledby={id}>
      <table class="utrecht-table utrecht-table--html-table">
        <caption class="utrecht-table__caption" id={id}>
          {caption}
        </caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">{t('vraagstukken.kolom.titel')}</th>
            <th class="utrecht-table__header-cell" scope="col">{t('vraagstukken.kolom.organisatie')}</th>
            <th class="utrecht-table__header-cell" scope="col">{t('vraagstukken.kolom.status')}</th>
            <th class="utrecht-table__header-cell" scope="col">{t('vraagstukken.kolom.deadline')}</th>
            <th class="utrecht-table__header-cell" scope="col">{t(kolom === 'gewijzigd' ? 'vraagstukken.kolom.gewijzigd' : 'vraagstukken.kolom.ingediend')}</th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {rijen.map((r) => {
            const titel = titelVan(t, locale, r);
            const moment = kolom === 'gewijzigd' ? r.updatedAt : r.ingediendOp;
            return (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell">
                  <a class="utrecht-link utrecht-link--html-a" href={pad(locale, r.id)} lang={titel.lang}>
                    {titel.tekst}
                  </a>
                </td>
                <td class="utrecht-table__cell">{r.organisatieNaam}</td>
                <td class="utrecht-table__cell">
                  <StatusTag status={r.status} />
                </td>
                <td class="utrecht-table__cell">{r.deadline ? datum(r.deadline, locale) : '–'}</td>
                <td class="utrecht-table__cell">{moment ? formatMoment(moment, locale) : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** GET /account/vraagstukken: the vraagstukken of the person's organisaties, last changed first. */
export async function mijnVraagstukkenPage(c: Context<AppEnv>) {
  const { t, locale, actor } = c.var;
  const page = pageParam.safeParse(c.req.query('page') ?? undefined);
  const huidig = page.success ? page.data : 1;
  const organisatieIds = isAccount(actor) ? actor.lidmaatschappen.map((l) => l.organisatieId) : [];
  const { items, total } = await vraagstukkenVanOrganisaties(c.var.deps.database.db, organisatieIds, huidig, pageSize);
  const title = t('vraagstukken.mijn.titel');
  return renderPage(
    c,
    { title, breadcrumbs: [{ label: t('vraagstukken.mijn.account'), path: '/account' }, { label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">
        <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={localizedPath(locale, '/vraagstukken/nieuw')}>
          {t('vraagstukken.mijn.nieuw')}
        </a>
      </p>
      {items.length === 0 ? (
        <EmptyState title={t('vraagstukken.mijn.leeg')}>
          <p class="utrecht-paragraph">{t('vraagstukken.mijn.leegUitleg')}</p>
        </EmptyState>
      ) : (
        <>
          <p class="utrecht-paragraph">{t('vraagstukken.mijn.aantal', { count: total })}</p>
          <Tabel rijen={items} id="mijn-vraagstukken" caption={title} kolom="gewijzigd" />
          <Pagination page={huidig} totalPages={Math.ceil(total / pageSize)} />
        </>
      )}
    </>,
  );
}

/** GET /verbinder/vraagstukken: what waits for review in the verbinder's regio's (a beheerder: everywhere). */
export async function wachtrijPage(c: Context<AppEnv>) {
  const { t, actor } = c.var;
  if (!isAccount(actor) || !(isBeheerder(actor) || isVerbinder(actor))) throw new ForbiddenError();
  const { db } = c.var.deps.database;
  const regioCodes = isBeheerder(actor) ? ('alle' as const) : actor.platformrollen.filter((r) => r.rol === 'verbinder' && r.regioCode).map((r) => r.regioCode!);
  const [ingediend, teruggestuurd, regios] = await Promise.all([beoordelingsWachtrij(db, regioCodes, 'ingediend'), beoordelingsWachtrij(db, regioCodes, 'teruggestuurd'), listRegios(db)]);
  const namen = regioCodes === 'alle' ? t('vraagstukken.wachtrij.alleRegios') : regios.filter((r) => regioCodes.includes(r.code)).map((r) => r.naam).join(', ');
  const title = t('vraagstukken.wachtrij.titel');
  return renderPage(
    c,
    { title, breadcrumbs: [{ label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{t('vraagstukken.wachtrij.uitleg', { regios: namen })}</p>
      <h2 class="utrecht-heading-2">{t('vraagstukken.wachtrij.teBeoordelen')}</h2>
      {ingediend.length === 0 ? (
        <EmptyState title={t('vraagstukken.wachtrij.leeg')} />
      ) : (
        <Tabel rijen={ingediend} id="te-beoordelen" caption={t('vraagstukken.wachtrij.teBeoordelenCaption', { count: ingediend.length })} kolom="ingediend" />
      )}
      <h2 class="utrecht-heading-2">{t('vraagstukken.wachtrij.teruggestuurd')}</h2>
      {teruggestuurd.length === 0 ? (
        <EmptyState title={t('vraagstukken.wachtrij.geenTeruggestuurd')} />
      ) : (
        <Tabel rijen={teruggestuurd} id="teruggestuurd" caption={t('vraagstukken.wachtrij.teruggestuurdCaption', { count: teruggestuurd.length })} kolom="gewijzigd" />
      )}
    </>,
  );
}
