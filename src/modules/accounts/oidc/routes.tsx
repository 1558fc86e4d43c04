import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import * as client from 'openid-client';
import { translator } from '../../../platform/i18n.ts';
import { access } from '../../../web/access.ts';
import { clientIp } from '../../../web/client-ip.ts';
import type { AppEnv } from '../../../web/context.ts';
import { renderErrorPage } from '../../../web/error-page.tsx';
import { flash } from '../../../web/flash.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { checkRateLimit } from '../rate-limit.ts';
import { startSession } from '../session-middleware.ts';
import { mapClaims, type Claims } from './claims.ts';
import { safeReturnPath, saveFlow, takeFlow } from './flow-cookie.ts';
import { loginWithIdentity, type SsoLoginRefusal } from './link-account.ts';
import { findProvider, providerConfiguration, redirectUri } from './providers.ts';

/** OpenID Connect login (authorization code + PKCE), e.g. with SURFconext. */
export function oidcPages(pages: Hono<AppEnv>) {
  pages.get('/inloggen/oidc/:provider', access('public'), startLogin);
  pages.get('/inloggen/oidc/:provider/terug', access('public'), finishLogin);
}

type Reden = SsoLoginRefusal | 'geweigerd' | 'provider-fout' | 'verlopen' | 'ongeldig' | 'onbereikbaar' | 'te-vaak';

/** Says what went wrong in the visitor's language and leads back to the login page; never a stack trace. */
function renderLoginError(
  c: Context<AppEnv>,
  providerNaam: string,
  reden: Reden,
  status: ContentfulStatusCode = 400,
  retryAfterSeconds?: number,
) {
  const { t, locale } = c.var;
  const title = t('oidc.fout.titel', { provider: providerNaam });
  const params = { provider: providerNaam, ...(retryAfterSeconds ? { count: Math.ceil(retryAfterSeconds / 60) } : {}) };
  if (retryAfterSeconds) c.header('Retry-After', String(retryAfterSeconds));
  c.header('Cache-Control', 'no-store');
  return renderPage(
    c,
    { title },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <div class="utrecht-alert utrecht-alert--error" role="alert">
        <p class="utrecht-paragraph">{t(`oidc.fout.reden.${reden}`, params)}</p>
      </div>
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/inloggen')}>
          {t('oidc.fout.naarInloggen')}
        </a>
      </p>
    </>,
    status,
  );
}

async function startLogin(c: Context<AppEnv>) {
  const { config, logger } = c.var.deps;
  const provider = findProvider(config, c.req.param('provider') ?? '');
  if (!provider) return renderErrorPage(c, 404);
  let oidc: client.Configuration;
  try {
    oidc = await providerConfiguration(config, provider);
  } catch (error) {
    logger.warn({ err: error, provider: provider.id, requestId: c.var.requestId }, 'oidc discovery failed');
    return renderLoginError(c, provider.naam, 'onbereikbaar', 502);
  }
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  saveFlow(c, { provider: provider.id, state, nonce, verifier, terug: safeReturnPath(c.req.query('terug')), locale: c.var.locale });
  const url = client.buildAuthorizationUrl(oidc, {
    redirect_uri: redirectUri(config, provider),
    scope: provider.scopes.join(' '),
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    ui_locales: c.var.locale,
  });
  c.header('Cache-Control', 'no-store');
  return c.redirect(url.href, 303);
}

async function finishLogin(c: Context<AppEnv>) {
  const { config, logger, database } = c.var.deps;
  const provider = findProvider(config, c.req.param('provider') ?? '');
  if (!provider) return renderErrorPage(c, 404);
  const flow = takeFlow(c);
  // The way back is always the Dutch path: answer in the language the login was started in.
  if (flow) {
    c.set('locale', flow.locale);
    c.set('t', translator(flow.locale));
  }
  const limit = await checkRateLimit(database.db, 'login', { ip: clientIp(c) });
  if (!limit.allowed) return renderLoginError(c, provider.naam, 'te-vaak', 429, limit.retryAfterSeconds);

  const error = c.req.query('error');
  if (error) return renderLoginError(c, provider.naam, error === 'access_denied' ? 'geweigerd' : 'provider-fout');
  if (!flow || flow.provider !== provider.id) return renderLoginError(c, provider.naam, 'verlopen');

  let claims: Claims;
  try {
    const oidc = await providerConfiguration(config, provider);
    // The URL the provider redirected to, as registered (behind a proxy c.req.url may differ).
    const current = new URL(redirectUri(config, provider));
    current.search = new URL(c.req.url).search;
    const tokens = await client.authorizationCodeGrant(oidc, current, {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims()!;
    // Providers put few claims in the ID token (SURFconext: the rest via userinfo); the ID token's subject counts.
    const userinfo = oidc.serverMetadata().userinfo_endpoint
      ? await client.fetchUserInfo(oidc, tokens.access_token, idToken.sub)
      : {};
    claims = { ...idToken, ...userinfo, sub: idToken.sub };
  } catch (err) {
    logger.warn({ err, provider: provider.id, requestId: c.var.requestId }, 'oidc callback refused');
    return renderLoginError(c, provider.naam, 'ongeldig');
  }

  const locale = c.var.locale;
  const result = await loginWithIdentity(database.db, { provider, identity: mapClaims(claims), locale, requestId: c.var.requestId });
  if (!result.ok) return renderLoginError(c, provider.naam, result.reden);

  c.header('Cache-Control', 'no-store');
  const methode = `oidc:${provider.id}`;
  if (result.tweedeFactorAan) {
    // Not logged in yet: the second-factor page finishes the login (and goes on to `terug`).
    await startSession(c, result.accountId, 'tweede-factor', methode);
    const query = flow.terug ? `?terug=${encodeURIComponent(flow.terug)}` : '';
    return c.redirect(`${localizedPath(locale, '/inloggen/tweede-factor')}${query}`, 303);
  }
  await startSession(c, result.accountId, 'actief', methode);
  flash(c, 'oidc.ingelogd');
  return c.redirect(flow.terug ?? localizedPath(locale, '/account'), 303);
}
