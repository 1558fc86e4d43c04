import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { oidcProvidersEnv, reserveIssuer, startOidcProvider, type TestOidcProvider } from '../support/oidc-provider.ts';
import { startServer, type RunningServer } from '../support/server-process.ts';
import { closeAll, launchBrowser, pathAndQuery } from './support.ts';

/**
 * OpenID Connect login in a real browser through a real local provider (standing in for
 * SURFconext): a hogeschool student and a ministry employee each land in their organisatie with
 * the right person type. The error page (cancelled login, lost flow) must be accessible.
 */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

let server: RunningServer;
let provider: TestOidcProvider;
let browser: Browser;
/** The app as the browser sees it: the host of PUBLIC_URL, so the provider's redirect back carries our cookies. */
let base: string;

/**
 * Loads reference data and the organisation domains into the server's fresh database before it starts.
 * Redundant once the reference import registers the domains itself, and harmless then.
 */
function seedWithDomains(env: NodeJS.ProcessEnv): Promise<void> {
  const script = `
    import { openConfiguredDatabase } from './src/db/client.ts';
    import { importReference } from './src/db/seed/import-reference.ts';
    import { readReferenceFile } from './src/db/seed/reference-file.ts';
    import { importDomains } from './src/db/seed/import-domains.ts';
    import { loadConfig } from './src/platform/config.ts';
    const database = await openConfiguredDatabase(loadConfig());
    await database.migrate();
    await importReference(database.db, await readReferenceFile());
    await importDomains(database.db);
    await database.close();`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seeding failed (${code}):\n${out}`))));
  });
}

before(async () => {
  const reserved = await reserveIssuer();
  server = await startServer({
    env: { OIDC_PROVIDERS: oidcProvidersEnv(reserved) },
    beforeStart: seedWithDomains,
  });
  // PUBLIC_URL is unset in e2e runs, so the app's URLs (and the redirect URI) use localhost.
  base = server.baseUrl.replace('127.0.0.1', 'localhost');
  provider = await startOidcProvider({ port: reserved.port, clientSecret: reserved.clientSecret, redirectUris: [`${base}/inloggen/oidc/test/terug`] });
  browser = await launchBrowser();
});

after(async () => {
  await provider?.close();
  await closeAll(undefined, browser, server);
});

/** Signs in on the provider's development login form (any name picks a test person; any password). */
async function signIn(page: Page, login: string) {
  await page.waitForURL((url) => url.origin === provider.issuer);
  await page.fill('input[name="login"]', login);
  await page.fill('input[name="password"]', 'geheim');
  await Promise.all([page.waitForURL((url) => url.origin === base), page.click('button[type="submit"]')]);
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  assert.deepEqual(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    [],
    `axe on ${pathAndQuery(page)}`,
  );
}

describe('OpenID Connect login', () => {
  // A fresh browser context per person: the provider remembers who logged in.
  for (const person of [
    { login: 'student', naam: 'Sanne de Student', type: /student/i, organisatie: 'Hogeschool van Amsterdam' },
    { login: 'ambtenaar', naam: 'Bram Beleid', type: /ambtenaar|civil servant/i, organisatie: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties' },
  ]) {
    test(`${person.login}: logs in through the provider and lands in ${person.organisatie}`, async () => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(`${base}/inloggen`);
        await page.getByRole('link', { name: 'Inloggen met Test-SURFconext' }).click();
        await signIn(page, person.login);
        assert.equal(new URL(page.url()).pathname, '/account');
        await page.getByRole('status').filter({ hasText: 'U bent ingelogd.' }).waitFor();
        const main = page.locator('main');
        await main.getByText(person.naam).first().waitFor();
        assert.match(await page.getByTestId('persoonstype').innerText(), person.type);
        assert.match(await page.getByTestId('organisaties').innerText(), new RegExp(person.organisatie));
      } finally {
        await context.close();
      }
    });
  }

  test('a cancelled login shows an accessible error page in the language it started in', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${base}/en/inloggen/oidc/test`);
      await page.waitForURL((url) => url.origin === provider.issuer);
      const [response] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === '/inloggen/oidc/test/terug'),
        page.getByRole('link', { name: /Cancel/ }).click(),
      ]);
      assert.equal(response.status(), 400);
      await page.getByRole('heading', { level: 1, name: 'Logging in with Test-SURFconext did not work' }).waitFor();
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.equal(await page.getByRole('link', { name: 'Back to the login page' }).getAttribute('href'), '/en/inloggen');
      await expectNoAxeViolations(page);

      const lost = await page.goto(`${base}/inloggen/oidc/test/terug?code=x&state=y`);
      assert.equal(lost?.status(), 400);
      await page.getByRole('heading', { level: 1, name: 'Inloggen via Test-SURFconext is niet gelukt' }).waitFor();
      await expectNoAxeViolations(page);
    } finally {
      await context.close();
    }
  });
});
