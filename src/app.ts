import { Hono, type MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { trimTrailingSlash } from 'hono/trailing-slash';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { createApi } from './api/api-app.ts';
import { problem } from './api/problem.ts';
import { apiVersion } from './api/openapi-helpers.ts';
import { organisatiePages } from './modules/organisaties/index.ts';
import {
  accountPages,
  apiTokenPages,
  beheerPages,
  mijnGegevensPages,
  oidcPages,
  sessionMiddleware,
} from './modules/accounts/index.ts';
import { auditPages } from './modules/audit/index.ts';
import { lidmaatschapPages } from './modules/lidmaatschappen/index.ts';
import { personenPages } from './modules/personen/index.ts';
import { taxonomiePages } from './modules/taxonomie/index.ts';
import { vraagstukLimieten, vraagstukPages, vraagstukZoekPages } from './modules/vraagstukken/index.ts';
import { aanbodPages, aanbodZoekPages } from './modules/aanbod/index.ts';
import { belangstellingPages } from './modules/belangstellingen/index.ts';
import { matchingBeheerPages, suggestiePages } from './modules/matching/index.ts';
import { koppelingPages, werkbankPages } from './modules/koppelingen/index.ts';
import { access } from './web/access.ts';
import { flashMiddleware } from './web/flash.ts';
import { DomainError, ValidationError } from './platform/errors.ts';
import { translator } from './platform/i18n.ts';
import type { AppDeps, AppEnv } from './web/context.ts';
import { csrf } from './web/csrf.ts';
import { renderErrorPage } from './web/error-page.tsx';
import { healthRoutes } from './web/health.ts';
import { serveAsset } from './web/assets.ts';
import { splitLocale } from './web/paths.ts';
import { securityHeaders } from './web/security.ts';
import { homePage } from './web/pages/home.tsx';
import { devMailboxPage } from './web/pages/dev-mailbox.tsx';
import { anonymous } from './platform/actor.ts';
import { clientIp } from './web/client-ip.ts';
import { contentPage } from './web/pages/content-pages.tsx';
import { overPage } from './web/pages/over.tsx';
import { upcomingSectionPage } from './web/pages/upcoming-sections.tsx';

const isApi = (path: string) => path === '/api' || path.startsWith('/api/');

/** The server-rendered pages; mounted twice, at / (Dutch) and at /en (English). */
function createPages() {
  const pages = new Hono<AppEnv>();
  // Mounted at '/', these middlewares would also see API requests that matched no API route; those
  // belong to the API's own 404/405 handling.
  const forPages = (mw: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> => (c, next) =>
    isApi(c.req.path) ? next() : mw(c, next);
  pages.use(
    '*',
    forPages(async (c, next) => {
      const { locale } = splitLocale(c.req.path);
      c.set('locale', locale);
      c.set('t', translator(locale));
      await next();
    }),
  );
  pages.use('*', forPages(trimTrailingSlash()));
  pages.use('*', forPages(csrf));
  pages.use('*', forPages(sessionMiddleware));
  pages.use('*', forPages(flashMiddleware));
  const open = access('public');
  pages.get('/', open, homePage);
  pages.get('/kennisbank', open, upcomingSectionPage('kennisbank'));
  organisatiePages(pages);
  accountPages(pages);
  oidcPages(pages);
  apiTokenPages(pages);
  mijnGegevensPages(pages);
  lidmaatschapPages(pages);
  beheerPages(pages);
  auditPages(pages);
  personenPages(pages);
  taxonomiePages(pages);
  // The list pages first: their fixed paths (/vraagstukken/feeds/...) come before /vraagstukken/:id.
  vraagstukZoekPages(pages);
  aanbodZoekPages(pages);
  vraagstukPages(pages);
  aanbodPages(pages);
  belangstellingPages(pages);
  suggestiePages(pages);
  koppelingPages(pages);
  werkbankPages(pages);
  matchingBeheerPages(pages);
  pages.get('/over', open, overPage);
  pages.get('/toegankelijkheid', open, contentPage('toegankelijkheid'));
  pages.get('/privacy', open, contentPage('privacy'));
  return pages;
}

export function createApp(deps: AppDeps, options: { isShuttingDown?: () => boolean } = {}) {
  const app = new Hono<AppEnv>();
  const { config, logger } = deps;

  app.use('*', requestId({ headerName: 'X-Request-Id' }));
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    const started = performance.now();
    await next();
    // Route pattern, not the URL: no search terms or ids of people end up in the logs.
    logger.info(
      {
        requestId: c.var.requestId,
        method: c.req.method,
        route: c.req.routePath,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      'request',
    );
  });
  app.use('*', async (c, next) => {
    await next();
    if (isApi(c.req.path)) c.res.headers.set('API-Version', apiVersion);
  });
  app.use('*', securityHeaders(config.isProduction));
  // Requests that carry attachments (five files of 5 MB with the form) get room for them; every
  // other request keeps the small limit. A file too large or of the wrong kind is then refused by
  // the page itself, with the rest of the form kept.
  const onTooLarge = (c: Parameters<MiddlewareHandler<AppEnv>>[0]) =>
    isApi(c.req.path) ? problem(c, 413, 'Request body too large') : renderErrorPage(c, 413);
  const uploadPath = /^(\/en)?\/vraagstukken\/(nieuw|[0-9a-f-]{36}\/bijlagen)$|^\/api\/v1\/vraagstukken\/[0-9a-f-]{36}\/bijlagen$/;
  const uploadMax = Math.max(config.bodyLimitBytes, vraagstukLimieten.bijlagen * vraagstukLimieten.bijlageBytes + 1024 * 1024);
  const normalBody = bodyLimit({ maxSize: config.bodyLimitBytes, onError: onTooLarge });
  const uploadBody = bodyLimit({ maxSize: uploadMax, onError: onTooLarge });
  app.use('*', (c, next) => (uploadPath.test(c.req.path) ? uploadBody(c, next) : normalBody(c, next)));

  healthRoutes(app, options.isShuttingDown ?? (() => false));
  app.get('/assets/*', access('public'), (c) => serveAsset(c) ?? c.notFound());

  const api = createApi(config.publicUrl);
  app.route('/api/v1', api);
  // Known API paths with their methods, for 405 and its Allow header.
  const apiPaths = new Map<string, { re: RegExp; methods: Set<string> }>();
  for (const d of api.openAPIRegistry.definitions) {
    if (d.type !== 'route') continue;
    const key = d.route.path;
    const entry = apiPaths.get(key) ?? { re: new RegExp(`^/api/v1${key.replace(/\{[^}]+\}/g, '[^/]+')}$`), methods: new Set(['OPTIONS']) };
    entry.methods.add(d.route.method.toUpperCase());
    if (d.route.method === 'get') entry.methods.add('HEAD');
    apiPaths.set(key, entry);
  }
  apiPaths.set('/openapi.json', { re: /^\/api\/v1\/openapi\.json$/, methods: new Set(['GET', 'HEAD', 'OPTIONS']) });

  const pages = createPages();
  if (config.env === 'development' && deps.mailSink) {
    // Before the pages: their middleware (locale, CSRF, session) is not needed for this tool page.
    app.get('/ontwikkeling/mail', access('public'), (c) => {
      // The mails hold reset and verification links: only for the developer's own machine, even
      // when the development server listens on every interface (HOST=0.0.0.0).
      if (!['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(clientIp(c))) return c.text('Forbidden', 403);
      c.set('locale', 'nl');
      c.set('t', translator('nl'));
      c.set('actor', anonymous);
      return devMailboxPage(c);
    });
  }
  app.route('/', pages);
  app.route('/en', pages);

  app.notFound((c) => {
    if (isApi(c.req.path)) {
      const known = [...apiPaths.values()].filter((p) => p.re.test(c.req.path));
      if (known.length > 0) {
        const order = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
        const methods = new Set(known.flatMap((p) => [...p.methods]));
        const allow = order.filter((m) => methods.has(m)).join(', ');
        return problem(c, 405, `Method ${c.req.method} is not allowed here`, { headers: { Allow: allow } });
      }
      return problem(c, 404, 'No such resource');
    }
    return renderErrorPage(c, 404);
  });

  app.onError((error, c) => {
    // Hono's own refusals (a body that is not JSON, a wrong Content-Type in a validator) are the
    // sender's mistake: a 4xx in the usual shape, not a 500.
    if (error instanceof HTTPException && error.status < 500) {
      const status = error.status as ContentfulStatusCode;
      return isApi(c.req.path) ? problem(c, status, error.message || 'The request could not be read') : renderErrorPage(c, status);
    }
    // The typed errors of the use cases, mapped here and nowhere else.
    if (error instanceof DomainError) {
      const status = error.status as ContentfulStatusCode;
      if (!isApi(c.req.path)) return renderErrorPage(c, status);
      const invalidParams = error instanceof ValidationError ? error.invalidParams : undefined;
      return problem(c, status, error.message, invalidParams ? { invalidParams } : {});
    }
    logger.error({ requestId: c.var.requestId, err: error, route: c.req.routePath }, 'unhandled error');
    if (isApi(c.req.path)) return problem(c, 500, `Unexpected error; reference ${c.var.requestId}`);
    return renderErrorPage(c, 500);
  });

  return app;
}
