import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ErrorSummary } from '../../../web/components/alerts.tsx';
import { CheckboxGroup, SelectField, TextField } from '../../../web/components/form-fields.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { toSummary, validateForm } from '../../../web/forms.ts';
import { renderPage } from '../../../web/render.tsx';
import { listThemas } from '../../taxonomie/index.ts';
import { onderdeelAanmaken } from '../commands/onderdeel-aanmaken.ts';
import { onderdeelBewerken } from '../commands/onderdeel-bewerken.ts';
import { onderdeelFormSchema } from '../onderdeel.schema.ts';
import { contactpersonenVan, ledenVoorKeuze, listOnderdelen, themasVan, type Onderdeel } from '../onderdelen-queries.ts';
import type { OrganisatieRow } from '../queries.ts';
import { onderdeelSoorten } from '../schema.ts';
import { CsrfField, ErrorAlert, organisatieVoor, TextAreaField } from './components.tsx';
import { onderdeelVoor, onderdelenPath } from './onderdelen.tsx';

const prefix = 'onderdeel-';

/** What the form shows: strings, and the checked boxes as lists. */
type Waarden = { versie: string; soort: string; naam: string; bovenliggendId: string; beschrijvingNl: string; beschrijvingEn: string; themas: string[]; contactpersonen: string[] };
type State = { waarden: Waarden; fieldErrors: Record<string, string>; verouderd?: boolean };

const leeg: Waarden = { versie: '', soort: 'lectoraat', naam: '', bovenliggendId: '', beschrijvingNl: '', beschrijvingEn: '', themas: [], contactpersonen: [] };

async function readOnderdeelForm(c: Context<AppEnv>) {
  const body = await c.req.parseBody({ all: true });
  const one = (k: string) => {
    const v = body[k];
    const first = Array.isArray(v) ? v[0] : v;
    return typeof first === 'string' ? first : '';
  };
  const many = (k: string) => {
    const v = body[k];
    return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
  };
  const waarden: Waarden = {
    versie: one('versie'),
    soort: one('soort'),
    naam: one('naam'),
    bovenliggendId: one('bovenliggendId'),
    beschrijvingNl: one('beschrijvingNl'),
    beschrijvingEn: one('beschrijvingEn'),
    themas: many('themas'),
    contactpersonen: many('contactpersonen'),
  };
  return waarden;
}

function fieldErrorsFrom(c: Context<AppEnv>, fouten: { veld: string; key: string; params?: Record<string, string> }[]) {
  return Object.fromEntries(fouten.map((f) => [f.veld, c.var.t(f.key, f.params)]));
}

/** GET /organisaties/:slug/onderdelen/nieuw */
export async function onderdeelNieuwPage(c: Context<AppEnv>) {
  const organisatie = await organisatieVoor(c, 'onderdelen-beheren');
  const parent = c.req.query('onder') ?? '';
  return renderForm(c, organisatie, undefined, { waarden: { ...leeg, bovenliggendId: parent }, fieldErrors: {} });
}

/** POST /organisaties/:slug/onderdelen/nieuw */
export async function onderdeelNieuwPost(c: Context<AppEnv>) {
  const organisatie = await organisatieVoor(c, 'onderdelen-beheren');
  const waarden = await readOnderdeelForm(c);
  const form = validateForm(c, onderdeelFormSchema, waarden as unknown as Record<string, string>, prefix);
  if (!form.ok) return renderForm(c, organisatie, undefined, { waarden, fieldErrors: form.fieldErrors }, 400);
  const result = await onderdeelAanmaken(c.var.deps.database.db, { actor: c.var.actor, requestId: c.var.requestId }, { organisatieId: organisatie.id, invoer: form.data.invoer });
  if (!result.ok) return renderForm(c, organisatie, undefined, { waarden, fieldErrors: fieldErrorsFrom(c, result.fouten) }, 409);
  flash(c, 'organisaties.flash.onderdeelAangemaakt');
  return c.redirect(onderdelenPath(c.var.locale, organisatie.slug, `/${result.slug}`), 303);
}

/** GET /organisaties/:slug/onderdelen/:onderdeel/bewerken */
export async function onderdeelBewerkenPage(c: Context<AppEnv>) {
  const organisatie = await organisatieVoor(c, 'onderdelen-beheren');
  const onderdeel = await onderdeelVoor(c, organisatie);
  const { db } = c.var.deps.database;
  const [themas, personen] = await Promise.all([themasVan(db, [onderdeel.id]), contactpersonenVan(db, [onderdeel.id], { alleenOpenbaar: false })]);
  const waarden: Waarden = {
    versie: String(onderdeel.versie),
    soort: onderdeel.soort,
    naam: onderdeel.naam,
    bovenliggendId: onderdeel.bovenliggendId ?? '',
    beschrijvingNl: onderdeel.beschrijvingNl ?? '',
    beschrijvingEn: onderdeel.beschrijvingEn ?? '',
    themas: themas.map((th) => th.code),
    contactpersonen: personen.map((p) => p.accountId),
  };
  return renderForm(c, organisatie, onderdeel, { waarden, fieldErrors: {} });
}

/** POST /organisaties/:slug/onderdelen/:onderdeel/bewerken: versie-checked. */
export async function onderdeelBewerkenPost(c: Context<AppEnv>) {
  const organisatie = await organisatieVoor(c, 'onderdelen-beheren');
  const onderdeel = await onderdeelVoor(c, organisatie);
  const waarden = await readOnderdeelForm(c);
  const form = validateForm(c, onderdeelFormSchema, waarden as unknown as Record<string, string>, prefix);
  if (!form.ok || form.data.versie === undefined) {
    return renderForm(c, organisatie, onderdeel, { waarden, fieldErrors: form.ok ? { versie: c.var.t('organisaties.fouten.versie') } : form.fieldErrors }, 400);
  }
  const result = await onderdeelBewerken(
    c.var.deps.database.db,
    { actor: c.var.actor, requestId: c.var.requestId },
    { organisatieId: organisatie.id, onderdeelId: onderdeel.id, versie: form.data.versie, invoer: form.data.invoer },
  );
  if (result.ok) {
    flash(c, 'organisaties.flash.onderdeelOpgeslagen');
    return c.redirect(onderdelenPath(c.var.locale, organisatie.slug, `/${onderdeel.slug}`), 303);
  }
  if (result.reden === 'ongeldig') return renderForm(c, organisatie, onderdeel, { waarden, fieldErrors: fieldErrorsFrom(c, result.fouten) }, 409);
  // Stale: nothing written; the form keeps this person's input and now carries the stored version.
  return renderForm(c, organisatie, onderdeel, { waarden: { ...waarden, versie: String(onderdeel.versie) }, fieldErrors: {}, verouderd: true }, 409);
}

async function renderForm(c: Context<AppEnv>, organisatie: OrganisatieRow, onderdeel: Onderdeel | undefined, state: State, status: ContentfulStatusCode = 200) {
  const { t, locale } = c.var;
  const { db } = c.var.deps.database;
  const [alle, themas, leden] = await Promise.all([listOnderdelen(db, organisatie.id), listThemas(db), ledenVoorKeuze(db, organisatie.id)]);
  // An onderdeel cannot sit under itself or its own descendants: leave those out of the choice.
  const onder = new Set<string>();
  if (onderdeel) {
    onder.add(onderdeel.id);
    for (let grew = true; grew; ) {
      grew = false;
      for (const o of alle) {
        if (o.bovenliggendId && onder.has(o.bovenliggendId) && !onder.has(o.id)) {
          onder.add(o.id);
          grew = true;
        }
      }
    }
  }
  const v = state.waarden;
  const e = state.fieldErrors;
  const title = onderdeel ? t('organisaties.onderdeelForm.bewerkenTitle', { naam: onderdeel.naam }) : t('organisaties.onderdeelForm.nieuwTitle', { organisatie: organisatie.naam });
  const action = onderdelenPath(locale, organisatie.slug, onderdeel ? `/${onderdeel.slug}/bewerken` : '/nieuw');
  const cancel = onderdelenPath(locale, organisatie.slug, onderdeel ? `/${onderdeel.slug}` : '');
  const summary = toSummary(e, prefix).map((x) => (x.field === `${prefix}themas` || x.field === `${prefix}contactpersonen` ? { ...x, field: `${x.field}-0` } : x));
  return renderPage(
    c,
    {
      title,
      breadcrumbs: [
        { label: organisatie.naam, path: `/organisaties/${organisatie.slug}` },
        { label: t('organisaties.onderdelen.crumb'), path: `/organisaties/${organisatie.slug}/onderdelen` },
        ...(onderdeel ? [{ label: onderdeel.naam, path: `/organisaties/${organisatie.slug}/onderdelen/${onderdeel.slug}` }] : []),
        { label: title },
      ],
    },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      {state.verouderd ? (
        <ErrorAlert id="verouderd">
          <h2 class="utrecht-heading-2">{t('organisaties.verouderd.kop')}</h2>
          <p class="utrecht-paragraph">{t('organisaties.verouderd.uitlegOnderdeel')}</p>
          <p class="utrecht-paragraph">
            <a class="utrecht-link utrecht-link--html-a" href={action}>
              {t('organisaties.verouderd.opnieuw')}
            </a>
          </p>
        </ErrorAlert>
      ) : null}
      <ErrorSummary errors={summary} />
      <form method="post" action={action} novalidate>
        <CsrfField />
        {onderdeel ? <input type="hidden" name="versie" value={v.versie} /> : null}
        <SelectField
          id={`${prefix}soort`}
          name="soort"
          label={t('organisaties.veld.onderdeelSoort')}
          selected={v.soort}
          error={e.soort}
          options={onderdeelSoorten.map((s) => ({ value: s, label: t(`organisaties.onderdeelSoort.${s}`) }))}
        />
        <TextField id={`${prefix}naam`} name="naam" label={t('organisaties.veld.naam')} value={v.naam} error={e.naam} maxlength={200} required />
        <SelectField
          id={`${prefix}bovenliggendId`}
          name="bovenliggendId"
          label={t('organisaties.veld.bovenliggendOnderdeel')}
          selected={v.bovenliggendId}
          error={e.bovenliggendId}
          options={[{ value: '', label: t('organisaties.onderdeelForm.geenBovenliggend') }, ...alle.filter((o) => !onder.has(o.id)).map((o) => ({ value: o.id, label: o.naam }))]}
        />
        <TextAreaField id={`${prefix}beschrijvingNl`} name="beschrijvingNl" label={t('organisaties.veld.beschrijvingNl')} value={v.beschrijvingNl} error={e.beschrijvingNl} maxlength={5000} lang="nl" />
        <TextAreaField id={`${prefix}beschrijvingEn`} name="beschrijvingEn" label={t('organisaties.veld.beschrijvingEn')} value={v.beschrijvingEn} error={e.beschrijvingEn} maxlength={5000} lang="en" />
        <CheckboxGroup
          id={`${prefix}themas`}
          name="themas"
          legend={t('organisaties.veld.themas')}
          options={themas.map((th) => ({ value: th.code, label: locale === 'en' ? th.naamEn : th.naamNl }))}
          checked={v.themas}
          error={e.themas}
        />
        {leden.length > 0 ? (
          <CheckboxGroup
            id={`${prefix}contactpersonen`}
            name="contactpersonen"
            legend={t('organisaties.veld.contactpersonen')}
            hint={t('organisaties.onderdeelForm.contactHint')}
            options={leden.map((l) => ({ value: l.accountId, label: l.naam }))}
            checked={v.contactpersonen}
            error={e.contactpersonen}
          />
        ) : (
          <p class="utrecht-paragraph">{t('organisaties.onderdeelForm.geenLeden')}</p>
        )}
        <div class="utrecht-button-group">
          <button class="utrecht-button utrecht-button--primary-action" type="submit">
            {onderdeel ? t('organisaties.bewerken.opslaan') : t('organisaties.onderdeelForm.toevoegen')}
          </button>
          <a class="utrecht-link utrecht-link--html-a" href={cancel}>
            {t('organisaties.annuleren')}
          </a>
        </div>
      </form>
    </>,
    status,
  );
}
