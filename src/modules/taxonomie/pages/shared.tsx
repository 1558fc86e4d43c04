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

export function TextAreaField(props: { id: string; name: string; label: string; value: string; error?: string | undefined; maxlength?: number }) {
  return (
    <div class={`utrecht-form-field${props.error ? ' utrecht-form-field--invalid' : ''}`}>
      <label class="utrecht-form-label" for={props.id}>
        {props.label}
      </label>
      {props.error ? (
        <p class="utrecht-form-field-error-message" id={`${props.id}-fout`}>
          {props.error}
        </p>
      ) : null}
      <textarea
        class={`utrecht-textarea utrecht-textarea--html-textarea${props.error ? ' utrecht-textarea--invalid' : ''}`}
        id={props.id}
        name={props.name}
        rows={4}
        maxlength={props.maxlength}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? `${props.id}-fout` : undefined}
      >
        {props.value}
      </textarea>
    </div>
  );
}

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
