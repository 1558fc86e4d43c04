import type { Child } from 'hono/jsx';
import { useRequestContext } from 'hono/jsx-renderer';
import type { AppEnv } from './context.ts';
import { hasTranslation } from '../platform/i18n.ts';
import { alternateUrl, localizedPath, splitLocale } from './paths.ts';
import { assetUrl } from './assets.ts';
import { Breadcrumbs, type Crumb } from './components/breadcrumbs.tsx';

export type PageProps = {
  title: string;
  breadcrumbs?: Crumb[];
  /** Other formats of this page's content (feeds), announced in the head for feed readers and browsers. */
  alternates?: { href: string; type: string; title: string }[];
};

const mainNav = [
  { path: '/vraagstukken', key: 'common.nav.vraagstukken' },
  { path: '/aanbod', key: 'common.nav.aanbod' },
  { path: '/organisaties', key: 'common.nav.organisaties' },
  { path: '/personen', key: 'common.nav.personen' },
  { path: '/kennisbank', key: 'common.nav.kennisbank' },
  { path: '/over', key: 'common.nav.over' },
] as const;

const footerLinks = [
  { path: '/over', key: 'common.footer.over' },
  { path: '/themas', key: 'common.footer.themas' },
  { path: '/toegankelijkheid', key: 'common.footer.toegankelijkheid' },
  { path: '/privacy', key: 'common.footer.privacy' },
  { path: '/algoritme', key: 'algoritme.footerLink' },
] as const;

export function Layout({ children, title, breadcrumbs, alternates = [] }: PageProps & { children?: Child }) {
  const c = useRequestContext<AppEnv>();
  const { t, locale } = c.var;
  const url = new URL(c.req.url);
  const { path } = splitLocale(url.pathname);
  const other = locale === 'nl' ? 'en' : 'nl';
  const isCurrent = (navPath: string) => path === navPath || path.startsWith(`${navPath}/`);
  return (
    <html lang={locale} class="rhc-theme">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} | ${t('common.siteName')}`}</title>
        <meta name="description" content={t('common.siteDescription')} />
        <link rel="icon" href={assetUrl('favicon.svg')} type="image/svg+xml" />
        <link rel="stylesheet" href={assetUrl('nlds/tokens.css')} />
        <link rel="stylesheet" href={assetUrl('nlds/components.css')} />
        <link rel="stylesheet" href={assetUrl('app.css')} />
        <link rel="alternate" hreflang="nl" href={alternateUrl(url, 'nl')} />
        <link rel="alternate" hreflang="en" href={alternateUrl(url, 'en')} />
        {alternates.map((a) => (
          <link rel="alternate" type={a.type} title={a.title} href={a.href} />
        ))}
        <script type="module" src={assetUrl('app.js')}></script>
      </head>
      <body class="utrecht-document utrecht-page-body">
        <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
          {t('common.skipLink')}
        </a>
        <header class="utrecht-page-header ip-header">
          <div class="ip-container ip-header__bar">
            <a class="ip-brand" href={localizedPath(locale, '/')}>
              <span class="ip-brand__name">{t('common.siteName')}</span>
              <span class="ip-brand__tagline">{t('common.tagline')}</span>
            </a>
            <nav class="ip-account-nav" aria-label={t('common.account.label')}>
              {c.var.actor?.kind === 'account' ? (
                <>
                  <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/account')}>
                    {t('common.account.mijnAccount')}
                  </a>
                  <form method="post" action={localizedPath(locale, '/uitloggen')} class="ip-inline-form">
                    <input type="hidden" name="_csrf" value={c.var.csrfToken} />
                    <button type="submit" class="utrecht-button utrecht-button--subtle ip-link-button">
                      {t('common.account.uitloggen')}
                    </button>
                  </form>
                </>
              ) : (
                <>
                  <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/inloggen')}>
                    {t('common.account.inloggen')}
                  </a>
                  <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/registreren')}>
                    {t('common.account.registreren')}
                  </a>
                </>
              )}
            </nav>
            <nav class="ip-language" aria-label={t('common.language.label')}>
              <a
                class="utrecht-link utrecht-link--html-a"
                href={alternateUrl(url, other)}
                hreflang={other}
                lang={other}
              >
                {t('common.language.switchTo')}
              </a>
            </nav>
          </div>
          <nav class="ip-main-nav" aria-label={t('common.nav.label')}>
            <ul class="ip-container ip-main-nav__list">
              <li>
                <a href={localizedPath(locale, '/')} aria-current={path === '/' ? 'page' : undefined}>
                  {t('common.nav.home')}
                </a>
              </li>
              {mainNav.map((item) => (
                <li>
                  <a href={localizedPath(locale, item.path)} aria-current={isCurrent(item.path) ? 'page' : undefined}>
                    {t(item.key)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <div class="ip-container">
          {breadcrumbs && breadcrumbs.length > 0 ? <Breadcrumbs crumbs={breadcrumbs} /> : null}
          <main id="inhoud" class="utrecht-page-content ip-main" tabindex={-1}>
            {c.var.flash && hasTranslation(locale, c.var.flash) ? (
              <div class="utrecht-alert utrecht-alert--ok ip-flash" role="status">
                <p class="utrecht-paragraph">{t(c.var.flash)}</p>
              </div>
            ) : null}
            {children}
          </main>
        </div>
        <footer class="utrecht-page-footer ip-footer">
          <div class="ip-container ip-footer__inner">
            <p class="utrecht-paragraph">{t('common.footer.about')}</p>
            <nav aria-label={t('common.footer.label')}>
              <ul class="ip-footer__links">
                {footerLinks.map((item) => (
                  <li>
                    <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, item.path)}>
                      {t(item.key)}
                    </a>
                  </li>
                ))}
                <li>
                  <a class="utrecht-link utrecht-link--html-a" href="/api/v1/openapi.json">
                    {t('common.footer.api')}
                  </a>
                </li>
              </ul>
            </nav>
          </div>
        </footer>
      </body>
    </html>
  );
}
