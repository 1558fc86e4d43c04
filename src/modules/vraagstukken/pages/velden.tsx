import type { Context } from 'hono';
import { useRequestContext } from 'hono/jsx-renderer';
import type { Locale } from '../../../platform/i18n.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { PlainText } from '../../../web/components/plain-text.tsx';
import type { AppEnv } from '../../../web/context.ts';
import { localizedPath } from '../../../web/paths.ts';
import { maySee, type VraagstukResource } from '../policy.ts';
import { vraagstukOphalen, type VraagstukVolledig } from '../queries.ts';
import { isUuid } from '../resource.ts';
import { Melding } from '../../../web/components/alerts.tsx';
export { Melding };

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
export { datum } from '../../../web/components/search-list.tsx';

export function CsrfField() {
  const c = useRequestContext<AppEnv>();
  return <input type="hidden" name="_csrf" value={c.var.csrfToken} />;
}

export function StatusTag({ status }: { status: string }) {
  const { t } = useRequestContext<AppEnv>().var;
  return <span class={`utrecht-status-badge ip-status ip-status--${status}`}>{t(`marktplaats.vraagstukStatus.${status}`)}</span>;
}

/** Field errors from a command's refusals (VeldFout), in the page language. */
export const foutenVan = (c: Context<AppEnv>, fouten: { veld: string; key: string; params?: Record<string, string> }[]) =>
  Object.fromEntries(fouten.map((f) => [f.veld, c.var.t(f.key, f.params)]));

/** A whole number from a form field, or undefined. */
export const geheelGetal = (s: string | undefined) => (s && /^\d{1,9}$/.test(s) ? Number(s) : undefined);
