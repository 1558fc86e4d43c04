import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isBeheerder } from '../../../platform/actor.ts';
import { ErrorSummary } from '../../../web/components/alerts.tsx';
import { SelectField, TextField } from '../../../web/components/form-fields.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { readForm, toSummary, validateForm, type FormValues } from '../../../web/forms.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { listRegios } from '../../taxonomie/index.ts';
import { organisatieBewerken } from '../commands/organisatie-bewerken.ts';
import { organisatieFormSchema } from '../organisatie-wijziging.schema.ts';
import { getOrganisatieById, listDomeinen, listMinisteries, type OrganisatieRow } from '../queries.ts';
import { organisatieSoorten, rijksorganisatieTypes } from '../schema.ts';
import { CsrfField, ErrorAlert, organisatieVoor, TextAreaField } from './components.tsx';
import { LogoSection } from './logo.tsx';

const prefix = 'organisatie-';

// Refusals of the identifier schemas are English sentences for the API; the form says it in the page's language.
const messageKeys: Record<string, string> = {
  oin: 'organisaties.fouten.oin',
  brinCode: 'organisaties.fouten.brin',
  rioOnderwijsaanbiederCode: 'organisaties.fouten.rio',
  rioOnderwijsbestuurCode: 'organisaties.fouten.rio',
  website: 'organisaties.fouten.website',
  emailDomeinen: 'organisaties.fouten.domein',
  steden: 'organisaties.fouten.steden',
  versie: 'organisaties.fouten.versie',
};

export type BewerkenState = {
  values: FormValues;
  fieldErrors: Record<string, string>;
  /** Set after a stale save: what is stored now, to compare with what the person typed. */
  verouderd?: OrganisatieRow & { emailDomeinen: string[] };
  logoError?: string | undefined;
};

/** The form's strings for a stored organisatie. */
export function valuesOf(row: OrganisatieRow, domeinen: string[]): FormValues {
  return {
    versie: String(row.versie),
    naam: row.naam,
    afkorting: row.afkorting ?? '',
    soort: row.soort,
    type: row.type ?? '',
    bovenliggendeId: row.bovenliggendeId ?? '',
    provincie: row.provincie,
    steden: row.steden.join(', '),
    website: row.website ?? '',
    oin: row.oin ?? '',
    brinCode: row.brinCode ?? '',
    rioOnderwijsaanbiederCode: row.rioOnderwijsaanbiederCode ?? '',
    rioOnderwijsbestuurCode: row.rioOnderwijsbestuurCode ?? '',
    emailDomeinen: domeinen.join('\n'),
    beschrijvingNl: row.beschrijvingNl ?? '',
    beschrijvingEn: row.beschrijvingEn ?? '',
  };
}

/** GET /organisaties/:slug/bewerken */
export async function bewerkenPage(c: Context<AppEnv>) {
  const row = await organisatieVoor(c, 'bewerken');
  const domeinen = await listDomeinen(c.var.deps.database.db, row.id);
  return renderBewerken(c, row, { values: valuesOf(row, domeinen), fieldErrors: {} });
}

/** POST /organisaties/:slug/bewerken */
export async function bewerkenPost(c: Context<AppEnv>) {
  const row = await organisatieVoor(c, 'bewerken');
  const { t } = c.var;
  const { db } = c.var.deps.database;
  const values = await readForm(c);
  const form = validateForm(c, organisatieFormSchema, values, prefix);
  if (!form.ok) {
    const fieldErrors = Object.fromEntries(
      Object.entries(form.fieldErrors).map(([field, message]) => [field, messageKeys[field] ? t(messageKeys[field]) : message]),
    );
    return renderBewerken(c, row, { values, fieldErrors }, 400);
  }
  const result = await organisatieBewerken(db, { actor: c.var.actor, requestId: c.var.requestId }, { organisatieId: row.id, ...form.data });
  if (result.ok) {
    flash(c, 'organisaties.flash.opgeslagen');
    return c.redirect(localizedPath(c.var.locale, `/organisaties/${row.slug}`), 303);
  }
  if (result.reden === 'ongeldig') {
    const fieldErrors: Record<string, string> = {};
    for (const f of result.fouten) fieldErrors[f.veld] = fieldErrors[f.veld] ? `${fieldErrors[f.veld]} ${t(f.key, f.params)}` : t(f.key, f.params);
    return renderBewerken(c, row, { values, fieldErrors }, 409);
  }
  // Someone saved in between: nothing was written. Keep what this person typed and show what is stored now.
  const nu = (await getOrganisatieById(db, row.id))!;
  const domeinen = await listDomeinen(db, row.id);
  return renderBewerken(c, nu, { values: { ...values, versie: values.versie ?? '' }, fieldErrors: {}, verouderd: { ...nu, emailDomeinen: domeinen } }, 409);
}

export async function renderBewerken(c: Context<AppEnv>, row: OrganisatieRow, state: BewerkenState, status: ContentfulStatusCode = 200) {
  const { t, locale, actor } = c.var;
  const { db } = c.var.deps.database;
  const [regios, ministeries] = await Promise.all([listRegios(db), listMinisteries(db, row.id)]);
  const beheerder = isBeheerder(actor);
  const v = state.values;
  const e = state.fieldErrors;
  const title = t('organisaties.bewerken.title', { organisatie: row.naam });
  const detailPath = localizedPath(locale, `/organisaties/${row.slug}`);
  const field = (name: string) => ({ id: `${prefix}${name}`, name, value: v[name] ?? '', error: e[name] });
  const showRijk = beheerder || row.soort === 'rijksorganisatie';
  const verschillen = state.verouderd ? verschillenMet(state.verouderd, v) : [];

  return renderPage(
    c,
    {
      title,
      breadcrumbs: [
        { label: t('organisaties.list.title'), path: '/organisaties' },
        { label: row.naam, path: `/organisaties/${row.slug}` },
        { label: t('organisaties.bewerken.crumb') },
      ],
    },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      {state.verouderd ? (
        <ErrorAlert id="verouderd">
          <h2 class="utrecht-heading-2">{t('organisaties.verouderd.kop')}</h2>
          <p class="utrecht-paragraph">{t('organisaties.verouderd.uitleg')}</p>
          {verschillen.length > 0 ? (
            <>
              <p class="utrecht-paragraph">{t('organisaties.verouderd.nuOpgeslagen')}</p>
              <dl class="utrecht-data-list ip-data-list">
                {verschillen.map(([label, value]) => (
                  <div class="ip-data-list__item">
                    <dt>{t(`organisaties.veld.${label}`)}</dt>
                    <dd>{value || '–'}</dd>
                  </div>
                ))}
              </dl>
            </>
          ) : null}
          <p class="utrecht-paragraph">
            <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, `/organisaties/${row.slug}/bewerken`)}>
              {t('organisaties.verouderd.opnieuw')}
            </a>
          </p>
        </ErrorAlert>
      ) : null}
      <ErrorSummary errors={toSummary(e, prefix)} />
      <form method="post" action={localizedPath(locale, `/organisaties/${row.slug}/bewerken`)} novalidate>
        <CsrfField />
        {/* After a stale save the form carries the stored version: saving again is a deliberate choice. */}
        <input type="hidden" name="versie" value={state.verouderd ? String(state.verouderd.versie) : (v.versie ?? '')} />
        <TextField {...field('naam')} label={t('organisaties.veld.naam')} maxlength={200} required />
        <TextField {...field('afkorting')} label={t('organisaties.veld.afkorting')} maxlength={30} />
        {beheerder ? (
          <SelectField
            id={`${prefix}soort`}
            name="soort"
            label={t('organisaties.veld.soort')}
            selected={v.soort}
            error={e.soort}
            options={organisatieSoorten.map((s) => ({ value: s, label: t(`organisaties.soort.${s}`) }))}
          />
        ) : (
          <p class="utrecht-paragraph">
            {t('organisaties.veld.soort')}: {t(`organisaties.soort.${row.soort}`)} <span>({t('organisaties.bewerken.soortBeheerder')})</span>
          </p>
        )}
        {showRijk ? (
          <>
            <SelectField
              id={`${prefix}type`}
              name="type"
              label={t('organisaties.veld.type')}
              hint={t('organisaties.bewerken.typeHint')}
              selected={v.type}
              error={e.type}
              options={[{ value: '', label: t('organisaties.bewerken.geenType') }, ...rijksorganisatieTypes.map((x) => ({ value: x, label: t(`organisaties.type.${x}`) }))]}
            />
            <SelectField
              id={`${prefix}bovenliggendeId`}
              name="bovenliggendeId"
              label={t('organisaties.veld.bovenliggendeId')}
              selected={v.bovenliggendeId}
              error={e.bovenliggendeId}
              options={[{ value: '', label: t('organisaties.bewerken.geenBovenliggende') }, ...ministeries.map((m) => ({ value: m.id, label: m.naam }))]}
            />
          </>
        ) : null}
        <SelectField
          id={`${prefix}provincie`}
          name="provincie"
          label={t('organisaties.veld.provincie')}
          selected={v.provincie}
          error={e.provincie}
          options={regios.flatMap((r) => r.provincies).map((p) => ({ value: p.naam, label: p.naam })).sort((a, b) => a.label.localeCompare(b.label, 'nl'))}
        />
        <TextField {...field('steden')} label={t('organisaties.veld.steden')} hint={t('organisaties.bewerken.stedenHint')} maxlength={2000} />
        <TextField {...field('website')} type="url" label={t('organisaties.veld.website')} hint={t('organisaties.bewerken.websiteHint')} maxlength={500} autocomplete="url" />
        <TextField {...field('oin')} label={t('organisaties.veld.oin')} hint={t('organisaties.bewerken.oinHint')} maxlength={40} spellcheck={false} />
        <TextField {...field('brinCode')} label={t('organisaties.veld.brinCode')} hint={t('organisaties.bewerken.brinHint')} maxlength={10} spellcheck={false} />
        <TextField {...field('rioOnderwijsaanbiederCode')} label={t('organisaties.veld.rioOnderwijsaanbiederCode')} maxlength={40} spellcheck={false} />
        <TextField {...field('rioOnderwijsbestuurCode')} label={t('organisaties.veld.rioOnderwijsbestuurCode')} maxlength={40} spellcheck={false} />
        <TextAreaField {...field('emailDomeinen')} label={t('organisaties.veld.emailDomeinen')} hint={t('organisaties.bewerken.domeinenHint')} maxlength={5000} rows={4} />
        <TextAreaField {...field('beschrijvingNl')} label={t('organisaties.veld.beschrijvingNl')} maxlength={5000} lang="nl" />
        <TextAreaField {...field('beschrijvingEn')} label={t('organisaties.veld.beschrijvingEn')} maxlength={5000} lang="en" />
        <div class="utrecht-button-group">
          <button class="utrecht-button utrecht-button--primary-action" type="submit">
            {t('organisaties.bewerken.opslaan')}
          </button>
          <a class="utrecht-link utrecht-link--html-a" href={detailPath}>
            {t('organisaties.annuleren')}
          </a>
        </div>
      </form>
      <LogoSection row={row} error={state.logoError} />
    </>,
    status,
  );
}

/** The fields where what is stored now differs from what the person sent, with the stored value. */
function verschillenMet(nu: OrganisatieRow & { emailDomeinen: string[] }, sent: FormValues): [string, string][] {
  const stored = valuesOf(nu, nu.emailDomeinen);
  const norm = (s: string | undefined) => (s ?? '').replace(/\r\n/g, '\n').trim();
  return Object.keys(stored)
    .filter((k) => k !== 'versie' && k !== 'soort' && k !== 'bovenliggendeId' && sent[k] !== undefined && norm(sent[k]) !== norm(stored[k]))
    .map((k) => [k, stored[k] ?? '']);
}
