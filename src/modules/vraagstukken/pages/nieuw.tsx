import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isAccount } from '../../../platform/actor.ts';
import type { AppEnv } from '../../../web/context.ts';
import { flash } from '../../../web/flash.ts';
import { localizedPath } from '../../../web/paths.ts';
import { renderPage } from '../../../web/render.tsx';
import { dutchDate } from '../../audit/index.ts';
import { listRegios, listSamenwerkingsvormen, listThemas } from '../../taxonomie/index.ts';
import { controleerBijlagen, vraagstukAanmaken } from '../commands/vraagstuk-aanmaken.ts';
import { vraagstukTransitie } from '../commands/vraagstuk-transitie.ts';
import { keuzesVoor, organisatieKeuze, type OrganisatieKeuze } from '../queries.ts';
import { adviseerVormen } from '../vormenwijzer.ts';
import { legeWaarden, leesFormulier, valideer, VraagstukFormulier, type FormState, type Keuzes, type Waarden } from './formulier.tsx';
import { foutenVan, geheelGetal } from './velden.tsx';

/** GET and POST /vraagstukken/nieuw: a member of a rijksorganisatie posts a vraagstuk. */

export async function laadKeuzes(c: Context<AppEnv>, organisaties: OrganisatieKeuze[]): Promise<Keuzes> {
  const { db } = c.var.deps.database;
  const [k, themas, vormen, regios] = await Promise.all([keuzesVoor(db, organisaties.map((o) => o.id)), listThemas(db), listSamenwerkingsvormen(db), listRegios(db)]);
  return { organisaties, ...k, themas, vormen, regios };
}

/** The vormenwijzer's advice for what the form says so far (invalid numbers count as not given). */
export async function adviesVoor(c: Context<AppEnv>, w: Waarden) {
  const vormen = await listSamenwerkingsvormen(c.var.deps.database.db);
  const niveaus = w.niveaus.filter((n): n is 'mbo' => ['mbo', 'hbo-bachelor', 'hbo-master', 'wo-bachelor', 'wo-master'].includes(n));
  const diepgang = (['kennismaking', 'verkenning', 'toepassing', 'onderzoek', 'structureel', 'kennisoverdracht', 'talent'] as const).find((d) => d === w.diepgang);
  return adviseerVormen({ duurWeken: geheelGetal(w.duurWeken) ?? null, diepgang: diepgang ?? null, niveaus, aantalStudenten: geheelGetal(w.aantalStudenten) ?? null }, vormen);
}

async function mijnOrganisaties(c: Context<AppEnv>) {
  const actor = c.var.actor;
  return isAccount(actor) ? organisatieKeuze(c.var.deps.database.db, actor.accountId) : [];
}

export async function nieuwPage(c: Context<AppEnv>) {
  const organisaties = await mijnOrganisaties(c);
  const eerste = organisaties[0];
  return renderNieuw(c, organisaties, { waarden: legeWaarden({ organisatieId: eerste?.id ?? '', regioCode: eerste?.regioCode ?? '' }), fieldErrors: {} });
}

export async function nieuwPost(c: Context<AppEnv>) {
  const organisaties = await mijnOrganisaties(c);
  if (organisaties.length === 0) return renderNieuw(c, organisaties, { waarden: legeWaarden(), fieldErrors: {} }, 400);
  const { waarden, actie, bestanden } = await leesFormulier(c);
  const kwijt = bestanden.length > 0;
  if (actie === 'vormenwijzer') return renderNieuw(c, organisaties, { waarden, fieldErrors: {}, advies: await adviesVoor(c, waarden), bestandenKwijt: kwijt });
  const form = valideer(c, waarden);
  const fieldErrors: Record<string, string> = form.ok ? {} : { ...form.fieldErrors };
  if (waarden.organisatieId && !organisaties.some((o) => o.id === waarden.organisatieId)) fieldErrors.organisatieId = c.var.t('vraagstukken.fouten.geenLid');
  if (actie === 'indienen' && form.ok && form.data.deadline && form.data.deadline < dutchDate()) fieldErrors.deadline = c.var.t('vraagstukken.fouten.deadlineVerstreken');
  Object.assign(fieldErrors, foutenVan(c, controleerBijlagen(bestanden).slice(0, 1)));
  if (!form.ok || Object.keys(fieldErrors).length > 0) return renderNieuw(c, organisaties, { waarden, fieldErrors, bestandenKwijt: kwijt }, 400);

  const ctx = { actor: c.var.actor, requestId: c.var.requestId };
  const { db } = c.var.deps.database;
  const result = await vraagstukAanmaken(db, ctx, { invoer: form.data, bijlagen: bestanden });
  if (!result.ok) return renderNieuw(c, organisaties, { waarden, fieldErrors: foutenVan(c, result.fouten), bestandenKwijt: kwijt }, 400);
  let melding = 'vraagstukken.flash.aangemaakt';
  if (actie === 'indienen') {
    const ingediend = await vraagstukTransitie(db, ctx, { id: result.id, versie: result.versie, transitie: 'indienen' });
    melding = ingediend.ok ? 'vraagstukken.flash.aangemaaktIngediend' : 'vraagstukken.flash.aangemaaktNietIngediend';
  }
  flash(c, melding);
  return c.redirect(localizedPath(c.var.locale, `/vraagstukken/${result.id}`), 303);
}

async function renderNieuw(c: Context<AppEnv>, organisaties: OrganisatieKeuze[], state: FormState, status: ContentfulStatusCode = 200) {
  const { t, locale } = c.var;
  const title = t('vraagstukken.nieuw.titel');
  const crumbs = [{ label: t('vraagstukken.mijn.titel'), path: '/account/vraagstukken' }, { label: title }];
  if (organisaties.length === 0) {
    return renderPage(
      c,
      { title, breadcrumbs: crumbs },
      <>
        <h1 class="utrecht-heading-1">{title}</h1>
        <p class="utrecht-paragraph">{t('vraagstukken.nieuw.geenOrganisatie')}</p>
        <p class="utrecht-paragraph">
          <a class="utrecht-link utrecht-link--html-a" href={localizedPath(locale, '/account/organisaties')}>
            {t('vraagstukken.nieuw.naarOrganisaties')}
          </a>
        </p>
      </>,
      status,
    );
  }
  const keuzes = await laadKeuzes(c, organisaties);
  return renderPage(
    c,
    { title, breadcrumbs: crumbs },
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{t('vraagstukken.nieuw.uitleg')}</p>
      <VraagstukFormulier action={localizedPath(locale, '/vraagstukken/nieuw')} annuleren={localizedPath(locale, '/account/vraagstukken')} state={state} keuzes={keuzes} nieuw />
    </>,
    status,
  );
}
