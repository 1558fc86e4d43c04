import { defaultLocale, type Locale } from '../platform/i18n.ts';

/**
 * Dutch pages live at their plain path, English ones under /en, with the same Dutch path segments
 * (domain language, ADR 001). The language switch swaps the prefix and keeps path and query.
 */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  if (pathname === '/en' || pathname === '/en/') return { locale: 'en', path: '/' };
  if (pathname.startsWith('/en/')) return { locale: 'en', path: pathname.slice(3) };
  return { locale: defaultLocale, path: pathname };
}

export function localizedPath(locale: Locale, path: string): string {
  if (locale === defaultLocale) return path;
  return path === '/' ? '/en' : `/en${path}`;
}

/** The same page in another language: path and query kept. */
export function alternateUrl(url: URL, target: Locale): string {
  const { path } = splitLocale(url.pathname);
  return localizedPath(target, path) + url.search;
}
