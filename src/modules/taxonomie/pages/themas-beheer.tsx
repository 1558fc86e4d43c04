import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ConflictError } from '../../../platform/errors.ts';
import { ErrorSummary } from '../../../web/components/alerts.tsx';
import { TextField } from '../../../web/components/form-fields.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { readForm, toSummary, validateForm } from '../../../web/forms.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { limits, nieuwThemaFormSchema } from '../beheer.schema.ts';
import { countSynoniemenPerThema, listThemas } from '../queries.ts';
import { themaToevoegen } from '../thema-toevoegen.ts';
import { beheerContext, emptyForm, TextAreaField, type FormState } from './shared.tsx';

/** GET /beheer/themas: every theme with its names and number of synonyms, and a form for a new one. */
export async function themasBeheerPage(c: Context<AppEnv>) {
  beheerContext(c);
  return renderList(c, emptyForm());
}

async function renderList(c: Context<AppEnv>, form: FormState, status: ContentfulStatusCode = 200) {
  const { t, locale } = c.var;
  const { db } = c.var.deps.database;
  const [themas, aantallen] = await Promise.all([listThemas(db), countSynoniemenPerThema(db)]);
  const title = t('taxonomie.beheerThemas.title');
  const cell = 'utrecht-table__cell';
  return renderPage(
    c,
    { title, breadcrumbs: [{ label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{t('taxonomie.beheerThemas.intro')}</p>
      <ErrorSummary errors={toSummary(form.fieldErrors, 'nieuw-')} />
      <div class="utrecht-table-container ip-table-scroll" tabindex={0} role="region" aria-labelledby="themas-titel">
        <table class="utrecht-table utrecht-table--html-table">
          <caption class="utrecht-table__caption" id="themas-titel">
            {t('taxonomie.beheerThemas.caption')}
          </caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">{t('taxonomie.veld.naamNl')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('taxonomie.veld.naamEn')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('taxonomie.veld.code')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('taxonomie.beheerThemas.synoniemen')}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {themas.map((thema) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, `/beheer/themas/${thema.code}`)}>
                    {thema.naamNl}
                  </a>
                </th>
                <td class={cell} lang="en">{thema.naamEn}</td>
                <td class={cell}>
                  <code>{thema.code}</code>
                </td>
                <td class={cell}>{String(aantallen.get(thema.code) ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 class="utrecht-heading-2" id="nieuw">{t('taxonomie.beheerThemas.nieuwKop')}</h2>
      <form method="post" action={localizedPath(locale, '/beheer/themas')} class="ip-form" novalidate>
        <input type="hidden" name="_csrf" value={c.var.csrfToken} />
        <TextField
          id="nieuw-code"
          name="code"
          label={t('taxonomie.veld.code')}
          hint={t('taxonomie.beheerThemas.codeUitleg')}
          value={form.values.code ?? ''}
          maxlength={limits.code}
          autocomplete="off"
          spellcheck={false}
          error={form.fieldErrors.code}
        />
        <TextField id="nieuw-naamNl" name="naamNl" label={t('taxonomie.veld.naamNl')} value={form.values.naamNl ?? ''} maxlength={limits.naam} error={form.fieldErrors.naamNl} />
        <TextField id="nieuw-naamEn" name="naamEn" label={t('taxonomie.veld.naamEn')} value={form.values.naamEn ?? ''} maxlength={limits.naam} error={form.fieldErrors.naamEn} />
        <TextAreaField id="nieuw-beschrijvingNl" name="beschrijvingNl" label={t('taxonomie.veld.beschrijvingNl')} value={form.values.beschrijvingNl ?? ''} maxlength={limits.beschrijving} error={form.fieldErrors.beschrijvingNl} />
        <TextAreaField id="nieuw-beschrijvingEn" name="beschrijvingEn" label={t('taxonomie.veld.beschrijvingEn')} value={form.values.beschrijvingEn ?? ''} maxlength={limits.beschrijving} error={form.fieldErrors.beschrijvingEn} />
        <button class="utrecht-button utrecht-button--primary-action" type="submit">
          {t('taxonomie.beheerThemas.toevoegen')}
        </button>
      </form>
    </>,
    status,
  );
}

/** POST /beheer/themas: add a theme; an existing code is refused at the code field. */
export async function themaToevoegenPost(c: Context<AppEnv>) {
  const ctx = beheerContext(c);
  const values = await readForm(c);
  const form = validateForm(c, nieuwThemaFormSchema, values, 'nieuw-');
  if (!form.ok) return renderList(c, { values, fieldErrors: form.fieldErrors }, 400);
  const { code, ...velden } = form.data;
  try {
    await themaToevoegen(c.var.deps.database.db, ctx, code, velden);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    return renderList(c, { values, fieldErrors: { code: c.var.t('taxonomie.fouten.codeBestaat', { code }) } }, 409);
  }
  flash(c, 'taxonomie.flash.themaToegevoegd');
  return c.redirect(localizedPath(c.var.locale, `/beheer/themas/${code}`), 303);
}
