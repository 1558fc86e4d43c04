import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import type { Server } from 'node:http';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';
import { freePort } from './server-process.ts';

/**
 * A real OpenID Connect provider on localhost (`oidc-provider`), standing in for SURFconext in tests.
 * Its login page is the library's development form: any login name with any password. The login
 * name picks one of the test people below (SURFconext-style claims) and is the subject (`sub`) the
 * provider hands out; an unknown name logs in as a person with only sub and e-mail. Consent is given
 * automatically, as SURFconext does for a service the institution connected. PKCE is required.
 */
export type TestPerson = Record<string, unknown>;

export const testPeople = {
  // A student of the Hogeschool van Amsterdam (schac 'hva.nl'), with the array spelling and a plain value.
  student: {
    given_name: 'Sanne',
    family_name: 'de Student',
    email: 'sanne.destudent@hva.nl',
    email_verified: true,
    schac_home_organization: 'hva.nl',
    eduperson_affiliation: ['student', 'member'],
  },
  // A civil servant of the ministry of BZK, with the other spelling and a scoped value.
  ambtenaar: {
    name: 'Bram Beleid',
    email: 'bram.beleid@minbzk.nl',
    email_verified: true,
    schac_home_organization: 'minbzk.nl',
    edu_person_affiliations: 'employee@minbzk.nl',
  },
} satisfies Record<string, TestPerson>;

export type TestOidcProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The value for OIDC_PROVIDERS (JSON) with this provider under the given id. */
  providersEnv(options?: { id?: string; naam?: string; organisaties?: string[] }): string;
  close(): Promise<void>;
};

export const testClientId = 'i-partnerschap-test';

/**
 * For a server that must start before the provider (the provider needs the server's URL, the server
 * the provider's): a port, issuer and client secret to pass to both.
 */
export async function reserveIssuer(): Promise<{ port: number; issuer: string; clientSecret: string }> {
  const port = await freePort();
  return { port, issuer: `http://127.0.0.1:${port}`, clientSecret: randomBytes(24).toString('base64url') };
}

/** The value for OIDC_PROVIDERS (JSON) with one provider. */
export function oidcProvidersEnv(options: { issuer: string; clientSecret: string; id?: string; naam?: string; organisaties?: string[] }): string {
  const { issuer, clientSecret, id = 'test', naam = 'Test-SURFconext', organisaties = [] } = options;
  return JSON.stringify([{ id, naam, issuer, clientId: testClientId, clientSecret, scopes: ['openid', 'email', 'profile'], organisaties }]);
}

const scopeClaims = ['sub', 'schac_home_organization', 'eduperson_affiliation', 'edu_person_affiliations'];

export async function startOidcProvider(options: {
  redirectUris: string[];
  port?: number;
  clientSecret?: string;
  people?: Record<string, TestPerson>;
}): Promise<TestOidcProvider> {
  const port = options.port ?? (await freePort());
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = testClientId;
  const clientSecret = options.clientSecret ?? randomBytes(24).toString('base64url');
  const people: Record<string, TestPerson> = { ...testPeople, ...options.people };
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [jwk as never] },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    pkce: { required: () => true },
    // Short lives, set explicitly (the library asks for it): a test provider keeps everything in memory.
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AuthorizationCode: 60, AccessToken: 600, IdToken: 600 },
    features: { devInteractions: { enabled: true } },
    claims: {
      // SURFconext releases these with the openid scope (per service, by its attribute policy).
      openid: scopeClaims,
      email: ['email', 'email_verified'],
      profile: ['name', 'given_name', 'family_name'],
    },
    async findAccount(_ctx: KoaContextWithOIDC, login: string) {
      const claims = { ...(people[login] ?? { email: `${login}@example.org`, email_verified: true }), sub: login };
      return { accountId: login, claims: () => claims };
    },
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  // The app and the test talk to the provider over plain http on localhost.
  provider.proxy = false;
  const server: Server = provider.listen(port, '127.0.0.1');
  await once(server, 'listening');

  return {
    issuer,
    clientId,
    clientSecret,
    providersEnv: (more = {}) => oidcProvidersEnv({ issuer, clientSecret, ...more }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * Walks the provider's side of a login without a browser: from the authorization URL the app
 * redirected to, through the development login form, to the redirect back to the app. Returns that
 * redirect URL (with code and state, or an error). `cancel` presses the form's cancel link instead.
 */
export async function signInAtProvider(authorizationUrl: string, login: string, options: { cancel?: boolean } = {}): Promise<URL> {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const remember = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
    }
  };
  const origin = new URL(authorizationUrl).origin;
  let url = new URL(authorizationUrl);
  let init: RequestInit = {};
  for (let hop = 0; hop < 20; hop++) {
    if (url.origin !== origin) return url;
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: cookieHeader() } });
    remember(res);
    init = {};
    const location = res.headers.get('location');
    if (location) {
      await res.body?.cancel();
      url = new URL(location, url);
      continue;
    }
    const html = await res.text();
    if (res.status !== 200) throw new Error(`provider answered ${res.status}: ${html.slice(0, 500)}`);
    if (options.cancel) {
      const abort = /href="([^"]*\/abort)"/.exec(html);
      if (!abort) throw new Error(`no cancel link on the provider page: ${html.slice(0, 500)}`);
      url = new URL(abort[1]!.replace(/&amp;/g, '&'), url);
      continue;
    }
    const action = /<form[^>]*action="([^"]+)"/.exec(html);
    const prompt = /name="prompt" value="([^"]+)"/.exec(html);
    if (!action || !prompt) throw new Error(`no login form on the provider page: ${html.slice(0, 500)}`);
    url = new URL(action[1]!.replace(/&amp;/g, '&'), url);
    init = {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ prompt: prompt[1]!, login, password: 'test' }).toString(),
    };
  }
  throw new Error('too many redirects at the provider');
}
