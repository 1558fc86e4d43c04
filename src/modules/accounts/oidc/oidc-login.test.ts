import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq, inArray } from 'drizzle-orm';
import { createAccount, loginAs } from '../../../../tests/support/accounts.ts';
import { signInAtProvider, startOidcProvider, type TestOidcProvider } from '../../../../tests/support/oidc-provider.ts';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { importDomains } from '../../../db/seed/import-domains.ts';
import { auditLog } from '../../audit/index.ts';
import { lidmaatschappen } from '../../lidmaatschappen/index.ts';
import { organisaties } from '../../organisaties/index.ts';
import { accounts, externeIdentiteiten, sessies } from '../schema.ts';
import { organisatieFor } from './link-account.ts';

const publicUrl = 'http://localhost:3999';
const callback = `${publicUrl}/inloggen/oidc/test/terug`;

type App = Awaited<ReturnType<typeof createTestApp>>;

/** The Set-Cookie values of a response as one Cookie header (name=value pairs). */
function cookiesOf(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((line) => line.split(';')[0]!)
    .join('; ');
}

describe('OIDC login against a local provider', () => {
  let provider: TestOidcProvider;
  let t: App;
  let hva: string;
  let bzk: string;

  before(async () => {
    provider = await startOidcProvider({
      redirectUris: [callback],
      people: {
        bestaand: { name: 'Bestaande Persoon', email: 'bestaand@hva.nl', email_verified: true, schac_home_organization: 'hva.nl', eduperson_affiliation: 'faculty' },
        onbevestigd: { name: 'Iemand Anders', email: 'bezet@hva.nl', email_verified: false },
        tweefactor: { name: 'Twee Factor', email: 'tweefactor@hva.nl', email_verified: true },
        eigenaar: { name: 'Echte Eigenaar', email: 'gekaapt@hva.nl', email_verified: true },
        zonderadres: { name: 'Zonder Adres' },
      },
    });
    t = await createTestApp({ OIDC_PROVIDERS: provider.providersEnv(), PUBLIC_URL: publicUrl });
    // Until the reference import registers the domains itself (idempotent, so harmless afterwards).
    await importDomains(t.db);
    const rows = await t.db
      .select({ id: organisaties.id, slug: organisaties.slug })
      .from(organisaties)
      .where(inArray(organisaties.slug, ['hogeschool-van-amsterdam', 'ministerie-van-binnenlandse-zaken-en-koninkrijksrelaties']));
    hva = rows.find((r) => r.slug === 'hogeschool-van-amsterdam')!.id;
    bzk = rows.find((r) => r.slug !== 'hogeschool-van-amsterdam')!.id;
  });
  after(async () => {
    await t?.close();
    await provider?.close();
  });

  /** Start at the app, sign in at the provider, come back: the app's answer to the callback. */
  async function login(name: string, start = '/inloggen/oidc/test', options: { cancel?: boolean } = {}) {
    const started = await t.app.request(start);
    assert.equal(started.status, 303);
    const back = await signInAtProvider(started.headers.get('location')!, name, options);
    assert.equal(back.origin + back.pathname, callback);
    return t.app.request(back.pathname + back.search, { headers: { cookie: cookiesOf(started) } });
  }

  const accountByEmail = async (email: string) => (await t.db.select().from(accounts).where(eq(accounts.email, email)))[0];

  it('answers 404 for an unknown provider', async () => {
    assert.equal((await t.app.request('/inloggen/oidc/bestaat-niet')).status, 404);
    assert.equal((await t.app.request('/inloggen/oidc/bestaat-niet/terug?code=x&state=y')).status, 404);
  });

  it('starts an authorization code flow with PKCE, state and nonce in an HttpOnly, SameSite=Lax cookie', async () => {
    const res = await t.app.request('/inloggen/oidc/test?terug=/organisaties');
    assert.equal(res.status, 303);
    const url = new URL(res.headers.get('location')!);
    assert.equal(url.origin, provider.issuer);
    assert.equal(url.searchParams.get('response_type'), 'code');
    assert.equal(url.searchParams.get('redirect_uri'), callback);
    assert.equal(url.searchParams.get('code_challenge_method'), 'S256');
    assert.ok(url.searchParams.get('code_challenge'));
    assert.ok(url.searchParams.get('state'));
    assert.ok(url.searchParams.get('nonce'));
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('ip_oidc='))!;
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    // Encrypted: neither the verifier nor the return path can be read from it.
    assert.doesNotMatch(decodeURIComponent(cookie), /organisaties/);
  });

  it('creates a student of the hogeschool on the first login, and logs them in', async () => {
    const res = await login('student');
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/account');
    const setCookies = res.headers.getSetCookie().join('\n');
    assert.match(setCookies, /ip_sessie=/);
    assert.match(setCookies, /ip_melding=oidc\.ingelogd/);

    const account = await accountByEmail('sanne.destudent@hva.nl');
    assert.ok(account);
    assert.equal(account.naam, 'Sanne de Student');
    assert.equal(account.persoonstype, 'student');
    assert.equal(account.wachtwoordHash, null);
    assert.ok(account.emailGeverifieerdOp);
    const [session] = await t.db.select().from(sessies).where(eq(sessies.accountId, account.id));
    assert.equal(session?.status, 'actief');
    assert.equal(session?.methode, 'oidc:test');
    const leden = await t.db.select().from(lidmaatschappen).where(eq(lidmaatschappen.accountId, account.id));
    assert.deepEqual(leden.map((l) => [l.organisatieId, l.rol, l.bron]), [[hva, 'lid', 'sso']]);
    const log = await t.db.select().from(auditLog).where(eq(auditLog.betreftAccountId, account.id));
    assert.deepEqual(log.map((e) => e.actie).sort(), ['account.aangemaakt', 'externe-identiteit.gekoppeld', 'lidmaatschap.aangemaakt']);
    assert.ok(log.every((e) => e.actorId === account.id));
  });

  it('logs the same person in again without changing the account, and goes back where they came from', async () => {
    const before = await accountByEmail('sanne.destudent@hva.nl');
    const [link] = await t.db.select().from(externeIdentiteiten).where(eq(externeIdentiteiten.accountId, before!.id));
    const res = await login('student', '/en/inloggen/oidc/test?terug=/en/organisaties');
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/en/organisaties');
    const after = await accountByEmail('sanne.destudent@hva.nl');
    assert.equal(after!.updatedAt.getTime(), before!.updatedAt.getTime());
    const [link2] = await t.db.select().from(externeIdentiteiten).where(eq(externeIdentiteiten.accountId, before!.id));
    assert.ok(link2!.laatstGebruiktOp > link!.laatstGebruiktOp);
    const log = await t.db.select().from(auditLog).where(eq(auditLog.betreftAccountId, before!.id));
    assert.equal(log.length, 3, 'no new audit entries for a repeat login');
  });

  it('creates a ministry employee as ambtenaar in the ministry', async () => {
    const res = await login('ambtenaar');
    assert.equal(res.status, 303);
    const account = await accountByEmail('bram.beleid@minbzk.nl');
    assert.equal(account?.naam, 'Bram Beleid');
    assert.equal(account?.persoonstype, 'ambtenaar');
    const leden = await t.db.select().from(lidmaatschappen).where(eq(lidmaatschappen.accountId, account!.id));
    assert.deepEqual(leden.map((l) => l.organisatieId), [bzk]);
  });

  it('never follows a return path to another site', async () => {
    const res = await login('student', '/inloggen/oidc/test?terug=//evil.example/x');
    assert.equal(res.headers.get('location'), '/account');
  });

  it('links an existing account with the same verified e-mail address, and adds the membership', async () => {
    const existing = await createAccount(t.db, t.config, { email: 'bestaand@hva.nl', persoonstype: 'lector' });
    const res = await login('bestaand');
    assert.equal(res.status, 303);
    const [link] = await t.db.select().from(externeIdentiteiten).where(eq(externeIdentiteiten.subject, 'bestaand'));
    assert.equal(link?.accountId, existing.id);
    const account = await accountByEmail('bestaand@hva.nl');
    assert.equal(account?.persoonstype, 'lector', 'the person type they chose is kept');
    const [lid] = await t.db
      .select()
      .from(lidmaatschappen)
      .where(and(eq(lidmaatschappen.accountId, existing.id), eq(lidmaatschappen.organisatieId, hva)));
    assert.equal(lid?.bron, 'sso');
  });

  it('takes over an unconfirmed account with that address: its password and sessions go', async () => {
    const squatter = await createAccount(t.db, t.config, { email: 'gekaapt@hva.nl', geverifieerd: false });
    await loginAs(t.db, t.config, squatter.id);
    const res = await login('eigenaar');
    assert.equal(res.status, 303);
    const account = await accountByEmail('gekaapt@hva.nl');
    assert.equal(account?.wachtwoordHash, null);
    assert.ok(account?.emailGeverifieerdOp);
    const left = await t.db.select().from(sessies).where(eq(sessies.accountId, squatter.id));
    assert.deepEqual(left.map((s) => s.methode), ['oidc:test'], 'only the new SSO session remains');
  });

  it('refuses to link when the provider does not vouch for the e-mail address', async () => {
    const existing = await createAccount(t.db, t.config, { email: 'bezet@hva.nl' });
    const res = await login('onbevestigd');
    assert.equal(res.status, 400);
    const html = await res.text();
    assert.match(html, /Log eerst in met uw e-mailadres en wachtwoord/);
    assert.match(html, /href="\/inloggen"/);
    const links = await t.db.select().from(externeIdentiteiten).where(eq(externeIdentiteiten.accountId, existing.id));
    assert.equal(links.length, 0);
    assert.equal(res.headers.getSetCookie().some((c) => c.startsWith('ip_sessie=')), false);
  });

  it('refuses a login without an e-mail address', async () => {
    const res = await login('zonderadres');
    assert.equal(res.status, 400);
    assert.match(await res.text(), /gaf geen e-mailadres door/);
  });

  it('asks for the second factor when the account has it on', async () => {
    const existing = await createAccount(t.db, t.config, { email: 'tweefactor@hva.nl', totpGeheim: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' });
    const res = await login('tweefactor', '/inloggen/oidc/test?terug=/organisaties');
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/inloggen/tweede-factor?terug=%2Forganisaties');
    const [session] = await t.db.select().from(sessies).where(eq(sessies.accountId, existing.id));
    assert.equal(session?.status, 'tweede-factor');
  });

  it('refuses a deleted account', async () => {
    const account = await accountByEmail('bram.beleid@minbzk.nl');
    await t.db.update(accounts).set({ verwijderdOp: new Date(), email: null }).where(eq(accounts.id, account!.id));
    const res = await login('ambtenaar');
    assert.equal(res.status, 400);
    assert.match(await res.text(), /is verwijderd/);
  });

  it('shows a clear error, in the language the login started in, when the person cancels', async () => {
    const res = await login('student', '/en/inloggen/oidc/test', { cancel: true });
    assert.equal(res.status, 400);
    const html = await res.text();
    assert.match(html, /You cancelled the login/);
    assert.match(html, /href="\/en\/inloggen"/);
  });

  it('refuses a callback without the flow cookie, with a forged state, or replayed', async () => {
    const bare = await t.app.request('/inloggen/oidc/test/terug?code=abc&state=def');
    assert.equal(bare.status, 400);
    assert.match(await bare.text(), /duurde te lang/);

    const started = await t.app.request('/inloggen/oidc/test');
    const back = await signInAtProvider(started.headers.get('location')!, 'student');
    back.searchParams.set('state', 'vervalst');
    const forged = await t.app.request(back.pathname + back.search, { headers: { cookie: cookiesOf(started) } });
    assert.equal(forged.status, 400);
    assert.match(await forged.text(), /kon niet worden gecontroleerd/);

    // The same answer twice (a reload, or a stolen URL with the cookie): the code is spent.
    const again = await t.app.request('/inloggen/oidc/test');
    const answer = await signInAtProvider(again.headers.get('location')!, 'student');
    const init = { headers: { cookie: cookiesOf(again) } };
    assert.equal((await t.app.request(answer.pathname + answer.search, init)).status, 303);
    const replay = await t.app.request(answer.pathname + answer.search, init);
    assert.equal(replay.status, 400);

    const forgedCookie = await t.app.request('/inloggen/oidc/test/terug?code=abc&state=def', { headers: { cookie: 'ip_oidc=v1.aaaa.bbbb.cccc' } });
    assert.equal(forgedCookie.status, 400);
  });

  it('maps domains only to the organisaties a provider serves', async () => {
    const base = { id: 'x', naam: 'X', issuer: 'https://x.example', clientId: 'c', clientSecret: 's', scopes: ['openid'] };
    assert.equal((await organisatieFor(t.db, { ...base, organisaties: [] }, 'hva.nl'))?.id, hva);
    assert.equal(await organisatieFor(t.db, { ...base, organisaties: ['hogeschool-utrecht'] }, 'hva.nl'), undefined);
    assert.equal((await organisatieFor(t.db, { ...base, organisaties: ['hogeschool-van-amsterdam'] }, 'hva.nl'))?.id, hva);
    assert.equal(await organisatieFor(t.db, { ...base, organisaties: [] }, 'onbekend.nl'), undefined);
    assert.equal(await organisatieFor(t.db, { ...base, organisaties: [] }, undefined), undefined);
    // A provider of one organisatie (a ministry's own login) needs no domain claim.
    const own = { ...base, organisaties: ['ministerie-van-binnenlandse-zaken-en-koninkrijksrelaties'] };
    assert.equal((await organisatieFor(t.db, own, undefined))?.id, bzk);
  });
});
