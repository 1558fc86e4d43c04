import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { linkIn, startMailSink, type MailSink } from '../../src/platform/mail-sink.ts';
import { startServer, type RunningServer } from '../support/server-process.ts';
import { assertAccessible, closeAll, launchBrowser } from './support.ts';

/**
 * Personen in a real browser: a person registers, verifies by mail, logs in, fills in their profile
 * (after a refused save), makes it public, and finds themselves in /personen by an expertise word.
 * axe checks every new page on the way.
 */
let server: RunningServer;
let sink: MailSink;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const email = 'e2e.personen@example.org';
const password = 'blauwe-giraf-leest-kranten-31';
const naam = 'Petra Profielmaker';

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

async function axe(label: string) {
  await assertAccessible(page, label);
  assert.equal(await page.locator('h1').count(), 1, `${label}: one h1`);
}

describe('Personen', () => {
  test('register, fill in the profile, make it public and find myself in the directory', async () => {
    await go('/registreren');
    await page.getByLabel('Naam').fill(naam);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Ik ben').selectOption('lector');
    await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
    await page.getByLabel('Herhaal het wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await page.waitForURL(/\/registreren\/verstuurd$/);
    const mail = await sink.waitFor(email, { timeoutMs: 15_000 });
    const link = new URL(linkIn(mail));
    await go(link.pathname + link.search);
    await go('/inloggen');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL(/\/account$/);

    await go('/account/profiel');
    assert.ok(await page.getByText('Uw profiel is niet openbaar').isVisible());
    await axe('/account/profiel');

    // A refused save first: summary, message at the field, input kept.
    await page.getByLabel('Organisatie', { exact: true }).first().selectOption({ label: 'Hanzehogeschool Groningen' });
    await page.getByLabel('Rol of functie (niet verplicht)').first().fill('lector');
    await page.getByLabel('Trefwoorden').fill('informatiebeveiliging, privacy');
    await page.getByLabel('Expertise in het Nederlands').fill('Ik help gemeenten met informatiebeveiliging en risicoanalyses.');
    await page.locator('#profiel-talen input[type=checkbox]').first().check();
    await page.locator('#profiel-themas input[type=checkbox]').first().check();
    await page.getByLabel('Omschrijving').first().fill('Mijn lectoraat');
    await page.getByLabel('Adres (https://...)').first().fill('http://onveilig.example.org');
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    assert.ok(await page.getByRole('alert').filter({ hasText: 'https://' }).isVisible());
    assert.equal(await page.getByLabel('Trefwoorden').inputValue(), 'informatiebeveiliging, privacy');
    await axe('/account/profiel with errors');

    await page.getByLabel('Adres (https://...)').first().fill('https://www.example.org/lectoraat');
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await page.waitForURL(/\/account\/profiel$/);
    assert.ok(await page.getByRole('status').filter({ hasText: 'Uw profiel is opgeslagen' }).isVisible());

    // Not public yet: the directory does not know me.
    await go('/personen?zoek=beveiliging');
    assert.equal(await page.getByRole('link', { name: naam }).count(), 0);

    await page.goto(`${server.baseUrl}/account/profiel`);
    await page.getByRole('link', { name: /Profiel openbaar maken/ }).click();
    await page.waitForURL(/\/account\/gegevens/);
    await page.getByRole('button', { name: 'Mijn profiel openbaar maken' }).click();
    assert.ok(await page.getByText('Uw profiel is openbaar.').isVisible());

    await go('/account/profiel');
    assert.ok(await page.getByText('Uw profiel is openbaar').first().isVisible());

    // Found by a part of a compound word in the expertise.
    await go('/personen');
    await axe('/personen');
    await page.getByLabel('Zoek op expertise, trefwoord of naam').fill('beveiliging');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(/\/personen\?zoek=beveiliging/);
    await axe('/personen?zoek=beveiliging');
    await page.getByRole('link', { name: naam }).click();
    await page.waitForURL(/\/personen\/[0-9a-f-]{36}$/);
    assert.ok(await page.getByRole('link', { name: 'Hanzehogeschool Groningen' }).isVisible());
    assert.ok(await page.getByText('informatiebeveiliging').first().isVisible());
    assert.equal(await page.getByText(email).count(), 0, 'no e-mail address on the public profile');
    await axe('/personen/:accountId');

    await go('/personen?soort=kasteel&zoek=niets-te-vinden-hier');
    assert.ok(await page.getByRole('alert').isVisible());
    assert.ok(await page.getByText('Geen personen gevonden').isVisible());
    await axe('/personen with an invalid filter and no results');

    await go('/en/personen?zoek=beveiliging');
    assert.ok(await page.getByRole('link', { name: naam }).isVisible());
    await axe('/en/personen');
    await go('/en/account/profiel');
    await axe('/en/account/profiel');
  });
});
