import type { Context } from 'hono';
import { asc, inArray } from 'drizzle-orm';
import { useRequestContext } from 'hono/jsx-renderer';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isAccount, type AccountActor } from '../../../platform/actor.ts';
import { refuseAnonymous } from '../../../web/access.ts';
import { ErrorSummary, type FieldError } from '../../../web/components/alerts.tsx';
import { CheckboxGroup, FieldGroup, GroupedSelect, TextField } from '../../../web/components/form-fields.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { renderErrorPage } from '../../../web/error-page.tsx';
import { flash } from '../../../web/flash.ts';
import { readForm, type FormValues } from '../../../web/forms.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { onderdelen, organisaties } from '../../organisaties/schema.ts';
import { listThemas } from '../../taxonomie/index.ts';
import { limieten, profielInvoerSchema, taalCodes } from '../profiel.schema.ts';
import { loadProfiel, type Profiel } from '../profiel-queries.ts';
import { saveProfile } from '../save-profile.ts';
import { TextArea } from './form-parts.tsx';
import { fromForm, idPrefix, rowsToShow, toFieldErrors, toValues } from './profiel-form.ts';

/** /account/profiel: my affiliations, expertise, availability, languages and links. */
type View = { values: FormValues; fieldErrors: Record<string, string>; errors: FieldError[]; verouderd?: Profiel };

async function renderForm(c: Context<AppEnv>, actor: AccountActor, view: View | undefined, status: ContentfulStatusCode = 200) {
  const { t, locale } = c.var;
  const { db } = c.var.deps.database;
  const profiel = await loadProfiel(db, actor.accountId);
  if (!profiel) return renderErrorPage(c, 404);
  const values = view?.values ?? toValues(profiel);
  const fieldErrors = view?.fieldErrors ?? {};
  const err = (field: string) => fieldErrors[field];
  const id = (field: string) => `${idPrefix}${field}`;

  // Organisations to choose from: mine first, then all. Onderdelen: of mine and of those chosen.
  const mijnIds = actor.lidmaatschappen.map((l) => l.organisatieId);
  const alle = await db.select({ id: organisaties.id, naam: organisaties.naam }).from(organisaties).orderBy(asc(organisaties.naam));
  const gekozen = Object.entries(values)
    .filter(([k, v]) => /^affiliatie-\d+-organisatie$/.test(k) && /^[0-9a-f-]{36}$/i.test(v))
    .map(([, v]) => v);
  const orgIds = [...new Set([...mijnIds, ...gekozen])];
  const units = orgIds.length
    ? await db
        .select({ id: onderdelen.id, naam: onderdelen.naam, organisatieId: onderdelen.organisatieId })
        .from(onderdelen)
        .where(inArray(onderdelen.organisatieId, orgIds))
        .orderBy(asc(onderdelen.naam))
    : [];
  const naamVan = new Map(alle.map((o) => [o.id, o.naam]));
  const orgGroups = [
    { label: t('personen.profiel.mijnOrganisaties'), options: alle.filter((o) => mijnIds.includes(o.id)).map((o) => ({ value: o.id, label: o.naam })) },
    { label: t('personen.profiel.alleOrganisaties'), options: alle.map((o) => ({ value: o.id, label: o.naam })) },
  ];
  const unitGroups = orgIds
    .map((orgId) => ({ label: naamVan.get(orgId) ?? '', options: units.filter((u) => u.organisatieId === orgId).map((u) => ({ value: u.id, label: u.naam })) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
  const themas = await listThemas(db);

  const title = t('personen.profiel.title');
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  return renderPage(
    c,
    { title, breadcrumbs: [{ label: t('personen.profiel.mijnAccount'), path: '/account' }, { label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t('personen.profiel.intro')}</p>
      <div class={`utrecht-alert ${profiel.openbaar ? 'utrecht-alert--ok' : 'utrecht-alert--info'} ip-empty-state`}>
        <p class="utrecht-paragraph">
          <strong>{profiel.openbaar ? t('personen.profiel.nuOpenbaar') : t('personen.profiel.nuPrive')}</strong>
        </p>
        <ul class="utrecht-unordered-list">
          <li>
            <a class="utrecht-link utrecht-link--html-a" href={`${localizedPath(locale, '/account/gegevens')}#openbaar-profiel`}>
              {profiel.openbaar ? t('personen.profiel.openbaarUitzetten') : t('personen.profiel.openbaarAanzetten')}
            </a>
          </li>
          {profiel.openbaar ? (
            <li>
              <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, `/personen/${profiel.accountId}`)}>
                {t('personen.profiel.bekijkOpenbaar')}
              </a>
            </li>
          ) : null}
          <li>
            <a class="utrecht-link utrecht-link--html-a" href={`${localizedPath(locale, '/account/gegevens')}#profiel-formulier`}>
              {t('personen.profiel.naamWijzigen')}
            </a>
          </li>
        </ul>
      </div>
      <ErrorSummary errors={view?.errors ?? []} />
      {view?.verouderd ? <StaleNotice huidig={view.verouderd} /> : null}
      <form method="post" action={localizedPath(locale, '/account/profiel')} class="ip-form" novalidate id={id('formulier')} tabindex={-1}>
        <input type="hidden" name="_csrf" value={c.var.csrfToken} />
        <input type="hidden" name="versie" value={values.versie ?? '0'} />

        <h2 class="utrecht-heading-2">{t('personen.profiel.affiliaties')}</h2>
        <p class="utrecht-paragraph">{t('personen.profiel.affiliatiesUitleg', { max: limieten.affiliaties })}</p>
        {range(rowsToShow(values, 'affiliatie')).map((i) => (
          <FieldGroup legend={t('personen.profiel.affiliatieN', { n: i + 1 })}>
            <GroupedSelect
              id={id(`affiliatie-${i}-organisatie`)}
              name={`affiliatie-${i}-organisatie`}
              label={t('personen.profiel.organisatie')}
              empty={t('personen.profiel.geenOrganisatie')}
              groups={orgGroups}
              selected={values[`affiliatie-${i}-organisatie`] ?? ''}
              error={err(`affiliatie-${i}-organisatie`)}
            />
            <GroupedSelect
              id={id(`affiliatie-${i}-onderdeel`)}
              name={`affiliatie-${i}-onderdeel`}
              label={t('personen.profiel.onderdeel')}
              hint={t('personen.profiel.onderdeelUitleg')}
              empty={t('personen.profiel.geenOnderdeel')}
              groups={unitGroups}
              selected={values[`affiliatie-${i}-onderdeel`] ?? ''}
              error={err(`affiliatie-${i}-onderdeel`)}
            />
            <TextField
              id={id(`affiliatie-${i}-rol`)}
              name={`affiliatie-${i}-rol`}
              label={t('personen.profiel.rol')}
              value={values[`affiliatie-${i}-rol`] ?? ''}
              maxlength={limieten.rol}
              error={err(`affiliatie-${i}-rol`)}
            />
          </FieldGroup>
        ))}

        <h2 class="utrecht-heading-2">{t('personen.profiel.expertise')}</h2>
        <CheckboxGroup
          id={id('themas')}
          legend={t('personen.profiel.themas')}
          error={err('themas')}
          options={themas.map((th) => ({
            value: 'on',
            id: id(`thema-${th.code}`),
            name: `thema-${th.code}`,
            label: locale === 'en' ? th.naamEn : th.naamNl,
            checked: values[`thema-${th.code}`] === 'on',
          }))}
        />
        <TextField
          id={id('trefwoorden')}
          name="trefwoorden"
          label={t('personen.profiel.trefwoorden')}
          hint={t('personen.profiel.trefwoordenUitleg', { max: limieten.trefwoorden, lengte: limieten.trefwoordLengte })}
          value={values.trefwoorden ?? ''}
          maxlength={limieten.trefwoorden * (limieten.trefwoordLengte + 2)}
          error={err('trefwoorden')}
        />
        <TextArea
          id={id('expertiseNl')}
          name="expertiseNl"
          label={t('personen.profiel.expertiseNl')}
          hint={t('personen.profiel.expertiseUitleg', { max: limieten.expertise })}
          value={values.expertiseNl ?? ''}
          maxlength={limieten.expertise}
          lang="nl"
          error={err('expertiseNl')}
        />
        <TextArea
          id={id('expertiseEn')}
          name="expertiseEn"
          label={t('personen.profiel.expertiseEn')}
          hint={t('personen.profiel.expertiseUitleg', { max: limieten.expertise })}
          value={values.expertiseEn ?? ''}
          maxlength={limieten.expertise}
          lang="en"
          error={err('expertiseEn')}
        />

        <h2 class="utrecht-heading-2">{t('personen.profiel.beschikbaarheid')}</h2>
        <p class="utrecht-paragraph">{t('personen.profiel.beschikbaarheidUitleg', { max: limieten.beschikbaarheden })}</p>
        {range(rowsToShow(values, 'periode')).map((i) => (
          <FieldGroup legend={t('personen.profiel.periodeN', { n: i + 1 })}>
            <TextField id={id(`periode-${i}-van`)} name={`periode-${i}-van`} type="date" label={t('personen.profiel.van')} value={values[`periode-${i}-van`] ?? ''} error={err(`periode-${i}-van`)} />
            <TextField id={id(`periode-${i}-tot`)} name={`periode-${i}-tot`} type="date" label={t('personen.profiel.tot')} value={values[`periode-${i}-tot`] ?? ''} error={err(`periode-${i}-tot`)} />
            <TextField
              id={id(`periode-${i}-toelichting`)}
              name={`periode-${i}-toelichting`}
              label={t('personen.profiel.toelichting')}
              value={values[`periode-${i}-toelichting`] ?? ''}
              maxlength={limieten.toelichting}
              error={err(`periode-${i}-toelichting`)}
            />
          </FieldGroup>
        ))}

        <h2 class="utrecht-heading-2">{t('personen.profiel.talenKop')}</h2>
        <CheckboxGroup
          id={id('talen')}
          legend={t('personen.profiel.talen')}
          error={err('talen')}
          options={taalCodes.map((code) => ({ value: 'on', id: id(`taal-${code}`), name: `taal-${code}`, label: t(`personen.taal.${code}`), checked: values[`taal-${code}`] === 'on' }))}
        />

        <h2 class="utrecht-heading-2">{t('personen.profiel.links')}</h2>
        <p class="utrecht-paragraph">{t('personen.profiel.linksUitleg', { max: limieten.links })}</p>
        {range(rowsToShow(values, 'link')).map((i) => (
          <FieldGroup legend={t('personen.profiel.linkN', { n: i + 1 })}>
            <TextField id={id(`link-${i}-label`)} name={`link-${i}-label`} label={t('personen.profiel.linkLabel')} value={values[`link-${i}-label`] ?? ''} maxlength={limieten.linkLabel} error={err(`link-${i}-label`)} />
            <TextField id={id(`link-${i}-url`)} name={`link-${i}-url`} type="url" label={t('personen.profiel.linkUrl')} value={values[`link-${i}-url`] ?? ''} maxlength={limieten.url} error={err(`link-${i}-url`)} />
          </FieldGroup>
        ))}

        <button class="utrecht-button utrecht-button--primary-action" type="submit">
          {t('personen.profiel.opslaan')}
        </button>
      </form>
    </>,
    status,
  );
}

/** What is stored now, next to the person's unsaved input, after a refused stale save. */
function StaleNotice({ huidig }: { huidig: Profiel }) {
  const { t, locale } = useRequestContext<AppEnv>().var;
  const row = (label: string, value: string) => (
    <div class="ip-data-list__item">
      <dt>{label}</dt>
      <dd>{value || t('personen.detail.leeg')}</dd>
    </div>
  );
  return (
    <div class="utrecht-alert utrecht-alert--warning ip-empty-state">
      <p class="utrecht-paragraph">{t('personen.profiel.verouderdUitleg')}</p>
      <dl class="utrecht-data-list ip-data-list">
        {row(t('personen.profiel.affiliaties'), huidig.affiliaties.map((a) => a.organisatieNaam).join(', '))}
        {row(t('personen.profiel.themas'), huidig.themas.map((th) => (locale === 'en' ? th.naamEn : th.naamNl)).join(', '))}
        {row(t('personen.profiel.trefwoorden'), huidig.trefwoorden.join(', '))}
        {row(t('personen.profiel.expertiseNl'), huidig.expertiseNl ?? '')}
        {row(t('personen.profiel.expertiseEn'), huidig.expertiseEn ?? '')}
      </dl>
    </div>
  );
}

export async function profielPage(c: Context<AppEnv>) {
  const actor = c.var.actor;
  if (!isAccount(actor)) return refuseAnonymous(c);
  return renderForm(c, actor, undefined);
}

export async function profielSubmit(c: Context<AppEnv>) {
  const actor = c.var.actor;
  if (!isAccount(actor)) return refuseAnonymous(c);
  const { t, locale } = c.var;
  const values = await readForm(c);
  const versie = Number(values.versie);
  const parsed = profielInvoerSchema.safeParse(fromForm(values));
  if (!parsed.success || !Number.isInteger(versie) || versie < 0 || versie > 2_000_000_000) {
    const complaints = parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path as (string | number)[], message: i.message }));
    if (complaints.length === 0) complaints.push({ path: ['formulier'], message: 'personen.fouten.algemeen' });
    return renderForm(c, actor, { values, ...toFieldErrors(values, complaints, t, locale) }, 400);
  }
  const outcome = await saveProfile(c.var.deps.database.db, {
    actor,
    accountId: actor.accountId,
    versie,
    invoer: parsed.data,
    requestId: c.var.requestId,
  });
  if (!outcome.ok && outcome.reden === 'ongeldig') {
    const complaints = outcome.fouten.map((f) => ({ path: f.pad, message: f.bericht }));
    return renderForm(c, actor, { values, ...toFieldErrors(values, complaints, t, locale) }, 400);
  }
  if (!outcome.ok) {
    // Nothing was written. The form keeps what the person typed, now on the current version, so a
    // second save is a choice made after seeing that something changed.
    return renderForm(
      c,
      actor,
      {
        values: { ...values, versie: String(outcome.huidig.versie) },
        fieldErrors: {},
        errors: [{ field: `${idPrefix}formulier`, message: t('personen.profiel.verouderd') }],
        verouderd: outcome.huidig,
      },
      409,
    );
  }
  flash(c, outcome.gewijzigd ? 'personen.profiel.opgeslagen' : 'personen.profiel.ongewijzigd');
  return c.redirect(localizedPath(locale, '/account/profiel'), 303);
}
