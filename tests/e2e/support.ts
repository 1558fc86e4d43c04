import { chromium, type Browser, type Page } from 'playwright-core';
import type { RunningServer } from '../support/server-process.ts';

/**
 * Shared by the *.e2e.ts files (this file itself is not a test: the runner only picks up
 * *.e2e.ts). The browser is Debian's Chromium, not a Playwright download: this machine and CI
 * cannot fetch browser builds, and the system package is what they have.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // Quiet, deterministic and offline: no sandbox (we run as root in a container), no GPU, and
    // none of Chromium's own background traffic, which has nowhere to go here anyway.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/*
 * Functions passed to page.evaluate run in the browser as their source text. Keep them free of
 * named inner functions (const f = () => ...): tsx compiles those with a __name() helper that
 * exists only in Node, and the page then throws "__name is not defined".
 */

/** What the element that has focus is, in terms a failure message can show. */
export type FocusInfo = {
  tag: string;
  id: string;
  text: string;
  href: string | null;
  inMain: boolean;
  inMainNav: boolean;
  height: number;
  outlineStyle: string;
  outlineWidth: string;
  boxShadow: string;
};

export function focusInfo(page: Page): Promise<FocusInfo | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      text: (el.textContent ?? '').trim().replace(/\s+/g, ' '),
      href: el.getAttribute('href'),
      inMain: el.closest('main') !== null,
      inMainNav: el.closest('nav[aria-label="Hoofdmenu"], nav[aria-label="Main menu"]') !== null,
      height: el.getBoundingClientRect().height,
      outlineStyle: style.outlineStyle,
      outlineWidth: style.outlineWidth,
      boxShadow: style.boxShadow,
    };
  });
}

/** A focus indicator a sighted keyboard user can see: a real outline, or a box-shadow ring. */
export function hasVisibleFocusIndicator(info: FocusInfo): boolean {
  const outline = info.outlineStyle !== 'none' && info.outlineStyle !== 'hidden' && parseFloat(info.outlineWidth) > 0;
  const shadow = info.boxShadow !== 'none' && info.boxShadow !== '';
  return outline || shadow;
}

/** Path and query of the page's URL, the part the app decides. */
export function pathAndQuery(page: Page): string {
  const url = new URL(page.url());
  return url.pathname + url.search;
}

/** Closes what a test file opened, and shows the server's output when it did not stop cleanly. */
export async function closeAll(context: { close(): Promise<void> } | undefined, browser: Browser | undefined, server: RunningServer | undefined) {
  await context?.close();
  await browser?.close();
  const code = await server?.stop();
  if (code !== null && code !== undefined && code !== 0) {
    console.error(`server exited with ${code}; its output:\n${server?.logs()}`);
  }
}

/** axe with the WCAG 2.0–2.2 A and AA rules on the current page; fails with each violation's targets. */
export async function assertAccessible(page: Page, label: string): Promise<void> {
  const { AxeBuilder } = await import('@axe-core/playwright');
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const problems = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  if (problems.length > 0) throw new Error(`axe found problems on ${label}:\n${problems.join('\n')}`);
}

/**
 * Logs in through the real pages: /inloggen with e-mail and password, then (for an account with a
 * second factor) /inloggen/tweede-factor with a TOTP code of `totpSecret`. Ends on the page after login.
 */
export async function logInWithSecondFactor(
  page: Page,
  baseUrl: string,
  person: { email: string; wachtwoord: string },
  totpSecret: string,
): Promise<void> {
  const { TOTP, Secret } = await import('otpauth');
  await page.goto(`${baseUrl}/inloggen`);
  await page.fill('#email', person.email);
  await page.fill('#wachtwoord', person.wachtwoord);
  await Promise.all([page.waitForURL(/\/inloggen\/tweede-factor/), page.click('main button[type="submit"]')]);
  await page.fill('#code', new TOTP({ secret: Secret.fromBase32(totpSecret) }).generate());
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/inloggen')), page.click('main button[type="submit"]')]);
}
