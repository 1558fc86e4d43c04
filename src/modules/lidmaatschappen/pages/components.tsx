import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { TextAreaField as SharedTextArea } from '../../../web/components/form-fields.tsx';
import { useRequestContext } from 'hono/jsx-renderer';
import { ForbiddenError, NotFoundError } from '../../../platform/errors.ts';
import type { Locale } from '../../../platform/i18n.ts';
import type { AppEnv } from '../../../web/context.ts';
import { localizedPath } from '../../../web/paths.ts';
import { can, type LidmaatschapActie } from '../policy.ts';
import { findOrganisatieBySlug, type OrganisatieKop } from '../queries.ts';
import { uuidPattern } from '../lidmaatschap.schema.ts';

/** Shared bits of the membership pages. */

/** The organisatie in the path, if the actor may do `action` there: unknown 404, not allowed 403. */
export async function organisatieVoor(c: Context<AppEnv>, action: LidmaatschapActie): Promise<OrganisatieKop> {
  const organisatie = await findOrganisatieBySlug(c.var.deps.database.db, c.req.param('slug') ?? '');
  if (!organisatie) throw new NotFoundError();
  if (!can(c.var.actor, action, { organisatieId: organisatie.id })) throw new ForbiddenError();
  return organisatie;
}

/** The `:id` route parameter; anything but a uuid cannot exist, so it is a 404. */
export function idParam(c: Context<AppEnv>): string {
  const id = c.req.param('id') ?? '';
  if (!uuidPattern.test(id)) throw new NotFoundError();
  return id;
}

export function formatDate(locale: Locale, date: Date): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(date);
}

export function CsrfField() {
  const c = useRequestContext<AppEnv>();
  return <input type="hidden" name="_csrf" value={c.var.csrfToken} />;
}

/** The shared textarea; this module's forms call the hint `description`. */
export function TextAreaField(props: Parameters<typeof SharedTextArea>[0] & { description?: string | undefined }) {
  const { description, ...rest } = props;
  return <SharedTextArea {...rest} hint={description ?? rest.hint} />;
}

/** An alert for a refusal that is not about one field (e.g. the last-coordinator rule). */
export function ErrorAlert({ children }: { children: Child }) {
  return (
    <div class="utrecht-alert utrecht-alert--error" role="alert">
      <p class="utrecht-paragraph">{children}</p>
    </div>
  );
}

export function InfoAlert({ children }: { children: Child }) {
  return (
    <div class="utrecht-alert utrecht-alert--info">
      <p class="utrecht-paragraph">{children}</p>
    </div>
  );
}

/** A confirmation step for a destructive action: the question, a POST button and a way back. */
export function Confirm(props: { action: string; question: string; confirmLabel: string; cancelHref: string; cancelLabel: string }) {
  return (
    <form method="post" action={props.action}>
      <CsrfField />
      <p class="utrecht-paragraph">{props.question}</p>
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          {props.confirmLabel}
        </button>
        <a class="utrecht-link utrecht-link--html-a" href={props.cancelHref}>
          {props.cancelLabel}
        </a>
      </div>
    </form>
  );
}

export const ledenPath = (locale: Locale, slug: string, rest = '') => localizedPath(locale, `/organisaties/${slug}/leden${rest}`);
