import type { Context } from 'hono';
import { isAccount, isLidVan } from '../../../platform/actor.ts';
import { hashToken } from '../../../platform/secrets.ts';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { statusVan, tokenPattern, uitnodigingAccepteren, type UitnodigingStatus } from '../commands/uitnodiging-accepteren.ts';
import { findUitnodigingByTokenHash } from '../queries.ts';
import { CsrfField, ErrorAlert, formatDate } from './components.tsx';

/** An invitation that cannot be used: say why, and what to do instead. Unknown is a 404, the rest 410 Gone. */
function renderOnbruikbaar(c: Context<AppEnv>, status: Exclude<UitnodigingStatus, 'open'>) {
  const { t, locale } = c.var;
  const title = t('lidmaatschappen.uitnodiging.title');
  return renderPage(
    c,
    { title, breadcrumbs: [{ label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <ErrorAlert>{t(`lidmaatschappen.uitnodiging.status.${status}`)}</ErrorAlert>
      <p class="utrecht-paragraph">{t('lidmaatschappen.uitnodiging.watNu')}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/organisaties')}>
          {t('lidmaatschappen.crumbs.organisaties')}
        </a>
      </p>
    </>,
    status === 'onbekend' ? 404 : 410,
  );
}

/** GET /uitnodigingen/:token: what the invitation is for; accept when logged in, else log in or register first. */
export async function uitnodigingPage(c: Context<AppEnv>) {
  const { t, locale } = c.var;
  const token = c.req.param('token') ?? '';
  const row = tokenPattern.test(token) ? await findUitnodigingByTokenHash(c.var.deps.database.db, hashToken(token)) : undefined;
  const status = statusVan(row);
  if (!row || status !== 'open') return renderOnbruikbaar(c, status as Exclude<UitnodigingStatus, 'open'>);
  const actor = c.var.actor;
  const hier = localizedPath(locale, `/uitnodigingen/${token}`);
  const terug = `?terug=${encodeURIComponent(hier)}`;
  const title = t('lidmaatschappen.uitnodiging.title');
  return renderPage(
    c,
    { title, breadcrumbs: [{ label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">
        {t('lidmaatschappen.uitnodiging.voor', { organisatie: row.organisatieNaam, rol: t(`lidmaatschappen.rol.${row.rol}`) })}
      </p>
      <p class="utrecht-paragraph">{t('lidmaatschappen.uitnodiging.geldigTot', { datum: formatDate(locale, row.verlooptOp) })}</p>
      {isAccount(actor) ? (
        <>
          {isLidVan(actor, row.organisatieId) ? (
            <p class="utrecht-paragraph">{t('lidmaatschappen.uitnodiging.alLid', { organisatie: row.organisatieNaam })}</p>
          ) : null}
          <p class="utrecht-paragraph">{t('lidmaatschappen.uitnodiging.ingelogdAls', { naam: actor.naam, email: actor.email })}</p>
          <form method="post" action={hier}>
            <CsrfField />
            <button class="utrecht-button utrecht-button--primary-action" type="submit">
              {t('lidmaatschappen.uitnodiging.accepteren')}
            </button>
          </form>
        </>
      ) : (
        <>
          <p class="utrecht-paragraph">{t('lidmaatschappen.uitnodiging.eerstInloggen')}</p>
          <ul class="utrecht-unordered-list">
            <li>
              <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/inloggen') + terug}>
                {t('lidmaatschappen.uitnodiging.inloggen')}
              </a>
            </li>
            <li>
              <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/registreren') + terug}>
                {t('lidmaatschappen.uitnodiging.registreren')}
              </a>
            </li>
          </ul>
        </>
      )}
    </>,
  );
}

/** POST /uitnodigingen/:token: accept. Single use: a second accept finds it used. */
export async function uitnodigingAccepterenPost(c: Context<AppEnv>) {
  const actor = c.var.actor;
  if (!isAccount(actor)) throw new Error('access gate let an anonymous request through');
  const result = await uitnodigingAccepteren(c.var.deps.database.db, { actor, requestId: c.var.requestId }, c.req.param('token') ?? '');
  if (!result.ok) return renderOnbruikbaar(c, result.status);
  flash(c, 'lidmaatschappen.flash.geaccepteerd');
  return c.redirect(localizedPath(c.var.locale, '/account/organisaties'), 303);
}
