import type { Context } from 'hono';
import { eq, inArray } from 'drizzle-orm';
import type { AppEnv } from '../../../web/context.ts';
import { isAccount } from '../../../platform/actor.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { organisaties } from '../../organisaties/index.ts';
import { accounts } from '../schema.ts';

/** /account: who I am here, my organisations and roles, and the way to every account page. */
export async function overviewPage(c: Context<AppEnv>) {
  const actor = c.var.actor;
  if (!isAccount(actor)) throw new Error('access gate let an anonymous request through');
  const { t, locale } = c.var;
  const { db } = c.var.deps.database;
  const [account] = await db
    .select({ totpAanSinds: accounts.totpAanSinds, wachtwoord: accounts.wachtwoordHash })
    .from(accounts)
    .where(eq(accounts.id, actor.accountId));
  const ids = actor.lidmaatschappen.map((l) => l.organisatieId);
  const orgs = ids.length
    ? await db.select({ id: organisaties.id, naam: organisaties.naam, slug: organisaties.slug }).from(organisaties).where(inArray(organisaties.id, ids))
    : [];
  const title = t('accounts.overzicht.titel');
  const link = (path: string, key: string) => (
    <li>
      <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, path)}>
        {t(key)}
      </a>
    </li>
  );
  return renderPage(
    c,
    { title, breadcrumbs: [{ label: title }] },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      {actor.tweedeFactorVereist ? (
        <div class="utrecht-alert utrecht-alert--warning" role="alert">
          <p class="utrecht-paragraph">
            {t('accounts.tweedeFactor.vereist')}{' '}
            <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/account/tweede-factor')}>
              {t('accounts.overzicht.tweedeFactorInstellen')}
            </a>
          </p>
        </div>
      ) : null}
      <dl class="ip-details" data-testid="account-gegevens">
        <dt>{t('accounts.velden.naam')}</dt>
        <dd>{actor.naam}</dd>
        <dt>{t('accounts.velden.email')}</dt>
        <dd>{actor.email}</dd>
        <dt>{t('accounts.velden.persoonstype')}</dt>
        <dd data-testid="persoonstype">{actor.persoonstype ? t(`accounts.persoonstypes.${actor.persoonstype}`) : t('accounts.overzicht.onbekend')}</dd>
        <dt>{t('accounts.overzicht.organisaties')}</dt>
        <dd data-testid="organisaties">
          {orgs.length === 0 ? (
            t('accounts.overzicht.geenOrganisaties')
          ) : (
            <ul class="utrecht-unordered-list">
              {orgs.map((o) => {
                const rol = actor.lidmaatschappen.find((l) => l.organisatieId === o.id)?.rol ?? 'lid';
                return (
                  <li>
                    <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, `/organisaties/${o.slug}`)}>
                      {o.naam}
                    </a>{' '}
                    ({t(`accounts.organisatieRollen.${rol}`)})
                  </li>
                );
              })}
            </ul>
          )}
        </dd>
        {actor.platformrollen.length > 0 ? (
          <>
            <dt>{t('accounts.overzicht.platformrollen')}</dt>
            <dd>{actor.platformrollen.map((r) => t(`accounts.platformrollen.${r.rol}`) + (r.regioCode ? ` (${r.regioCode})` : '')).join(', ')}</dd>
          </>
        ) : null}
        <dt>{t('accounts.overzicht.tweedeFactor')}</dt>
        <dd>{account?.totpAanSinds ? t('accounts.overzicht.aan') : t('accounts.overzicht.uit')}</dd>
      </dl>
      <h2 class="utrecht-heading-2">{t('accounts.overzicht.marktplaats')}</h2>
      <ul class="utrecht-unordered-list ip-link-list">
        {actor.platformrollen.some((r) => r.rol === 'verbinder' || r.rol === 'beheerder') ? link('/verbinder/werkbank', 'werkbank.links.werkbank') : null}
        {actor.platformrollen.some((r) => r.rol === 'verbinder' || r.rol === 'beheerder')
          ? link('/verbinder/vraagstukken', 'accounts.overzicht.links.teBeoordelen')
          : null}
        {link('/account/vraagstukken', 'accounts.overzicht.links.vraagstukken')}
        {link('/account/aanbod', 'accounts.overzicht.links.aanbod')}
        {link('/account/belangstellingen', 'accounts.overzicht.links.belangstellingen')}
        {link('/account/passende-vraagstukken', 'werkbank.links.passendeVraagstukkenAccount')}
        {link('/account/koppelingen', 'werkbank.links.koppelingen')}
        {link('/account/zoekopdrachten', 'accounts.overzicht.links.zoekopdrachten')}
      </ul>
      <h2 class="utrecht-heading-2">{t('accounts.overzicht.beheren')}</h2>
      <ul class="utrecht-unordered-list ip-link-list">
        {link('/account/profiel', 'accounts.overzicht.links.profiel')}
        {link('/account/gegevens', 'accounts.overzicht.links.gegevens')}
        {link('/account/organisaties', 'accounts.overzicht.links.organisaties')}
        {link('/account/tweede-factor', 'accounts.overzicht.links.tweedeFactor')}
        {link('/account/wachtwoord', account?.wachtwoord ? 'accounts.overzicht.links.wachtwoord' : 'accounts.overzicht.links.wachtwoordInstellen')}
        {link('/account/email', 'accounts.overzicht.links.email')}
        {link('/account/sessies', 'accounts.overzicht.links.sessies')}
        {link('/account/api-tokens', 'accounts.overzicht.links.apiTokens')}
        {link('/account/verwijderen', 'accounts.overzicht.links.verwijderen')}
      </ul>
      {actor.platformrollen.some((r) => r.rol === 'beheerder') ? (
        <>
          <h2 class="utrecht-heading-2">{t('accounts.overzicht.beheer')}</h2>
          <ul class="utrecht-unordered-list ip-link-list">
            {link('/beheer/accounts', 'accounts.overzicht.links.beheerAccounts')}
            {link('/beheer/audit', 'accounts.overzicht.links.beheerAudit')}
            {link('/beheer/themas', 'accounts.overzicht.links.beheerThemas')}
            {link('/beheer/samenwerkingsvormen', 'accounts.overzicht.links.beheerSamenwerkingsvormen')}
            {link('/beheer/regios', 'accounts.overzicht.links.beheerRegios')}
            {link('/beheer/matching', 'algoritme.beheer.link')}
            {link('/beheer/organisaties/samenvoegen', 'accounts.overzicht.links.beheerSamenvoegen')}
          </ul>
        </>
      ) : null}
    </>,
  );
}
