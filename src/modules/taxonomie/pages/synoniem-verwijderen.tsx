import type { Context } from 'hono';
import { NotFoundError } from '../../../platform/errors.ts';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { codePattern, limits } from '../beheer.schema.ts';
import { getThema } from '../queries.ts';
import { synoniemVerwijderen } from '../synoniem-verwijderen.ts';
import { beheerContext } from './shared.tsx';

async function synoniemOf(c: Context<AppEnv>) {
  const code = c.req.param('code') ?? '';
  const id = c.req.param('id') ?? '';
  const thema = code.length <= limits.code && codePattern.test(code) ? await getThema(c.var.deps.database.db, code) : undefined;
  const synoniem = thema?.synoniemen.find((s) => s.id === id);
  if (!thema || !synoniem) throw new NotFoundError();
  return { thema, synoniem };
}

/** GET /beheer/themas/:code/synoniemen/:id/verwijderen: the confirmation step. */
export async function synoniemVerwijderenPage(c: Context<AppEnv>) {
  beheerContext(c);
  const { thema, synoniem } = await synoniemOf(c);
  const { t, locale } = c.var;
  const naam = locale === 'en' ? thema.naamEn : thema.naamNl;
  const title = t('taxonomie.verwijderen.title');
  const terug = localizedPath(locale, `/beheer/themas/${thema.code}`);
  return renderPage(
    c,
    {
      title,
      breadcrumbs: [
        { label: t('taxonomie.beheerThemas.title'), path: '/beheer/themas' },
        { label: naam, path: `/beheer/themas/${thema.code}` },
        { label: title },
      ],
    },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <form method="post" action={`${terug}/synoniemen/${synoniem.id}/verwijderen`}>
        <input type="hidden" name="_csrf" value={c.var.csrfToken} />
        <p class="utrecht-paragraph">
          {t('taxonomie.verwijderen.vraag', { term: synoniem.term, taal: t(`taxonomie.taal.${synoniem.taal}`), thema: naam })}
        </p>
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            {t('taxonomie.verwijderen.bevestig')}
          </button>
          <a class="utrecht-link utrecht-link--html-a" href={terug}>
            {t('taxonomie.verwijderen.annuleren')}
          </a>
        </div>
      </form>
    </>,
  );
}

/** POST /beheer/themas/:code/synoniemen/:id/verwijderen */
export async function synoniemVerwijderenPost(c: Context<AppEnv>) {
  const ctx = beheerContext(c);
  const { thema, synoniem } = await synoniemOf(c);
  await synoniemVerwijderen(c.var.deps.database.db, ctx, { themaCode: thema.code, id: synoniem.id });
  flash(c, 'taxonomie.flash.synoniemVerwijderd');
  return c.redirect(`${localizedPath(c.var.locale, `/beheer/themas/${thema.code}`)}#synoniemen`, 303);
}
