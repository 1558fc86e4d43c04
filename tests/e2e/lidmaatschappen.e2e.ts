import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { linkIn, startMailSink, type MailSink } from '../../src/platform/mail-sink.ts';
import { runCli, startServer, type RunningServer } from '../support/server-process.ts';
import { closeAll, launchBrowser, pathAndQuery, logInWithSecondFactor } from './support.ts';

/**
 * Memberships end to end: a beheerder (made with the CLI, second factor on) logs in through the
 * real login pages and invites someone to an organisation from its members page; the invitee
 * registers, confirms the address through the mail link, logs in, accepts the invitation and sees
 * the organisation under "Mijn organisaties". Every new page on the way is checked with axe.
 */

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const BEHEERDER = { email: 'beheerder@example.org', naam: 'Bram Beheerder', wachtwoord: 'groene-giraf-zwemt-42' };
const GENODIGDE = { email: 'genodigde@example.org', naam: 'Gina Genodigde', wachtwoord: 'blauwe-walvis-danst-19' };
const ORGANISATIE = 'ministerie-van-binnenlandse-zaken-en-koninkrijksrelaties';

let server: RunningServer;
let sink: MailSink;
let browser: Browser;
let beheerder: BrowserContext;
let genodigde: BrowserContext | undefined;

before(async () => {
  sink = await startMailSink();
  server = await startServer({
    env: { SMTP_URL: sink.url },
    beforeStart: async (env) => {
      await runCli(
        ['account-aanmaken', '--email', BEHEERDER.email, '--naam', BEHEERDER.naam, '--wachtwoord', BEHEERDER.wachtwoord, '--rol', 'beheerder', '--totp-geheim', TOTP_SECRET],
        env,
      );
    },
  });
  browser = await launchBrowser();
  beheerder = await browser.newContext();
});

after(async () => {
  await genodigde?.close();
  await closeAll(beheerder, browser, server);
  await sink.close();
});

async function axe(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(found, [], `axe on ${label} (${pathAndQuery(page)})`);
}

async function go(page: Page, path: string, status = 200) {
  const response = await page.goto(server.baseUrl + path);
  assert.equal(response?.status(), status, `GET ${path}`);
}

/** The path and query of a mail link: the server's public URL may name another host than the test uses. */
const mailPath = (link: string) => {
  const url = new URL(link);
  return url.pathname + url.search;
};

describe('memberships', () => {
  let beheerderPage: Page;

  test('a beheerder logs in with the second factor and invites someone from the members page', async () => {
    beheerderPage = await beheerder.newPage();
    const page = beheerderPage;
    await logInWithSecondFactor(page, server.baseUrl, BEHEERDER, TOTP_SECRET);

    await go(page, `/organisaties/${ORGANISATIE}/leden`);
    await axe(page, 'members page');
    // Bad input first: the error summary and the field message, then the real invitation.
    await page.fill('#uitnodiging-email', 'geen-adres');
    await page.click('form[action$="/leden/uitnodigingen"] button[type="submit"]');
    assert.ok(await page.isVisible('.ip-error-summary'));
    assert.equal(await page.inputValue('#uitnodiging-email'), 'geen-adres');
    await axe(page, 'members page with errors');
    await page.fill('#uitnodiging-email', GENODIGDE.email);
    await page.selectOption('#uitnodiging-rol', 'lid');
    await Promise.all([page.waitForURL(new RegExp(`/organisaties/${ORGANISATIE}/leden$`)), page.click('form[action$="/leden/uitnodigingen"] button[type="submit"]')]);
    assert.ok(await page.isVisible('.ip-flash'));
    assert.ok((await page.textContent('main'))?.includes(GENODIGDE.email));
    await axe(page, 'members page with an open invitation');
  });

  test('the invitee registers, confirms, logs in, accepts, and sees the organisation', async () => {
    const invitation = mailPath(linkIn(await sink.waitFor(GENODIGDE.email, { subject: /Uitnodiging/ })));
    assert.match(invitation, /^\/uitnodigingen\/[A-Za-z0-9_-]+$/);
    genodigde = await browser.newContext();
    const page = await genodigde.newPage();
    await go(page, invitation);
    assert.ok((await page.textContent('main'))?.includes('Binnenlandse Zaken'));
    await axe(page, 'invitation (logged out)');

    await Promise.all([page.waitForURL(/\/registreren\?terug=/), page.click('a[href^="/registreren?terug="]')]);
    await page.fill('#naam', GENODIGDE.naam);
    await page.fill('#email', GENODIGDE.email);
    await page.selectOption('#persoonstype', 'ambtenaar');
    await page.fill('#wachtwoord', GENODIGDE.wachtwoord);
    await page.fill('#wachtwoordHerhaling', GENODIGDE.wachtwoord);
    await Promise.all([page.waitForURL(/\/registreren\/verstuurd/), page.click('main button[type="submit"]')]);
    const verify = mailPath(linkIn(await sink.waitFor(GENODIGDE.email, { subject: /^(?!Uitnodiging)/ })));
    await page.goto(server.baseUrl + verify);

    // Back to the invitation through the login page's ?terug=.
    await go(page, `/inloggen?terug=${encodeURIComponent(invitation)}`);
    await page.fill('#email', GENODIGDE.email);
    await page.fill('#wachtwoord', GENODIGDE.wachtwoord);
    await Promise.all([page.waitForURL((u) => u.pathname === invitation), page.click('main button[type="submit"]')]);
    await axe(page, 'invitation (logged in)');
    await Promise.all([page.waitForURL(/\/account\/organisaties$/), page.click('main form button[type="submit"]')]);
    const main = (await page.textContent('main')) ?? '';
    assert.ok(main.includes('Binnenlandse Zaken'), 'the organisation is listed');
    assert.ok(main.includes('Lid'));
    await axe(page, 'my organisations');

    // Used once: the link now says so.
    await go(page, invitation, 410);
    await axe(page, 'used invitation');
  });

  test('join request, leave confirmation and API tokens pass axe', async () => {
    const page = await genodigde!.newPage();
    await go(page, '/organisaties');
    const other = await page.getAttribute('main .ip-result a', 'href');
    assert.ok(other && !other.includes(ORGANISATIE));
    await go(page, `${other}/lid-worden`);
    await axe(page, 'join form');
    // The browser stops typing at maxlength; a client without that check still gets a clear refusal.
    await page.$eval('#verzoek-toelichting', (el) => el.removeAttribute('maxlength'));
    await page.fill('#verzoek-toelichting', 'x'.repeat(1001));
    await page.click('main form button[type="submit"]');
    assert.ok(await page.isVisible('.ip-error-summary'));
    await axe(page, 'join form with errors');
    await page.fill('#verzoek-toelichting', 'Ik werk aan digitale dienstverlening.');
    await Promise.all([page.waitForURL(/\/account\/organisaties$/), page.click('main form button[type="submit"]')]);
    await axe(page, 'my organisations with a request');
    await go(page, `/account/organisaties/${ORGANISATIE}/verlaten`);
    await axe(page, 'leave confirmation');

    await go(page, '/account/api-tokens');
    await axe(page, 'API tokens');
    await page.fill('#token-naam', 'Script');
    await page.click('main form button[type="submit"]');
    const token = await page.inputValue('#nieuw-token');
    assert.match(token, /^ipt_/);
    await axe(page, 'API tokens with a new token');
    const api = await fetch(`${server.baseUrl}/api/v1/mij`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(api.status, 200);
    await page.click('main table a');
    await axe(page, 'revoke token confirmation');
    await page.close();
  });

  test('the beheerder pages pass axe', async () => {
    const page = beheerderPage;
    await go(page, '/beheer/accounts?zoek=gina');
    await axe(page, 'account search');
    await Promise.all([page.waitForURL(/\/beheer\/accounts\/[0-9a-f-]{36}$/), page.click('main table a')]);
    await axe(page, 'account detail');
    await page.selectOption('#rol-rol', 'verbinder');
    await page.click('main form[action$="/rollen"] button[type="submit"]');
    assert.ok(await page.isVisible('.ip-error-summary'), 'a verbinder needs a regio');
    await axe(page, 'account detail with errors');
    await go(page, `/organisaties/${ORGANISATIE}/leden`);
    await page.click('main table a[href*="/leden/"]');
    await axe(page, 'member page');
    await page.click('main a[href$="/verwijderen"]');
    await axe(page, 'remove member confirmation');
    await go(page, `/en/organisaties/${ORGANISATIE}/leden`);
    await axe(page, 'members page (en)');
  });
});
