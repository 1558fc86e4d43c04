import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { isAccount, type AccountActor } from '../../../platform/actor.ts';
import { ForbiddenError } from '../../../platform/errors.ts';
import type { AppEnv } from '../../../web/context.ts';
import type { WriteContext } from '../context.ts';
import { can } from '../policy.ts';

/** The gate lets only beheerders through; the policy says so again, for the record and for the API. */
export function beheerContext(c: Context<AppEnv>): WriteContext {
  const actor = c.var.actor;
  if (!isAccount(actor) || !can(actor, 'beheren')) throw new ForbiddenError();
  return { actor: actor as AccountActor, requestId: c.var.requestId };
}

export type FormState = { values: Record<string, string>; fieldErrors: Record<string, string> };
export const emptyForm = (values: Record<string, string> = {}): FormState => ({ values, fieldErrors: {} });

export { TextAreaField } from '../../../web/components/form-fields.tsx';

/** The refusal of a stale save: what happened, and that the input below was kept and not saved. */
export function StaleAlert({ title, children }: { title: string; children?: Child }) {
  return (
    <div class="utrecht-alert utrecht-alert--error" role="alert" id="verouderd">
      <p class="utrecht-paragraph">
        <strong>{title}</strong>
      </p>
      {children}
    </div>
  );
}
