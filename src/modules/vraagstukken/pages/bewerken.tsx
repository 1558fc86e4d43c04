import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isAccount } from '../../../platform/actor.ts';
import { ForbiddenError } from '../../../platform/errors.ts';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { renderPage } from '../../../web/render.tsx';
import { vraagstukBewerken } from '../commands/vraagstuk-bewerken.ts';
import { bewerkbareStatussen } from '../lifecycle.ts';
import { mayEdit } from '../policy.ts';
import { organisatieKeuze, type VraagstukVolledig } from '../queries.ts';
import { BijlagenBeheer } from './bijlagen.tsx';
import { leesFormulier, valideer, VraagstukFormulier, waardenVan, type FormState } from './formulier.tsx';
import { adviesVoor, laadKeuzes } from './nieuw.tsx';
import { foutenVan, geheelGetal, Melding, pad, titelVan, vraagstukVoor } from './velden.tsx';

/** GET and POST /vraagstukken/:id/bewerken: the owners edit, versie-checked; a stale save writes nothing. */

async function eigenVraagstuk(c: Context<AppEnv>) {
  const { v, resource } = await vraagstukVoor(c);
  if (!mayEdit(c.var.actor, resource)) throw new ForbiddenError();
  return v;
}

export async function bewerkenPage(c: Context<AppEnv>) {
  const v = await eigenVraagstuk(c);
  const waarden = waardenVan({ ...v, contactpersoonIds: v.contactpersonen.map((p) => p.id), niveaus: v.niveaus as never });
  return renderBewerken(c, v, { waarden, fieldErrors: {} }, bewerkbareStatussen.includes(v.status) ? 200 : 409);
}

export async function bewerkenPost(c: Context<AppEnv>) {
  const v = await eigenVraagstuk(c);
  const { waarden, actie } = await leesFormulier(c);
  if (actie === 'vormenwijzer') return renderBewerken(c, v, { waarden, fieldErrors: {}, advies: await adviesVoor(c, waarden) });
  const form = valideer(c, waarden);
  const versie = geheelGetal(waarden.versie);
  if (!form.ok || versie === undefined) {
    return renderBewerken(c, v, { waarden, fieldErrors: form.ok ? { versie: c.var.t('vraagstukken.fouten.versie') } : form.fieldErrors }, 400);
  }
  const result = await vraagstukBewerken(c.var.deps.database.db, { actor: c.var.actor, requestId: c.var.requestId }, { id: v.id, versie, invoer: form.data });
  if (result.ok) {
    flash(c, 'vraagstukken.flash.opgeslagen');
    return c.redirect(pad(c.var.locale, v.id), 303);
  }
  if (result.reden === 'ongeldig') return renderBewerken(c, v, { waarden, fieldErrors: foutenVan(c, result.fouten) }, 400);
  if (result.reden === 'niet-bewerkbaar') return renderBewerken(c, v, { waarden, fieldErrors: {} }, 409);
  // Stale: nothing written. The form keeps this person's input and now carries the stored version,
  // so that saving again is a deliberate choice after reading what changed.
  return renderBewerken(c, v, { waarden: { ...waarden, versie: String(v.versie) }, fieldErrors: {} }, 409, true);
}

async function renderBewerken(c: Context<AppEnv>, v: VraagstukVolledig, state: FormState, status: ContentfulStatusCode = 200, verouderd = false) {
  const { t, locale } = c.var;
  const titel = titelVan(t, locale, v).tekst;
  const title = t('vraagstukken.bewerken.titel', { titel });
  const crumbs = [{ label: t('vraagstukken.mijn.titel'), path: '/account/vraagstukken' }, { label: titel, path: `/vraagstukken/${v.id}` }, { label: t('vraagstukken.bewerken.crumb') }];
  const bewerkbaar = bewerkbareStatussen.includes(v.status);
  const actor = c.var.actor;
  const organisaties = await organisatieKeuze(c.var.deps.database.db, isAccount(actor) ? actor.accountId : '', v.organisatieId);
  const keuzes = bewerkbaar ? await laadKeuzes(c, organisaties) : undefined;
  return renderPage(
    c,
    { title, breadcrumbs: crumbs },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      {verouderd ? (
        <Melding id="verouderd">
          <h2 class="utrecht-heading-2">{t('vraagstukken.verouderd.kop')}</h2>
          <p class="utrecht-paragraph">{t('vraagstukken.verouderd.uitleg')}</p>
          <p class="utrecht-paragraph">
            <a class="utrecht-link utrecht-link--html-a" href={pad(locale, v.id)}>
              {t('vraagstukken.verouderd.bekijk')}
            </a>
          </p>
        </Melding>
      ) : null}
      {keuzes ? (
        <>
          {v.status === 'gepubliceerd' || v.status === 'in-gesprek' || v.status === 'opgepakt' ? <p class="utrecht-paragraph">{t('vraagstukken.bewerken.blijftGepubliceerd')}</p> : null}
          <VraagstukFormulier action={pad(locale, v.id, '/bewerken')} annuleren={pad(locale, v.id)} state={state} keuzes={keuzes} nieuw={false} />
        </>
      ) : (
        <Melding>
          <p class="utrecht-paragraph">{t('vraagstukken.bewerken.nietBewerkbaar', { status: t(`marktplaats.vraagstukStatus.${v.status}`) })}</p>
        </Melding>
      )}
      <BijlagenBeheer v={v} kop="h2" />
    </>,
    status,
  );
}
