import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startMailSink, type MailSink } from '../../src/platform/mail-sink.ts';
import { runCli, startServer, type RunningServer } from '../support/server-process.ts';
import { assertAccessible, closeAll, launchBrowser, logInWithSecondFactor } from './support.ts';

/**
 * Taxonomy end to end: a beheerder (made with the CLI, second factor on) logs in through the real
 * login pages, adds a synonym to a theme, and a search on the public theme page then finds the
 * theme by it (and says which terms it added). Removing asks for confirmation. Two tabs editing the
 * same samenwerkingsvorm: the second save is refused with a clear message. axe on every new page.
 */
const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const BEHEERDER = { email: 'beheerder@example.org', naam: 'Bram Beheerder', wachtwoord: 'groene-giraf-zwemt-42' };
const SYNONIEM = 'MijnOverheid';

let server: RunningServer;
let sink: MailSink;
let browser: Browser;
let context: BrowserContext;
let page: Page;

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
  context = await browser.newContext();
  page = await context.newPage();
});

after(async () => {
  await closeAll(context, browser, server);
  await sink.close();
});

async function go(p: Page, path: string, status = 200) {
  const response = await p.goto(server.baseUrl + path);
  assert.equal(response?.status(), status, `GET ${path}`);
}

const main = async (p: Page) => (await p.textContent('main')) ?? '';

describe('taxonomy', () => {
  test('a beheerder logs in with the second factor', async () => {
    await logInWithSecondFactor(page, server.baseUrl, BEHEERDER, TOTP_SECRET);
  });

  test('before: a search for the new word finds no theme', async () => {
    await go(page, `/themas?zoek=${SYNONIEM}`);
    assert.ok((await main(page)).includes('Geen thema'));
    await assertAccessible(page, 'theme page without results');
  });

  test('the beheerder adds a synonym to a theme; a duplicate is refused', async () => {
    await go(page, '/beheer/themas');
    await assertAccessible(page, 'beheer themes list');
    await Promise.all([page.waitForURL(/\/beheer\/themas\/digitale-identiteit$/), page.click('a[href="/beheer/themas/digitale-identiteit"]')]);
    await assertAccessible(page, 'beheer theme');
    await page.selectOption('#synoniem-taal', 'nl');
    await page.fill('#synoniem-term', SYNONIEM);
    await Promise.all([page.waitForURL(/\/beheer\/themas\/digitale-identiteit/), page.click('form[action$="/synoniemen"] button[type="submit"]')]);
    assert.ok(await page.isVisible('.ip-flash'));
    assert.ok((await main(page)).includes(SYNONIEM));

    await page.fill('#synoniem-term', SYNONIEM.toLowerCase());
    await page.click('form[action$="/synoniemen"] button[type="submit"]');
    assert.ok(await page.isVisible('.ip-error-summary'));
    assert.equal(await page.inputValue('#synoniem-term'), SYNONIEM.toLowerCase(), 'input kept');
    assert.ok((await main(page)).includes('al een synoniem van dit thema'));
    await assertAccessible(page, 'beheer theme with a refused synonym');
  });

  test('a search for the synonym now finds the theme, in both languages', async () => {
    await go(page, `/themas?zoek=${SYNONIEM.toLowerCase()}`);
    const text = await main(page);
    assert.ok(text.includes('Digitale identiteit en toegang'), 'found by the synonym');
    assert.ok(text.includes('1 thema gevonden'));
    assert.match(text, /Ook gezocht op: .*Digitale identiteit en toegang/);
    await assertAccessible(page, 'theme page with a result');
    await go(page, `/en/themas?zoek=${SYNONIEM}`);
    assert.ok((await main(page)).includes('Digital identity and access'));
    await assertAccessible(page, 'theme page (English)');
  });

  test('removing the synonym asks for confirmation first', async () => {
    await go(page, '/beheer/themas/digitale-identiteit');
    await Promise.all([page.waitForURL(/\/verwijderen$/), page.click(`a:has-text("${SYNONIEM} verwijderen")`)]);
    await assertAccessible(page, 'confirm removal');
    await Promise.all([page.waitForURL(/\/beheer\/themas\/digitale-identiteit/), page.click('main button[type="submit"]')]);
    assert.ok(await page.isVisible('.ip-flash'));
    await go(page, `/themas?zoek=${SYNONIEM}`);
    assert.ok((await main(page)).includes('Geen thema'));
  });

  test('two tabs edit one samenwerkingsvorm: the second save is refused, its input kept', async () => {
    await go(page, '/beheer/samenwerkingsvormen');
    await assertAccessible(page, 'beheer samenwerkingsvormen');
    const second = await context.newPage();
    await go(page, '/beheer/samenwerkingsvormen/stage');
    await go(second, '/beheer/samenwerkingsvormen/stage');
    await assertAccessible(page, 'beheer samenwerkingsvorm');

    await page.fill('#vorm-wekenMax', '44');
    await Promise.all([page.waitForURL(/\/beheer\/samenwerkingsvormen$/), page.click('main button[type="submit"]')]);
    assert.ok((await main(page)).includes('10 tot 44'));

    await second.fill('#vorm-wekenMax', '30');
    await second.click('main button[type="submit"]');
    assert.ok((await main(second)).includes('gewijzigd door iemand anders'));
    assert.equal(await second.inputValue('#vorm-wekenMax'), '30');
    await assertAccessible(second, 'beheer samenwerkingsvorm, stale save refused');

    await second.fill('#vorm-wekenMin', '50');
    await second.click('main button[type="submit"]');
    assert.ok(await second.isVisible('.ip-error-summary'));
    await assertAccessible(second, 'beheer samenwerkingsvorm with errors');
    await second.close();
  });

  test('the regio page shows the mapping and saves one provincie', async () => {
    await go(page, '/beheer/regios');
    await assertAccessible(page, 'beheer regios');
    await page.selectOption('#provincie-0-regio', 'midden');
    const row = page.locator('tr', { has: page.locator('#provincie-0-regio') });
    await Promise.all([page.waitForURL(/\/beheer\/regios$/), row.locator('button[type="submit"]').click()]);
    assert.ok(await page.isVisible('.ip-flash'));
    assert.equal(await page.inputValue('#provincie-0-regio'), 'midden');
  });
});
