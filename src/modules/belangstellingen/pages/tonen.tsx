import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isAccount } from '../../../platform/actor.ts';
import { ErrorSummary } from '../../../web/components/alerts.tsx';
import { SelectField, TextAreaField } from '../../../web/components/form-fields.tsx';
import { PostForm, SubmitButton } from '../../../web/components/form-parts.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { readForm, toSummary, validateForm } from '../../../web/forms.ts';
import { renderPage } from '../../../web/render.tsx';
import type { VraagstukKern } from '../../vraagstukken/index.ts';
import { belangstellingInvoerSchema, belangstellingLimieten } from '../belangstelling.schema.ts';
import { belangstellingTonen } from '../commands/belangstelling-tonen.ts';
import { tonenWeigering } from '../policy.ts';
import { koppelbaarAanbod, levendeBelangstelling } from '../queries.ts';
import { commandContext, inTaal, Melding, pad, Titel, titelTekst, zichtbaarVraagstuk } from './components.tsx';

const prefix = 'belangstelling-';

type Waarden = { motivatie: string; aanbodId: string };
type Weigering = 'eigen-vraagstuk' | 'niet-open' | 'al-getoond';
type State = { waarden: Waarden; fieldErrors: Record<string, string> };

/** Why this person cannot signal interest now (and their earlier interest, if that is the reason). */
async function weigeringVoor(c: Context<AppEnv>, kern: VraagstukKern): Promise<{ reden: Weigering; bestaandeId?: string } | undefined> {
  const reden = tonenWeigering(c.var.actor, kern);
  // 'onzichtbaar' cannot happen here: zichtbaarVraagstuk already answered 404.
  if (reden === 'eigen-vraagstuk' || reden === 'niet-open') return { reden };
  const actor = c.var.actor;
  if (!isAccount(actor)) return undefined;
  const bestaand = await levendeBelangstelling(c.var.deps.database.db, kern.id, actor.accountId);
  return bestaand ? { reden: 'al-getoond', bestaandeId: bestaand.id } : undefined;
}

/** GET /vraagstukken/:id/belangstelling: the form, or why it is not possible now. */
export async function tonenPage(c: Context<AppEnv>) {
  const kern = await zichtbaarVraagstuk(c);
  const weigering = await weigeringVoor(c, kern);
  if (weigering) return renderWeigering(c, kern, weigering);
  return renderForm(c, kern, { waarden: { motivatie: '', aanbodId: c.req.query('aanbod') ?? '' }, fieldErrors: {} });
}

/** POST /vraagstukken/:id/belangstelling */
export async function tonenPost(c: Context<AppEnv>) {
  const kern = await zichtbaarVraagstuk(c);
  // Refusals that do not depend on the input first: a motivation for a closed vraagstuk is wasted.
  const weigering = await weigeringVoor(c, kern);
  if (weigering) return renderWeigering(c, kern, weigering, 409);
  const values = await readForm(c);
  const waarden: Waarden = { motivatie: values.motivatie ?? '', aanbodId: values.aanbodId ?? '' };
  const form = validateForm(c, belangstellingInvoerSchema, waarden, prefix);
  if (!form.ok) return renderForm(c, kern, { waarden, fieldErrors: form.fieldErrors }, 400);
  const result = await belangstellingTonen(c.var.deps.database.db, commandContext(c), { vraagstukId: kern.id, invoer: form.data });
  if (result.ok) {
    flash(c, 'belangstellingen.flash.getoond');
    return c.redirect(pad(c, `/belangstellingen/${result.id}`), 303);
  }
  if (result.reden === 'ongeldig') {
    return renderForm(c, kern, { waarden, fieldErrors: Object.fromEntries(result.fouten.map((f) => [f.veld, c.var.t(f.key, f.params)])) }, 409);
  }
  // Something changed between the check above and the command (the vraagstuk closed, a second tab).
  return renderWeigering(c, kern, (await weigeringVoor(c, kern)) ?? { reden: result.reden }, 409);
}

function kruimels(c: Context<AppEnv>, kern: VraagstukKern) {
  const { t } = c.var;
  return [
    { label: t('belangstellingen.crumbs.vraagstukken'), path: '/vraagstukken' },
    { label: titelTekst(c, kern.titelNl, kern.titelEn), path: `/vraagstukken/${kern.id}` },
    { label: t('belangstellingen.tonen.titel') },
  ];
}

function renderWeigering(c: Context<AppEnv>, kern: VraagstukKern, weigering: { reden: Weigering; bestaandeId?: string }, status: ContentfulStatusCode = 200) {
  const { t } = c.var;
  const title = t('belangstellingen.tonen.titel');
  const vraagstukPad = pad(c, `/vraagstukken/${kern.id}`);
  return renderPage(
    c,
    { title, breadcrumbs: kruimels(c, kern) },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">
        <a class="utrecht-link utrecht-link--html-a" href={vraagstukPad}>
          <Titel nl={kern.titelNl} en={kern.titelEn} />
        </a>
      </p>
      <Melding soort={status === 200 ? 'info' : 'error'}>
        <p class="utrecht-paragraph">{t(`belangstellingen.tonen.weigering.${weigering.reden}`)}</p>
      </Melding>
      <ul class="utrecht-unordered-list ip-link-list">
        {weigering.bestaandeId ? (
          <li>
            <a class="utrecht-link utrecht-link--html-a" href={pad(c, `/belangstellingen/${weigering.bestaandeId}`)}>
              {t('belangstellingen.tonen.bekijkEerdere')}
            </a>
          </li>
        ) : null}
        {weigering.reden === 'eigen-vraagstuk' ? (
          <li>
            <a class="utrecht-link utrecht-link--html-a" href={pad(c, `/vraagstukken/${kern.id}/belangstellingen`)}>
              {t('belangstellingen.tonen.bekijkBelangstelling')}
            </a>
          </li>
        ) : null}
        <li>
          <a class="utrecht-link utrecht-link--html-a" href={vraagstukPad}>
            {t('belangstellingen.terugNaarVraagstuk')}
          </a>
        </li>
      </ul>
    </>,
    status,
  );
}

async function renderForm(c: Context<AppEnv>, kern: VraagstukKern, state: State, status: ContentfulStatusCode = 200) {
  const { t, locale } = c.var;
  const aanbod = await koppelbaarAanbod(c.var.deps.database.db, c.var.actor);
  const title = t('belangstellingen.tonen.titel');
  const v = state.waarden;
  const e = state.fieldErrors;
  const aanbodLabel = (a: (typeof aanbod)[number]) => {
    const titel = inTaal(locale, a.titelNl, a.titelEn).text ?? t('belangstellingen.zonderTitel');
    const soort = t(`marktplaats.aanbodSoort.${a.soort}`);
    return a.status === 'gepubliceerd' ? `${titel} (${soort})` : `${titel} (${soort}, ${t(`marktplaats.aanbodStatus.${a.status}`).toLowerCase()})`;
  };
  return renderPage(
    c,
    { title, breadcrumbs: kruimels(c, kern) },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">
        <a class="utrecht-link utrecht-link--html-a" href={pad(c, `/vraagstukken/${kern.id}`)}>
          <Titel nl={kern.titelNl} en={kern.titelEn} />
        </a>
      </p>
      <p class="utrecht-paragraph">{t('belangstellingen.tonen.uitleg')}</p>
      <ErrorSummary errors={toSummary(e, prefix)} />
      <PostForm action={`/vraagstukken/${kern.id}/belangstelling`}>
        <TextAreaField
          id={`${prefix}motivatie`}
          name="motivatie"
          label={t('belangstellingen.veld.motivatie')}
          hint={t('belangstellingen.tonen.motivatieHint', { max: String(belangstellingLimieten.motivatie) })}
          value={v.motivatie}
          error={e.motivatie}
          maxlength={belangstellingLimieten.motivatie}
          rows={6}
        />
        <SelectField
          id={`${prefix}aanbodId`}
          name="aanbodId"
          label={t('belangstellingen.veld.aanbod')}
          hint={aanbod.length > 0 ? t('belangstellingen.tonen.aanbodHint') : t('belangstellingen.tonen.geenEigenAanbod')}
          selected={v.aanbodId}
          error={e.aanbodId}
          options={[{ value: '', label: t('belangstellingen.tonen.geenAanbodKeuze') }, ...aanbod.map((a) => ({ value: a.id, label: aanbodLabel(a) }))]}
        />
        <p class="utrecht-paragraph">{t('belangstellingen.tonen.privacy')}</p>
        <div class="utrecht-button-group">
          <SubmitButton label={t('belangstellingen.tonen.versturen')} />
          <a class="utrecht-link utrecht-link--html-a" href={pad(c, `/vraagstukken/${kern.id}`)}>
            {t('belangstellingen.annuleren')}
          </a>
        </div>
      </PostForm>
    </>,
    status,
  );
}
