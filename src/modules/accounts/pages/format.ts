import type { Locale } from '../../../platform/i18n.ts';

const formats: Record<Locale, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }),
};

/** Dates and times as people in the Netherlands read them, in the page language. */
export function formatDateTime(date: Date, locale: Locale): string {
  return formats[locale].format(date);
}
