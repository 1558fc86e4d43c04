import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { useRequestContext } from 'hono/jsx-renderer';
import { ForbiddenError, NotFoundError } from '../../../platform/errors.ts';
import type { Locale } from '../../../platform/i18n.ts';
import type { AppEnv } from '../../../web/context.ts';
import { localizedPath } from '../../../web/paths.ts';
import { isUuid } from '../../vraagstukken/index.ts';
import type { CommandContext } from '../commands/context.ts';
import { mayEditAanbod, maySeeAanbod } from '../policy.ts';
import { aanbodOphalen, type AanbodVolledig } from '../queries.ts';

/** Shared bits of the aanbod pages. */

export const aanbodPath = (locale: Locale, id: string, rest = '') => localizedPath(locale, `/aanbod/${id}${rest}`);

export const commandContext = (c: Context<AppEnv>): CommandContext => ({ actor: c.var.actor, requestId: c.var.requestId });

/**
 * The aanbod in the path. Not a uuid, unknown, or not visible to this visitor (a concept of someone
 * else): 404, the same answer, so a page never tells that an unpublished item exists. With
 * `bewerken`, a visible item the visitor may not change: 403.
 */
export async function aanbodVoor(c: Context<AppEnv>, options: { bewerken?: boolean } = {}): Promise<AanbodVolledig> {
  const id = c.req.param('id') ?? '';
  const a = isUuid(id) ? await aanbodOphalen(c.var.deps.database.db, id, c.var.actor) : undefined;
  if (!a || !maySeeAanbod(c.var.actor, a)) throw new NotFoundError();
  if (options.bewerken && !mayEditAanbod(c.var.actor, a)) throw new ForbiddenError();
  return a;
}

/** Text in the page's language, else the other one, with the lang attribute it then needs. */
export function inTaal(locale: Locale, nl: string | null, en: string | null): { text: string; lang: string | undefined } {
  if (locale === 'en') return en ? { text: en, lang: undefined } : { text: nl ?? '', lang: nl ? 'nl' : undefined };
  return nl ? { text: nl, lang: undefined } : { text: en ?? '', lang: en ? 'en' : undefined };
}

export const titelVan = (locale: Locale, a: { titelNl: string | null; titelEn: string | null }) => inTaal(locale, a.titelNl, a.titelEn);

/** A calendar date ('2027-02-01') as a long date in the page language: '1 februari 2027'. */
export function langeDatum(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

export function CsrfField() {
  return <input type="hidden" name="_csrf" value={useRequestContext<AppEnv>().var.csrfToken} />;
}

/** An alert for a refusal that is not about one field (a stale save, a status that changed). */
export function ErrorAlert({ children, id }: { children: Child; id?: string }) {
  return (
    <div class="utrecht-alert utrecht-alert--error" role="alert" id={id} tabindex={-1}>
      {children}
    </div>
  );
}

/** The "someone else changed this" message: nothing was saved, the input is kept. */
export function Verouderd({ uitleg, opnieuw }: { uitleg: string; opnieuw?: { href: string; label: string } }) {
  const { t } = useRequestContext<AppEnv>().var;
  return (
    <ErrorAlert id="verouderd">
      <h2 class="utrecht-heading-2">{t('aanbod.verouderd.kop')}</h2>
      <p class="utrecht-paragraph">{uitleg}</p>
      {opnieuw ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link utrecht-link--html-a" href={opnieuw.href}>
            {opnieuw.label}
          </a>
        </p>
      ) : null}
    </ErrorAlert>
  );
}

/** The data list rows of a detail page; an empty value leaves its row out. */
export function Rij({ label, children }: { label: string; children: Child }) {
  if (children === null || children === undefined || children === '' || (Array.isArray(children) && children.length === 0)) return null;
  return (
    <div class="ip-data-list__item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
