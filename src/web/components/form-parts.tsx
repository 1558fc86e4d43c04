import type { Child } from 'hono/jsx';
import { useRequestContext } from 'hono/jsx-renderer';
import type { AppEnv } from '../context.ts';
import { localizedPath } from '../paths.ts';

/** A POST form to a locale-free path, with the CSRF token; `novalidate` so the server's messages are shown. */
export function PostForm({ action, children, class: extra }: { action: string; children: Child; class?: string }) {
  const { locale, csrfToken } = useRequestContext<AppEnv>().var;
  return (
    <form method="post" action={localizedPath(locale, action)} class={extra ?? 'ip-form'} novalidate>
      <input type="hidden" name="_csrf" value={csrfToken} />
      {children}
    </form>
  );
}

export function SubmitButton({ label, variant = 'primary' }: { label: string; variant?: 'primary' | 'secondary' | 'warning' }) {
  const cls =
    variant === 'warning'
      ? 'utrecht-button utrecht-button--primary-action ip-button--warning'
      : `utrecht-button utrecht-button--${variant === 'primary' ? 'primary' : 'secondary'}-action`;
  return (
    <button type="submit" class={cls}>
      {label}
    </button>
  );
}
