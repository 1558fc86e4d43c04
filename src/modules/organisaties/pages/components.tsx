import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { useRequestContext } from 'hono/jsx-renderer';
import { ForbiddenError, NotFoundError } from '../../../platform/errors.ts';
import type { AppEnv } from '../../../web/context.ts';
import { can, type OrganisatieActie } from '../policy.ts';
import { getOrganisatieBySlug, type OrganisatieRow } from '../queries.ts';

/** Shared bits of the organisation editing pages. */

export const slugPattern = /^[a-z0-9-]{1,80}$/;

/** The organisatie in the path (not merged away), if the actor may do `action`: unknown 404, not allowed 403. */
export async function organisatieVoor(c: Context<AppEnv>, action: OrganisatieActie): Promise<OrganisatieRow> {
  const slug = c.req.param('slug') ?? '';
  const row = slugPattern.test(slug) ? await getOrganisatieBySlug(c.var.deps.database.db, slug) : undefined;
  if (!row || row.samengevoegdIn) throw new NotFoundError();
  if (!can(c.var.actor, action, { organisatieId: row.id })) throw new ForbiddenError();
  return row;
}

export function CsrfField() {
  const c = useRequestContext<AppEnv>();
  return <input type="hidden" name="_csrf" value={c.var.csrfToken} />;
}

export { TextAreaField } from '../../../web/components/form-fields.tsx';

/** An alert for a refusal that is not about one field (a stale save). */
export function ErrorAlert({ children, id }: { children: Child; id?: string }) {
  return (
    <div class="utrecht-alert utrecht-alert--error" role="alert" id={id}>
      {children}
    </div>
  );
}

/** A confirmation step for a destructive action: the question, a POST button and a way back. */
export function Confirm(props: { action: string; question: Child; confirmLabel: string; cancelHref: string; cancelLabel: string }) {
  return (
    <form method="post" action={props.action}>
      <CsrfField />
      <input type="hidden" name="bevestig" value="ja" />
      <div>{props.question}</div>
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
