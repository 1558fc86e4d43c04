import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isAccount } from '../../../platform/actor.ts';
import { ErrorSummary } from '../../../web/components/alerts.tsx';
import { CheckboxGroup, FieldGroup, GroupedSelect, SelectField, TextAreaField, TextField } from '../../../web/components/form-fields.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { listRegios, listSamenwerkingsvormen, listThemas } from '../../taxonomie/index.ts';
import { onderwijsniveaus } from '../../taxonomie/schema.ts';
import { aanbodLimieten } from '../aanbod.schema.ts';
import { onderwijsinstellingen } from '../commands/aanbod-regels.ts';
import { vanInstelling } from '../policy.ts';
import { formKeuzes, type AanbodVolledig } from '../queries.ts';
import { bijscholingFormaten, opdrachtsoorten, periodeSoorten, type AanbodSoort } from '../schema.ts';
import { prefix, rijenTeTonen, samenvatting, veldenVoor, type Waarden } from './form-waarden.ts';
import { aanbodPath, CsrfField, titelVan, Verouderd } from './shared.tsx';

export type FormState = { waarden: Waarden; fieldErrors: Record<string, string>; verouderd?: boolean };

/**
 * The form for one kind of aanbod, new (`bestaand` undefined) or an edit. It shows only the fields
 * that apply to the kind; the organisaties to choose from are the person's own (for the kinds an
 * instelling offers, only onderwijsinstellingen), plus the item's own when someone else edits it.
 */
export async function renderFormulier(c: Context<AppEnv>, soort: AanbodSoort, bestaand: AanbodVolledig | undefined, state: FormState, status: ContentfulStatusCode = 200) {
  const { t, locale, actor } = c.var;
  const { db } = c.var.deps.database;
  const accountId = isAccount(actor) ? actor.accountId : '';
  const [keuzes, themas, vormen, regios] = await Promise.all([formKeuzes(db, accountId, bestaand?.organisatieId), listThemas(db), listSamenwerkingsvormen(db), listRegios(db)]);
  const orgs = keuzes.organisaties.filter(
    (o) => !vanInstelling(soort) || (onderwijsinstellingen as readonly string[]).includes(o.soort) || o.id === bestaand?.organisatieId,
  );
  const v = state.waarden;
  const e = state.fieldErrors;
  const velden = new Set(veldenVoor[soort]);
  const id = (veld: string) => `${prefix}${veld}`;
  const naam = (code: string, n: { naamNl: string; naamEn: string }) => ({ value: code, label: locale === 'en' ? n.naamEn : n.naamNl });
  const soortLabel = t(`marktplaats.aanbodSoort.${soort}`);
  const title = bestaand ? t('aanbod.bewerken.titel', { titel: titelVan(locale, bestaand).text }) : t('aanbod.nieuw.titelSoort', { soort: soortLabel });
  const action = bestaand ? aanbodPath(locale, bestaand.id, '/bewerken') : localizedPath(locale, '/aanbod/nieuw');
  const cancel = bestaand ? aanbodPath(locale, bestaand.id) : localizedPath(locale, '/account/aanbod');
  const rijen = Array.from({ length: rijenTeTonen(v) }, (_, i) => i);
  const periode = (i: number) => v.periodes[i] ?? { soort: '', label: '', van: '', tot: '' };
  return renderPage(
    c,
    {
      title,
      breadcrumbs: [
        { label: t('aanbod.mijn.titel'), path: '/account/aanbod' },
        ...(bestaand ? [{ label: titelVan(locale, bestaand).text, path: `/aanbod/${bestaand.id}` }] : []),
        { label: title },
      ],
    },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t(`aanbod.soortUitleg.${soort}`)}</p>
      {bestaand ? null : (
        <p class="utrecht-paragraph">
          <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/aanbod/nieuw')}>
            {t('aanbod.nieuw.andereSoort')}
          </a>
        </p>
      )}
      {vanInstelling(soort) && orgs.length === 0 ? (
        <div class="utrecht-alert utrecht-alert--warning ip-empty-state">
          <p class="utrecht-paragraph">{t('aanbod.nieuw.geenInstelling')}</p>
          <p class="utrecht-paragraph">
            <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/account/organisaties')}>
              {t('aanbod.nieuw.lidWorden')}
            </a>
          </p>
        </div>
      ) : null}
      {state.verouderd ? <Verouderd uitleg={t('aanbod.verouderd.uitlegBewerken')} /> : null}
      <ErrorSummary errors={samenvatting(e)} />
      <form method="post" action={action} class="ip-form" novalidate id={id('formulier')} tabindex={-1}>
        <CsrfField />
        <input type="hidden" name="soort" value={soort} />
        {bestaand ? <input type="hidden" name="versie" value={v.versie} /> : null}

        <h2 class="utrecht-heading-2">{t('aanbod.form.kopAanbieder')}</h2>
        <SelectField
          id={id('organisatieId')}
          name="organisatieId"
          label={vanInstelling(soort) ? t('aanbod.veld.instelling') : t('aanbod.veld.organisatieOptioneel')}
          hint={vanInstelling(soort) ? t('aanbod.form.instellingHint') : t('aanbod.form.organisatieHint')}
          selected={v.organisatieId}
          error={e.organisatieId}
          options={[{ value: '', label: vanInstelling(soort) ? t('aanbod.form.kiesInstelling') : t('aanbod.form.geenOrganisatie') }, ...orgs.map((o) => ({ value: o.id, label: o.naam }))]}
        />
        <GroupedSelect
          id={id('onderdeelId')}
          name="onderdeelId"
          label={t('aanbod.veld.onderdeel')}
          hint={t(soort === 'onderzoekslijn' ? 'aanbod.form.onderdeelHintOnderzoek' : 'aanbod.form.onderdeelHint')}
          empty={t('aanbod.form.geenOnderdeel')}
          groups={orgs.map((o) => ({ label: o.naam, options: keuzes.onderdelen.filter((u) => u.organisatieId === o.id).map((u) => ({ value: u.id, label: u.naam })) }))}
          selected={v.onderdeelId}
          error={e.onderdeelId}
        />

        <h2 class="utrecht-heading-2">{t('aanbod.form.kopBeschrijving')}</h2>
        <p class="utrecht-paragraph">{t('aanbod.form.talenUitleg')}</p>
        <TextField id={id('titelNl')} name="titelNl" label={t('aanbod.veld.titelNl')} value={v.titelNl} error={e.titelNl} maxlength={aanbodLimieten.titel} />
        <TextAreaField id={id('beschrijvingNl')} name="beschrijvingNl" label={t('aanbod.veld.beschrijvingNl')} hint={t(`aanbod.form.beschrijvingHint.${soort}`)} value={v.beschrijvingNl} error={e.beschrijvingNl} maxlength={aanbodLimieten.beschrijving} rows={8} lang="nl" />
        <TextField id={id('titelEn')} name="titelEn" label={t('aanbod.veld.titelEn')} value={v.titelEn} error={e.titelEn} maxlength={aanbodLimieten.titel} />
        <TextAreaField id={id('beschrijvingEn')} name="beschrijvingEn" label={t('aanbod.veld.beschrijvingEn')} value={v.beschrijvingEn} error={e.beschrijvingEn} maxlength={aanbodLimieten.beschrijving} rows={8} lang="en" />
        {velden.has('geschikteVragen') ? (
          <>
            <TextAreaField id={id('geschikteVragenNl')} name="geschikteVragenNl" label={t('aanbod.veld.geschikteVragenNl')} hint={t('aanbod.form.geschikteVragenHint')} value={v.geschikteVragenNl} error={e.geschikteVragenNl} maxlength={aanbodLimieten.geschikteVragen} lang="nl" />
            <TextAreaField id={id('geschikteVragenEn')} name="geschikteVragenEn" label={t('aanbod.veld.geschikteVragenEn')} value={v.geschikteVragenEn} error={e.geschikteVragenEn} maxlength={aanbodLimieten.geschikteVragen} lang="en" />
          </>
        ) : null}

        <h2 class="utrecht-heading-2">{t('aanbod.form.kopPassend')}</h2>
        <CheckboxGroup id={id('themaCodes')} name="themaCodes" legend={t('aanbod.veld.themas')} hint={t('aanbod.form.themasHint', { max: aanbodLimieten.themas })} options={themas.map((th) => naam(th.code, th))} checked={v.themaCodes} error={e.themaCodes} />
        {velden.has('vormCodes') ? (
          <CheckboxGroup id={id('vormCodes')} name="vormCodes" legend={t('aanbod.veld.vormen')} hint={t('aanbod.form.vormenHint')} options={vormen.map((vo) => naam(vo.code, vo))} checked={v.vormCodes} error={e.vormCodes} />
        ) : null}
        <CheckboxGroup id={id('niveaus')} name="niveaus" legend={t('aanbod.veld.niveaus')} options={onderwijsniveaus.map((n) => ({ value: n, label: t(`marktplaats.niveau.${n}`) }))} checked={v.niveaus} error={e.niveaus} />
        <SelectField
          id={id('regioCode')}
          name="regioCode"
          label={t('aanbod.veld.regio')}
          selected={v.regioCode}
          error={e.regioCode}
          options={[
            { value: 'organisatie', label: t('aanbod.form.regioVanOrganisatie') },
            { value: 'landelijk', label: t('marktplaats.landelijk') },
            ...regios.map((r) => ({ value: r.code, label: r.naam })),
          ]}
        />

        {velden.has('opleiding') || velden.has('opdrachtsoort') || velden.has('formaat') || velden.has('aantalStudenten') ? <h2 class="utrecht-heading-2">{t('aanbod.form.kopDetails')}</h2> : null}
        {velden.has('opleiding') ? <TextField id={id('opleiding')} name="opleiding" label={t('aanbod.veld.opleiding')} value={v.opleiding} error={e.opleiding} maxlength={aanbodLimieten.opleiding} /> : null}
        {velden.has('opdrachtsoort') ? (
          <SelectField
            id={id('opdrachtsoort')}
            name="opdrachtsoort"
            label={t('aanbod.veld.opdrachtsoort')}
            selected={v.opdrachtsoort}
            error={e.opdrachtsoort}
            options={[{ value: '', label: t('aanbod.form.kies') }, ...opdrachtsoorten.map((o) => ({ value: o, label: t(`marktplaats.opdrachtsoort.${o}`) }))]}
          />
        ) : null}
        {velden.has('vakgebied') ? <TextField id={id('vakgebied')} name="vakgebied" label={t('aanbod.veld.vakgebied')} hint={t('aanbod.form.vakgebiedHint')} value={v.vakgebied} error={e.vakgebied} maxlength={aanbodLimieten.vakgebied} /> : null}
        {velden.has('formaat') ? (
          <SelectField
            id={id('formaat')}
            name="formaat"
            label={t('aanbod.veld.formaat')}
            selected={v.formaat}
            error={e.formaat}
            options={[{ value: '', label: t('aanbod.form.kies') }, ...bijscholingFormaten.map((f) => ({ value: f, label: t(`marktplaats.formaat.${f}`) }))]}
          />
        ) : null}
        {velden.has('aantalStudenten') ? (
          <TextField id={id('aantalStudenten')} name="aantalStudenten" label={t(soort === 'studenten' ? 'aanbod.veld.aantalStudentenGroep' : 'aanbod.veld.aantalStudenten')} value={v.aantalStudenten} error={e.aantalStudenten} inputmode="numeric" maxlength={6} />
        ) : null}
        {velden.has('aantalTeams') ? <TextField id={id('aantalTeams')} name="aantalTeams" label={t('aanbod.veld.aantalTeams')} value={v.aantalTeams} error={e.aantalTeams} inputmode="numeric" maxlength={6} /> : null}
        {velden.has('intakeDeadline') ? <TextField id={id('intakeDeadline')} name="intakeDeadline" type="date" label={t('aanbod.veld.intakeDeadline')} hint={t('aanbod.form.intakeDeadlineHint')} value={v.intakeDeadline} error={e.intakeDeadline} /> : null}
        {velden.has('kostenEuro') ? <TextField id={id('kostenEuro')} name="kostenEuro" label={t('aanbod.veld.kostenEuro')} hint={t('aanbod.form.kostenHint')} value={v.kostenEuro} error={e.kostenEuro} inputmode="numeric" maxlength={7} /> : null}
        {velden.has('aanmeldUrl') ? <TextField id={id('aanmeldUrl')} name="aanmeldUrl" type="url" label={t('aanbod.veld.aanmeldUrl')} hint={t('aanbod.form.aanmeldUrlHint')} value={v.aanmeldUrl} error={e.aanmeldUrl} maxlength={aanbodLimieten.url} /> : null}

        {velden.has('periodes') ? (
          <>
            <h2 class="utrecht-heading-2">{t('aanbod.form.kopPeriodes')}</h2>
            <div id={id('periodes')} tabindex={-1}>
              <p class="utrecht-paragraph" id={`${id('periodes')}-hint`}>
                {t(`aanbod.form.periodesUitleg.${soort}`, { max: aanbodLimieten.periodes })}
              </p>
              {e.periodes ? (
                <p class="utrecht-form-field-error-message" id={`${id('periodes')}-fout`}>
                  {e.periodes}
                </p>
              ) : null}
            </div>
            {rijen.map((i) => {
              const p = periode(i);
              const f = (deel: string) => e[`periodes-${i}-${deel}`];
              const pid = (deel: string) => id(`periodes-${i}-${deel}`);
              return (
                <FieldGroup legend={t('aanbod.form.periodeN', { n: i + 1 })}>
                  <SelectField
                    id={pid('soort')}
                    name={`periodes.${i}.soort`}
                    label={t('aanbod.veld.periodeSoort')}
                    selected={p.soort}
                    error={f('soort')}
                    options={[{ value: '', label: t('aanbod.form.kies') }, ...periodeSoorten.map((s) => ({ value: s, label: t(`marktplaats.periodeSoort.${s}`) }))]}
                  />
                  <TextField id={pid('label')} name={`periodes.${i}.label`} label={t('aanbod.veld.periodeLabel')} hint={i === 0 ? t('aanbod.form.periodeLabelHint') : undefined} value={p.label} error={f('label')} maxlength={aanbodLimieten.periodeLabel} />
                  <TextField id={pid('van')} name={`periodes.${i}.van`} type="date" label={t('aanbod.veld.van')} value={p.van} error={f('van')} />
                  <TextField id={pid('tot')} name={`periodes.${i}.tot`} type="date" label={t('aanbod.veld.tot')} value={p.tot} error={f('tot')} />
                </FieldGroup>
              );
            })}
          </>
        ) : null}

        <div class="utrecht-button-group">
          {bestaand ? (
            <button class="utrecht-button utrecht-button--primary-action" type="submit">
              {t('aanbod.form.opslaan')}
            </button>
          ) : (
            <>
              <button class="utrecht-button utrecht-button--secondary-action" type="submit" name="actie" value="concept">
                {t('aanbod.form.opslaanConcept')}
              </button>
              <button class="utrecht-button utrecht-button--primary-action" type="submit" name="actie" value="publiceren">
                {t('aanbod.form.opslaanPubliceren')}
              </button>
            </>
          )}
          <a class="utrecht-link utrecht-link--html-a" href={cancel}>
            {t('aanbod.annuleren')}
          </a>
        </div>
      </form>
    </>,
    status,
  );
}
