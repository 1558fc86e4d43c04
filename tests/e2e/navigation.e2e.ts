import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../support/server-process.ts';
import { closeAll, focusInfo, hasVisibleFocusIndicator, launchBrowser, pathAndQuery } from './support.ts';

/**
 * The journeys a visitor makes with keyboard, language switch, search and without JavaScript.
 * They drive a real browser against the real server, so they test what people get, markup,
 * CSS and server behaviour together, and not how it is built.
 */

const MAIN_NAV = ['Home', 'Vraagstukken', 'Aanbod', 'Organisaties', 'Personen', 'Kennisbank', 'Over het partnerschap'];
// More Tabs than the header has stops: a loop that gets lost ends with a clear failure.
const MAX_TABS = 25;

let server: RunningServer;
let browser: Browser;
// A fresh context per test: no focus, history or cookies carried from one journey to the next.
let context: BrowserContext;
let page: Page;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(() => closeAll(context, browser, server));

async function open(path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  await context?.close();
  context = await browser.newContext(options);
  page = await context.newPage();
  const response = await page.goto(server.baseUrl + path);
  assert.equal(response?.status(), 200, `GET ${path}`);
  return page;
}

describe('keyboard', () => {
  // WCAG 2.4.1 Bypass Blocks: the skip link is the first stop, visible when focused, and works.
  test('the first Tab reaches a visible skip link, and Enter moves focus to the content', async () => {
    await open('/');
    await page.keyboard.press('Tab');
    const skip = await focusInfo(page);
    assert.equal(skip?.href, '#inhoud', `first focus is on ${JSON.stringify(skip)}`);
    assert.equal(skip?.text, 'Naar de inhoud');
    // Hidden, it is clipped to 1px; shown on focus it must be a real, readable box.
    assert.ok((skip?.height ?? 0) > 1, `the focused skip link has a visible size: ${JSON.stringify(skip)}`);
    assert.ok(skip && hasVisibleFocusIndicator(skip), `the skip link shows focus: ${JSON.stringify(skip)}`);

    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.closest('#inhoud') !== null, null, { timeout: 2_000 });
    const target = await focusInfo(page);
    assert.ok(target?.id === 'inhoud' || target?.inMain, `focus after Enter: ${JSON.stringify(target)}`);

    // The next Tab continues inside the content, not back in the header.
    await page.keyboard.press('Tab');
    const next = await focusInfo(page);
    assert.ok(next?.inMain, `the Tab after the skip link stays in the content: ${JSON.stringify(next)}`);
  });

  // WCAG 2.1.1 Keyboard, 2.4.3 Focus Order, 2.4.7 Focus Visible: the main menu in reading order.
  test('Tab reaches every main menu link in order, each with a visible focus indicator', async () => {
    await open('/');
    const reached: string[] = [];
    for (let i = 0; i < MAX_TABS && reached.length < MAIN_NAV.length; i += 1) {
      await page.keyboard.press('Tab');
      const focused = await focusInfo(page);
      if (!focused?.inMainNav) continue;
      reached.push(focused.text);
      assert.ok(hasVisibleFocusIndicator(focused), `"${focused.text}" has no visible focus indicator: ${JSON.stringify(focused)}`);
    }
    assert.deepEqual(reached, MAIN_NAV, 'main menu links in Tab order');

    // Shift+Tab walks back the same way (Over → Kennisbank → Personen → Organisaties), then Enter follows.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    assert.equal((await focusInfo(page))?.text, 'Organisaties');
    await Promise.all([page.waitForURL((url) => url.pathname === '/organisaties'), page.keyboard.press('Enter')]);
    assert.equal(pathAndQuery(page), '/organisaties');
    const current = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Organisaties' });
    assert.equal(await current.getAttribute('aria-current'), 'page');
    // Only the current section is marked.
    assert.equal(await page.locator('nav[aria-label="Hoofdmenu"] [aria-current]').count(), 1);
  });
});

describe('language switch', () => {
  // The switch keeps path and query, so a visitor does not lose their filters.
  test('switches to English and back, keeping the page and its filters', async () => {
    await open('/organisaties?soort=universiteit');
    await Promise.all([page.waitForURL((url) => url.pathname === '/en/organisaties'), page.getByRole('link', { name: 'English' }).click()]);
    assert.equal(pathAndQuery(page), '/en/organisaties?soort=universiteit');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal((await page.locator('h1').textContent())?.trim(), 'Organisations');
    assert.equal((await page.locator('#filter-soort option:checked').textContent())?.trim(), 'Research university');
    assert.equal(await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link').count(), MAIN_NAV.length);

    await Promise.all([page.waitForURL((url) => url.pathname === '/organisaties'), page.getByRole('link', { name: 'Nederlands' }).click()]);
    assert.equal(pathAndQuery(page), '/organisaties?soort=universiteit');
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');
    assert.equal((await page.locator('#filter-soort option:checked').textContent())?.trim(), 'Universiteit');
  });
});

describe('finding an organisation', () => {
  test('search by keyboard, open the result, and go back by the breadcrumb', async () => {
    await open('/organisaties');
    const search = page.getByLabel('Zoek op naam');
    await search.pressSequentially('hanze');
    await Promise.all([page.waitForURL((url) => url.searchParams.get('zoek') === 'hanze'), search.press('Enter')]);
    // The search term stays in the box, so the visitor sees what the results are for.
    assert.equal(await page.getByLabel('Zoek op naam').inputValue(), 'hanze');

    const result = page.locator('main').getByRole('link', { name: 'Hanzehogeschool Groningen', exact: true });
    assert.equal(await result.count(), 1, 'one result link for Hanzehogeschool Groningen');
    await Promise.all([page.waitForURL('**/organisaties/hanzehogeschool-groningen'), result.click()]);

    assert.equal((await page.locator('h1').textContent())?.trim(), 'Hanzehogeschool Groningen');
    const details = await dataList(page);
    assert.equal(details['Provincie'], 'Groningen');
    assert.equal(details['Regio'], 'Noord');

    const crumb = page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: 'Organisaties' });
    assert.equal(await crumb.getAttribute('href'), '/organisaties');
    await Promise.all([page.waitForURL((url) => url.pathname === '/organisaties'), crumb.click()]);
    assert.equal((await page.locator('h1').textContent())?.trim(), 'Organisaties');
  });

  // A page past the end (an old bookmark) must not say "page 999 of 5" over an empty list.
  test('a page number past the last page does not contradict itself', async () => {
    await open('/organisaties?page=999');
    const status = (await page.getByRole('status').textContent())?.trim() ?? '';
    assert.doesNotMatch(status, /Pagina 999 van/, `status "${status}"`);
    const listed = await page.locator('main .ip-results > li').count();
    const explained = await page.getByRole('alert').count();
    assert.ok(listed > 0 || explained > 0, 'either results are shown, or an error summary says why not');
    assert.equal(await page.locator('a[rel="prev"][href*="page=998"]').count(), 0, 'no link to another empty page');
  });
});

describe('without JavaScript', () => {
  // Progressive enhancement: the filter form is a plain GET form and must work on its own.
  test('filtering organisations by region works with JavaScript off', async () => {
    // javaScriptEnabled: false turns off the page's own scripts (Playwright's evaluate still works,
    // so it cannot be checked from here; the option is what makes this a no-JS visitor).
    await open('/organisaties', { javaScriptEnabled: false });

    await page.getByLabel('Regio').selectOption('zuid');
    await Promise.all([
      page.waitForURL((url) => url.searchParams.get('regio') === 'zuid'),
      page.getByRole('button', { name: 'Zoeken' }).click(),
    ]);
    assert.equal(await page.getByLabel('Regio').inputValue(), 'zuid', 'the chosen region stays selected');

    const meta = (await page.locator('.ip-result__meta').allTextContents()).map((s) => s.trim());
    assert.ok(meta.length > 0, 'region Zuid has organisations');
    for (const line of meta) assert.match(line, /regio Zuid$/, `a result outside region Zuid: ${line}`);
    // The count the page announces matches what it lists (all on one page here).
    const status = (await page.getByRole('status').textContent())?.trim() ?? '';
    assert.match(status, new RegExp(`^${meta.length} organisaties? gevonden`), `status "${status}"`);
  });
});

/** A <dl> of label → value pairs, as a visitor reads it. */
async function dataList(p: Page): Promise<Record<string, string>> {
  return p.locator('main dl').evaluate((dl) => {
    const out: Record<string, string> = {};
    for (const dt of Array.from(dl.querySelectorAll('dt'))) {
      const dd = dt.nextElementSibling;
      if (dd?.tagName === 'DD') out[(dt.textContent ?? '').trim()] = (dd.textContent ?? '').trim();
    }
    return out;
  });
}
