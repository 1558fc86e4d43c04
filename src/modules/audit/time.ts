import type { Locale } from '../../platform/i18n.ts';

/**
 * Times in the audit log are stored in UTC and shown in Dutch time (Europe/Amsterdam), whatever the
 * server's time zone; a date filter means a whole Dutch calendar day.
 */
export const timeZone = 'Europe/Amsterdam';

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Local time in Amsterdam minus UTC, in milliseconds, at the given moment. */
function offsetAt(date: Date): number {
  const parts = Object.fromEntries(partsFormat.formatToParts(date).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

/** 'YYYY-MM-DD' that is a real calendar date. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1970 && y <= 9999 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The moment a Dutch calendar day starts (00:00 in Amsterdam), as a UTC Date. */
export function startOfDutchDay(ymd: string): Date {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  let moment = guess - offsetAt(new Date(guess));
  // Around a DST switch the offset at the guess differs from the one at the result: correct once.
  const corrected = guess - offsetAt(new Date(moment));
  if (corrected !== moment) moment = corrected;
  return new Date(moment);
}

/** The start of the day after: the exclusive end of a 'to' date. */
export function startOfNextDutchDay(ymd: string): Date {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return startOfDutchDay(next.toISOString().slice(0, 10));
}

/** Today's date in the Netherlands, 'YYYY-MM-DD' (for file names). */
export function dutchDate(date: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

const formats: Record<Locale, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { timeZone, dateStyle: 'medium', timeStyle: 'medium' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'medium', timeStyle: 'medium' }),
};
const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { timeZone, dateStyle: 'long' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'long' }),
};

/** A moment in Dutch time, written in the page language: '3 mrt 2026, 14:05:09'. */
export function formatMoment(date: Date, locale: Locale): string {
  return formats[locale].format(date);
}

/** A date in Dutch time, written in the page language: '3 maart 2026'. */
export function formatDay(date: Date, locale: Locale): string {
  return dateFormats[locale].format(date);
}
