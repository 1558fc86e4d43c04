import type { Locale, Translate } from '../../../platform/i18n.ts';
import { hasTranslation } from '../../../platform/i18n.ts';
import type { FieldError } from '../../../web/components/alerts.tsx';
import type { FormValues } from '../../../web/forms.ts';
import { limieten, taalCodes } from '../profiel.schema.ts';
import type { Profiel } from '../profiel-queries.ts';

/**
 * The profile form works without JavaScript, so its repeated parts (affiliations, periods, links)
 * are numbered rows: `affiliatie-0-organisatie`, `periode-1-van`, `link-2-url`. A row left empty
 * is ignored; the page shows the filled rows and a few empty ones. Checkboxes are `thema-<code>`
 * and `taal-<code>`. This file turns those fields into the shape the schema checks, and the
 * schema's complaints back into field ids.
 */
export const idPrefix = 'profiel-';
const maxRows = 20;

const filled = (...values: (string | undefined)[]) => values.some((v) => (v ?? '').trim() !== '');

export function fromForm(values: FormValues) {
  const rows = <T>(make: (i: number) => T | undefined): T[] =>
    Array.from({ length: maxRows }, (_, i) => make(i)).filter((r): r is T => r !== undefined);
  const v = (name: string) => values[name] ?? '';
  return {
    affiliaties: rows((i) => {
      const [org, onderdeel, rol] = [v(`affiliatie-${i}-organisatie`), v(`affiliatie-${i}-onderdeel`), v(`affiliatie-${i}-rol`)];
      if (!filled(org, onderdeel, rol)) return undefined;
      return { organisatieId: org, onderdeelId: onderdeel === '' ? null : onderdeel, rol: rol === '' ? null : rol };
    }),
    themas: Object.keys(values)
      .filter((k) => k.startsWith('thema-') && values[k] === 'on')
      .map((k) => k.slice('thema-'.length)),
    trefwoorden: v('trefwoorden')
      .split(',')
      .map((w) => w.trim())
      .filter(Boolean),
    expertiseNl: v('expertiseNl'),
    expertiseEn: v('expertiseEn'),
    beschikbaarheden: rows((i) => {
      const [van, tot, toelichting] = [v(`periode-${i}-van`), v(`periode-${i}-tot`), v(`periode-${i}-toelichting`)];
      return filled(van, tot, toelichting) ? { van, tot, toelichting } : undefined;
    }),
    talen: taalCodes.filter((code) => values[`taal-${code}`] === 'on'),
    links: rows((i) => {
      const [label, url] = [v(`link-${i}-label`), v(`link-${i}-url`)];
      return filled(label, url) ? { label, url } : undefined;
    }),
  };
}

/**
 * The field id for a complaint at `path` in the input shape. Rows are numbered among the filled
 * rows; `rowIndex` maps that back to the row number in the form.
 */
function fieldFor(path: (string | number)[], rowIndex: (kind: string, n: number) => number): string {
  const [top, n, sub] = path;
  const row = (kind: string) => (typeof n === 'number' ? rowIndex(kind, n) : 0);
  switch (top) {
    case 'affiliaties':
      return `affiliatie-${row('affiliatie')}-${sub === 'onderdeelId' ? 'onderdeel' : sub === 'rol' ? 'rol' : 'organisatie'}`;
    case 'beschikbaarheden':
      return `periode-${row('periode')}-${sub === 'tot' ? 'tot' : sub === 'toelichting' ? 'toelichting' : 'van'}`;
    case 'links':
      return `link-${row('link')}-${sub === 'url' ? 'url' : 'label'}`;
    case 'themas':
    case 'talen':
    case 'trefwoorden':
    case 'expertiseNl':
    case 'expertiseEn':
      return top;
    default:
      return 'formulier';
  }
}

export type Complaint = { path: (string | number)[]; message: string };

/** Complaints as one message per field (the first wins), keyed by field name, and the summary. */
export function toFieldErrors(
  values: FormValues,
  complaints: Complaint[],
  t: Translate,
  locale: Locale,
): { fieldErrors: Record<string, string>; errors: FieldError[] } {
  // The n-th filled row of a kind is row number `index` in the form.
  const filledRows = (kind: string) =>
    Array.from({ length: maxRows }, (_, i) => i).filter((i) => Object.keys(values).some((k) => k.startsWith(`${kind}-${i}-`) && (values[k] ?? '').trim() !== ''));
  const cache = new Map<string, number[]>();
  const rowIndex = (kind: string, n: number) => {
    if (!cache.has(kind)) cache.set(kind, filledRows(kind));
    return cache.get(kind)![n] ?? 0;
  };
  const fieldErrors: Record<string, string> = {};
  for (const c of complaints) {
    const field = fieldFor(c.path, rowIndex);
    fieldErrors[field] ??= hasTranslation(locale, c.message) ? t(c.message) : t('personen.fouten.algemeen');
  }
  return { fieldErrors, errors: Object.entries(fieldErrors).map(([field, message]) => ({ field: `${idPrefix}${field}`, message })) };
}

/** The form's values for a stored profile. */
export function toValues(p: Profiel): FormValues {
  const values: FormValues = {
    versie: String(p.versie),
    trefwoorden: p.trefwoorden.join(', '),
    expertiseNl: p.expertiseNl ?? '',
    expertiseEn: p.expertiseEn ?? '',
  };
  p.affiliaties.forEach((a, i) => {
    values[`affiliatie-${i}-organisatie`] = a.organisatieId;
    values[`affiliatie-${i}-onderdeel`] = a.onderdeelId ?? '';
    values[`affiliatie-${i}-rol`] = a.rol ?? '';
  });
  for (const t of p.themas) values[`thema-${t.code}`] = 'on';
  p.beschikbaarheden.forEach((b, i) => {
    values[`periode-${i}-van`] = b.van;
    values[`periode-${i}-tot`] = b.tot;
    values[`periode-${i}-toelichting`] = b.toelichting ?? '';
  });
  for (const code of p.talen) values[`taal-${code}`] = 'on';
  p.links.forEach((l, i) => {
    values[`link-${i}-label`] = l.label;
    values[`link-${i}-url`] = l.url;
  });
  return values;
}

/** How many rows of a kind to show: every row that holds something, and two empty ones to add to. */
export function rowsToShow(values: FormValues, kind: 'affiliatie' | 'periode' | 'link'): number {
  const limit = kind === 'affiliatie' ? limieten.affiliaties : kind === 'periode' ? limieten.beschikbaarheden : limieten.links;
  let last = -1;
  for (const key of Object.keys(values)) {
    const m = new RegExp(`^${kind}-(\\d+)-`).exec(key);
    if (m && (values[key] ?? '').trim() !== '') last = Math.max(last, Number(m[1]));
  }
  return Math.min(Math.max(last + 3, 1), Math.max(limit, last + 1), maxRows);
}
