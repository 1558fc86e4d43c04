import type { Locale } from '../platform/i18n.ts';

/**
 * Text in the page's language, else the other one, with the lang attribute it then needs (WCAG
 * 3.1.2): content is written in Dutch and/or English, and a page shows what exists.
 */
export function inTaal(locale: Locale, nl: string | null, en: string | null): { text: string | null; lang: string | undefined } {
  if (locale === 'en') return en ? { text: en, lang: undefined } : { text: nl, lang: nl ? 'nl' : undefined };
  return nl ? { text: nl, lang: undefined } : { text: en, lang: en ? 'en' : undefined };
}
