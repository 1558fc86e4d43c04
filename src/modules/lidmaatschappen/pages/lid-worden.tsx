import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isAccount, isLidVan, type AccountActor } from '../../../platform/actor.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { ErrorSummary } from '../../../web/components/alerts.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { readForm, toSummary, validateForm, type FormValues } from '../../../web/forms.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { verzoekIndienen } from '../commands/verzoek-indienen.ts';
import { lidWordenFormSchema } from '../lidmaatschap.schema.ts';
import { mailNieuwVerzoek } from '../mails.ts';
import { findOpenVerzoek, findOrganisatieBySlug, listCoordinatoren, type OrganisatieKop } from '../queries.ts';
import { CsrfField, InfoAlert, TextAreaField } from './components.tsx';

function actorOf(c: Context<AppEnv>): AccountActor {
  const actor = c.var.actor;
  if (!isAccount(actor)) throw new Error('access gate let an anonymous request through');
  return actor;
}

async function organisatieOf(c: Context<AppEnv>): Promise<OrganisatieKop> {
  const organisatie = await findOrganisatieBySlug(c.var.deps.database.db, c.req.param('slug') ?? '');
  if (!organisatie) throw new NotFoundError();
  return organisatie;
}

/** GET /organisaties/:slug/lid-worden: the request form, or why it is not needed. */
export async function lidWordenPage(c: Context<AppEnv>) {
  const organisatie = await organisatieOf(c);
  return renderLidWorden(c, organisatie, { values: {}, fieldErrors: {} });
}

async function renderLidWorden(
  c: Context<AppEnv>,
  organisatie: OrganisatieKop,
  form: { values: FormValues; fieldErrors: Record<string, string> },
  status: ContentfulStatusCode = 200,
) {
  const { t, locale } = c.var;
  const actor = actorOf(c);
  const title = t('lidmaatschappen.lidWorden.title', { organisatie: organisatie.naam });
  // A member needs no request, and one open request is enough: say so instead of showing the form.
  const alLid = isLidVan(actor, organisatie.id);
  const alOpen = !alLid && (await findOpenVerzoek(c.var.deps.database.db, actor.accountId, organisatie.id));
  const mijnOrganisaties = localizedPath(locale, '/account/organisaties');
  return renderPage(
    c,
    {
      title,
      breadcrumbs: [
        { label: t('lidmaatschappen.crumbs.organisaties'), path: '/organisaties' },
        { label: organisatie.naam, path: `/organisaties/${organisatie.slug}` },
        { label: t('lidmaatschappen.lidWorden.crumb') },
      ],
    },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      {alLid || alOpen ? (
        <>
          <InfoAlert>{t(alLid ? 'lidmaatschappen.lidWorden.alLid' : 'lidmaatschappen.lidWorden.alOpen', { organisatie: organisatie.naam })}</InfoAlert>
          <p class="utrecht-paragraph">
            <a class="utrecht-link utrecht-link--html-a" href={mijnOrganisaties}>
              {t('lidmaatschappen.mijn.title')}
            </a>
          </p>
        </>
      ) : (
        <>
          <ErrorSummary errors={toSummary(form.fieldErrors, 'verzoek-')} />
          <p class="utrecht-paragraph">{t('lidmaatschappen.lidWorden.uitleg', { organisatie: organisatie.naam })}</p>
          <form method="post" action={localizedPath(locale, `/organisaties/${organisatie.slug}/lid-worden`)} novalidate>
            <CsrfField />
            <TextAreaField
              id="verzoek-toelichting"
              name="toelichting"
              label={t('lidmaatschappen.veld.toelichting')}
              description={t('lidmaatschappen.lidWorden.toelichtingUitleg')}
              value={form.values.toelichting ?? ''}
              maxlength={1000}
              error={form.fieldErrors.toelichting}
            />
            <button class="utrecht-button utrecht-button--primary-action" type="submit">
              {t('lidmaatschappen.lidWorden.verstuur')}
            </button>
          </form>
        </>
      )}
    </>,
    status,
  );
}

/** POST /organisaties/:slug/lid-worden */
export async function lidWordenPost(c: Context<AppEnv>) {
  const organisatie = await organisatieOf(c);
  const actor = actorOf(c);
  const values = await readForm(c);
  const form = validateForm(c, lidWordenFormSchema, values, 'verzoek-');
  if (!form.ok) return renderLidWorden(c, organisatie, { values, fieldErrors: form.fieldErrors }, 400);
  const { db } = c.var.deps.database;
  const result = await verzoekIndienen(
    db,
    { actor, requestId: c.var.requestId },
    { organisatieId: organisatie.id, toelichting: form.data.toelichting },
  );
  // Already a member or already asked: the page explains it (the state may have changed since the form was shown).
  if (!result.ok) return renderLidWorden(c, organisatie, { values, fieldErrors: {} }, 409);
  for (const coordinator of await listCoordinatoren(db, organisatie.id)) {
    if (!coordinator.email) continue;
    mailNieuwVerzoek(c.var.deps.mailer, c.var.deps.config, {
      to: coordinator.email,
      locale: coordinator.taal,
      slug: organisatie.slug,
      organisatie: organisatie.naam,
      aanvrager: actor.naam,
    });
  }
  flash(c, 'lidmaatschappen.flash.verzoekIngediend');
  return c.redirect(localizedPath(c.var.locale, '/account/organisaties'), 303);
}
