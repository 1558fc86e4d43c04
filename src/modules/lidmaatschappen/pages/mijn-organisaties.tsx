import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isAccount, type AccountActor } from '../../../platform/actor.ts';
import { EmptyState } from '../../../web/components/alerts.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { verlaten } from '../commands/verlaten.ts';
import { verzoekIntrekken } from '../commands/verzoek-intrekken.ts';
import { listMijnLidmaatschappen, listMijnVerzoeken, type OrganisatieKop } from '../queries.ts';
import { Confirm, CsrfField, ErrorAlert, formatDate, idParam, organisatieVoor } from './components.tsx';

function actorOf(c: Context<AppEnv>): AccountActor {
  const actor = c.var.actor;
  if (!isAccount(actor)) throw new Error('access gate let an anonymous request through');
  return actor;
}

const mijnPath = (c: Context<AppEnv>, rest = '') => localizedPath(c.var.locale, `/account/organisaties${rest}`);

/** GET /account/organisaties: my memberships (with role) and my requests to join. */
export async function mijnOrganisatiesPage(c: Context<AppEnv>) {
  const { t, locale } = c.var;
  const actor = actorOf(c);
  const { db } = c.var.deps.database;
  const [leden, verzoeken] = await Promise.all([listMijnLidmaatschappen(db, actor.accountId), listMijnVerzoeken(db, actor.accountId)]);
  const title = t('lidmaatschappen.mijn.title');
  const orgPath = (slug: string, rest = '') => localizedPath(locale, `/organisaties/${slug}${rest}`);
  return renderPage(
    c,
    { title, breadcrumbs: [{ label: t('lidmaatschappen.crumbs.account'), path: '/account' }, { label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <h2 class="utrecht-heading-2">{t('lidmaatschappen.mijn.lidmaatschappenKop')}</h2>
      {leden.length === 0 ? (
        <EmptyState title={t('lidmaatschappen.mijn.geenLidmaatschappen')}>
          <p class="utrecht-paragraph">
            <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/organisaties')}>
              {t('lidmaatschappen.mijn.zoekOrganisatie')}
            </a>
          </p>
        </EmptyState>
      ) : (
        <ul class="ip-results">
          {leden.map((l) => (
            <li class="ip-result">
              <h3 class="utrecht-heading-3 ip-result__title">
                <a class="utrecht-link utrecht-link--html-a" href={orgPath(l.slug)}>
                  {l.naam}
                </a>
              </h3>
              <p class="utrecht-paragraph ip-result__meta">
                {t(`lidmaatschappen.rol.${l.rol}`)} · {t('lidmaatschappen.mijn.sinds', { datum: formatDate(locale, l.sinds) })}
              </p>
              <p class="utrecht-paragraph">
                {l.rol === 'coordinator' ? (
                  <>
                    <a class="utrecht-link utrecht-link--html-a" href={orgPath(l.slug, '/leden')}>
                      {t('lidmaatschappen.mijn.ledenBeheren', { organisatie: l.naam })}
                    </a>
                    {' · '}
                  </>
                ) : null}
                <a class="utrecht-link utrecht-link--html-a" href={mijnPath(c, `/${l.slug}/verlaten`)}>
                  {t('lidmaatschappen.mijn.verlaten', { organisatie: l.naam })}
                </a>
              </p>
            </li>
          ))}
        </ul>
      )}
      <h2 class="utrecht-heading-2">{t('lidmaatschappen.mijn.verzoekenKop')}</h2>
      {verzoeken.length === 0 ? (
        <p class="utrecht-paragraph">{t('lidmaatschappen.mijn.geenVerzoeken')}</p>
      ) : (
        <ul class="ip-results">
          {verzoeken.map((v) => (
            <li class="ip-result">
              <h3 class="utrecht-heading-3 ip-result__title">{v.naam}</h3>
              <p class="utrecht-paragraph ip-result__meta">
                {t(`lidmaatschappen.verzoekStatus.${v.status}`)} · {t('lidmaatschappen.verzoeken.op', { datum: formatDate(locale, v.createdAt) })}
              </p>
              {v.status === 'open' ? (
                <form method="post" action={mijnPath(c, `/verzoeken/${v.id}/intrekken`)}>
                  <CsrfField />
                  <button class="utrecht-button utrecht-button--secondary-action" type="submit">
                    {t('lidmaatschappen.mijn.verzoekIntrekken', { organisatie: v.naam })}
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>,
  );
}

function renderVerlaten(c: Context<AppEnv>, organisatie: OrganisatieKop, melding?: string, status: ContentfulStatusCode = 200) {
  const { t, locale } = c.var;
  const title = t('lidmaatschappen.verlaten.title', { organisatie: organisatie.naam });
  return renderPage(
    c,
    {
      title,
      breadcrumbs: [
        { label: t('lidmaatschappen.crumbs.account'), path: '/account' },
        { label: t('lidmaatschappen.mijn.title'), path: '/account/organisaties' },
        { label: title },
      ],
    },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      {melding ? (
        <>
          <ErrorAlert>{melding}</ErrorAlert>
          <p class="utrecht-paragraph">
            <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, `/organisaties/${organisatie.slug}/leden`)}>
              {t('lidmaatschappen.mijn.ledenBeheren', { organisatie: organisatie.naam })}
            </a>
          </p>
        </>
      ) : (
        <Confirm
          action={mijnPath(c, `/${organisatie.slug}/verlaten`)}
          question={t('lidmaatschappen.verlaten.vraag', { organisatie: organisatie.naam })}
          confirmLabel={t('lidmaatschappen.verlaten.bevestig')}
          cancelHref={mijnPath(c)}
          cancelLabel={t('lidmaatschappen.annuleren')}
        />
      )}
    </>,
    status,
  );
}

/** GET /account/organisaties/:slug/verlaten: the confirmation step. Not a member: 403. */
export async function verlatenPage(c: Context<AppEnv>) {
  const organisatie = await organisatieVoor(c, 'verlaten');
  return renderVerlaten(c, organisatie);
}

/** POST /account/organisaties/:slug/verlaten */
export async function verlatenPost(c: Context<AppEnv>) {
  const organisatie = await organisatieVoor(c, 'verlaten');
  const result = await verlaten(c.var.deps.database.db, { actor: actorOf(c), requestId: c.var.requestId }, organisatie.id);
  if (!result.ok) {
    const key = result.reden === 'laatste-coordinator' ? 'lidmaatschappen.fouten.laatsteCoordinatorVerlaten' : 'lidmaatschappen.fouten.geenLid';
    return renderVerlaten(c, organisatie, c.var.t(key), 409);
  }
  flash(c, 'lidmaatschappen.flash.verlaten');
  return c.redirect(mijnPath(c), 303);
}

/** POST /account/organisaties/verzoeken/:id/intrekken: withdraw my own open request. */
export async function verzoekIntrekkenPost(c: Context<AppEnv>) {
  const result = await verzoekIntrekken(c.var.deps.database.db, { actor: actorOf(c), requestId: c.var.requestId }, idParam(c));
  flash(c, result.ok ? 'lidmaatschappen.flash.verzoekIngetrokken' : 'lidmaatschappen.flash.nietOpen');
  return c.redirect(mijnPath(c), 303);
}
