import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as OTPAuth from 'otpauth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { linkIn, startMailSink, type MailSink } from '../../src/platform/mail-sink.ts';
import { startServer, type RunningServer } from '../support/server-process.ts';
import { assertAccessible, closeAll, launchBrowser } from './support.ts';

/**
 * The account journey in a real browser: register -> verify by mail -> log in -> turn on the second
 * factor -> log out -> log in with it; and a password reset. axe checks every page on the way.
 */
let server: RunningServer;
let sink: MailSink;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const email = 'e2e.persoon@example.org';
const password = 'blauwe-walvis-leest-krant-19';
const code = (secret: string, offset = 0) =>
  new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + offset * 30_000 });

before(async () => {
  sink = await startMailSink();
  server = await startServer({ env: { SMTP_URL: sink.url } });
  browser = await launchBrowser();
  context = await browser.newContext();
  page = await context.newPage();
});
after(async () => {
  await closeAll(context, browser, server);
  await sink.close();
});

const go = (path: string) => page.goto(`${server.baseUrl}${path}`);
const localPath = (link: string) => {
  const u = new URL(link);
  return u.pathname + u.search;
};

async function logIn(withPassword: string) {
  await go('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(withPassword);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

describe('account journey', () => {
  test('register, verify, log in, turn on the second factor, log out, log in with it', async () => {
    await go('/registreren');
    await assertAccessible(page, '/registreren');
    // A refused form first: the summary takes the focus target, the input stays.
    await page.getByLabel('Naam').fill('E2E Persoon');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    assert.ok(await page.getByRole('alert').filter({ hasText: 'Er is iets niet goed gegaan' }).isVisible());
    assert.equal(await page.getByLabel('E-mailadres').inputValue(), email);
    await assertAccessible(page, '/registreren with errors');

    await page.getByLabel('Ik ben').selectOption('lector');
    await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
    await page.getByLabel('Herhaal het wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await page.waitForURL(/\/registreren\/verstuurd$/);
    await assertAccessible(page, '/registreren/verstuurd');

    const mail = await sink.waitFor(email, { subject: /Bevestig uw e-mailadres/ });
    await go(localPath(linkIn(mail)));
    await page.waitForURL(/\/inloggen$/);
    assert.ok(await page.getByRole('status').filter({ hasText: 'bevestigd' }).isVisible());
    await assertAccessible(page, '/inloggen');

    await logIn(password);
    await page.waitForURL(/\/account$/);
    assert.ok(await page.getByText('E2E Persoon').first().isVisible());
    await assertAccessible(page, '/account');

    await go('/account/tweede-factor');
    await assertAccessible(page, '/account/tweede-factor');
    const secret = (await page.getByTestId('totp-geheim').innerText()).replace(/\s+/g, '');
    await page.getByLabel('Code').fill(code(secret));
    await page.getByRole('button', { name: 'Tweestapsverificatie aanzetten' }).click();
    const codes = (await page.getByTestId('herstelcodes').innerText()).split(/\s+/).filter(Boolean);
    assert.equal(codes.length, 10);
    await assertAccessible(page, 'recovery codes');

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL(`${server.baseUrl}/`);
    assert.ok(await page.getByRole('link', { name: 'Inloggen' }).isVisible());

    await logIn(password);
    await page.waitForURL(/\/inloggen\/tweede-factor$/);
    await assertAccessible(page, '/inloggen/tweede-factor');
    await page.getByLabel('Code').fill(code(secret, 1));
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.waitForURL(/\/account$/);
    assert.ok(await page.getByRole('button', { name: 'Uitloggen' }).isVisible());

    await go('/account/sessies');
    await assertAccessible(page, '/account/sessies');
    await go('/account/wachtwoord');
    await assertAccessible(page, '/account/wachtwoord');
    await go('/account/email');
    await assertAccessible(page, '/account/email');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
  });

  test('resets a forgotten password', async () => {
    await go('/inloggen');
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await assertAccessible(page, '/wachtwoord-vergeten');
    const since = new Date();
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByRole('button', { name: 'Stuur de link' }).click();
    assert.ok(await page.getByRole('status').filter({ hasText: 'onderweg' }).isVisible());
    const mail = await sink.waitFor(email, { subject: /Nieuw wachtwoord/, since });
    await go(localPath(linkIn(mail)));
    await assertAccessible(page, '/wachtwoord-herstellen');
    const nieuw = 'rode-fiets-op-de-dijk-2026';
    await page.getByLabel('Nieuw wachtwoord').fill(nieuw);
    await page.getByLabel('Herhaal het wachtwoord').fill(nieuw);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.waitForURL(/\/inloggen$/);
    await logIn(nieuw);
    await page.waitForURL(/\/inloggen\/tweede-factor$/, { timeout: 5000 });
  });

  test('the English pages work too', async () => {
    await go('/en/inloggen');
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Log in');
    await assertAccessible(page, '/en/inloggen');
    await go('/en/registreren');
    await assertAccessible(page, '/en/registreren');
  });
});
