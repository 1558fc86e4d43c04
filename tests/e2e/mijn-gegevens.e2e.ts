import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import * as OTPAuth from 'otpauth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { linkIn, startMailSink, type MailSink } from '../../src/platform/mail-sink.ts';
import { runCli, startServer, type RunningServer } from '../support/server-process.ts';
import { closeAll, launchBrowser } from './support.ts';

/**
 * "Mijn gegevens" in a real browser: a person registers, verifies by mail, logs in, corrects their
 * profile, downloads their data, reads their logbook and deletes their account; a beheerder then
 * finds the deletion in the audit log. axe checks every page on the way.
 */
let server: RunningServer;
let sink: MailSink;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const email = 'e2e.gegevens@example.org';
const password = 'oranje-kameel-zingt-opera-42';
const beheerder = { email: 'e2e.beheer.audit@example.org', password: 'groene-uil-telt-sterren-77', secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' };
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

before(async () => {
  sink = await startMailSink();
  server = await startServer({
    env: { SMTP_URL: sink.url },
    beforeStart: async (env) => {
      await runCli(
        ['account-aanmaken', '--email', beheerder.email, '--naam', 'Bea Beheer', '--wachtwoord', beheerder.password, '--rol', 'beheerder', '--totp-geheim', beheerder.secret],
        env,
      );
    },
  });
  browser = await launchBrowser();
});
after(async () => {
  await closeAll(context, browser, server);
  await sink.close();
});

const go = (path: string) => page.goto(`${server.baseUrl}${path}`);

async function newBrowserContext() {
  await context?.close();
  context = await browser.newContext({ acceptDownloads: true });
  page = await context.newPage();
}

async function axe(label: string) {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const problems = result.violations.map((v) => `${v.id} [${v.impact ?? 'n/a'}] ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.equal(problems.length, 0, `axe found problems on ${label}:\n${problems.join('\n')}`);
  assert.equal(await page.locator('h1').count(), 1, `${label}: one h1`);
}

async function logIn(who: string, withPassword: string) {
  await go('/inloggen');
  await page.getByLabel('E-mailadres').fill(who);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(withPassword);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

describe('Mijn gegevens', () => {
  test('register, download my data, read my logbook, and delete my account', async () => {
    await newBrowserContext();
    await go('/registreren');
    await page.getByLabel('Naam').fill('Gerda Gegevens');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Ik ben').selectOption('onderzoeker');
    await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
    await page.getByLabel('Herhaal het wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await page.waitForURL(/\/registreren\/verstuurd$/);
    const mail = await sink.waitFor(email, { timeoutMs: 15_000 });
    const link = new URL(linkIn(mail));
    await go(link.pathname + link.search);
    await logIn(email, password);
    await page.waitForURL(/\/account$/);

    await go('/account/gegevens');
    assert.ok(await page.getByText(email).first().isVisible());
    await axe('/account/gegevens');

    // A refused correction first: summary, field message, input kept.
    await page.getByLabel('Naam', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    assert.ok(await page.getByRole('alert').filter({ hasText: 'Er is iets niet goed gegaan' }).isVisible());
    await axe('/account/gegevens with errors');
    await page.getByLabel('Naam', { exact: true }).fill('Gerda de Gegevens');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.waitForURL(/\/account\/gegevens$/);
    assert.ok(await page.getByRole('status').filter({ hasText: 'opgeslagen' }).isVisible());

    await page.getByRole('button', { name: 'Mijn profiel openbaar maken' }).click();
    assert.ok(await page.getByText('Uw profiel is openbaar.').isVisible());

    await go('/en/account/gegevens');
    await axe('/en/account/gegevens');

    await go('/account/gegevens');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Al mijn gegevens downloaden (JSON)' }).click()]);
    assert.match(download.suggestedFilename(), /^i-partnerschap-mijn-gegevens-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await readFile((await download.path())!, 'utf8'));
    assert.equal(data.account.email, email);
    assert.equal(data.account.naam, 'Gerda de Gegevens');
    assert.equal(data.account.persoonstype, 'onderzoeker');
    assert.equal(data.account.profielOpenbaar, true);
    assert.ok(data.auditLog.some((e: { actie: string }) => e.actie === 'account.profiel-gewijzigd'));
    assert.ok(!JSON.stringify(data).includes('$argon2'), 'no password hash');

    await page.getByRole('link', { name: /Bekijken wie mijn gegevens heeft gewijzigd/ }).click();
    await page.waitForURL(/\/account\/gegevens\/logboek$/);
    assert.ok(await page.getByRole('table', { name: 'Wijzigingen aan mijn gegevens, nieuwste eerst' }).isVisible());
    assert.ok(await page.getByText('Gerda de Gegevens').first().isVisible());
    await axe('/account/gegevens/logboek');

    await go('/account/gegevens');
    await page.getByRole('link', { name: 'Mijn account verwijderen' }).click();
    await page.waitForURL(/\/account\/verwijderen$/);
    await axe('/account/verwijderen');
    await page.getByLabel('Typ VERWIJDEREN om te bevestigen').fill('weg');
    await page.getByLabel('Uw huidige wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Mijn account definitief verwijderen' }).click();
    assert.ok(await page.getByRole('alert').isVisible());
    assert.equal(await page.getByLabel('Typ VERWIJDEREN om te bevestigen').inputValue(), 'weg');
    await axe('/account/verwijderen with errors');
    await page.getByLabel('Typ VERWIJDEREN om te bevestigen').fill('VERWIJDEREN');
    await page.getByLabel('Uw huidige wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Mijn account definitief verwijderen' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    assert.ok(await page.getByRole('status').filter({ hasText: 'Uw account is verwijderd' }).isVisible());
    assert.ok(await page.getByRole('link', { name: 'Inloggen' }).first().isVisible(), 'logged out');

    // The account is gone: the old password no longer logs in.
    await logIn(email, password);
    await page.waitForURL(/\/inloggen/);
    await go('/account/gegevens');
    await page.waitForURL(/\/inloggen\?terug=/);
  });

  test('a beheerder finds the deletion in the audit log, without the person’s name', async () => {
    await newBrowserContext();
    await logIn(beheerder.email, beheerder.password);
    await page.waitForURL(/\/inloggen\/tweede-factor/);
    await page.getByLabel('Code', { exact: true }).fill(new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(beheerder.secret) }).generate());
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));

    await go('/beheer/audit?actie=account.verwijderd');
    const table = page.getByRole('table', { name: 'Auditlog, nieuwste eerst' });
    assert.ok(await table.isVisible());
    assert.ok(await table.getByText('verwijderde gebruiker').first().isVisible());
    await axe('/beheer/audit');
    await go('/beheer/audit');
    const whole = (await page.locator('main').textContent()) ?? '';
    assert.ok(whole.includes('account.geregistreerd') || whole.includes('Geregistreerd'), 'her registration is still in the log');
    assert.ok(!whole.includes('Gerda') && !whole.includes(email), 'but her name and address are gone from it');
    await go('/beheer/audit?van=gisteren&actor=niemand');
    assert.ok(await page.getByRole('alert').isVisible());
    await axe('/beheer/audit with filter errors');
    await go('/en/beheer/audit');
    await axe('/en/beheer/audit');
    await go('/privacy');
    await axe('/privacy');
    await go('/en/privacy');
    await axe('/en/privacy');
  });
});
