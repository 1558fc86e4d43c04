import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { NotFoundError } from '../../../platform/errors.ts';
import { ErrorSummary } from '../../../web/components/alerts.tsx';
import { SelectField } from '../../../web/components/form-fields.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { readForm, toSummary, validateForm } from '../../../web/forms.ts';
import { renderPage } from '../../../web/render.tsx';
import { lidVerwijderen } from '../commands/lid-verwijderen.ts';
import { rolWijzigen } from '../commands/rol-wijzigen.ts';
import { rolFormSchema } from '../lidmaatschap.schema.ts';
import { findLid, type LidRij, type OrganisatieKop } from '../queries.ts';
import { organisatieRollen } from '../schema.ts';
import { Confirm, CsrfField, ErrorAlert, formatDate, idParam, ledenPath, organisatieVoor } from './components.tsx';

async function lidVoor(c: Context<AppEnv>, action: 'leden-bekijken' | 'rol-wijzigen' | 'lid-verwijderen') {
  const organisatie = await organisatieVoor(c, action);
  const lid = await findLid(c.var.deps.database.db, organisatie.id, idParam(c));
  if (!lid) throw new NotFoundError();
  return { organisatie, lid };
}

const crumbs = (c: Context<AppEnv>, organisatie: OrganisatieKop, label: string) => [
  { label: organisatie.naam, path: `/organisaties/${organisatie.slug}` },
  { label: c.var.t('lidmaatschappen.leden.crumb'), path: `/organisaties/${organisatie.slug}/leden` },
  { label },
];

/** GET /organisaties/:slug/leden/:id: one member, with the role form and the way to remove them. */
export async function lidPage(c: Context<AppEnv>) {
  const { organisatie, lid } = await lidVoor(c, 'leden-bekijken');
  return renderLid(c, organisatie, lid, { rol: lid.rol });
}

function renderLid(
  c: Context<AppEnv>,
  organisatie: OrganisatieKop,
  lid: LidRij,
  state: { rol: string; fieldErrors?: Record<string, string>; melding?: string },
  status: ContentfulStatusCode = 200,
) {
  const { t, locale } = c.var;
  const path = (rest = '') => ledenPath(locale, organisatie.slug, rest);
  return renderPage(
    c,
    { title: lid.naam, breadcrumbs: crumbs(c, organisatie, lid.naam) },
    <>
      <h1 class="utrecht-heading-1">{lid.naam}</h1>
      <ErrorSummary errors={toSummary(state.fieldErrors ?? {}, 'lid-')} />
      {state.melding ? <ErrorAlert>{state.melding}</ErrorAlert> : null}
      <dl class="utrecht-data-list ip-data-list">
        <div class="ip-data-list__item">
          <dt>{t('lidmaatschappen.veld.organisatie')}</dt>
          <dd>{organisatie.naam}</dd>
        </div>
        <div class="ip-data-list__item">
          <dt>{t('lidmaatschappen.veld.persoonstype')}</dt>
          <dd>{lid.persoonstype ? t(`lidmaatschappen.persoonstype.${lid.persoonstype}`) : '–'}</dd>
        </div>
        <div class="ip-data-list__item">
          <dt>{t('lidmaatschappen.veld.rol')}</dt>
          <dd>{t(`lidmaatschappen.rol.${lid.rol}`)}</dd>
        </div>
        <div class="ip-data-list__item">
          <dt>{t('lidmaatschappen.veld.sinds')}</dt>
          <dd>{formatDate(locale, lid.sinds)}</dd>
        </div>
      </dl>
      <h2 class="utrecht-heading-2">{t('lidmaatschappen.lid.rolKop')}</h2>
      <form method="post" action={path(`/${lid.id}/rol`)}>
        <CsrfField />
        <SelectField
          id="lid-rol"
          name="rol"
          label={t('lidmaatschappen.veld.rol')}
          selected={state.rol}
          error={state.fieldErrors?.rol}
          options={organisatieRollen.map((r) => ({ value: r, label: t(`lidmaatschappen.rol.${r}`) }))}
        />
        <button class="utrecht-button utrecht-button--primary-action" type="submit">
          {t('lidmaatschappen.lid.rolOpslaan')}
        </button>
      </form>
      <h2 class="utrecht-heading-2">{t('lidmaatschappen.lid.verwijderenKop')}</h2>
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={path(`/${lid.id}/verwijderen`)}>
          {t('lidmaatschappen.lid.verwijderen', { naam: lid.naam })}
        </a>
      </p>
      <p class="utrecht-paragraph ip-back">
        <a class="utrecht-link utrecht-link--html-a" href={path()}>
          {t('lidmaatschappen.lid.terug')}
        </a>
      </p>
    </>,
    status,
  );
}

/** POST /organisaties/:slug/leden/:id/rol */
export async function rolWijzigenPost(c: Context<AppEnv>) {
  const { organisatie, lid } = await lidVoor(c, 'rol-wijzigen');
  const values = await readForm(c);
  const form = validateForm(c, rolFormSchema, values, 'lid-');
  if (!form.ok) return renderLid(c, organisatie, lid, { rol: values.rol ?? '', fieldErrors: form.fieldErrors }, 400);
  const result = await rolWijzigen(
    c.var.deps.database.db,
    { actor: c.var.actor, requestId: c.var.requestId },
    { organisatieId: organisatie.id, lidmaatschapId: lid.id, rol: form.data.rol },
  );
  if (!result.ok) {
    return renderLid(c, organisatie, lid, { rol: form.data.rol, melding: c.var.t('lidmaatschappen.fouten.laatsteCoordinatorRol') }, 409);
  }
  flash(c, 'lidmaatschappen.flash.rolGewijzigd');
  return c.redirect(ledenPath(c.var.locale, organisatie.slug, `/${lid.id}`), 303);
}

/** GET /organisaties/:slug/leden/:id/verwijderen: the confirmation step. */
export async function lidVerwijderenPage(c: Context<AppEnv>) {
  const { organisatie, lid } = await lidVoor(c, 'lid-verwijderen');
  const { t, locale } = c.var;
  const title = t('lidmaatschappen.verwijderen.title', { naam: lid.naam });
  return renderPage(
    c,
    { title, breadcrumbs: crumbs(c, organisatie, title) },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <Confirm
        action={ledenPath(locale, organisatie.slug, `/${lid.id}/verwijderen`)}
        question={t('lidmaatschappen.verwijderen.vraag', { naam: lid.naam, organisatie: organisatie.naam })}
        confirmLabel={t('lidmaatschappen.verwijderen.bevestig')}
        cancelHref={ledenPath(locale, organisatie.slug, `/${lid.id}`)}
        cancelLabel={t('lidmaatschappen.annuleren')}
      />
    </>,
  );
}

/** POST /organisaties/:slug/leden/:id/verwijderen */
export async function lidVerwijderenPost(c: Context<AppEnv>) {
  const { organisatie, lid } = await lidVoor(c, 'lid-verwijderen');
  const result = await lidVerwijderen(
    c.var.deps.database.db,
    { actor: c.var.actor, requestId: c.var.requestId },
    { organisatieId: organisatie.id, lidmaatschapId: lid.id },
  );
  if (!result.ok) {
    return renderLid(c, organisatie, lid, { rol: lid.rol, melding: c.var.t('lidmaatschappen.fouten.laatsteCoordinatorVerwijderen') }, 409);
  }
  flash(c, 'lidmaatschappen.flash.verwijderd');
  return c.redirect(ledenPath(c.var.locale, organisatie.slug), 303);
}
