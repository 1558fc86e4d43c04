import type { Context } from 'hono';
import { z } from '@hono/zod-openapi';
import { and, asc, eq } from 'drizzle-orm';
import { isAccount } from '../../../platform/actor.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { safeText } from '../../../platform/zod-helpers.ts';
import { ErrorSummary, type FieldError } from '../../../web/components/alerts.tsx';
import { SelectField, TextField } from '../../../web/components/form-fields.tsx';
import { PostForm, SubmitButton } from '../../../web/components/form-parts.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { readForm, validateForm, type FormValues } from '../../../web/forms.ts';
import { localizedPath } from '../../../web/paths.ts';
import { parseQueryFilter, queryLists } from '../../../web/query-filter.ts';
import { renderPage } from '../../../web/render.tsx';
import { aanbodZoekPages } from '../../aanbod/index.ts';
import { formatDay } from '../../audit/index.ts';
import { isUuid } from '../resource.ts';
import { opgeslagenZoekopdrachten, zoekopdrachtLijsten } from '../schema.ts';
import { maxZoekopdrachten, zoekopdrachtBewaren } from './commands/zoekopdracht-bewaren.ts';
import { zoekopdrachtVerwijderen } from './commands/zoekopdracht-verwijderen.ts';
import { vraagstukFilterSchema, vraagstukFilterVelden } from './filter.schema.ts';
import { vraagstukZoekopdracht } from './list-page.tsx';

/**
 * Saved searches (/account/zoekopdrachten): a person's named query strings of the vraagstukken and
 * aanbod lists. The list pages post the current search here; this page lists them, and re-shows the
 * save form with its messages when a save is refused. Alerts on new matches come with the
 * notifications issue.
 */

const bewaarSchema = z.object({
  naam: safeText(100).min(1, 'zoeken.zoekopdrachten.fout.naam'),
  lijst: z.enum(zoekopdrachtLijsten, 'zoeken.zoekopdrachten.fout.lijst'),
  zoekopdracht: z.string().max(4000, 'zoeken.zoekopdrachten.fout.zoekopdracht'),
});

/** The query string parsed by the list's filter schema and written back the one way (no page); undefined when invalid. */
export function normaliseer(lijst: 'vraagstukken' | 'aanbod', zoekopdracht: string): string | undefined {
  const query = queryLists(new URLSearchParams(zoekopdracht.replace(/^\?/, '')));
  if (lijst === 'aanbod') return aanbodZoekPages.normaliseer(query);
  const { filter, invalid } = parseQueryFilter(vraagstukFilterSchema, query, vraagstukFilterVelden);
  return invalid.size > 0 ? undefined : vraagstukZoekopdracht(filter);
}

const lijstPad = (lijst: 'vraagstukken' | 'aanbod', zoekopdracht: string) => `/${lijst}${zoekopdracht ? `?${zoekopdracht}` : ''}`;

async function renderZoekopdrachten(c: Context<AppEnv>, form?: { values: FormValues; errors: FieldError[]; fieldErrors: Record<string, string> }) {
  const { t, locale, actor } = c.var;
  if (!isAccount(actor)) throw new NotFoundError();
  const { db } = c.var.deps.database;
  const rows = await db
    .select()
    .from(opgeslagenZoekopdrachten)
    .where(eq(opgeslagenZoekopdrachten.accountId, actor.accountId))
    .orderBy(asc(opgeslagenZoekopdrachten.lijst), asc(opgeslagenZoekopdrachten.naam));
  const title = t('zoeken.zoekopdrachten.titel');
  return renderPage(
    c,
    { title, breadcrumbs: [{ label: t('accounts.overzicht.titel'), path: '/account' }, { label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{t('zoeken.zoekopdrachten.intro')}</p>
      {form ? (
        <>
          <ErrorSummary errors={form.errors} />
          <h2 class="utrecht-heading-2">{t('zoeken.bewaren.titel')}</h2>
          <PostForm action="/account/zoekopdrachten">
            <input type="hidden" name="zoekopdracht" value={form.values.zoekopdracht ?? ''} />
            <SelectField
              id="lijst"
              name="lijst"
              label={t('zoeken.zoekopdrachten.kolomLijst')}
              selected={form.values.lijst}
              error={form.fieldErrors.lijst}
              options={zoekopdrachtLijsten.map((l) => ({ value: l, label: t(`zoeken.zoekopdrachten.lijst.${l}`) }))}
            />
            <TextField id="naam" name="naam" label={t('zoeken.bewaren.naam')} value={form.values.naam ?? ''} maxlength={100} error={form.fieldErrors.naam ?? form.fieldErrors.zoekopdracht} />
            <SubmitButton label={t('zoeken.bewaren.knop')} />
          </PostForm>
        </>
      ) : null}
      {rows.length === 0 ? (
        <p class="utrecht-paragraph">{t('zoeken.zoekopdrachten.leeg')}</p>
      ) : (
        <table class="utrecht-table">
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">{t('zoeken.zoekopdrachten.kolomNaam')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('zoeken.zoekopdrachten.kolomLijst')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('zoeken.zoekopdrachten.kolomBewaard')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('zoeken.zoekopdrachten.kolomActies')}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {rows.map((row) => (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell">
                  <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, lijstPad(row.lijst, row.zoekopdracht))}>
                    {row.naam}
                  </a>
                </td>
                <td class="utrecht-table__cell">{t(`zoeken.zoekopdrachten.lijst.${row.lijst}`)}</td>
                <td class="utrecht-table__cell">{formatDay(row.createdAt, locale)}</td>
                <td class="utrecht-table__cell">
                  <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, `/account/zoekopdrachten/${row.id}/verwijderen`)} aria-label={t('zoeken.zoekopdrachten.verwijderenVan', { naam: row.naam })}>
                    {t('zoeken.zoekopdrachten.verwijderen')}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/vraagstukken')}>
          {t('zoeken.zoekopdrachten.naarVraagstukken')}
        </a>
        {' · '}
        <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/aanbod')}>
          {t('zoeken.zoekopdrachten.naarAanbod')}
        </a>
      </p>
    </>,
    form ? 400 : 200,
  );
}

/** GET /account/zoekopdrachten */
export const zoekopdrachtenPage = (c: Context<AppEnv>) => renderZoekopdrachten(c);

/** POST /account/zoekopdrachten: from the save form under a list. */
export async function zoekopdrachtBewarenPost(c: Context<AppEnv>) {
  const values = await readForm(c);
  const form = validateForm(c, bewaarSchema, values);
  if (!form.ok) return renderZoekopdrachten(c, form);
  const zoekopdracht = normaliseer(form.data.lijst, form.data.zoekopdracht);
  const refuse = (field: string, message: string) => renderZoekopdrachten(c, { values, fieldErrors: { [field]: message }, errors: [{ field, message }] });
  if (zoekopdracht === undefined) return refuse('naam', c.var.t('zoeken.zoekopdrachten.fout.zoekopdracht'));
  const result = await zoekopdrachtBewaren(c.var.deps.database.db, { actor: c.var.actor, requestId: c.var.requestId }, { ...form.data, zoekopdracht });
  if (!result.ok) {
    return refuse('naam', result.reden === 'dubbel' ? c.var.t('zoeken.zoekopdrachten.fout.dubbel') : c.var.t('zoeken.zoekopdrachten.fout.teVeel', { max: maxZoekopdrachten }));
  }
  flash(c, 'zoeken.zoekopdrachten.flash.bewaard');
  return c.redirect(localizedPath(c.var.locale, '/account/zoekopdrachten'), 303);
}

/** The actor's own saved search of the :id in the path, or 404 (someone else's included). */
async function eigenZoekopdracht(c: Context<AppEnv>) {
  const id = c.req.param('id') ?? '';
  const { actor } = c.var;
  if (!isUuid(id) || !isAccount(actor)) throw new NotFoundError();
  const [row] = await c.var.deps.database.db
    .select()
    .from(opgeslagenZoekopdrachten)
    .where(and(eq(opgeslagenZoekopdrachten.id, id), eq(opgeslagenZoekopdrachten.accountId, actor.accountId)));
  if (!row) throw new NotFoundError();
  return row;
}

/** GET /account/zoekopdrachten/:id/verwijderen: asks first. */
export async function zoekopdrachtVerwijderenPage(c: Context<AppEnv>) {
  const row = await eigenZoekopdracht(c);
  const { t, locale } = c.var;
  const title = t('zoeken.zoekopdrachten.verwijderenTitel');
  return renderPage(
    c,
    { title, breadcrumbs: [{ label: t('accounts.overzicht.titel'), path: '/account' }, { label: t('zoeken.zoekopdrachten.titel'), path: '/account/zoekopdrachten' }, { label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <PostForm action={`/account/zoekopdrachten/${row.id}/verwijderen`}>
        <input type="hidden" name="bevestig" value="ja" />
        <p class="utrecht-paragraph">{t('zoeken.zoekopdrachten.verwijderenVraag', { naam: row.naam })}</p>
        <div class="utrecht-button-group">
          <SubmitButton label={t('zoeken.zoekopdrachten.verwijderenBevestig')} variant="warning" />
          <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/account/zoekopdrachten')}>
            {t('zoeken.zoekopdrachten.annuleren')}
          </a>
        </div>
      </PostForm>
    </>,
  );
}

/** POST /account/zoekopdrachten/:id/verwijderen: only with bevestig=ja; otherwise back to the question. */
export async function zoekopdrachtVerwijderenPost(c: Context<AppEnv>) {
  const row = await eigenZoekopdracht(c);
  const values = await readForm(c);
  if (values.bevestig !== 'ja') return c.redirect(localizedPath(c.var.locale, `/account/zoekopdrachten/${row.id}/verwijderen`), 303);
  await zoekopdrachtVerwijderen(c.var.deps.database.db, { actor: c.var.actor, requestId: c.var.requestId }, { id: row.id });
  flash(c, 'zoeken.zoekopdrachten.flash.verwijderd');
  return c.redirect(localizedPath(c.var.locale, '/account/zoekopdrachten'), 303);
}
