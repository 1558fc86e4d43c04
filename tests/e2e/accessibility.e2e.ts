import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../support/server-process.ts';
import { closeAll, focusInfo, launchBrowser } from './support.ts';

/**
 * WCAG 2.2 AA as far as a machine can check it, on every page a visitor can reach by links.
 * The crawl starts at both home pages and follows same-origin links, so a new page is covered
 * as soon as something links to it, and a broken internal link fails here too.
 */

// The rule sets of WCAG 2.0/2.1/2.2 level A and AA (axe tags them per version).
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Enough to see every page type in both languages while the run stays short.
const MAX_PAGES = 80;
// Pages of one template (e.g. /organisaties/<slug>, or the list with any query) share their
// markup: a few of each find template bugs, and axe costs about a second a page, so the cap keeps
// the run short and leaves room for every other template.
const MAX_PER_TEMPLATE = 6;

// Start points: both home pages, list variants (a search adds the "relevance" sort option; an
// explicit page=1; a middle page), and deliberate 404s, which must be as accessible as any page.
const SEEDS: { path: string; status: number }[] = [
  { path: '/', status: 200 },
  { path: '/en', status: 200 },
  { path: '/organisaties?zoek=hogeschool', status: 200 },
  { path: '/organisaties?soort=universiteit&page=1', status: 200 },
  { path: '/organisaties?page=2', status: 200 }, // pagination with both "previous" and "next"
  { path: '/en/organisaties?zoek=hogeschool', status: 200 },
  { path: '/organisaties?regio=bestaat-niet', status: 200 }, // invalid filter: error summary
  { path: '/bestaat-niet', status: 404 },
  { path: '/en/bestaat-niet', status: 404 },
  { path: '/organisaties/bestaat-niet', status: 404 },
];
// Not pages: JSON, static files and probes. They are fetched once each, outside the browser.
// Feeds (Atom, RSS, iCal) and attachment downloads are not HTML either; their own tests check them.
const NOT_PAGES = [/^\/api\//, /^\/assets\//, /^\/health(\/|$)/, /^(\/en)?\/vraagstukken\/feeds\//, /\/bijlagen\/[0-9a-f-]{36}$/];

// Reflow is checked on the pages with the widest content: tables, long Dutch compound words in
// headings, the filter form, an error summary with an empty result.
const REFLOW_PATHS = [
  '/',
  '/organisaties',
  '/over',
  '/en',
  '/en/organisaties',
  '/en/over',
  '/kennisbank',
  '/toegankelijkheid',
  '/organisaties/ministerie-van-binnenlandse-zaken-en-koninkrijksrelaties',
  '/organisaties?zoek=geen-resultaat&regio=bestaat-niet',
  '/vraagstukken?zoek=informatiehuishouding',
  '/aanbod',
];

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
/** Same-origin links that are not pages, with the page that linked them first. */
const otherLinks = new Map<string, string>();

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await browser.newContext();
});

after(() => closeAll(context, browser, server));

describe('accessibility', () => {
  test('every page reachable by links meets WCAG 2.2 AA checks', async (t) => {
    const page = await context.newPage();
    const queue = SEEDS.map((s) => s.path);
    const foundOn = new Map<string, string>(queue.map((p) => [p, '(start point)']));
    const perTemplate = new Map<string, number>();
    for (const p of queue) perTemplate.set(template(p), (perTemplate.get(template(p)) ?? 0) + 1);

    let visited = 0;
    while (queue.length > 0 && visited < MAX_PAGES) {
      const path = queue.shift() as string;
      visited += 1;
      await t.test(path, async () => {
        const response = await page.goto(server.baseUrl + path);
        // Collect links first, so that a failing page still leads the crawl on.
        for (const href of await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href))) {
          const url = new URL(href);
          if (url.origin !== new URL(server.baseUrl).origin) continue;
          const next = url.pathname + url.search; // the hash is dropped: same document
          if (NOT_PAGES.some((re) => re.test(url.pathname))) {
            if (!otherLinks.has(next)) otherLinks.set(next, path);
            continue;
          }
          if (foundOn.has(next)) continue;
          const key = template(next);
          if ((perTemplate.get(key) ?? 0) >= MAX_PER_TEMPLATE) continue;
          perTemplate.set(key, (perTemplate.get(key) ?? 0) + 1);
          foundOn.set(next, path);
          queue.push(next);
        }
        await checkPage(page, path, foundOn.get(path) ?? '?', response?.status());
      });
    }
    await page.close();
    // A tiny crawl means the links broke, not that everything is fine.
    assert.ok(visited >= 20, `only ${visited} pages were reachable from the start points`);
  });

  test('links to non-page resources (API, assets) resolve', async () => {
    assert.ok(otherLinks.size > 0, 'the footer links the OpenAPI document; the crawl should have seen it');
    for (const [link, from] of otherLinks) {
      const response = await fetch(server.baseUrl + link);
      await response.body?.cancel();
      assert.ok(response.status < 400, `${link} (linked from ${from}) answered ${response.status}`);
    }
  });

  // WCAG 1.4.10 Reflow: at 320 CSS px wide (a 1280 px screen at 400 % zoom) content must not
  // need horizontal scrolling. Narrow layouts differ, so axe runs here again too.
  test('pages reflow at 320 CSS px without horizontal scrolling', async (t) => {
    const narrow = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await narrow.newPage();
    try {
      for (const path of REFLOW_PATHS) {
        await t.test(path, async () => {
          await page.goto(server.baseUrl + path);
          const result = await page.evaluate(() => {
            const width = window.innerWidth;
            // The innermost elements that stick out on the right: where a fix starts looking.
            const wide = Array.from(document.body.querySelectorAll('*')).filter((el) => el.getBoundingClientRect().right > width + 1);
            const culprits = wide
              .filter((el) => !Array.from(el.children).some((child) => child.getBoundingClientRect().right > width + 1))
              .slice(0, 5)
              .map((el) => `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}"`);
            return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
          });
          assert.ok(
            result.scrollWidth <= result.width + 1,
            `${path} is ${result.scrollWidth}px wide in a ${result.width}px viewport; sticking out: ${result.culprits.join(', ')}`,
          );
          const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
          assert.equal(axe.violations.length, 0, `${path} at 320px: axe found violations:\n${describeViolations(axe.violations)}`);
        });
      }
    } finally {
      await narrow.close();
    }
  });
});

/** The checks every page gets, in the order a failure is most useful to read. */
async function checkPage(page: Page, path: string, from: string, status: number | undefined) {
  const expectedStatus = SEEDS.find((s) => s.path === path)?.status ?? 200;
  assert.equal(status, expectedStatus, `${path} (linked from ${from}) answered ${status}`);

  // WCAG 3.1.1: the page language matches the URL (Dutch at the root, English under /en).
  const expectedLang = path === '/en' || path.startsWith('/en/') || path.startsWith('/en?') ? 'en' : 'nl';
  assert.equal(await page.getAttribute('html', 'lang'), expectedLang, `${path}: <html lang>`);

  // One h1 per page: the page's own title, the first thing a screen reader user jumps to.
  assert.equal(await page.locator('h1').count(), 1, `${path}: number of <h1> elements`);

  // WCAG 2.4.1: the first Tab lands on the skip link, and its target exists.
  await page.keyboard.press('Tab');
  const focused = await focusInfo(page);
  assert.equal(focused?.href, '#inhoud', `${path}: first focusable element is ${JSON.stringify(focused)}`);
  assert.equal(focused?.text, expectedLang === 'en' ? 'Skip to content' : 'Naar de inhoud', `${path}: skip link text`);
  assert.equal(await page.locator('#inhoud').count(), 1, `${path}: the skip link target #inhoud exists`);
  // Leave the page as loaded for axe: blur the skip link so it is hidden again.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  assert.equal(results.violations.length, 0, `${path}: axe found violations:\n${describeViolations(results.violations)}`);
}

function describeViolations(violations: Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    - ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`);
      return `  ${v.id} [${v.impact ?? 'n/a'}] ${v.help} (${v.helpUrl})\n${nodes.join('\n')}`;
    })
    .join('\n');
}

/** The page type of a URL: locale and path, the last segment generalised when it is a detail page. */
function template(pathAndQuery: string): string {
  const url = new URL(pathAndQuery, 'http://x');
  const segments = url.pathname.split('/').filter(Boolean);
  const locale = segments[0] === 'en' ? (segments.shift() as string) : 'nl';
  if (segments.length >= 2) segments[segments.length - 1] = ':slug';
  return `${locale}:/${segments.join('/')}`;
}
