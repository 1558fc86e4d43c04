import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './context.ts';
import { localizedPath } from './paths.ts';
import { ensureLocale, renderPage } from './render.tsx';

const known = new Set([400, 403, 404, 405, 413, 500, 503]);

/** An error page in the visitor's language: what happened and what to do next, never a stack trace. */
export function renderErrorPage(c: Context<AppEnv>, status: ContentfulStatusCode) {
  ensureLocale(c);
  const { t, locale } = c.var;
  const key = known.has(status) ? String(status) : status >= 500 ? '500' : '400';
  const requestId = c.var.requestId;
  return renderPage(
    c,
    { title: t(`errors.${key}.title`) },
    <>
      <h1 class="utrecht-heading-1">{t(`errors.${key}.title`)}</h1>
      <p class="utrecht-paragraph">{t(`errors.${key}.body`)}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/')}>
          {t('errors.toHome')}
        </a>
      </p>
      {status >= 500 && requestId ? (
        <p class="utrecht-paragraph utrecht-paragraph--small">{t('errors.reference', { id: requestId })}</p>
      ) : null}
    </>,
    status,
  );
}
