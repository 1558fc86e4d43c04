import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
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

/** A multi-line text field on the same pattern as TextField: label, error with id `${id}-fout`, aria. */
export function TextAreaField(props: {
  id: string;
  name: string;
  label: string;
  value: string;
  error?: string | undefined;
  description?: string | undefined;
  maxlength?: number;
}) {
  const describedBy = [props.description ? `${props.id}-uitleg` : '', props.error ? `${props.id}-fout` : ''].filter(Boolean).join(' ');
  return (
    <div class={`utrecht-form-field${props.error ? ' utrecht-form-field--invalid' : ''}`}>
      <label class="utrecht-form-label" for={props.id}>
        {props.label}
      </label>
      {props.description ? (
        <p class="utrecht-form-field-description" id={`${props.id}-uitleg`}>
          {props.description}
        </p>
      ) : null}
      {props.error ? (
        <p class="utrecht-form-field-error-message" id={`${props.id}-fout`}>
          {props.error}
        </p>
      ) : null}
      <textarea
        class={`utrecht-textarea utrecht-textarea--html-textarea${props.error ? ' utrecht-textarea--invalid' : ''}`}
        id={props.id}
        name={props.name}
        rows={5}
        maxlength={props.maxlength}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
      >
        {props.value}
      </textarea>
    </div>
  );
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
