import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { useRequestContext } from 'hono/jsx-renderer';
import type { Locale } from '../../../platform/i18n.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { PlainText } from '../../../web/components/plain-text.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { localizedPath } from '../../../web/paths.ts';
import { formatDay } from '../../audit/index.ts';
import { maySee, type VraagstukResource } from '../policy.ts';
import { vraagstukOphalen, type VraagstukVolledig } from '../queries.ts';
import { isUuid } from '../resource.ts';

/** Shared bits of the vraagstuk pages: loading the vraagstuk in the path, field groups, text in the right language. */

export const pad = (locale: Locale, id: string, rest = '') => localizedPath(locale, `/vraagstukken/${id}${rest}`);

export function resourceVan(v: VraagstukVolledig): VraagstukResource {
  return {
    organisatieId: v.organisatieId,
    regioCode: v.regioCode,
    status: v.status,
    vertrouwelijkheid: v.vertrouwelijkheid,
    aangemaaktDoor: v.aangemaaktDoor,
    contactpersoonIds: v.contactpersonen.map((p) => p.id),
    geintroduceerdeIds: v.geintroduceerdeIds,
  };
}

/** The vraagstuk in the path, if this person may see it at all; otherwise 404 (its existence is not disclosed). */
export async function vraagstukVoor(c: Context<AppEnv>): Promise<{ v: VraagstukVolledig; resource: VraagstukResource }> {
  const id = c.req.param('id') ?? '';
  const v = isUuid(id) ? await vraagstukOphalen(c.var.deps.database.db, id) : undefined;
  if (!v) throw new NotFoundError();
  const resource = resourceVan(v);
  if (!maySee(c.var.actor, resource)) throw new NotFoundError();
  return { v, resource };
}

/** A text in the page's language when there is one, else in the other, marked with its language. */
export function inTaal(locale: Locale, nl: string | null, en: string | null): { tekst: string | null; lang: string | undefined } {
  const eigen = locale === 'en' ? en : nl;
  if (eigen) return { tekst: eigen, lang: undefined };
  const ander = locale === 'en' ? nl : en;
  return { tekst: ander, lang: ander ? (locale === 'en' ? 'nl' : 'en') : undefined };
}

export function titelVan(t: (k: string) => string, locale: Locale, v: { titelNl: string | null; titelEn: string | null }) {
  const { tekst, lang } = inTaal(locale, v.titelNl, v.titelEn);
  return { tekst: tekst ?? t('vraagstukken.zonderTitel'), lang };
}

export function Tekst({ nl, en }: { nl: string | null; en: string | null }) {
  const { locale } = useRequestContext<AppEnv>().var;
  const { tekst, lang } = inTaal(locale, nl, en);
  return <PlainText text={tekst} {...(lang ? { lang } : {})} />;
}

/** A calendar date ('2027-02-01') as a long date in the page language. */
export const datum = (ymd: string, locale: Locale) => formatDay(new Date(`${ymd}T12:00:00Z`), locale);

export function CsrfField() {
  const c = useRequestContext<AppEnv>();
  return <input type="hidden" name="_csrf" value={c.var.csrfToken} />;
}

export function StatusTag({ status }: { status: string }) {
  const { t } = useRequestContext<AppEnv>().var;
  return <span class={`utrecht-status-badge ip-status ip-status--${status}`}>{t(`marktplaats.vraagstukStatus.${status}`)}</span>;
}

const describedBy = (id: string, hint: string | undefined, error: string | undefined) =>
  [hint ? `${id}-hint` : '', error ? `${id}-fout` : ''].filter(Boolean).join(' ') || undefined;

type GroepProps = {
  id: string;
  name: string;
  legend: string;
  options: { value: string; label: string; lang?: string | undefined; uitleg?: string | undefined }[];
  error?: string | undefined;
  hint?: string | undefined;
  children?: Child;
};

/**
 * Checkboxes or radio buttons in a fieldset with a legend; the error summary links to the first
 * control (`${id}-0`). An option may carry an explanation, tied to it with aria-describedby.
 */
export function KeuzeGroep(props: GroepProps & { type: 'checkbox' | 'radio'; checked: readonly string[] }) {
  return (
    <fieldset class={`utrecht-form-fieldset ip-keuzegroep${props.error ? ' utrecht-form-fieldset--invalid' : ''}`} aria-describedby={describedBy(props.id, props.hint, props.error)}>
      <legend class="utrecht-form-fieldset__legend">{props.legend}</legend>
      {props.hint ? (
        <p class="utrecht-form-field-description" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p class="utrecht-form-field-error-message" id={`${props.id}-fout`}>
          {props.error}
        </p>
      ) : null}
      {props.options.map((o, i) => (
        <div class={`utrecht-form-field utrecht-form-field--${props.type}`}>
          <input
            class={`utrecht-${props.type} utrecht-${props.type}--html-input`}
            type={props.type}
            id={`${props.id}-${i}`}
            name={props.name}
            value={o.value}
            checked={props.checked.includes(o.value)}
            aria-describedby={o.uitleg ? `${props.id}-${i}-uitleg` : undefined}
          />
          <label class={`utrecht-form-label utrecht-form-label--${props.type}`} for={`${props.id}-${i}`} lang={o.lang}>
            {o.label}
          </label>
          {o.uitleg ? (
            <p class="utrecht-form-field-description" id={`${props.id}-${i}-uitleg`}>
              {o.uitleg}
            </p>
          ) : null}
        </div>
      ))}
      {props.children}
    </fieldset>
  );
}

/** An alert that is not about one field (a stale save, a step that is not possible now). */
export function Melding({ children, id, soort = 'error' }: { children: Child; id?: string; soort?: 'error' | 'warning' | 'info' }) {
  return (
    <div class={`utrecht-alert utrecht-alert--${soort}`} role={soort === 'error' ? 'alert' : undefined} id={id}>
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

/** Field errors from a command's refusals (VeldFout), in the page language. */
export const foutenVan = (c: Context<AppEnv>, fouten: { veld: string; key: string; params?: Record<string, string> }[]) =>
  Object.fromEntries(fouten.map((f) => [f.veld, c.var.t(f.key, f.params)]));

/** A whole number from a form field, or undefined. */
export const geheelGetal = (s: string | undefined) => (s && /^\d{1,9}$/.test(s) ? Number(s) : undefined);
