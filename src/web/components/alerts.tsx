import type { Child } from 'hono/jsx';
import { useRequestContext } from 'hono/jsx-renderer';
import type { AppEnv } from '../context.ts';

export type FieldError = { field: string; message: string };

/**
 * The error summary at the top of a form (GOV.UK / NL Design System pattern): a heading and a link
 * to each field that needs attention. role="alert" makes screen readers announce it on load.
 */
export function ErrorSummary({ errors }: { errors: FieldError[] }) {
  const { t } = useRequestContext<AppEnv>().var;
  if (errors.length === 0) return null;
  return (
    <div class="utrecht-alert utrecht-alert--error ip-error-summary" role="alert" aria-labelledby="foutoverzicht-titel">
      <h2 class="utrecht-heading-2" id="foutoverzicht-titel">
        {t('common.errorSummary.title')}
      </h2>
      <ul class="utrecht-unordered-list">
        {errors.map((e) => (
          <li>
            <a class="utrecht-link utrecht-link--html-a" href={`#${e.field}`}>
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What a list shows when it has nothing to show: say so, and say what to do instead. */
export function EmptyState({ title, children }: { title: string; children?: Child }) {
  return (
    <div class="utrecht-alert utrecht-alert--info ip-empty-state">
      <p class="utrecht-paragraph">
        <strong>{title}</strong>
      </p>
      {children}
    </div>
  );
}

/** An alert that is not about one field (a stale save, a step that is not possible now, a success). */
export function Melding({ children, id, soort = 'error' }: { children: Child; id?: string | undefined; soort?: 'error' | 'warning' | 'info' | 'ok' }) {
  return (
    <div class={`utrecht-alert utrecht-alert--${soort}`} role={soort === 'error' ? 'alert' : undefined} id={id}>
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

/** One row of a data list (dl.ip-data-list). */
export function Gegeven({ label, children }: { label: string; children: Child }) {
  return (
    <div class="ip-data-list__item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
