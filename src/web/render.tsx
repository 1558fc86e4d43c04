import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { RequestContext } from 'hono/jsx-renderer';
import { raw } from 'hono/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { translator } from '../platform/i18n.ts';
import type { AppEnv } from './context.ts';
import { Layout, type PageProps } from './layout.tsx';
import { splitLocale } from './paths.ts';

/** Makes sure locale and translator are set, also for errors raised before the locale middleware ran. */
export function ensureLocale(c: Context<AppEnv>): void {
  if (!c.var.locale) {
    const { locale } = splitLocale(c.req.path);
    c.set('locale', locale);
    c.set('t', translator(locale));
  }
}

/** Renders a page inside the layout. Components below read the request through useRequestContext. */
export function renderPage(c: Context<AppEnv>, props: PageProps, content: Child, status: ContentfulStatusCode = 200) {
  ensureLocale(c);
  return c.html(
    <>
      {raw('<!DOCTYPE html>')}
      <RequestContext.Provider value={c}>
        <Layout {...props}>{content}</Layout>
      </RequestContext.Provider>
    </>,
    status,
  );
}
