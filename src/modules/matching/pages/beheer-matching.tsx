import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isAccount, isBeheerder, type AccountActor } from '../../../platform/actor.ts';
import { ForbiddenError } from '../../../platform/errors.ts';
import { ErrorSummary, type FieldError } from '../../../web/components/alerts.tsx';
import { SelectField, TextField } from '../../../web/components/form-fields.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { readForm, type FormValues } from '../../../web/forms.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { formatMoment } from '../../audit/index.ts';
import { isUuid } from '../../vraagstukken/index.ts';
import { aandelen } from '../algoritmeregister.ts';
import { configuratieOpslaan, stagnatieDagenGrenzen, valideerConfiguratie } from '../commands/configuratie-opslaan.ts';
import { leesConfiguratie, signalen, type Gewichten, type MatchingConfiguratie } from '../configuratie.ts';
import { kandidaatSoorten, type KandidaatSoort } from '../schema.ts';
import { signaalNaam } from '../uitleg.ts';
import { Geschiedenis, geschiedenis } from './beheer-geschiedenis.tsx';
import { keuzeVraagstukken, maakVoorbeeld, vraagstukTitel, VoorbeeldResultaat, type Voorbeeld } from './beheer-voorbeeld.tsx';

/**
 * /beheer/matching: the engine's weights (one number per signal) and the stalling threshold, with a
 * preview of one vraagstuk's ranking under the new weights before anything is saved. One form, two
 * submit buttons (actie=voorbeeld, actie=opslaan); the preview button comes first, so that Enter in
 * a field previews instead of saving.
 */
const pad = '/beheer/matching';
/** The id of the control a refusal points at; the whole set of weights and the hidden versie point at the first weight. */
const veldId = (veld: string) => ((signalen as readonly string[]).includes(veld) ? `gewicht-${veld}` : veld === 'gewichten' || veld === 'versie' ? `gewicht-${signalen[0]}` : veld);

/** The gate lets only beheerders through; the handler says so again, for the audit log's actor. */
function beheerder(c: Context<AppEnv>): AccountActor {
  const actor = c.var.actor;
  if (!isAccount(actor) || !isBeheerder(actor)) throw new ForbiddenError();
  return actor;
}

const tekst = (n: number) => String(n);
function waardenVan(config: MatchingConfiguratie): FormValues {
  return {
    ...Object.fromEntries(signalen.map((s) => [s, tekst(config.gewichten[s])])),
    stagnatieDagen: tekst(config.stagnatieDagen),
    versie: tekst(config.versie),
  };
}

/** '0,25' and '0.25' alike (a Dutch keyboard without the number field's own parsing); anything else is NaN. */
function getal(waarde: string | undefined): number {
  const s = (waarde ?? '').trim().replace(',', '.');
  return /^(\d+(\.\d*)?|\.\d+)$/.test(s) ? Number(s) : Number.NaN;
}
const geheel = (waarde: string | undefined) => (/^\s*\d{1,9}\s*$/.test(waarde ?? '') ? Number(waarde) : Number.NaN);

type Staat = { values: FormValues; fouten: Record<string, string>; voorbeeld?: Voorbeeld; verouderd?: boolean };

export async function beheerMatchingPagina(c: Context<AppEnv>) {
  beheerder(c);
  const config = await leesConfiguratie(c.var.deps.database.db);
  return render(c, config, { values: waardenVan(config), fouten: {} });
}

export async function beheerMatchingPost(c: Context<AppEnv>) {
  const actor = beheerder(c);
  const { db } = c.var.deps.database;
  const { t, locale } = c.var;
  const values = await readForm(c);
  const config = await leesConfiguratie(db);
  const gewichten = Object.fromEntries(signalen.map((s) => [s, getal(values[s])])) as Gewichten;
  const stagnatieDagen = geheel(values.stagnatieDagen);
  const fouten: Record<string, string> = {};
  for (const f of valideerConfiguratie({ gewichten, stagnatieDagen })) fouten[f.veld] ??= t(f.key);

  if (values.actie === 'opslaan') {
    const versie = geheel(values.versie);
    if (Number.isNaN(versie)) fouten.versie ??= t('algoritme.beheer.fouten.versie');
    if (Object.keys(fouten).length > 0) return render(c, config, { values, fouten }, 400);
    const resultaat = await configuratieOpslaan(db, { actor, requestId: c.var.requestId }, { gewichten, stagnatieDagen, versie });
    if (!resultaat.ok && resultaat.reden === 'verouderd') {
      // The input stays; the versie becomes the current one, so that saving again is a deliberate overwrite.
      return render(c, config, { values: { ...values, versie: tekst(config.versie) }, fouten: {}, verouderd: true }, 409);
    }
    if (!resultaat.ok) {
      for (const f of resultaat.fouten) fouten[f.veld] ??= t(f.key);
      return render(c, config, { values, fouten }, 400);
    }
    flash(c, resultaat.gewichtenGewijzigd ? 'algoritme.beheer.flash.opgeslagen' : 'algoritme.beheer.flash.instellingenOpgeslagen');
    return c.redirect(localizedPath(locale, pad), 303);
  }

  // The preview: a chosen vraagstuk (the id field wins over the list) and, optionally, one kind of candidate.
  const gekozen = (values.vraagstukId ?? '').trim() || (values.vraagstuk ?? '').trim();
  let titel: { titel: string | null } | undefined;
  if (!gekozen) fouten.vraagstuk = t('algoritme.beheer.fouten.vraagstukKiezen');
  else if (!isUuid(gekozen) || !(titel = await vraagstukTitel(db, gekozen, locale))) {
    fouten[(values.vraagstukId ?? '').trim() ? 'vraagstukId' : 'vraagstuk'] = t('algoritme.beheer.fouten.vraagstukOnbekend');
  }
  const soort = values.soort ? (kandidaatSoorten as readonly string[]).includes(values.soort) ? (values.soort as KandidaatSoort) : null : undefined;
  if (soort === null) fouten.soort = t('algoritme.beheer.fouten.soort');
  if (Object.keys(fouten).length > 0 || !titel || soort === null) return render(c, config, { values, fouten }, 400);
  const voorbeeld = await maakVoorbeeld(db, { vraagstukId: gekozen, titel: titel.titel, soort, huidig: config.gewichten, nieuw: gewichten });
  return render(c, config, { values, fouten, voorbeeld });
}

async function render(c: Context<AppEnv>, config: MatchingConfiguratie, staat: Staat, status: ContentfulStatusCode = 200) {
  const { t, locale } = c.var;
  const { db } = c.var.deps.database;
  const [keuzes, rows] = await Promise.all([keuzeVraagstukken(db, locale), geschiedenis(db)]);
  const v = staat.values;
  const e = staat.fouten;
  const samenvatting: FieldError[] = Object.entries(e).map(([veld, message]) => ({ field: veldId(veld), message }));
  const deel = aandelen(config.gewichten);
  const title = t('algoritme.beheer.title');
  return renderPage(
    c,
    { title, breadcrumbs: [{ label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{t('algoritme.beheer.intro')}</p>
      <p class="utrecht-paragraph">
        {t('algoritme.beheer.huidig', { versie: config.versie, datum: formatMoment(config.bijgewerktOp, locale) })}{' '}
        <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/algoritme')}>
          {t('algoritme.beheer.openbarePagina')}
        </a>
      </p>
      {staat.verouderd ? (
        <div class="utrecht-alert utrecht-alert--error" role="alert" id="verouderd">
          <p class="utrecht-paragraph">
            <strong>{t('algoritme.beheer.verouderd.title')}</strong>
          </p>
          <p class="utrecht-paragraph">{t('algoritme.beheer.verouderd.uitleg')}</p>
        </div>
      ) : null}
      <ErrorSummary errors={samenvatting} />
      {staat.voorbeeld ? <VoorbeeldResultaat voorbeeld={staat.voorbeeld} /> : null}
      <form method="post" action={localizedPath(locale, pad)} class="ip-form" novalidate>
        <input type="hidden" name="_csrf" value={c.var.csrfToken} />
        <input type="hidden" name="versie" value={v.versie ?? ''} />
        <fieldset class={`utrecht-form-fieldset${e.gewichten ? ' utrecht-form-fieldset--invalid' : ''}`} aria-describedby={e.gewichten ? 'gewichten-fout' : undefined}>
          <legend class="utrecht-form-fieldset__legend">{t('algoritme.beheer.gewichten')}</legend>
          {e.gewichten ? (
            <p class="utrecht-form-field-error-message" id="gewichten-fout">
              {e.gewichten}
            </p>
          ) : null}
          {signalen.map((s) => (
            <TextField
              type="number"
              id={`gewicht-${s}`}
              name={s}
              label={signaalNaam(s, t)}
              hint={t('algoritme.beheer.gewichtHint', { omschrijving: t(`algoritme.signalen.${s}`), aandeel: deel[s] })}
              value={v[s] ?? ''}
              error={e[s]}
              min="0"
              max="1"
              step="0.01"
              inputmode="decimal"
            />
          ))}
        </fieldset>
        <fieldset class="utrecht-form-fieldset">
          <legend class="utrecht-form-fieldset__legend">{t('algoritme.beheer.instellingen')}</legend>
          <TextField
              type="number"
            id="stagnatieDagen"
            name="stagnatieDagen"
            label={t('algoritme.beheer.stagnatieDagen')}
            hint={t('algoritme.beheer.stagnatieDagenHint')}
            value={v.stagnatieDagen ?? ''}
            error={e.stagnatieDagen}
            min={String(stagnatieDagenGrenzen.min)}
            max={String(stagnatieDagenGrenzen.max)}
            step="1"
            inputmode="numeric"
          />
        </fieldset>
        <fieldset class="utrecht-form-fieldset">
          <legend class="utrecht-form-fieldset__legend">{t('algoritme.beheer.voorbeeld')}</legend>
          <p class="utrecht-paragraph">{t('algoritme.beheer.voorbeeldUitleg')}</p>
          <SelectField
            id="vraagstuk"
            name="vraagstuk"
            label={t('algoritme.beheer.vraagstuk')}
            hint={t('algoritme.beheer.vraagstukHint')}
            selected={v.vraagstuk}
            error={e.vraagstuk}
            options={[
              { value: '', label: t('algoritme.beheer.vraagstukGeen') },
              ...keuzes.map((k) => ({ value: k.id, label: `${k.titel ?? t('algoritme.beheer.resultaat.naamloos')} (${k.organisatie})` })),
            ]}
          />
          <TextField
            id="vraagstukId"
            name="vraagstukId"
            label={t('algoritme.beheer.vraagstukId')}
            hint={t('algoritme.beheer.vraagstukIdHint')}
            value={v.vraagstukId ?? ''}
            maxlength={36}
            spellcheck={false}
            autocomplete="off"
            error={e.vraagstukId}
          />
          <SelectField
            id="soort"
            name="soort"
            label={t('algoritme.beheer.soort')}
            selected={v.soort}
            error={e.soort}
            options={[{ value: '', label: t('algoritme.beheer.soortAlle') }, ...kandidaatSoorten.map((s) => ({ value: s, label: t(`algoritme.soorten.${s}`) }))]}
          />
          <button class="utrecht-button utrecht-button--secondary-action" type="submit" name="actie" value="voorbeeld">
            {t('algoritme.beheer.knopVoorbeeld')}
          </button>
        </fieldset>
        <button class="utrecht-button utrecht-button--primary-action" type="submit" name="actie" value="opslaan">
          {t('algoritme.beheer.knopOpslaan')}
        </button>
      </form>
      <Geschiedenis rows={rows} />
    </>,
    status,
  );
}
