import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startMailSink, type MailSink } from '../../src/platform/mail-sink.ts';
import { runCli, startServer, type RunningServer } from '../support/server-process.ts';
import { assertAccessible, closeAll, launchBrowser, pathAndQuery, logInWithSecondFactor } from './support.ts';

/**
 * Organisation management end to end: the organisation's coordinator edits the organisation,
 * adds a lectoraat, invites a member; two tabs edit the same organisation and the second save is
 * refused with a clear message, nothing overwritten. axe checks every new page on the way.
 */

const ORGANISATIE = 'hanzehogeschool-groningen';
// A coordinator of the organisation (no platform role, so no second factor needed).
const COORDINATOR = { email: 'org-coordinator@example.org', naam: 'Olga Coördinator', wachtwoord: 'gele-zebra-springt-31' };
// A beheerder, for the merge page (beheerders only); logs in with the second factor.
const BEHEERDER = { email: 'org-beheerder@example.org', naam: 'Bram Beheerder', wachtwoord: 'paarse-giraf-danst-47' };
const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

let server: RunningServer;
let sink: MailSink;
let browser: Browser;
let context: BrowserContext;

before(async () => {
  sink = await startMailSink();
  server = await startServer({
    env: { SMTP_URL: sink.url },
    beforeStart: async (env) => {
      await runCli(['account-aanmaken', '--email', COORDINATOR.email, '--naam', COORDINATOR.naam, '--wachtwoord', COORDINATOR.wachtwoord, '--coordinator-van', ORGANISATIE], env);
      await runCli(['account-aanmaken', '--email', BEHEERDER.email, '--naam', BEHEERDER.naam, '--wachtwoord', BEHEERDER.wachtwoord, '--rol', 'beheerder', '--totp-geheim', TOTP_SECRET], env);
    },
  });
  browser = await launchBrowser();
  context = await browser.newContext();
});

after(async () => {
  await closeAll(context, browser, server);
  await sink.close();
});

async function go(page: Page, path: string, status = 200) {
  const response = await page.goto(server.baseUrl + path);
  assert.equal(response?.status(), status, `GET ${path}`);
}

describe('organisation management', () => {
  let page: Page;

  test('the coordinator logs in', async () => {
    page = await context.newPage();
    await go(page, '/inloggen');
    await page.fill('#email', COORDINATOR.email);
    await page.fill('#wachtwoord', COORDINATOR.wachtwoord);
    await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/inloggen')), page.click('main button[type="submit"]')]);
  });

  test('edits the organisation, with errors shown first', async () => {
    await go(page, `/organisaties/${ORGANISATIE}`);
    await Promise.all([page.waitForURL(/\/bewerken$/), page.click(`a[href="/organisaties/${ORGANISATIE}/bewerken"]`)]);
    await assertAccessible(page, 'edit form');
    await page.fill('#organisatie-oin', '1234');
    await page.click('form[action$="/bewerken"] button[type="submit"]');
    assert.ok(await page.isVisible('.ip-error-summary'));
    await assertAccessible(page, 'edit form with errors');
    await page.fill('#organisatie-oin', '');
    await page.fill('#organisatie-website', 'https://www.hanze.nl');
    await page.fill('#organisatie-beschrijvingNl', 'Hogeschool in Groningen, bewerkt in de browser.');
    await Promise.all([page.waitForURL(new RegExp(`/organisaties/${ORGANISATIE}$`)), page.click('form[action$="/bewerken"] button[type="submit"]')]);
    assert.ok((await page.textContent('main'))?.includes('bewerkt in de browser'));
    assert.ok(await page.isVisible('.ip-flash'));
  });

  test('adds a lectoraat', async () => {
    await go(page, `/organisaties/${ORGANISATIE}/onderdelen`);
    await assertAccessible(page, 'onderdelen (empty)');
    await Promise.all([page.waitForURL(/\/onderdelen\/nieuw$/), page.click('a[href$="/onderdelen/nieuw"]')]);
    await assertAccessible(page, 'new onderdeel form');
    await page.selectOption('#onderdeel-soort', 'lectoraat');
    await page.fill('#onderdeel-naam', 'Lectoraat Digitale Transformatie');
    await page.fill('#onderdeel-beschrijvingNl', 'Onderzoek naar digitale dienstverlening.');
    await page.check('#onderdeel-themas-0');
    await Promise.all([page.waitForURL(/\/onderdelen\/lectoraat-digitale-transformatie$/), page.click('main form button[type="submit"]')]);
    assert.ok((await page.textContent('h1'))?.includes('Lectoraat Digitale Transformatie'));
    await assertAccessible(page, 'onderdeel detail');
    await go(page, `/organisaties/${ORGANISATIE}/onderdelen`);
    await assertAccessible(page, 'onderdelen list');
    await go(page, `/organisaties/${ORGANISATIE}/onderdelen/lectoraat-digitale-transformatie/verwijderen`);
    await assertAccessible(page, 'delete onderdeel confirmation');
  });

  test('invites a member', async () => {
    await go(page, `/organisaties/${ORGANISATIE}/leden`);
    await page.fill('#uitnodiging-email', 'nieuw-lid@example.org');
    await Promise.all([page.waitForURL(new RegExp(`/organisaties/${ORGANISATIE}/leden$`)), page.click('form[action$="/leden/uitnodigingen"] button[type="submit"]')]);
    assert.ok((await page.textContent('main'))?.includes('nieuw-lid@example.org'));
    await sink.waitFor('nieuw-lid@example.org', { subject: /Uitnodiging/ });
  });

  test('two tabs edit the same organisation: the second save is refused with a clear message', async () => {
    const first = await context.newPage();
    const second = await context.newPage();
    await go(first, `/organisaties/${ORGANISATIE}/bewerken`);
    await go(second, `/organisaties/${ORGANISATIE}/bewerken`);
    await first.fill('#organisatie-beschrijvingNl', 'Tekst uit het eerste tabblad.');
    await second.fill('#organisatie-beschrijvingNl', 'Tekst uit het tweede tabblad.');
    await Promise.all([first.waitForURL(new RegExp(`/organisaties/${ORGANISATIE}$`)), first.click('form[action$="/bewerken"] button[type="submit"]')]);
    const [response] = await Promise.all([second.waitForResponse((r) => r.request().method() === 'POST'), second.click('form[action$="/bewerken"] button[type="submit"]')]);
    assert.equal(response.status(), 409);
    assert.ok((await second.textContent('#verouderd'))?.includes('Uw wijzigingen zijn niet opgeslagen'));
    assert.equal(await second.inputValue('#organisatie-beschrijvingNl'), 'Tekst uit het tweede tabblad.', 'the input is kept');
    await assertAccessible(second, 'stale save');
    await go(first, `/organisaties/${ORGANISATIE}`);
    assert.ok((await first.textContent('main'))?.includes('Tekst uit het eerste tabblad.'), 'nothing overwritten');
    assert.equal(pathAndQuery(first), `/organisaties/${ORGANISATIE}`);
    await first.close();
    await second.close();
  });

  test('the merge page is accessible (to a beheerder)', async () => {
    const other = await browser.newContext();
    page = await other.newPage();
    await logInWithSecondFactor(page, server.baseUrl, BEHEERDER, TOTP_SECRET);
    await go(page, '/beheer/organisaties/samenvoegen?duplicaatZoek=hanze&behoudenZoek=hogeschool');
    await assertAccessible(page, 'merge page');
    await go(page, '/en/beheer/organisaties/samenvoegen');
    await assertAccessible(page, 'merge page (English)');
    await other.close();
  });
});
