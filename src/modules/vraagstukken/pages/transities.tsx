import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ForbiddenError } from '../../../platform/errors.ts';
import { ErrorSummary } from '../../../web/components/alerts.tsx';
import { RadioGroup, TextAreaField } from '../../../web/components/form-fields.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { toSummary } from '../../../web/forms.ts';
import { renderPage } from '../../../web/render.tsx';
import { vraagstukTransitie } from '../commands/vraagstuk-transitie.ts';
import { handmatigeSluitredenen, kan, type Transitie } from '../lifecycle.ts';
import { mayTransition } from '../policy.ts';
import type { VraagstukVolledig } from '../queries.ts';
import { vraagstukLimieten } from '../vraagstuk.schema.ts';
import { CsrfField, foutenVan, geheelGetal, Melding, pad, StatusTag, titelVan, vraagstukVoor } from './velden.tsx';

/**
 * The lifecycle steps as pages: GET shows what the step means (the confirmation) with a remark
 * field, a reason to choose when closing, and the version the person saw; POST performs it through
 * vraagstukTransitie. Without bevestig=ja, the version, or a required remark or reason, nothing
 * changes and the page comes back with the message.
 */
export const transitiePaden = {
  indienen: 'indienen',
  publiceren: 'publiceren',
  terugsturen: 'terugsturen',
  'in-gesprek': 'in-gesprek',
  oppakken: 'oppakken',
  sluiten: 'sluiten',
  intrekken: 'intrekken',
} as const satisfies Partial<Record<Transitie, string>>;
export type PaginaTransitie = keyof typeof transitiePaden;

type State = { opmerking: string; sluitreden: string; fieldErrors: Record<string, string>; melding?: 'verouderd' | 'niet-mogelijk' | 'bevestig' | undefined; versie: string };

async function voorbereiden(c: Context<AppEnv>, transitie: PaginaTransitie) {
  const { v, resource } = await vraagstukVoor(c);
  if (!mayTransition(c.var.actor, transitie, resource)) throw new ForbiddenError();
  return v;
}

export function transitiePage(transitie: PaginaTransitie) {
  return async (c: Context<AppEnv>) => {
    const v = await voorbereiden(c, transitie);
    const mogelijk = kan(transitie, v.status);
    return renderTransitie(c, transitie, v, { opmerking: '', sluitreden: '', fieldErrors: {}, versie: String(v.versie), melding: mogelijk ? undefined : 'niet-mogelijk' }, mogelijk ? 200 : 409);
  };
}

export function transitiePost(transitie: PaginaTransitie) {
  return async (c: Context<AppEnv>) => {
    const v = await voorbereiden(c, transitie);
    const body = await c.req.parseBody();
    const veld = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
    const state: State = { opmerking: veld('opmerking'), sluitreden: veld('sluitreden'), fieldErrors: {}, versie: veld('versie') };
    const versie = geheelGetal(state.versie);
    if (veld('bevestig') !== 'ja' || versie === undefined) return renderTransitie(c, transitie, v, { ...state, versie: String(v.versie), melding: 'bevestig' }, 400);
    const sluitreden = handmatigeSluitredenen.find((r) => r === state.sluitreden);
    const result = await vraagstukTransitie(
      c.var.deps.database.db,
      { actor: c.var.actor, requestId: c.var.requestId },
      { id: v.id, versie, transitie, opmerking: state.opmerking, ...(sluitreden ? { sluitreden } : {}) },
    );
    if (result.ok) {
      flash(c, `vraagstukken.flash.${transitie}`);
      return c.redirect(pad(c.var.locale, v.id), 303);
    }
    if (result.reden === 'ongeldig') return renderTransitie(c, transitie, v, { ...state, fieldErrors: foutenVan(c, result.fouten) }, 400);
    // Someone else moved it on (or changed it) since this page was opened: nothing happened; show the current state.
    return renderTransitie(c, transitie, v, { ...state, versie: String(v.versie), melding: result.reden }, 409);
  };
}

function renderTransitie(c: Context<AppEnv>, transitie: PaginaTransitie, v: VraagstukVolledig, state: State, status: ContentfulStatusCode) {
  const { t, locale } = c.var;
  const titel = titelVan(t, locale, v).tekst;
  const title = t(`vraagstukken.transitie.${transitie}.titel`);
  const e = state.fieldErrors;
  // A refusal about a field that is not on this page (a deadline that passed) is fixed on the edit page.
  const elders = Object.entries(e).filter(([k]) => k !== 'opmerking' && k !== 'sluitreden');
  const hier = Object.fromEntries(Object.entries(e).filter(([k]) => k === 'opmerking' || k === 'sluitreden'));
  const summary = toSummary(hier, 'tr-').map((x) => (x.field === 'tr-sluitreden' ? { ...x, field: 'tr-sluitreden-0' } : x));
  const mogelijk = kan(transitie, v.status);
  return renderPage(
    c,
    { title: `${title}: ${titel}`, breadcrumbs: [{ label: titel, path: `/vraagstukken/${v.id}` }, { label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={pad(locale, v.id)}>
          {titel}
        </a>{' '}
        <StatusTag status={v.status} />
      </p>
      {state.melding === 'verouderd' ? (
        <Melding id="verouderd">
          <h2 class="utrecht-heading-2">{t('vraagstukken.verouderd.kop')}</h2>
          <p class="utrecht-paragraph">{t('vraagstukken.verouderd.uitlegStap')}</p>
        </Melding>
      ) : null}
      {state.melding === 'niet-mogelijk' || !mogelijk ? (
        <Melding id="niet-mogelijk">
          <p class="utrecht-paragraph">{t('vraagstukken.transitie.nietMogelijk', { status: t(`marktplaats.vraagstukStatus.${v.status}`) })}</p>
          <p class="utrecht-paragraph">
            <a class="utrecht-link utrecht-link--html-a" href={pad(locale, v.id)}>
              {t('vraagstukken.terugNaarVraagstuk')}
            </a>
          </p>
        </Melding>
      ) : null}
      {state.melding === 'bevestig' ? (
        <Melding id="bevestig">
          <p class="utrecht-paragraph">{t('vraagstukken.bevestigNodig')}</p>
        </Melding>
      ) : null}
      {elders.length > 0 ? (
        <Melding id="elders">
          <ul class="utrecht-unordered-list">
            {elders.map(([, m]) => (
              <li>{m}</li>
            ))}
          </ul>
          <p class="utrecht-paragraph">
            <a class="utrecht-link utrecht-link--html-a" href={pad(locale, v.id, '/bewerken')}>
              {t('vraagstukken.transitie.naarBewerken')}
            </a>
          </p>
        </Melding>
      ) : null}
      <ErrorSummary errors={summary} />
      {mogelijk ? (
        <form method="post" action={pad(locale, v.id, `/${transitiePaden[transitie]}`)} novalidate>
          <CsrfField />
          <input type="hidden" name="versie" value={state.versie} />
          <input type="hidden" name="bevestig" value="ja" />
          <p class="utrecht-paragraph">{t(`vraagstukken.transitie.${transitie}.uitleg`)}</p>
          {transitie === 'sluiten' ? (
            <RadioGroup
              id="tr-sluitreden"
              name="sluitreden"
              legend={t('vraagstukken.veld.sluitreden')}
              options={handmatigeSluitredenen.map((r) => ({ value: r, label: t(`marktplaats.sluitreden.${r}`) }))}
              checked={state.sluitreden}
              error={hier.sluitreden}
            />
          ) : null}
          <TextAreaField
            id="tr-opmerking"
            name="opmerking"
            label={t(transitie === 'terugsturen' ? 'vraagstukken.transitie.opmerkingVerplicht' : 'vraagstukken.transitie.opmerking')}
            hint={t(transitie === 'terugsturen' ? 'vraagstukken.transitie.opmerkingHintTerug' : 'vraagstukken.transitie.opmerkingHint')}
            value={state.opmerking}
            error={hier.opmerking}
            maxlength={vraagstukLimieten.opmerking}
            rows={4}
          />
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--primary-action">
              {t(`vraagstukken.transitie.${transitie}.knop`)}
            </button>
            <a class="utrecht-link utrecht-link--html-a" href={pad(locale, v.id)}>
              {t('vraagstukken.annuleren')}
            </a>
          </div>
        </form>
      ) : null}
    </>,
    status,
  );
}
