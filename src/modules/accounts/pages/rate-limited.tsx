import type { Context } from 'hono';
import type { AppEnv } from '../../../web/context.ts';
import { renderPage } from '../../../web/render.tsx';

/** 429 with a message that says how long to wait, in whole minutes. */
export function RateLimited(c: Context<AppEnv>, retryAfterSeconds: number) {
  const { t } = c.var;
  const minuten = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  c.header('Retry-After', String(retryAfterSeconds));
  const title = t('accounts.teVaak.titel');
  return renderPage(
    c,
    { title },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <div class="utrecht-alert utrecht-alert--warning" role="alert">
        <p class="utrecht-paragraph">{t('accounts.teVaak.tekst', { count: minuten, minuten })}</p>
      </div>
    </>,
    429,
  );
}
