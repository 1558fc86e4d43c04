import * as client from 'openid-client';
import type { Config, OidcProviderConfig } from '../../../platform/config.ts';

/** The login buttons on /inloggen: "Inloggen met <naam>". Paths are locale-free (localizedPath adds /en). */
export function oidcProviderLinks(config: Pick<Config, 'oidcProviders'>): { id: string; naam: string; path: string }[] {
  return config.oidcProviders.map((p) => ({ id: p.id, naam: p.naam, path: `/inloggen/oidc/${p.id}` }));
}

export function findProvider(config: Config, id: string): OidcProviderConfig | undefined {
  return config.oidcProviders.find((p) => p.id === id);
}

/** Always the Dutch path: the provider registers one redirect URI per client. */
export function redirectUri(config: Config, provider: OidcProviderConfig): string {
  return `${config.publicUrl}/inloggen/oidc/${provider.id}/terug`;
}

/**
 * Discovery results, per provider and per app instance (tests run several apps in one process, with
 * providers of the same id on different ports). A failed discovery is not kept: the next login tries again.
 */
const cache = new WeakMap<Config, Map<string, Promise<client.Configuration>>>();

export function providerConfiguration(config: Config, provider: OidcProviderConfig): Promise<client.Configuration> {
  let perApp = cache.get(config);
  if (!perApp) cache.set(config, (perApp = new Map()));
  const key = `${provider.id} ${provider.issuer} ${provider.clientId}`;
  let found = perApp.get(key);
  if (!found) {
    found = client.discovery(
      new URL(provider.issuer),
      provider.clientId,
      { redirect_uris: [redirectUri(config, provider)] },
      // client_secret_basic: the OpenID Connect default, and what SURFconext registers.
      client.ClientSecretBasic(provider.clientSecret),
      {
        timeout: 10,
        // Plain http only outside production, for the local test provider.
        execute: config.isProduction ? [] : [client.allowInsecureRequests],
      },
    );
    perApp.set(key, found);
    found.catch(() => perApp.delete(key));
  }
  return found;
}
