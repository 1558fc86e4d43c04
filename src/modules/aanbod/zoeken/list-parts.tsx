import type { Child } from 'hono/jsx';
import { useRequestContext } from 'hono/jsx-renderer';
import { raw } from 'hono/html';
import type { Locale } from '../../../platform/i18n.ts';
import { formatDay } from '../../audit/index.ts';
import type { AppEnv } from '../../../web/context.ts';
import { localizedPath } from '../../../web/paths.ts';

/**
 * Parts of the list pages that are not NL Design System components yet: a checkbox group in a
 * fieldset (collapsed in a <details> when nothing is chosen, which works without JavaScript), the
 * "Did you mean" line, a snippet, and text in the page language or else the other one.
 */

export function CheckboxGroup(props: { name: string; legend: string; options: { value: string; label: string }[]; selected: readonly string[]; error?: string | undefined }) {
  const { t } = useRequestContext<AppEnv>().var;
  const id = `filter-${props.name}`;
  return (
    <details class="ip-filter__group" open={props.selected.length > 0 || Boolean(props.error)}>
      <summary>
        {props.legend}
        {props.selected.length > 0 ? ` (${t('zoeken.filter.gekozen', { aantal: props.selected.length })})` : ''}
      </summary>
      <fieldset class={`utrecht-form-fieldset${props.error ? ' utrecht-form-fieldset--invalid' : ''}`} id={id} aria-describedby={props.error ? `${id}-fout` : undefined}>
        <legend class="utrecht-form-fieldset__legend">{props.legend}</legend>
        {props.error ? (
          <p class="utrecht-form-field-error-message" id={`${id}-fout`}>
            {props.error}
          </p>
        ) : null}
        {props.options.map((o, i) => (
          <div class="utrecht-form-field utrecht-form-field--checkbox">
            <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id={`${id}-${i}`} name={props.name} value={o.value} checked={props.selected.includes(o.value)} />
            <label class="utrecht-form-label utrecht-form-label--checkbox" for={`${id}-${i}`}>
              {o.label}
            </label>
          </div>
        ))}
      </fieldset>
    </details>
  );
}

/** "Did you mean: ...?" with a link that searches the corrected term (the results already are for it). */
export function Bedoeld({ bedoeld, href }: { bedoeld: string | null; href: string }) {
  const { t } = useRequestContext<AppEnv>().var;
  if (!bedoeld) return null;
  return (
    <p class="utrecht-paragraph ip-bedoeld">
      {t('zoeken.lijst.bedoelde')}{' '}
      <a class="utrecht-link utrecht-link--html-a" href={href}>
        <strong>{bedoeld}</strong>
      </a>
      ? {t('zoeken.lijst.bedoeldeUitleg')}
    </p>
  );
}

/** A snippet from the search: escaped text with <mark> only (built by snippetHtml in src/db/tekst-zoeken.ts). */
export function Snippet({ html, lang }: { html: string; lang?: string | undefined }) {
  return (
    <p class="utrecht-paragraph ip-result__snippet" lang={lang}>
      {raw(html)}
    </p>
  );
}

/** Text in the page language, or else in the other one (with its language for screen readers). */
export function inTaal(locale: Locale, nl: string | null, en: string | null): { text: string; lang: Locale | undefined } | undefined {
  const own = locale === 'en' ? en : nl;
  if (own) return { text: own, lang: undefined };
  const other = locale === 'en' ? nl : en;
  return other ? { text: other, lang: locale === 'en' ? 'nl' : 'en' } : undefined;
}

/** A calendar date (YYYY-MM-DD) as a long date in the page language. */
export const datum = (ymd: string, locale: Locale) => formatDay(new Date(`${ymd}T12:00:00Z`), locale);

export const inkorten = (text: string, max = 240) => (text.length > max ? `${text.slice(0, max).replace(/\s+\S*$/, '')} …` : text);

export function DemoBadge() {
  const { t } = useRequestContext<AppEnv>().var;
  return <span class="utrecht-status-badge utrecht-status-badge--neutral">{t('marktplaats.demo')}</span>;
}

export function ResultLink({ path, text, lang, children }: { path: string; text: string; lang: Locale | undefined; children?: Child }) {
  const { locale } = useRequestContext<AppEnv>().var;
  return (
    <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, path)} lang={lang}>
      {text}
      {children}
    </a>
  );
}
