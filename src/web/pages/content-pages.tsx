import type { Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { CatalogueSections } from '../components/content.tsx';
import { renderPage } from '../render.tsx';

/** Pages whose text lives entirely in the catalogues: the accessibility statement and the privacy statement. */
export function contentPage(name: 'toegankelijkheid' | 'privacy') {
  return (c: Context<AppEnv>) => {
    const { t } = c.var;
    const title = t(`${name}.title`);
    return renderPage(
      c,
      { title, breadcrumbs: [{ label: title }] },
      <>
        <h1 class="utrecht-heading-1">{title}</h1>
        <p class="utrecht-paragraph utrecht-paragraph--lead">{t(`${name}.intro`)}</p>
        <CatalogueSections at={`${name}.sections`} />
        <p class="utrecht-paragraph utrecht-paragraph--small">{t(`${name}.updated`)}</p>
      </>,
    );
  };
}
