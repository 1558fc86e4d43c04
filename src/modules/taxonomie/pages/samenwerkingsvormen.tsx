import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { NotFoundError, PreconditionFailedError } from '../../../platform/errors.ts';
import { ErrorSummary } from '../../../web/components/alerts.tsx';
import { SelectField, TextField } from '../../../web/components/form-fields.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { readForm, toSummary, validateForm } from '../../../web/forms.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { codePattern, diepgangen, limits, niveaus, samenwerkingsvormFormSchema } from '../beheer.schema.ts';
import { getSamenwerkingsvorm, listSamenwerkingsvormen } from '../queries.ts';
import { samenwerkingsvormBijwerken } from '../samenwerkingsvorm-bijwerken.ts';
import type { samenwerkingsvormen } from '../schema.ts';
import { beheerContext, emptyForm, StaleAlert, type FormState } from './shared.tsx';

type Vorm = typeof samenwerkingsvormen.$inferSelect;

/** GET /beheer/samenwerkingsvormen: the forms of collaboration with their characteristics. */
export async function samenwerkingsvormenPage(c: Context<AppEnv>) {
  beheerContext(c);
  const { t, locale } = c.var;
  const vormen = await listSamenwerkingsvormen(c.var.deps.database.db);
  const title = t('taxonomie.vormen.title');
  const cell = 'utrecht-table__cell';
  return renderPage(
    c,
    { title, breadcrumbs: [{ label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{t('taxonomie.vormen.intro')}</p>
      <div class="utrecht-table-container ip-table-scroll" tabindex={0} role="region" aria-labelledby="vormen-titel">
        <table class="utrecht-table utrecht-table--html-table">
          <caption class="utrecht-table__caption" id="vormen-titel">
            {t('taxonomie.vormen.caption')}
          </caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">{t('taxonomie.veld.naam')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('taxonomie.veld.niveaus')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('taxonomie.veld.weken')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('taxonomie.veld.studenten')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('taxonomie.veld.diepgang')}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {vormen.map((v) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, `/beheer/samenwerkingsvormen/${v.code}`)}>
                    {locale === 'en' ? v.naamEn : v.naamNl}
                  </a>
                </th>
                <td class={cell}>{v.niveaus.map((n) => t(`taxonomie.niveau.${n}`)).join(', ')}</td>
                <td class={cell}>{t('taxonomie.vormen.bereik', { min: v.wekenMin, max: v.wekenMax })}</td>
                <td class={cell}>{t('taxonomie.vormen.bereik', { min: v.studentenMin, max: v.studentenMax })}</td>
                <td class={cell}>{diepgangLabel(c, v.diepgang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>,
  );
}

const diepgangLabel = (c: Context<AppEnv>, d: string) => ((diepgangen as readonly string[]).includes(d) ? c.var.t(`taxonomie.diepgang.${d}`) : d);

async function vormOf(c: Context<AppEnv>): Promise<Vorm> {
  const code = c.req.param('code') ?? '';
  const vorm = code.length <= limits.code && codePattern.test(code) ? await getSamenwerkingsvorm(c.var.deps.database.db, code) : undefined;
  if (!vorm) throw new NotFoundError();
  return vorm;
}

const valuesOf = (v: Vorm): Record<string, string> => ({
  versie: String(v.versie),
  naamNl: v.naamNl,
  naamEn: v.naamEn,
  niveauMbo: v.niveaus.includes('mbo') ? 'on' : '',
  niveauHbo: v.niveaus.includes('hbo') ? 'on' : '',
  niveauWo: v.niveaus.includes('wo') ? 'on' : '',
  wekenMin: String(v.wekenMin),
  wekenMax: String(v.wekenMax),
  studentenMin: String(v.studentenMin),
  studentenMax: String(v.studentenMax),
  diepgang: v.diepgang,
});

/** GET /beheer/samenwerkingsvormen/:code */
export async function samenwerkingsvormPage(c: Context<AppEnv>) {
  beheerContext(c);
  const vorm = await vormOf(c);
  return renderVorm(c, vorm, emptyForm(valuesOf(vorm)));
}

function renderVorm(c: Context<AppEnv>, vorm: Vorm, form: FormState, status: ContentfulStatusCode = 200, stale?: Vorm) {
  const { t, locale } = c.var;
  const v = form.values;
  const e = form.fieldErrors;
  const naam = locale === 'en' ? vorm.naamEn : vorm.naamNl;
  const list = t('taxonomie.vormen.title');
  const number = (name: string, max: number) => (
    <TextField id={`vorm-${name}`} name={name} label={t(`taxonomie.veld.${name}`)} value={v[name] ?? ''} inputmode="numeric" maxlength={String(max).length} error={e[name]} />
  );
  return renderPage(
    c,
    { title: naam, breadcrumbs: [{ label: list, path: '/beheer/samenwerkingsvormen' }, { label: naam }] },
    <>
      <h1 class="utrecht-heading-1">{naam}</h1>
      {stale ? (
        <StaleAlert title={t('taxonomie.verouderd.vorm')}>
          <p class="utrecht-paragraph">{t('taxonomie.verouderd.uitleg')}</p>
        </StaleAlert>
      ) : null}
      <ErrorSummary errors={toSummary(e, 'vorm-')} />
      <form method="post" action={localizedPath(locale, `/beheer/samenwerkingsvormen/${vorm.code}`)} class="ip-form" novalidate>
        <input type="hidden" name="_csrf" value={c.var.csrfToken} />
        <input type="hidden" name="versie" value={v.versie ?? ''} />
        <TextField id="vorm-naamNl" name="naamNl" label={t('taxonomie.veld.naamNl')} value={v.naamNl ?? ''} maxlength={limits.naam} error={e.naamNl} />
        <TextField id="vorm-naamEn" name="naamEn" label={t('taxonomie.veld.naamEn')} value={v.naamEn ?? ''} maxlength={limits.naam} error={e.naamEn} />
        <fieldset class={`utrecht-form-fieldset${e.niveauMbo ? ' utrecht-form-fieldset--invalid' : ''}`} aria-describedby={e.niveauMbo ? 'vorm-niveauMbo-fout' : undefined}>
          <legend class="utrecht-form-fieldset__legend">{t('taxonomie.veld.niveaus')}</legend>
          {e.niveauMbo ? (
            <p class="utrecht-form-field-error-message" id="vorm-niveauMbo-fout">
              {e.niveauMbo}
            </p>
          ) : null}
          {niveaus.map((n) => {
            const name = `niveau${n[0]!.toUpperCase()}${n.slice(1)}`;
            return (
              <div class="utrecht-form-field utrecht-form-field--checkbox">
                <input
                  class="utrecht-checkbox utrecht-checkbox--html-input"
                  type="checkbox"
                  id={`vorm-${name}`}
                  name={name}
                  value="on"
                  checked={v[name] === 'on'}
                  aria-invalid={n === 'mbo' && e.niveauMbo ? 'true' : undefined}
                />{' '}
                <label class="utrecht-form-label utrecht-form-label--checkbox" for={`vorm-${name}`}>
                  {t(`taxonomie.niveau.${n}`)}
                </label>
              </div>
            );
          })}
        </fieldset>
        {number('wekenMin', limits.weken)}
        {number('wekenMax', limits.weken)}
        {number('studentenMin', limits.studenten)}
        {number('studentenMax', limits.studenten)}
        <SelectField
          id="vorm-diepgang"
          name="diepgang"
          label={t('taxonomie.veld.diepgang')}
          selected={v.diepgang}
          error={e.diepgang}
          options={diepgangen.map((d) => ({ value: d, label: t(`taxonomie.diepgang.${d}`) }))}
        />
        <button class="utrecht-button utrecht-button--primary-action" type="submit">
          {t('taxonomie.opslaan')}
        </button>
      </form>
    </>,
    status,
  );
}

/** POST /beheer/samenwerkingsvormen/:code: save over the version read; min <= max; at least one level. */
export async function samenwerkingsvormPost(c: Context<AppEnv>) {
  const ctx = beheerContext(c);
  const vorm = await vormOf(c);
  const values = await readForm(c);
  const form = validateForm(c, samenwerkingsvormFormSchema, values, 'vorm-');
  if (!form.ok) return renderVorm(c, vorm, { values, fieldErrors: form.fieldErrors }, 400);
  try {
    await samenwerkingsvormBijwerken(c.var.deps.database.db, ctx, vorm.code, form.data.versie, form.data.velden);
  } catch (error) {
    if (!(error instanceof PreconditionFailedError)) throw error;
    return renderVorm(c, vorm, { values: { ...values, versie: String(vorm.versie) }, fieldErrors: {} }, 409, vorm);
  }
  flash(c, 'taxonomie.flash.vormOpgeslagen');
  return c.redirect(localizedPath(c.var.locale, '/beheer/samenwerkingsvormen'), 303);
}
