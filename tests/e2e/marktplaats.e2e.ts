import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startMailSink, type MailSink } from '../../src/platform/mail-sink.ts';
import { runCli, startServer, type RunningServer } from '../support/server-process.ts';
import { assertAccessible, closeAll, focusInfo, hasVisibleFocusIndicator, launchBrowser, logInWithSecondFactor } from './support.ts';

/**
 * The marketplace end to end (issue 5, "done when"): a civil servant posts a vraagstuk with the
 * keyboard only; the verbinder of the regio returns it with a remark; it is fixed, resubmitted and
 * published; an anonymous visitor finds it by an inflected Dutch word and by a theme synonym; a
 * docent posts their course as aanbod and signals interest in the vraagstuk, linked to that course.
 * axe checks every new page on the way.
 */

// Logius lies in Zuid-Holland, regio West.
const MINISTERIE = 'logius';
const AMBTENAAR = { email: 'mp-ambtenaar@example.org', naam: 'Anouk Ambtenaar', wachtwoord: 'groene-vos-fietst-snel-42' };
const VERBINDER = { email: 'mp-verbinder@example.org', naam: 'Victor Verbinder', wachtwoord: 'rode-uil-leest-boeken-17' };
const DOCENT = { email: 'mp-docent@example.org', naam: 'Dirk Docent', wachtwoord: 'blauwe-kat-zingt-hard-58' };
const HOGESCHOOL = 'hanzehogeschool-groningen';
const TOTP_SECRET = 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU';

const TITEL = 'Archiefregels toepassen op chatberichten';
const CONTEXT = 'Medewerkers sturen steeds vaker chatberichten over besluiten.';
const VRAAG = 'Welk onderzoek is nodig om chatberichten duurzaam te bewaren volgens de Archiefwet?';
const RESULTAAT = 'Een advies met een werkwijze en een prototype.';

let server: RunningServer;
let sink: MailSink;
let browser: Browser;
let ambtenaar: BrowserContext;
let verbinder: BrowserContext;
let docent: BrowserContext;
let anoniem: BrowserContext;
let vraagstukPath = '';
let belangstellingPath = '';

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
  anoniem = await context();
});

after(async () => {
  for (const c of [verbinder, docent, anoniem]) await c?.close();
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

/**
 * Moves the focus with Tab (only the keyboard) until the focused element matches `selector`, and
 * checks on the way that the focus stays visible. Fails when the element cannot be reached.
 */
async function tabTo(page: Page, selector: string, max = 250) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const matches = await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
    if (matches) {
      const info = await focusInfo(page);
      assert.ok(info && hasVisibleFocusIndicator(info), `${selector} shows where the focus is`);
      return;
    }
  }
  assert.fail(`${selector} cannot be reached with Tab`);
}

describe('the marketplace', () => {
  test('a civil servant posts a vraagstuk using only the keyboard', async () => {
    const page = await ambtenaar.newPage();
    await logIn(page, AMBTENAAR);
    await go(page, '/vraagstukken/nieuw');
    await axe(page, '/vraagstukken/nieuw');
    // From the top of the page, by Tab, typing, Space and Enter only.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(page, '#vs-titelNl');
    await page.keyboard.type(TITEL);
    await tabTo(page, '#vs-contextNl');
    await page.keyboard.type(CONTEXT);
    await tabTo(page, '#vs-vraagNl');
    await page.keyboard.type(VRAAG);
    await tabTo(page, '#vs-resultaatNl');
    await page.keyboard.type(RESULTAAT);
    await tabTo(page, 'input[name="themaCodes"][value="informatiehuishouding"]');
    await page.keyboard.press('Space');
    await tabTo(page, 'input[name="themaCodes"][value="data-en-ai"]');
    await page.keyboard.press('Space');
    await tabTo(page, 'input[name="niveaus"][value="hbo-bachelor"]');
    await page.keyboard.press('Space');
    await tabTo(page, '#vs-duurWeken');
    await page.keyboard.type('20');
    await tabTo(page, 'input[name="vormCodes"][value="afstudeeropdracht"]');
    await page.keyboard.press('Space');
    await tabTo(page, 'button[name="actie"][value="indienen"]');
    await Promise.all([page.waitForURL(/\/vraagstukken\/[0-9a-f-]{36}$/), page.keyboard.press('Enter')]);
    vraagstukPath = new URL(page.url()).pathname;
    assert.ok(await page.getByText('Ingediend, wacht op beoordeling').first().isVisible());
    await axe(page, 'vraagstuk detail (ingediend)');
    await page.close();
  });

  test('the verbinder of the regio returns it with a remark', async () => {
    const page = await verbinder.newPage();
    await logInWithSecondFactor(page, server.baseUrl, VERBINDER, TOTP_SECRET);
    await go(page, '/verbinder/vraagstukken');
    await axe(page, '/verbinder/vraagstukken');
    await Promise.all([page.waitForURL((u) => u.pathname === vraagstukPath), page.getByRole('link', { name: TITEL }).first().click()]);
    await go(page, `${vraagstukPath}/terugsturen`);
    await axe(page, 'terugsturen');
    await page.fill('#tr-opmerking', 'Noem ook welke chatdiensten het betreft.');
    await Promise.all([page.waitForURL((u) => u.pathname === vraagstukPath), page.click('main form button[type="submit"]')]);
    assert.ok(await page.getByText('Teruggestuurd').first().isVisible());
    await page.close();
  });

  test('the civil servant sees the remark, fixes it and resubmits', async () => {
    const page = await ambtenaar.newPage();
    await go(page, vraagstukPath);
    assert.ok(await page.getByText('Noem ook welke chatdiensten het betreft.').first().isVisible());
    await go(page, `${vraagstukPath}/bewerken`);
    await axe(page, 'vraagstuk bewerken');
    await page.fill('#vs-contextNl', `${CONTEXT} Het gaat om Teams- en Signal-berichten.`);
    await Promise.all([page.waitForURL((u) => u.pathname === vraagstukPath), page.click('button[name="actie"][value="opslaan"]')]);
    await go(page, `${vraagstukPath}/indienen`);
    await axe(page, 'indienen');
    await Promise.all([page.waitForURL((u) => u.pathname === vraagstukPath), page.click('main form button[type="submit"]')]);
    assert.ok(await page.getByText('Ingediend, wacht op beoordeling').first().isVisible());
    await page.close();
  });

  test('the verbinder publishes it, and the history shows every step', async () => {
    const page = await verbinder.newPage();
    await go(page, `${vraagstukPath}/publiceren`);
    await axe(page, 'publiceren');
    await Promise.all([page.waitForURL((u) => u.pathname === vraagstukPath), page.click('main form button[type="submit"]')]);
    const history = await page.locator('main').innerText();
    for (const step of ['Aangemaakt', 'Ingediend', 'Teruggestuurd', 'Bewerkt', 'Gepubliceerd']) assert.ok(history.includes(step), `history shows ${step}`);
    await page.close();
  });

  test('an anonymous visitor finds it by an inflected word and by a theme synonym', async () => {
    const page = await anoniem.newPage();
    await go(page, '/vraagstukken?zoek=onderzoeken');
    await axe(page, '/vraagstukken?zoek=onderzoeken');
    assert.ok(await page.getByRole('link', { name: TITEL }).isVisible(), "'onderzoeken' finds 'onderzoek'");
    assert.ok((await page.locator('main mark').count()) > 0, 'the snippet highlights the match');
    // 'kunstmatige intelligentie' is a synonym of the theme Data en AI, which the text never names.
    await go(page, '/vraagstukken?zoek=kunstmatige+intelligentie');
    assert.ok(await page.getByRole('link', { name: TITEL }).isVisible(), 'a theme synonym finds it');
    await go(page, vraagstukPath);
    await axe(page, 'vraagstuk detail (anonymous)');
    assert.ok(await page.getByText(VRAAG).isVisible());
    await page.close();
  });

  test('a docent posts their course as aanbod and signals interest, linked to that course', async () => {
    const page = await docent.newPage();
    await logIn(page, DOCENT);
    await go(page, '/aanbod/nieuw');
    await axe(page, '/aanbod/nieuw');
    await go(page, '/aanbod/nieuw?soort=onderwijs');
    await axe(page, '/aanbod/nieuw?soort=onderwijs');
    await page.fill('#aanbod-titelNl', 'Minor Digitale Overheid');
    await page.fill('#aanbod-beschrijvingNl', 'Studenten werken een semester aan een vraagstuk van een rijksorganisatie.');
    await page.fill('#aanbod-opleiding', 'HBO-ICT');
    await page.check('input[name="themaCodes"][value="informatiehuishouding"]');
    await page.check('input[name="niveaus"][value="hbo-bachelor"]');
    await page.selectOption('#aanbod-periodes-0-soort', 'semester');
    await page.fill('#aanbod-periodes-0-label', 'Semester 2, 2026-2027');
    await page.fill('#aanbod-periodes-0-van', '2027-02-01');
    await page.fill('#aanbod-periodes-0-tot', '2027-06-30');
    await Promise.all([page.waitForURL(/\/aanbod\/[0-9a-f-]{36}$/), page.click('button[name="actie"][value="publiceren"]')]);
    const aanbodPath = new URL(page.url()).pathname;
    await axe(page, 'aanbod detail');
    await go(page, '/aanbod?zoek=minor');
    assert.ok(await page.getByRole('link', { name: 'Minor Digitale Overheid' }).isVisible());
    await axe(page, '/aanbod?zoek=minor');

    await go(page, vraagstukPath);
    await Promise.all([page.waitForURL(/\/belangstelling$/), page.getByRole('link', { name: 'Ik heb belangstelling' }).click()]);
    await axe(page, 'belangstelling tonen');
    await page.fill('#belangstelling-motivatie', 'Past bij onze minor in semester 2.');
    await page.selectOption('#belangstelling-aanbodId', { label: 'Minor Digitale Overheid (Onderwijs (vak, module of minor))' });
    await Promise.all([page.waitForURL(/\/belangstellingen\/[0-9a-f-]{36}$/), page.click('main form button[type="submit"]')]);
    belangstellingPath = new URL(page.url()).pathname;
    await axe(page, 'belangstelling detail');
    const text = await page.locator('main').innerText();
    assert.ok(text.includes('Minor Digitale Overheid'), 'the interest names the course');
    assert.ok(text.includes('Wacht op antwoord'), 'the docent sees the status');
    assert.ok(await page.locator(`main a[href="${aanbodPath}"]`).count() > 0, 'it links to the course');
    await page.close();
  });

  test('the owner sees the interest and accepts it; both see the answer', async () => {
    const page = await ambtenaar.newPage();
    await go(page, `${vraagstukPath}/belangstellingen`);
    await axe(page, 'belangstellingen voor vraagstuk');
    assert.ok(await page.getByText(DOCENT.naam).first().isVisible());
    await go(page, `${belangstellingPath}/beantwoorden`);
    await axe(page, 'belangstelling beantwoorden');
    await page.check('input[name="besluit"][value="geaccepteerd"]');
    await page.fill('#antwoord-antwoord', 'Graag! Wij nemen contact op voor een kennismaking.');
    await Promise.all([page.waitForURL((u) => u.pathname === belangstellingPath), page.click('main form button[type="submit"]')]);
    await go(page, '/account/belangstellingen');
    await axe(page, '/account/belangstellingen');
    await page.close();

    // Both sides see the status and the answer.
    const docentPage = await docent.newPage();
    await go(docentPage, belangstellingPath);
    const text = await docentPage.locator('main').innerText();
    assert.ok(text.includes('Geaccepteerd'), 'the docent sees the decision');
    assert.ok(text.includes('Wij nemen contact op'), 'and the answer');
    await docentPage.close();
  });
});
