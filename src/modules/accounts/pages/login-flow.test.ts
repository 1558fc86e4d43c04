import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as OTPAuth from 'otpauth';
import { eq } from 'drizzle-orm';
import { BrowserSession } from '../../../../tests/support/browser-session.ts';
import { createAccount, testPassword } from '../../../../tests/support/accounts.ts';
import { createTestApp } from '../../../../tests/support/test-app.ts';
import { linkIn } from '../../../platform/mail-sink.ts';
import { accounts, sessies } from '../schema.ts';
import { auditLog } from '../../audit/index.ts';

const pathOf = (link: string) => {
  const u = new URL(link);
  return u.pathname + u.search;
};
const totpCode = (secret: string, offsetSteps = 0) =>
  new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + offsetSteps * 30_000 });

describe('accounts: register, verify, log in with a second factor, log out', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('goes through the whole journey', async () => {
    const b = new BrowserSession(t.app);
    const email = 'nieuw.persoon@example.org';
    await b.get('/registreren');
    let r = await b.post('/registreren', {
      naam: 'Nieuw Persoon',
      email: 'Nieuw.Persoon@Example.org',
      persoonstype: 'docent',
      wachtwoord: testPassword,
      wachtwoordHerhaling: testPassword,
    });
    assert.equal(r.res.status, 303);
    assert.equal(r.res.headers.get('location'), '/registreren/verstuurd');

    // Not verified yet: the right password gets the 'confirm first' message, not a session.
    await t.mailSink.waitFor(email, { subject: /Bevestig uw e-mailadres/ });
    const resentAfter = new Date();
    await b.get('/inloggen');
    r = await b.post('/inloggen', { email, wachtwoord: testPassword });
    assert.equal(r.res.status, 400);
    assert.match(r.text, /nog niet bevestigd/);

    // That attempt sent a new link; the first one stopped working.
    const mail = await t.mailSink.waitFor(email, { subject: /Bevestig uw e-mailadres/, since: resentAfter });
    r = await b.get(pathOf(linkIn(mail)));
    assert.equal(r.res.status, 303);
    r = await b.get(pathOf(linkIn(mail)));
    assert.equal(r.res.status, 400, 'a verification link works once');

    await b.get('/inloggen');
    r = await b.post('/inloggen', { email, wachtwoord: testPassword });
    assert.equal(r.res.status, 303);
    assert.equal(r.res.headers.get('location'), '/account');
    const firstSession = b.cookie('ip_sessie');
    r = await b.get('/account');
    assert.equal(r.res.status, 200);
    assert.match(r.text, /Nieuw Persoon/);
    assert.match(r.text, /Docent/);

    // Turn on the second factor: the secret is on the page; a wrong code is refused.
    r = await b.get('/account/tweede-factor');
    const secret = /data-testid="totp-geheim">([A-Z2-7 ]+)</.exec(r.text)![1]!.replace(/ /g, '');
    r = await b.post('/account/tweede-factor', { code: '000000' });
    assert.equal(r.res.status, 400);
    assert.match(r.text, /niet juist/);
    r = await b.post('/account/tweede-factor', { code: totpCode(secret) });
    assert.equal(r.res.status, 200);
    const codes = [...r.text.matchAll(/<code>([a-z2-9]{4}-[a-z2-9]{4})<\/code>/g)].map((m) => m[1]!);
    assert.equal(codes.length, 10);

    await b.post('/uitloggen', {});
    r = await b.get('/account');
    assert.equal(r.res.status, 303, 'logged out');

    // Logging in again asks for the code; the session id differs from the first one (rotation).
    await b.get('/inloggen');
    r = await b.post('/inloggen', { email, wachtwoord: testPassword });
    assert.equal(r.res.headers.get('location'), '/inloggen/tweede-factor');
    r = await b.get('/account');
    assert.equal(r.res.status, 303, 'half logged in is not logged in');
    await b.get('/inloggen/tweede-factor');
    r = await b.post('/inloggen/tweede-factor', { code: totpCode(secret) });
    assert.equal(r.res.status, 400, 'the code used to turn it on cannot be used again');
    r = await b.post('/inloggen/tweede-factor', { code: codes[0]! });
    assert.equal(r.res.status, 303);
    assert.notEqual(b.cookie('ip_sessie'), firstSession);
    r = await b.get('/account');
    assert.equal(r.res.status, 200);

    // A recovery code works once.
    await b.post('/uitloggen', {});
    await b.get('/inloggen');
    await b.post('/inloggen', { email, wachtwoord: testPassword });
    await b.get('/inloggen/tweede-factor');
    r = await b.post('/inloggen/tweede-factor', { code: codes[0]! });
    assert.equal(r.res.status, 400);
    r = await b.post('/inloggen/tweede-factor', { code: totpCode(secret, 1) });
    assert.equal(r.res.status, 303, 'the next TOTP step is accepted: ' + /utrecht-alert--error[\s\S]{0,600}/.exec(r.text)?.[0]);

    const entries = await t.db.select({ actie: auditLog.actie }).from(auditLog);
    const acties = new Set(entries.map((e) => e.actie));
    for (const a of ['account.geregistreerd', 'account.email-geverifieerd', 'account.ingelogd', 'account.tweede-factor-aan']) {
      assert.ok(acties.has(a), `audit has ${a}`);
    }
  });

  it('answers registration the same for a known address, and tells its owner by mail', async () => {
    const known = await createAccount(t.db, t.config, { email: 'bekend@example.org' });
    const b = new BrowserSession(t.app);
    await b.get('/registreren');
    const r = await b.post('/registreren', {
      naam: 'Iemand',
      email: known.email,
      persoonstype: 'student',
      wachtwoord: testPassword,
      wachtwoordHerhaling: testPassword,
    });
    assert.equal(r.res.status, 303);
    assert.equal(r.res.headers.get('location'), '/registreren/verstuurd');
    const mail = await t.mailSink.waitFor(known.email, { subject: /al een account/ });
    assert.match(mail.text, /wachtwoord-vergeten/);
  });

  it('answers login the same for an unknown address and a wrong password', async () => {
    const known = await createAccount(t.db, t.config);
    const b = new BrowserSession(t.app);
    await b.get('/inloggen');
    const unknown = await b.post('/inloggen', { email: 'niemand@example.org', wachtwoord: 'iets-anders-dan-dit' });
    const wrong = await b.post('/inloggen', { email: known.email, wachtwoord: 'iets-anders-dan-dit' });
    assert.equal(unknown.res.status, 400);
    assert.equal(wrong.res.status, 400);
    const message = (html: string) => /<div class="utrecht-alert utrecht-alert--error[\s\S]*?<\/div>/.exec(html)?.[0];
    assert.equal(message(unknown.text), message(wrong.text));
  });

  it('keeps the input and explains every refused field', async () => {
    const b = new BrowserSession(t.app);
    await b.get('/registreren');
    const r = await b.post('/registreren', {
      naam: '',
      email: 'geen-adres',
      persoonstype: 'koning',
      wachtwoord: 'welkom123',
      wachtwoordHerhaling: 'iets anders',
    });
    assert.equal(r.res.status, 400);
    for (const field of ['naam', 'email', 'persoonstype', 'wachtwoord', 'wachtwoordHerhaling']) {
      assert.match(r.text, new RegExp(`href="#${field}"`), `summary links to ${field}`);
      assert.match(r.text, new RegExp(`id="${field}-fout"`), `message at ${field}`);
    }
    assert.match(r.text, /value="geen-adres"/);
    assert.doesNotMatch(r.text, /welkom123/, 'a password is never sent back');
    const common = await b.post('/registreren', { naam: 'A', email: 'a@example.org', persoonstype: 'student', wachtwoord: 'password123', wachtwoordHerhaling: 'password123' });
    assert.match(common.text, /veelgebruikte wachtwoorden|te makkelijk/);
  });

  it('refuses a form without or with a wrong CSRF token, and ignores a forged session cookie', async () => {
    const b = new BrowserSession(t.app);
    await b.get('/inloggen');
    let r = await b.post('/inloggen', { email: 'a@example.org', wachtwoord: 'x' }, { csrf: null });
    assert.equal(r.res.status, 403);
    r = await b.post('/inloggen', { email: 'a@example.org', wachtwoord: 'x' }, { csrf: 'vals.token' });
    assert.equal(r.res.status, 403);
    b.setCookie('ip_sessie', 'vervalst-token-dat-niet-bestaat-0123456789');
    r = await b.get('/account');
    assert.equal(r.res.status, 303);
    assert.match(r.res.headers.get('location') ?? '', /^\/inloggen\?terug=/);
  });

  it('sends an anonymous form post to the login page, also with a malformed Referer', async () => {
    const b = new BrowserSession(t.app);
    await b.get('/');
    const res = await t.app.request('/account/wachtwoord', {
      method: 'POST',
      headers: { cookie: b.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded', referer: ':::kapot' },
      body: new URLSearchParams({ _csrf: /ip_csrf=([^;]+)/.exec(b.cookieHeader())![1]! }).toString(),
    });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/inloggen?terug=%2F');
  });

  it('resets a password once with the mailed link, ending every session', async () => {
    const account = await createAccount(t.db, t.config, { email: 'vergeetachtig@example.org' });
    const other = new BrowserSession(t.app);
    await other.get('/inloggen');
    await other.post('/inloggen', { email: account.email, wachtwoord: account.wachtwoord });
    assert.equal((await other.get('/account')).res.status, 200);

    const b = new BrowserSession(t.app);
    await b.get('/wachtwoord-vergeten');
    let r = await b.post('/wachtwoord-vergeten', { email: account.email });
    assert.equal(r.res.status, 303);
    const unknown = await b.post('/wachtwoord-vergeten', { email: 'onbekend@example.org' });
    assert.equal(unknown.res.headers.get('location'), r.res.headers.get('location'), 'same answer for an unknown address');
    const mail = await t.mailSink.waitFor(account.email, { subject: /Nieuw wachtwoord/ });
    const link = pathOf(linkIn(mail));
    r = await b.get(link);
    assert.equal(r.res.status, 200);
    const token = new URL(link, 'http://x').searchParams.get('token')!;
    r = await b.post('/wachtwoord-herstellen', { token, wachtwoord: 'kort', wachtwoordHerhaling: 'kort' });
    assert.equal(r.res.status, 400);
    const nieuw = 'groene-tafel-zingt-42-keer';
    r = await b.post('/wachtwoord-herstellen', { token, wachtwoord: nieuw, wachtwoordHerhaling: nieuw });
    assert.equal(r.res.status, 303);
    r = await b.post('/wachtwoord-herstellen', { token, wachtwoord: nieuw, wachtwoordHerhaling: nieuw });
    assert.equal(r.res.status, 400);
    assert.match(r.text, /al gebruikt/);
    assert.equal((await other.get('/account')).res.status, 303, 'the other session ended');
    await b.get('/inloggen');
    r = await b.post('/inloggen', { email: account.email, wachtwoord: nieuw });
    assert.equal(r.res.status, 303);
  });

  it('refuses an expired reset link', async () => {
    const account = await createAccount(t.db, t.config, { email: 'laat@example.org' });
    const b = new BrowserSession(t.app);
    await b.get('/wachtwoord-vergeten');
    await b.post('/wachtwoord-vergeten', { email: account.email });
    const mail = await t.mailSink.waitFor(account.email, { subject: /Nieuw wachtwoord/ });
    const { emailTokens } = await import('../schema.ts');
    await t.db.update(emailTokens).set({ verlooptOp: new Date(Date.now() - 1000) }).where(eq(emailTokens.accountId, account.id));
    const r = await b.get(pathOf(linkIn(mail)));
    assert.equal(r.res.status, 400);
    assert.match(r.text, /verlopen/);
  });

  it('limits login attempts per account and says how long to wait', async () => {
    const account = await createAccount(t.db, t.config, { email: 'doelwit@example.org' });
    const b = new BrowserSession(t.app);
    await b.get('/inloggen');
    let last: Response | undefined;
    for (let i = 0; i < 11; i++) last = (await b.post('/inloggen', { email: account.email, wachtwoord: `fout-${i}-wachtwoord` })).res;
    assert.equal(last!.status, 429);
    assert.ok(Number(last!.headers.get('retry-after')) > 0);
    const r = await b.post('/inloggen', { email: account.email, wachtwoord: account.wachtwoord });
    assert.equal(r.res.status, 429, 'even the right password waits');
    assert.match(r.text, /Wacht \d+ minuten/);
  });

  it('changes the e-mail address only after the new address confirms', async () => {
    const account = await createAccount(t.db, t.config, { email: 'oud@example.org' });
    const b = new BrowserSession(t.app);
    await b.get('/inloggen');
    await b.post('/inloggen', { email: account.email, wachtwoord: account.wachtwoord });
    await b.get('/account/email');
    let r = await b.post('/account/email', { email: 'nieuw@example.org', huidig: 'onjuist' });
    assert.equal(r.res.status, 400);
    r = await b.post('/account/email', { email: 'nieuw@example.org', huidig: account.wachtwoord });
    assert.equal(r.res.status, 303);
    const [still] = await t.db.select({ email: accounts.email }).from(accounts).where(eq(accounts.id, account.id));
    assert.equal(still!.email, 'oud@example.org');
    await t.mailSink.waitFor('oud@example.org', { subject: /Wijziging van uw e-mailadres/ });
    const mail = await t.mailSink.waitFor('nieuw@example.org', { subject: /Bevestig uw nieuwe/ });
    r = await b.get(pathOf(linkIn(mail)));
    assert.equal(r.res.status, 303);
    const [now] = await t.db.select({ email: accounts.email }).from(accounts).where(eq(accounts.id, account.id));
    assert.equal(now!.email, 'nieuw@example.org');
  });

  it('logs out everywhere', async () => {
    const account = await createAccount(t.db, t.config);
    const one = new BrowserSession(t.app);
    const two = new BrowserSession(t.app);
    for (const b of [one, two]) {
      await b.get('/inloggen');
      await b.post('/inloggen', { email: account.email, wachtwoord: account.wachtwoord });
    }
    await one.get('/account/sessies');
    const r = await one.post('/account/sessies/overal-uitloggen', {});
    assert.equal(r.res.status, 303);
    assert.equal((await two.get('/account')).res.status, 303);
    assert.equal((await one.get('/account')).res.status, 303);
    const left = await t.db.select().from(sessies).where(eq(sessies.accountId, account.id));
    assert.equal(left.length, 0);
  });

  it('asks a beheerder without a second factor to set it up before the role counts', async () => {
    const account = await createAccount(t.db, t.config, { platformrollen: [{ rol: 'beheerder' }], totpGeheim: undefined });
    await t.db.update(accounts).set({ totpGeheim: null, totpAanSinds: null }).where(eq(accounts.id, account.id));
    const b = new BrowserSession(t.app);
    await b.get('/inloggen');
    const r = await b.post('/inloggen', { email: account.email, wachtwoord: account.wachtwoord });
    assert.equal(r.res.headers.get('location'), '/account/tweede-factor');
  });
});
