import type { Context } from 'hono';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { renderPage } from '../../../web/render.tsx';
import { onderdeelVerwijderen } from '../commands/onderdeel-verwijderen.ts';
import { listOnderdelen } from '../onderdelen-queries.ts';
import { Confirm, organisatieVoor } from './components.tsx';
import { onderdeelVoor, onderdelenPath } from './onderdelen.tsx';

/** GET /organisaties/:slug/onderdelen/:onderdeel/verwijderen: asks first, and says where the children go. */
export async function onderdeelVerwijderenPage(c: Context<AppEnv>) {
  const organisatie = await organisatieVoor(c, 'onderdelen-beheren');
  const onderdeel = await onderdeelVoor(c, organisatie);
  const { t, locale } = c.var;
  const alle = await listOnderdelen(c.var.deps.database.db, organisatie.id);
  const kinderen = alle.filter((o) => o.bovenliggendId === onderdeel.id);
  const parent = alle.find((o) => o.id === onderdeel.bovenliggendId);
  const title = t('organisaties.onderdeelVerwijderen.title', { naam: onderdeel.naam });
  return renderPage(
    c,
    {
      title,
      breadcrumbs: [
        { label: organisatie.naam, path: `/organisaties/${organisatie.slug}` },
        { label: t('organisaties.onderdelen.crumb'), path: `/organisaties/${organisatie.slug}/onderdelen` },
        { label: onderdeel.naam, path: `/organisaties/${organisatie.slug}/onderdelen/${onderdeel.slug}` },
        { label: t('organisaties.onderdeelVerwijderen.crumb') },
      ],
    },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <Confirm
        action={onderdelenPath(locale, organisatie.slug, `/${onderdeel.slug}/verwijderen`)}
        question={
          <>
            <p class="utrecht-paragraph">{t('organisaties.onderdeelVerwijderen.vraag', { naam: onderdeel.naam })}</p>
            {kinderen.length > 0 ? (
              <p class="utrecht-paragraph">
                {parent
                  ? t('organisaties.onderdeelVerwijderen.kinderenNaar', { count: kinderen.length, naam: parent.naam })
                  : t('organisaties.onderdeelVerwijderen.kinderenBovenaan', { count: kinderen.length })}
              </p>
            ) : null}
          </>
        }
        confirmLabel={t('organisaties.onderdeelVerwijderen.bevestig')}
        cancelHref={onderdelenPath(locale, organisatie.slug, `/${onderdeel.slug}`)}
        cancelLabel={t('organisaties.annuleren')}
      />
    </>,
  );
}

/** POST /organisaties/:slug/onderdelen/:onderdeel/verwijderen */
export async function onderdeelVerwijderenPost(c: Context<AppEnv>) {
  const organisatie = await organisatieVoor(c, 'onderdelen-beheren');
  const onderdeel = await onderdeelVoor(c, organisatie);
  await onderdeelVerwijderen(c.var.deps.database.db, { actor: c.var.actor, requestId: c.var.requestId }, { organisatieId: organisatie.id, onderdeelId: onderdeel.id });
  flash(c, 'organisaties.flash.onderdeelVerwijderd');
  return c.redirect(onderdelenPath(c.var.locale, organisatie.slug), 303);
}
