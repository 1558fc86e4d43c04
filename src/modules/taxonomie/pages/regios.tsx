import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { NotFoundError, PreconditionFailedError, ValidationError } from '../../../platform/errors.ts';
import { ErrorSummary, type FieldError } from '../../../web/components/alerts.tsx';
import { TextField } from '../../../web/components/form-fields.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { readForm, validateForm } from '../../../web/forms.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { limits, provincieFormSchema, regioFormSchema } from '../beheer.schema.ts';
import { provincieIndelen } from '../provincie-indelen.ts';
import { listProvincies, listRegios } from '../queries.ts';
import { regioHernoemen } from '../regio-hernoemen.ts';
import { beheerContext, StaleAlert } from './shared.tsx';

/**
 * What a refused save leaves on the page: the row or regio it was about, the input, the message.
 * Only one form is posted at a time, so one of these at most.
 */
type Refusal = { kind: 'provincie' | 'regio'; key: string; value: string; message: string; stale: boolean };

/** GET /beheer/regios: the provincie -> regio mapping, and the names of the regios. */
export async function regiosPage(c: Context<AppEnv>) {
  beheerContext(c);
  return renderRegios(c);
}

async function renderRegios(c: Context<AppEnv>, refusal?: Refusal, status: ContentfulStatusCode = 200) {
  const { t, locale } = c.var;
  const { db } = c.var.deps.database;
  const [regios, provincies] = await Promise.all([listRegios(db), listProvincies(db)]);
  const title = t('taxonomie.regios.title');
  const provincieId = (naam: string) => `provincie-${provincies.findIndex((p) => p.naam === naam)}`;
  const regioId = (code: string) => `regio-${regios.findIndex((r) => r.code === code)}`;
  const errors: FieldError[] =
    refusal && !refusal.stale
      ? [{ field: refusal.kind === 'provincie' ? `${provincieId(refusal.key)}-regio` : `${regioId(refusal.key)}-naam`, message: refusal.message }]
      : [];
  const cell = 'utrecht-table__cell';
  return renderPage(
    c,
    { title, breadcrumbs: [{ label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{t('taxonomie.regios.intro')}</p>
      {refusal?.stale ? (
        <StaleAlert title={refusal.message}>
          <p class="utrecht-paragraph">{t('taxonomie.verouderd.regioUitleg')}</p>
        </StaleAlert>
      ) : null}
      <ErrorSummary errors={errors} />

      <div class="utrecht-table-container ip-table-scroll" tabindex={0} role="region" aria-labelledby="indeling-titel">
        <table class="utrecht-table utrecht-table--html-table">
          <caption class="utrecht-table__caption" id="indeling-titel">
            {t('taxonomie.regios.caption')}
          </caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">{t('taxonomie.veld.provincie')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('taxonomie.veld.hoofdstad')}</th>
              <th class="utrecht-table__header-cell" scope="col" id="kolom-regio">{t('taxonomie.veld.regio')}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {provincies.map((p) => {
              const id = provincieId(p.naam);
              const mine = refusal?.kind === 'provincie' && refusal.key === p.naam ? refusal : undefined;
              const selected = mine && !mine.stale ? mine.value : p.regioCode;
              const error = mine && !mine.stale ? mine.message : undefined;
              return (
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row" id={`${id}-naam`}>{p.naam}</th>
                  <td class={cell}>{p.hoofdstad}</td>
                  <td class={cell}>
                    <form method="post" action={localizedPath(locale, '/beheer/regios/provincies')} class="ip-inline-form" novalidate>
                      <input type="hidden" name="_csrf" value={c.var.csrfToken} />
                      <input type="hidden" name="provincie" value={p.naam} />
                      <input type="hidden" name="versie" value={String(p.versie)} />
                      {error ? (
                        <p class="utrecht-form-field-error-message" id={`${id}-regio-fout`}>
                          {error}
                        </p>
                      ) : null}
                      <select
                        class={`utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}`}
                        id={`${id}-regio`}
                        name="regio"
                        aria-labelledby={`kolom-regio ${id}-naam`}
                        aria-invalid={error ? 'true' : undefined}
                        aria-describedby={error ? `${id}-regio-fout` : undefined}
                      >
                        {regios.map((r) => (
                          <option value={r.code} selected={r.code === selected}>
                            {r.naam}
                          </option>
                        ))}
                      </select>{' '}
                      <button class="utrecht-button utrecht-button--secondary-action" type="submit" aria-describedby={`${id}-naam`}>
                        {t('taxonomie.opslaan')}
                      </button>
                    </form>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <h2 class="utrecht-heading-2">{t('taxonomie.regios.namenKop')}</h2>
      {regios.map((r) => {
        const id = regioId(r.code);
        const mine = refusal?.kind === 'regio' && refusal.key === r.code ? refusal : undefined;
        return (
          <form method="post" action={localizedPath(locale, `/beheer/regios/${r.code}`)} class="ip-form" novalidate>
            <input type="hidden" name="_csrf" value={c.var.csrfToken} />
            <input type="hidden" name="naamWas" value={r.naam} />
            <TextField
              id={`${id}-naam`}
              name="naam"
              label={t('taxonomie.regios.naamVan', { code: r.code })}
              value={mine ? mine.value : r.naam}
              maxlength={limits.naam}
              error={mine && !mine.stale ? mine.message : undefined}
            />
            <button class="utrecht-button utrecht-button--secondary-action" type="submit" aria-describedby={`${id}-naam`}>
              {t('taxonomie.regios.hernoem')}
            </button>
          </form>
        );
      })}
    </>,
    status,
  );
}

/** POST /beheer/regios/provincies: move one provincie to another regio, over the version read. */
export async function provinciePost(c: Context<AppEnv>) {
  const ctx = beheerContext(c);
  const { t } = c.var;
  const values = await readForm(c);
  const form = validateForm(c, provincieFormSchema, values);
  const naam = values.provincie ?? '';
  if (!form.ok) {
    if (form.fieldErrors.provincie || form.fieldErrors.versie) throw new NotFoundError();
    return renderRegios(c, { kind: 'provincie', key: naam, value: values.regio ?? '', message: form.fieldErrors.regio ?? '', stale: false }, 400);
  }
  try {
    await provincieIndelen(c.var.deps.database.db, ctx, naam, form.data.versie, form.data.regio);
  } catch (error) {
    if (error instanceof ValidationError) {
      return renderRegios(c, { kind: 'provincie', key: naam, value: '', message: t('taxonomie.fouten.regio'), stale: false }, 400);
    }
    if (!(error instanceof PreconditionFailedError)) throw error;
    return renderRegios(c, { kind: 'provincie', key: naam, value: form.data.regio, message: t('taxonomie.verouderd.provincie', { provincie: naam }), stale: true }, 409);
  }
  flash(c, 'taxonomie.flash.provincieOpgeslagen');
  return c.redirect(localizedPath(c.var.locale, '/beheer/regios'), 303);
}

/** POST /beheer/regios/:code: rename a regio, unless someone renamed it since the page was read. */
export async function regioPost(c: Context<AppEnv>) {
  const ctx = beheerContext(c);
  const { t } = c.var;
  const code = c.req.param('code') ?? '';
  const regios = await listRegios(c.var.deps.database.db);
  if (!regios.some((r) => r.code === code)) throw new NotFoundError();
  const values = await readForm(c);
  const form = validateForm(c, regioFormSchema, values);
  if (!form.ok) {
    return renderRegios(c, { kind: 'regio', key: code, value: values.naam ?? '', message: form.fieldErrors.naam ?? form.fieldErrors.naamWas ?? '', stale: false }, 400);
  }
  try {
    await regioHernoemen(c.var.deps.database.db, ctx, code, form.data.naamWas, form.data.naam);
  } catch (error) {
    if (!(error instanceof PreconditionFailedError)) throw error;
    return renderRegios(c, { kind: 'regio', key: code, value: form.data.naam, message: t('taxonomie.verouderd.regio'), stale: true }, 409);
  }
  flash(c, 'taxonomie.flash.regioOpgeslagen');
  return c.redirect(localizedPath(c.var.locale, '/beheer/regios'), 303);
}
