import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { readForm } from '../../../web/forms.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { aanbodStatusWijzigen } from '../commands/aanbod-status-wijzigen.ts';
import { aanbodVerwijderen } from '../commands/aanbod-verwijderen.ts';
import { magNaarStatus } from '../policy.ts';
import type { AanbodVolledig } from '../queries.ts';
import { aanbodPath, aanbodVoor, commandContext, CsrfField, ErrorAlert, titelVan, Verouderd } from './shared.tsx';

/**
 * Publish, archive and delete: each a confirmation page (GET) and its POST, which acts only with
 * bevestig=ja and the versie the page was shown with. A POST without them changes nothing and shows
 * the question again; a stale versie shows what happened and asks again on the current version.
 */
export type Handeling = 'publiceren' | 'archiveren' | 'verwijderen';

const doelStatus = { publiceren: 'gepubliceerd', archiveren: 'gearchiveerd' } as const;

const kan = (h: Handeling, a: AanbodVolledig) => h === 'verwijderen' || magNaarStatus(a.status, doelStatus[h]);

type Melding = { soort: 'onbevestigd' | 'verouderd' | 'niet-mogelijk' };

function renderVraag(c: Context<AppEnv>, h: Handeling, a: AanbodVolledig, melding?: Melding, status: ContentfulStatusCode = 200) {
  const { t, locale } = c.var;
  const titel = titelVan(locale, a).text;
  const kop = t(`aanbod.${h}.titel`, { titel });
  const terug = aanbodPath(locale, a.id);
  const mogelijk = kan(h, a);
  return renderPage(
    c,
    { title: kop, breadcrumbs: [{ label: t('aanbod.mijn.titel'), path: '/account/aanbod' }, { label: titel, path: `/aanbod/${a.id}` }, { label: t(`aanbod.${h}.crumb`) }] },
    <>
      <h1 class="utrecht-heading-1">{kop}</h1>
      {melding?.soort === 'verouderd' ? <Verouderd uitleg={t('aanbod.verouderd.uitlegStatus')} /> : null}
      {melding?.soort === 'onbevestigd' ? (
        <ErrorAlert id="onbevestigd">
          <p class="utrecht-paragraph">{t('aanbod.fouten.onbevestigd')}</p>
        </ErrorAlert>
      ) : null}
      {mogelijk ? (
        <form method="post" action={aanbodPath(locale, a.id, `/${h}`)} novalidate>
          <CsrfField />
          <input type="hidden" name="bevestig" value="ja" />
          <input type="hidden" name="versie" value={String(a.versie)} />
          <p class="utrecht-paragraph">{t(`aanbod.${h}.vraag`, { titel })}</p>
          {h === 'verwijderen' && a.status === 'gepubliceerd' ? <p class="utrecht-paragraph">{t('aanbod.verwijderen.archiverenAlternatief')}</p> : null}
          <div class="utrecht-button-group">
            <button type="submit" class={`utrecht-button utrecht-button--primary-action${h === 'verwijderen' ? ' ip-button--warning' : ''}`}>
              {t(`aanbod.${h}.bevestig`)}
            </button>
            <a class="utrecht-link utrecht-link--html-a" href={terug}>
              {t('aanbod.annuleren')}
            </a>
          </div>
        </form>
      ) : (
        <>
          <p class="utrecht-paragraph">{t('aanbod.fouten.nietMogelijk', { status: t(`marktplaats.aanbodStatus.${a.status}`) })}</p>
          <p class="utrecht-paragraph">
            <a class="utrecht-link utrecht-link--html-a" href={terug}>
              {t('aanbod.detail.terugNaar', { titel })}
            </a>
          </p>
        </>
      )}
    </>,
    status,
  );
}

export function statusPage(h: Handeling) {
  return async (c: Context<AppEnv>) => {
    const a = await aanbodVoor(c, { bewerken: true });
    return renderVraag(c, h, a, undefined, kan(h, a) ? 200 : 409);
  };
}

export function statusPost(h: Handeling) {
  return async (c: Context<AppEnv>) => {
    const a = await aanbodVoor(c, { bewerken: true });
    const form = await readForm(c);
    const versie = /^[1-9]\d{0,9}$/.test(form.versie ?? '') ? Number(form.versie) : undefined;
    if (form.bevestig !== 'ja' || versie === undefined) return renderVraag(c, h, a, { soort: 'onbevestigd' }, 400);
    const { db } = c.var.deps.database;
    const result =
      h === 'verwijderen' ? await aanbodVerwijderen(db, commandContext(c), { id: a.id, versie }) : await aanbodStatusWijzigen(db, commandContext(c), { id: a.id, versie, status: doelStatus[h] });
    if (result.ok) {
      flash(c, `aanbod.flash.${h}`);
      return c.redirect(h === 'verwijderen' ? localizedPath(c.var.locale, '/account/aanbod') : aanbodPath(c.var.locale, a.id), 303);
    }
    return renderVraag(c, h, a, { soort: result.reden }, 409);
  };
}
