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
import { codePattern, limits, synoniemFormSchema, themaFormSchema } from '../beheer.schema.ts';
import { SynoniemBestaatError } from '../context.ts';
import { getThema, type ThemaMetSynoniemen } from '../queries.ts';
import { synoniemToevoegen } from '../synoniem-toevoegen.ts';
import { themaBijwerken } from '../thema-bijwerken.ts';
import { beheerContext, emptyForm, StaleAlert, TextAreaField, type FormState } from './shared.tsx';

async function themaOf(c: Context<AppEnv>): Promise<ThemaMetSynoniemen> {
  const code = c.req.param('code') ?? '';
  const thema = code.length <= limits.code && codePattern.test(code) ? await getThema(c.var.deps.database.db, code) : undefined;
  if (!thema) throw new NotFoundError();
  return thema;
}

const valuesOf = (thema: ThemaMetSynoniemen): Record<string, string> => ({
  versie: String(thema.versie),
  naamNl: thema.naamNl,
  naamEn: thema.naamEn,
  beschrijvingNl: thema.beschrijvingNl ?? '',
  beschrijvingEn: thema.beschrijvingEn ?? '',
});

type PageState = { thema: FormState; synoniem: FormState; stale?: ThemaMetSynoniemen };

/** GET /beheer/themas/:code: edit names and descriptions; add and remove synonyms. */
export async function themaBewerkenPage(c: Context<AppEnv>) {
  beheerContext(c);
  const thema = await themaOf(c);
  return renderThema(c, thema, { thema: emptyForm(valuesOf(thema)), synoniem: emptyForm({ taal: c.var.locale }) });
}

function renderThema(c: Context<AppEnv>, thema: ThemaMetSynoniemen, state: PageState, status: ContentfulStatusCode = 200) {
  const { t, locale } = c.var;
  const v = state.thema.values;
  const e = state.thema.fieldErrors;
  const path = (rest = '') => localizedPath(locale, `/beheer/themas/${thema.code}${rest}`);
  const naam = locale === 'en' ? thema.naamEn : thema.naamNl;
  const beheerTitle = t('taxonomie.beheerThemas.title');
  return renderPage(
    c,
    { title: naam, breadcrumbs: [{ label: beheerTitle, path: '/beheer/themas' }, { label: naam }] },
    <>
      <h1 class="utrecht-heading-1">{naam}</h1>
      <p class="utrecht-paragraph">
        {t('taxonomie.veld.code')}: <code>{thema.code}</code>
      </p>
      {state.stale ? (
        <StaleAlert title={t('taxonomie.verouderd.thema')}>
          <p class="utrecht-paragraph">{t('taxonomie.verouderd.uitleg')}</p>
          <p class="utrecht-paragraph">
            {t('taxonomie.verouderd.nu', { naamNl: state.stale.naamNl, naamEn: state.stale.naamEn })}
          </p>
        </StaleAlert>
      ) : null}
      <ErrorSummary errors={[...toSummary(e, 'thema-'), ...toSummary(state.synoniem.fieldErrors, 'synoniem-')]} />

      <h2 class="utrecht-heading-2">{t('taxonomie.thema.bewerkenKop')}</h2>
      <form method="post" action={path()} class="ip-form" novalidate>
        <input type="hidden" name="_csrf" value={c.var.csrfToken} />
        <input type="hidden" name="versie" value={v.versie ?? ''} />
        <TextField id="thema-naamNl" name="naamNl" label={t('taxonomie.veld.naamNl')} value={v.naamNl ?? ''} maxlength={limits.naam} error={e.naamNl} />
        <TextField id="thema-naamEn" name="naamEn" label={t('taxonomie.veld.naamEn')} value={v.naamEn ?? ''} maxlength={limits.naam} error={e.naamEn} />
        <TextAreaField id="thema-beschrijvingNl" name="beschrijvingNl" label={t('taxonomie.veld.beschrijvingNl')} value={v.beschrijvingNl ?? ''} maxlength={limits.beschrijving} error={e.beschrijvingNl} />
        <TextAreaField id="thema-beschrijvingEn" name="beschrijvingEn" label={t('taxonomie.veld.beschrijvingEn')} value={v.beschrijvingEn ?? ''} maxlength={limits.beschrijving} error={e.beschrijvingEn} />
        <button class="utrecht-button utrecht-button--primary-action" type="submit">
          {t('taxonomie.opslaan')}
        </button>
      </form>

      <h2 class="utrecht-heading-2" id="synoniemen">{t('taxonomie.thema.synoniemenKop')}</h2>
      <p class="utrecht-paragraph">{t('taxonomie.thema.synoniemenUitleg')}</p>
      {(['nl', 'en'] as const).map((taal) => {
        const lijst = thema.synoniemen.filter((s) => s.taal === taal);
        return (
          <>
            <h3 class="utrecht-heading-3">{t(`taxonomie.taal.${taal}`)}</h3>
            {lijst.length === 0 ? (
              <p class="utrecht-paragraph">{t('taxonomie.thema.geenSynoniemen')}</p>
            ) : (
              <ul class="utrecht-unordered-list" lang={taal}>
                {lijst.map((s) => (
                  <li>
                    {s.term}{' '}
                    <a class="utrecht-link utrecht-link--html-a" href={path(`/synoniemen/${s.id}/verwijderen`)} lang={locale}>
                      {t('taxonomie.thema.verwijderen', { term: s.term })}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </>
        );
      })}
      <h3 class="utrecht-heading-3">{t('taxonomie.thema.synoniemToevoegenKop')}</h3>
      <form method="post" action={path('/synoniemen')} class="ip-form" novalidate>
        <input type="hidden" name="_csrf" value={c.var.csrfToken} />
        <SelectField
          id="synoniem-taal"
          name="taal"
          label={t('taxonomie.veld.taal')}
          selected={state.synoniem.values.taal}
          error={state.synoniem.fieldErrors.taal}
          options={(['nl', 'en'] as const).map((taal) => ({ value: taal, label: t(`taxonomie.taal.${taal}`) }))}
        />
        <TextField
          id="synoniem-term"
          name="term"
          label={t('taxonomie.veld.term')}
          value={state.synoniem.values.term ?? ''}
          maxlength={limits.term}
          autocomplete="off"
          error={state.synoniem.fieldErrors.term}
        />
        <button class="utrecht-button utrecht-button--secondary-action" type="submit">
          {t('taxonomie.thema.synoniemToevoegen')}
        </button>
      </form>
    </>,
    status,
  );
}

/** POST /beheer/themas/:code: save over the version that was read, or refuse with 409 and keep the input. */
export async function themaBewerkenPost(c: Context<AppEnv>) {
  const ctx = beheerContext(c);
  const thema = await themaOf(c);
  const values = await readForm(c);
  const synoniem = emptyForm({ taal: c.var.locale });
  const form = validateForm(c, themaFormSchema, values, 'thema-');
  if (!form.ok) return renderThema(c, thema, { thema: { values, fieldErrors: form.fieldErrors }, synoniem }, 400);
  const { versie, ...velden } = form.data;
  try {
    await themaBijwerken(c.var.deps.database.db, ctx, thema.code, versie, velden);
  } catch (error) {
    if (!(error instanceof PreconditionFailedError)) throw error;
    // The input stays; the hidden versie becomes the current one, so a second save is a deliberate choice.
    return renderThema(c, thema, { thema: { values: { ...values, versie: String(thema.versie) }, fieldErrors: {} }, synoniem, stale: thema }, 409);
  }
  flash(c, 'taxonomie.flash.themaOpgeslagen');
  return c.redirect(localizedPath(c.var.locale, `/beheer/themas/${thema.code}`), 303);
}

/** POST /beheer/themas/:code/synoniemen: add a synonym; a term that exists names the theme that has it. */
export async function synoniemToevoegenPost(c: Context<AppEnv>) {
  const ctx = beheerContext(c);
  const thema = await themaOf(c);
  const { t, locale } = c.var;
  const values = await readForm(c);
  const themaForm = emptyForm(valuesOf(thema));
  const form = validateForm(c, synoniemFormSchema, values, 'synoniem-');
  if (!form.ok) return renderThema(c, thema, { thema: themaForm, synoniem: { values, fieldErrors: form.fieldErrors } }, 400);
  try {
    await synoniemToevoegen(c.var.deps.database.db, ctx, { themaCode: thema.code, taal: form.data.taal, term: form.data.term });
  } catch (error) {
    if (!(error instanceof SynoniemBestaatError)) throw error;
    const bij = locale === 'en' ? error.thema.naamEn : error.thema.naamNl;
    const message =
      error.thema.code === thema.code
        ? t('taxonomie.fouten.synoniemHier', { term: form.data.term })
        : t('taxonomie.fouten.synoniemElders', { term: form.data.term, thema: bij });
    return renderThema(c, thema, { thema: themaForm, synoniem: { values, fieldErrors: { term: message } } }, 409);
  }
  flash(c, 'taxonomie.flash.synoniemToegevoegd');
  return c.redirect(`${localizedPath(locale, `/beheer/themas/${thema.code}`)}#synoniemen`, 303);
}
