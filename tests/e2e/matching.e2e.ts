import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startMailSink, type MailSink } from '../../src/platform/mail-sink.ts';
import { runCli, startServer, type RunningServer } from '../support/server-process.ts';
import { assertAccessible, closeAll, launchBrowser, logInWithSecondFactor } from './support.ts';

/**
 * Matching and brokering end to end (issue 6, "done when"): a docent publishes a course and a civil
 * servant a vraagstuk that fits it; the verbinder of the regio opens the werkbank, reads why the
 * course is suggested (the explanation and the full score breakdown), and introduces the koppeling;
 * both sides accept; the koppeling then shows the stored samenwerking-concept event. axe checks every
 * new page on the way.
 */

// Logius lies in Zuid-Holland, regio West; the hogeschool is in Groningen (Noord).
const MINISTERIE = 'logius';
const HOGESCHOOL = 'hanzehogeschool-groningen';
const AMBTENAAR = { email: 'mt-ambtenaar@example.org', naam: 'Anna Ambtenaar', wachtwoord: 'groene-vos-fietst-snel-43' };
const VERBINDER = { email: 'mt-verbinder@example.org', naam: 'Vera Verbinder', wachtwoord: 'rode-uil-leest-boeken-18' };
const DOCENT = { email: 'mt-docent@example.org', naam: 'Daan Docent', wachtwoord: 'blauwe-kat-zingt-hard-59' };
const TOTP_SECRET = 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU';

const VRAAGSTUK = 'Toezicht op algoritmen in de dienstverlening';
const AANBOD = 'Minor Verantwoorde algoritmen';

let server: RunningServer;
let sink: MailSink;
let browser: Browser;
let ambtenaar: BrowserContext;
let verbinder: BrowserContext;
let docent: BrowserContext;
let vraagstukPath = '';
let aanbodId = '';
let koppelingPath = '';

before(async () => {
  sink = await startMailSink();
  server = await startServer({
    env: { SMTP_URL: sink.url },
    beforeStart: async (env) => {
      await runCli(['account-aanmaken', '--email', AMBTENAAR.email, '--naam', AMBTENAAR.naam, '--wachtwoord', AMBTENAAR.wachtwoord, '--coordinator-van', MINISTERIE], env);
      await runCli(['account-aanmaken', '--email', VERBINDER.email, '--naam', VERBINDER.naam, '--wachtwoord', VERBINDER.wachtwoord, '--rol', 'verbinder', '--regio', 'west', '--totp-geheim', TOTP_SECRET], env);
      await runCli(['account-aanmaken', '--email', DOCENT.email, '--naam', DOCENT.naam, '--wachtwoord', DOCENT.wachtwoord, '--coordinator-van', HOGESCHOOL], env);
    },
  });
  browser = await launchBrowser();
  const context = () => browser.newContext({ locale: 'nl-NL' });
  ambtenaar = await context();
  verbinder = await context();
  docent = await context();
});

after(async () => {
  for (const c of [verbinder, docent]) await c?.close();
  await closeAll(ambtenaar, browser, server);
  await sink.close();
});

async function go(page: Page, path: string, status = 200) {
  const response = await page.goto(server.baseUrl + path);
  assert.equal(response?.status(), status, `GET ${path}`);
}

async function axe(page: Page, label: string) {
  await assertAccessible(page, label);
  assert.equal(await page.locator('h1').count(), 1, `${label}: one h1`);
}

async function logIn(page: Page, person: { email: string; wachtwoord: string }) {
  await go(page, '/inloggen');
  await page.fill('#email', person.email);
  await page.fill('#wachtwoord', person.wachtwoord);
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/inloggen')), page.click('main button[type="submit"]')]);
}

/** Opens the koppeling from the person's own list and accepts it for their side. */
async function acceptFromOwnList(context: BrowserContext, label: string) {
  const page = await context.newPage();
  await go(page, '/account/koppelingen');
  await axe(page, `/account/koppelingen (${label})`);
  assert.ok((await page.locator('main').innerText()).includes('Wacht op uw besluit'), `${label}: the koppeling waits for them`);
  await Promise.all([page.waitForURL((u) => u.pathname === koppelingPath), page.locator(`main a[href="${koppelingPath}"]`).first().click()]);
  await axe(page, `koppeling detail (${label})`);
  await go(page, `${koppelingPath}/accepteren`);
  await axe(page, `koppeling accepteren (${label})`);
  await page.fill('#actie-reden', 'Graag, laten we kennismaken.');
  await Promise.all([page.waitForURL((u) => u.pathname === koppelingPath), page.click('main form button[type="submit"]')]);
  const text = await page.locator('main').innerText();
  await page.close();
  return text;
}

describe('matching and brokering', () => {
  test('a docent publishes a course that takes practice cases', async () => {
    const page = await docent.newPage();
    await logIn(page, DOCENT);
    await go(page, '/aanbod/nieuw?soort=onderwijs');
    await page.fill('#aanbod-titelNl', AANBOD);
    await page.fill(
      '#aanbod-beschrijvingNl',
      'In deze minor toetsen studenten algoritmen van overheidsorganisaties op uitlegbaarheid, bias en toezicht. Zij werken in teams aan een praktijkvraag.',
    );
    await page.fill('#aanbod-opleiding', 'HBO-ICT');
    await page.check('input[name="themaCodes"][value="algoritmen-toezicht"]');
    await page.check('input[name="themaCodes"][value="data-en-ai"]');
    await page.check('input[name="niveaus"][value="hbo-bachelor"]');
    await page.selectOption('#aanbod-periodes-0-soort', 'semester');
    await page.fill('#aanbod-periodes-0-label', 'Semester 2, 2026-2027');
    await page.fill('#aanbod-periodes-0-van', '2027-02-01');
    await page.fill('#aanbod-periodes-0-tot', '2027-06-30');
    await Promise.all([page.waitForURL(/\/aanbod\/[0-9a-f-]{36}$/), page.click('button[name="actie"][value="publiceren"]')]);
    aanbodId = new URL(page.url()).pathname.split('/').pop()!;
    await page.close();
  });

  test('a civil servant submits a vraagstuk and the verbinder publishes it', async () => {
    const page = await ambtenaar.newPage();
    await logIn(page, AMBTENAAR);
    await go(page, '/vraagstukken/nieuw');
    await page.fill('#vs-titelNl', VRAAGSTUK);
    await page.fill('#vs-contextNl', 'Logius zet algoritmen in bij de dienstverlening aan burgers en wil het toezicht daarop versterken.');
    await page.fill('#vs-vraagNl', 'Hoe toetsen wij onze algoritmen op uitlegbaarheid en bias, en hoe richten wij het toezicht in?');
    await page.fill('#vs-resultaatNl', 'Een toetsingskader en een advies over toezicht.');
    await page.check('input[name="themaCodes"][value="algoritmen-toezicht"]');
    await page.check('input[name="niveaus"][value="hbo-bachelor"]');
    await page.fill('#vs-duurWeken', '20');
    await page.check('input[name="vormCodes"][value="groepsopdracht"]');
    await page.check('input[name="vormCodes"][value="onderwijsmodule"]');
    await Promise.all([page.waitForURL(/\/vraagstukken\/[0-9a-f-]{36}$/), page.click('button[name="actie"][value="indienen"]')]);
    vraagstukPath = new URL(page.url()).pathname;
    await page.close();

    const v = await verbinder.newPage();
    await logInWithSecondFactor(v, server.baseUrl, VERBINDER, TOTP_SECRET);
    await go(v, `${vraagstukPath}/publiceren`);
    await Promise.all([v.waitForURL((u) => u.pathname === vraagstukPath), v.click('main form button[type="submit"]')]);
    assert.ok(await v.getByText('Gepubliceerd').first().isVisible());
    await v.close();
  });

  test('the verbinder opens the werkbank, reads the explanation of a suggestion and introduces the koppeling', async () => {
    const page = await verbinder.newPage();
    await go(page, '/verbinder/werkbank');
    await axe(page, '/verbinder/werkbank');
    assert.ok(await page.getByRole('link', { name: VRAAGSTUK }).first().isVisible(), 'the new vraagstuk waits in the werkbank');

    await go(page, `${vraagstukPath}/suggesties`);
    await axe(page, 'suggesties');
    const kaart = page.locator('main li, main article').filter({ hasText: AANBOD }).first();
    assert.ok(await kaart.isVisible(), 'the course is suggested');
    const uitleg = await kaart.innerText();
    assert.ok(uitleg.includes('Waarom dit past'), 'with its explanation');
    assert.match(uitleg, /Algoritmen/i, 'naming the shared theme');
    assert.match(uitleg, /Semester 2, 2026-2027/, 'and the period that fits');
    // The full breakdown opens without JavaScript (<details>).
    await kaart.locator('summary').first().click();
    assert.ok(await kaart.locator('table').first().isVisible(), 'the full score breakdown opens');

    await Promise.all([page.waitForURL(/\/koppelingen\/nieuw\?/), kaart.locator(`a[href*="kandidaat=${aanbodId}"]`).first().click()]);
    await axe(page, '/koppelingen/nieuw');
    assert.ok(await page.locator('input[name="keuze"][value="introduceren"]').isChecked(), 'introducing at once is the default');
    await page.fill('#koppeling-toelichting', 'Deze minor toetst algoritmen op bias en uitlegbaarheid: een goede start voor uw vraag.');
    await Promise.all([page.waitForURL(/\/koppelingen\/[0-9a-f-]{36}$/), page.click('main form button[type="submit"]')]);
    koppelingPath = new URL(page.url()).pathname;
    await axe(page, 'koppeling detail (verbinder)');
    assert.ok((await page.locator('main').innerText()).includes('Geïntroduceerd'));
    await page.close();

    // Both sides get a message with the context and the link (mail leaves after the response).
    for (const person of [DOCENT, AMBTENAAR]) {
      const mail = await sink.waitFor(person.email, { timeoutMs: 10_000 });
      assert.ok(mail.text.includes(koppelingPath), `${person.naam} is told, with the link`);
    }
  });

  test('both sides accept, and the samenwerking-concept event is stored and shown', async () => {
    await acceptFromOwnList(docent, 'docent');
    const text = await acceptFromOwnList(ambtenaar, 'ambtenaar');
    assert.ok(text.includes('Geaccepteerd'), 'the koppeling is accepted');
    assert.ok(text.includes('Concept-samenwerking vastgelegd op'), 'the samenwerking-concept event exists');

    // The docent, now introduced, sees it too.
    const page = await docent.newPage();
    await go(page, koppelingPath);
    assert.ok((await page.locator('main').innerText()).includes('Concept-samenwerking'), 'the docent sees the concept');
    await page.close();
  });
});
